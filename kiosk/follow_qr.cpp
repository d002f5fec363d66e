// QR as SVG: one path of horizontal runs.
#include "follow_qr.h"

#include <qrencode.h>

#include <memory>

#include "base/markup.h"

namespace nietpluis::kiosk {

std::optional<std::string> QrSvg(const std::string& text, const std::string& title) {
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M),
                                                       &QRcode_free);
  if (!code) return std::nullopt;
  constexpr int kQuiet = 4;
  const int width = code->width;
  const int side = width + 2 * kQuiet;
  std::string path;
  for (int y = 0; y < width; ++y) {
    for (int x = 0; x < width;) {
      if ((code->data[y * width + x] & 1) == 0) {
        ++x;
        continue;
      }
      int end = x;
      while (end < width && (code->data[y * width + end] & 1) != 0) ++end;
      path += "M" + std::to_string(x + kQuiet) + " " + std::to_string(y + kQuiet) + "h" + std::to_string(end - x) + "v1h-" +
              std::to_string(end - x) + "z";
      x = end;
    }
  }
  const std::string s = std::to_string(side);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + s + " " + s +
         "\" shape-rendering=\"crispEdges\" role=\"img\"><title>" + EscapeMarkup(title) + "</title><rect width=\"" + s +
         "\" height=\"" + s + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
}

}  // namespace nietpluis::kiosk
