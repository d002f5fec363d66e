// Reads print output back with the real tools a print shop or a phone would use: pdfinfo,
// pdffonts, pdftotext, pdftoppm and zbarimg (Debian's poppler-utils and zbar-tools).
#pragma once

#include <filesystem>
#include <optional>
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

// What `zbarimg --raw` reads in an image, one line per code found.
std::string DecodeQr(const std::filesystem::path& image);
// The same for many images in one run (the reader's start-up is most of its time): every line it
// read, in the order of the images.
std::vector<std::string> DecodeQrs(const std::vector<std::filesystem::path>& images);
// Page `page` of `pdf` rasterised by `pdftoppm` at `dpi` into `image` (a path without the extension);
// returns the file written.
std::filesystem::path RasterisePage(const std::filesystem::path& pdf, int page, int dpi, const std::filesystem::path& image);

}  // namespace nietpluis::testing
