// File extensions and their media types.
#include "base/media_type.h"

#include <map>

namespace nietpluis {

std::string MediaType(const std::filesystem::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".svg", "image/svg+xml"},
      {".png", "image/png"}, {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"},
      {".webp", "image/webp"}, {".woff2", "font/woff2"}, {".woff", "font/woff"},
      {".xml", "application/xml"}, {".txt", "text/plain; charset=utf-8"},
      {".pdf", "application/pdf"}, {".json", "application/json"}, {".mp3", "audio/mpeg"},
  };
  auto type = types.find(file.extension().string());
  return type == types.end() ? "application/octet-stream" : type->second;
}

}  // namespace nietpluis
