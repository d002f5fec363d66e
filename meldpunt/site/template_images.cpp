// Checking the pictures the templates name.
#include "site/template_images.h"

#include <cstdint>
#include <set>
#include <string>

namespace nietpluis {
namespace {

std::uint32_t BigEndian(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 3]));
}

std::string Size(int width, int height) { return std::to_string(width) + " x " + std::to_string(height) + " pixels"; }

}  // namespace

std::optional<std::pair<int, int>> PngDimensions(std::string_view bytes) {
  // The signature, then the IHDR chunk (length 13) with width and height first.
  if (bytes.size() < 24 || bytes.substr(0, 8) != std::string_view("\x89PNG\r\n\x1a\n", 8) || bytes.substr(12, 4) != "IHDR") {
    return std::nullopt;
  }
  const std::uint32_t width = BigEndian(bytes, 16), height = BigEndian(bytes, 20);
  if (width == 0 || height == 0 || width > 1u << 30 || height > 1u << 30) return std::nullopt;
  return std::pair<int, int>(static_cast<int>(width), static_cast<int>(height));
}

void CheckTemplateImages(const TemplateSet& templates, const std::filesystem::path& content_dir, Env* env,
                         Diagnostics* diagnostics) {
  std::set<std::string> seen;  // a partial's image once, however many templates include it
  for (const TemplateImage& image : templates.images()) {
    if (!seen.insert(image.file + ":" + std::to_string(image.line) + ":" + image.path).second) continue;
    const std::filesystem::path file = content_dir / image.path;
    const std::string promised = image.width > 0 ? ", een PNG van " + Size(image.width, image.height) : "";
    if (!env->Stat(file).is_file()) {
      diagnostics->Add(Error(image.file, image.line, "het sjabloon noemt " + image.path + ", maar " + file.string() + " bestaat niet",
                             "zet dat bestand" + promised + " in " + (content_dir / "beeld").string() +
                                 ", of haal de regel uit het sjabloon"));
      continue;
    }
    if (image.width == 0) continue;
    Result<std::string> bytes = env->ReadFile(file);
    if (!bytes.ok()) {
      diagnostics->Add(bytes.error());
      continue;
    }
    std::optional<std::pair<int, int>> size = PngDimensions(bytes.value());
    if (!size) {
      diagnostics->Add(Error(image.file, image.line, file.string() + " is geen PNG-bestand",
                             "sla het op als PNG van " + Size(image.width, image.height)));
    } else if (size->first != image.width || size->second != image.height) {
      diagnostics->Add(Error(image.file, image.line,
                             file.string() + " is " + Size(size->first, size->second) + ", het sjabloon belooft " +
                                 Size(image.width, image.height),
                             "maak het beeld " + Size(image.width, image.height) + " groot (bijvoorbeeld met rsvg-convert -w " +
                                 std::to_string(image.width) + " -h " + std::to_string(image.height) +
                                 " uit een SVG), of pas sizes= in het sjabloon aan"));
    }
  }
}

}  // namespace nietpluis
