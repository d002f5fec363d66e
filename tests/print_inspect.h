// Reads print output back with the real tools a print shop or a phone would use: pdfinfo,
// pdffonts, pdftotext, pdftoppm and zbarimg (Debian's poppler-utils and zbar-tools).
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace nietpluis::testing {

struct PdfSize {
  double width = 0, height = 0;  // points
};

// `pdfinfo`'s output, stderr included in `errors`.
struct PdfInfo {
  std::string out;
  std::string errors;
  int exit_code = -1;
};
PdfInfo RunPdfInfo(const std::filesystem::path& pdf, const std::string& options = "");

// The "Page size:" of `pdfinfo`.
std::optional<PdfSize> PageSize(const PdfInfo& info);
// A box ("TrimBox") of page `page` from `pdfinfo -box -f 1 -l N`: left, bottom, right, top.
std::vector<double> PageBox(const PdfInfo& info, int page, const std::string& box);

struct PdfFont {
  std::string name;
  bool embedded = false;
};
std::vector<PdfFont> PdfFonts(const std::filesystem::path& pdf);

// The text of the PDF as `pdftotext` extracts it, in reading order.
std::string PdfText(const std::filesystem::path& pdf);

// The structure tree as `pdfinfo -struct-text` reads it: each element that holds text, with its text
// ("H1", "Ziet u iets wat niet pluis is?"), in order.
struct PdfTagged {
  std::string tag, text;
  bool operator==(const PdfTagged& other) const { return tag == other.tag && text == other.text; }
};
inline std::ostream& operator<<(std::ostream& out, const PdfTagged& tagged) {
  return out << tagged.tag << ": \"" << tagged.text << "\"";
}
std::vector<PdfTagged> PdfStructText(const std::filesystem::path& pdf);

// The images `pdfimages -list` finds: size in pixels and encoding ("image", "jpeg").
struct PdfImage {
  int page = 0, width = 0, height = 0;
  std::string encoding;
};
std::vector<PdfImage> PdfImages(const std::filesystem::path& pdf);

// What `zbarimg --raw` reads in an image, one line per code found.
std::string DecodeQr(const std::filesystem::path& image);
// The same for many images in one run (the reader's start-up is most of its time): every line it
// read, in the order of the images.
std::vector<std::string> DecodeQrs(const std::vector<std::filesystem::path>& images);
// Page `page` of `pdf` rasterised by `pdftoppm` at `dpi` into `image` (a path without the extension);
// returns the file written.
std::filesystem::path RasterisePage(const std::filesystem::path& pdf, int page, int dpi, const std::filesystem::path& image);

}  // namespace nietpluis::testing
