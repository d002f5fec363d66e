// The print-inspection helpers: each runs one tool and parses what it prints.
#include "print_inspect.h"

#include <regex>
#include <sstream>

#include "test_support.h"

namespace nietpluis::testing {

PdfInfo RunPdfInfo(const std::filesystem::path& pdf, const std::string& options) {
  CommandResult result = Run("pdfinfo " + options + " " + Quote(pdf.string()));
  return PdfInfo{result.out, result.err, result.exit_code};
}

std::optional<PdfSize> PageSize(const PdfInfo& info) {
  std::smatch match;
  if (!std::regex_search(info.out, match, std::regex("Page +(?:[0-9]+ )?size: +([0-9.]+) x ([0-9.]+) pts"))) return std::nullopt;
  return PdfSize{std::stod(match[1].str()), std::stod(match[2].str())};
}

std::vector<double> PageBox(const PdfInfo& info, int page, const std::string& box) {
  std::smatch match;
  const std::string number = " +([0-9.]+)";
  const std::regex line("Page +" + std::to_string(page) + " " + box + ":" + number + number + number + number);
  if (!std::regex_search(info.out, match, line)) return {};
  return {std::stod(match[1].str()), std::stod(match[2].str()), std::stod(match[3].str()), std::stod(match[4].str())};
}

std::vector<PdfFont> PdfFonts(const std::filesystem::path& pdf) {
  CommandResult result = Run("pdffonts " + Quote(pdf.string()));
  std::vector<PdfFont> fonts;
  std::istringstream lines(result.out);
  std::string line;
  int row = 0;
  // name, type (one or two words), encoding, then emb sub uni as yes/no.
  const std::regex columns("^(\\S+) .* (yes|no) +(yes|no) +(yes|no) +[0-9]+ +[0-9]+$");
  while (std::getline(lines, line)) {
    if (++row <= 2) continue;  // the header and its underline
    std::smatch match;
    if (std::regex_match(line, match, columns)) fonts.push_back(PdfFont{match[1].str(), match[2].str() == "yes"});
  }
  return fonts;
}

std::string PdfText(const std::filesystem::path& pdf) { return Run("pdftotext " + Quote(pdf.string()) + " -").out; }

std::vector<PdfTagged> PdfStructText(const std::filesystem::path& pdf) {
  std::vector<PdfTagged> tagged;
  std::istringstream lines(Run("pdfinfo -struct-text " + Quote(pdf.string())).out);
  std::string tag;
  const std::regex element("^ *([A-Za-z0-9]+)( \\(block\\)| \\(inline\\))?$"), text("^ *\"(.*)\"$");
  for (std::string line; std::getline(lines, line);) {
    std::smatch match;
    if (std::regex_match(line, match, text)) {
      tagged.push_back(PdfTagged{tag, match[1].str()});
    } else if (std::regex_match(line, match, element)) {
      tag = match[1].str();
    }
  }
  return tagged;
}

std::vector<PdfImage> PdfImages(const std::filesystem::path& pdf) {
  std::vector<PdfImage> images;
  std::istringstream lines(Run("pdfimages -list " + Quote(pdf.string())).out);
  // page num type width height color comp bpc enc ...
  const std::regex row("^ *([0-9]+) +[0-9]+ +\\S+ +([0-9]+) +([0-9]+) +\\S+ +[0-9]+ +[0-9]+ +(\\S+) .*$");
  for (std::string line; std::getline(lines, line);) {
    std::smatch match;
    if (std::regex_match(line, match, row)) {
      images.push_back(PdfImage{std::stoi(match[1].str()), std::stoi(match[2].str()), std::stoi(match[3].str()),
                                match[4].str()});
    }
  }
  return images;
}

std::string DecodeQr(const std::filesystem::path& image) {
  return Run("zbarimg -q --raw " + Quote(image.string())).out;
}

std::vector<std::string> DecodeQrs(const std::vector<std::filesystem::path>& images) {
  std::string command = "zbarimg -q --raw";
  for (const auto& image : images) command += " " + Quote(image.string());
  std::vector<std::string> lines;
  std::istringstream out(Run(command).out);
  for (std::string line; std::getline(out, line);) lines.push_back(line);
  return lines;
}

std::filesystem::path RasterisePage(const std::filesystem::path& pdf, int page, int dpi, const std::filesystem::path& image) {
  const std::string p = std::to_string(page);
  // Grey PGM: a tenth of the time PNG encoding takes, and all a QR reader needs.
  Run("pdftoppm -gray -singlefile -r " + std::to_string(dpi) + " -f " + p + " -l " + p + " " + Quote(pdf.string()) + " " +
      Quote(image.string()));
  return image.string() + ".pgm";
}

}  // namespace nietpluis::testing
