// Finding the catalog and page objects in cairo's output and appending their new revisions.
#include "print/pdf_update.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string_view>
#include <vector>

namespace nietpluis {
namespace {

// The integer after `key` in `dict` ("/Size 25" -> 25), or -1.
long NumberAfter(std::string_view dict, std::string_view key) {
  std::size_t at = dict.find(key);
  if (at == std::string_view::npos) return -1;
  std::string rest(dict.substr(at + key.size(), 24));
  char* end = nullptr;
  long value = std::strtol(rest.c_str(), &end, 10);
  return end == rest.c_str() ? -1 : value;
}

// The text between "N 0 obj\n" and "endobj" of object `number`, or nothing.
std::optional<std::string> ObjectBody(const std::string& pdf, long number) {
  const std::string header = std::to_string(number) + " 0 obj\n";
  std::size_t at = pdf.rfind("\n" + header);  // the newest revision, should there be several
  if (at == std::string::npos) return std::nullopt;
  std::size_t start = at + 1 + header.size();
  std::size_t end = pdf.find("endobj", start);
  if (end == std::string::npos) return std::nullopt;
  return pdf.substr(start, end - start);
}

// The object number of the object whose dictionary starts at `at`: the "N 0 obj" line before it.
long ObjectNumberBefore(const std::string& pdf, std::size_t at) {
  std::size_t obj = pdf.rfind(" 0 obj\n", at);
  if (obj == std::string::npos) return -1;
  std::size_t line = pdf.rfind('\n', obj);
  std::size_t start = line == std::string::npos ? 0 : line + 1;
  return std::strtol(pdf.c_str() + start, nullptr, 10);
}

// New entries go right after the opening "<<": cairo puts a comment after "/Type /Page".
bool InsertEntries(std::string* body, const std::string& entries) {
  std::size_t open = body->find("<<");
  if (open == std::string::npos) return false;
  body->insert(open + 2, " " + entries);
  return true;
}

std::string Box(const PdfBox& box) {
  char text[128];
  std::snprintf(text, sizeof text, "[ %.3f %.3f %.3f %.3f ]", box.left, box.bottom, box.right, box.top);
  return text;
}

// Pages are the objects whose dictionary is "/Type /Page" and not "/Type /Pages".
std::vector<long> PageObjects(const std::string& pdf, std::size_t end) {
  std::vector<long> pages;
  const std::string marker = "<< /Type /Page";
  for (std::size_t at = pdf.find(marker); at != std::string::npos && at < end; at = pdf.find(marker, at + 1)) {
    char next = at + marker.size() < pdf.size() ? pdf[at + marker.size()] : 's';
    if (next == 's') continue;
    long number = ObjectNumberBefore(pdf, at);
    if (number > 0) pages.push_back(number);
  }
  return pages;
}

// Structure elements of type Figure, in file order.
std::vector<long> FigureObjects(const std::string& pdf, std::size_t end) {
  std::vector<long> figures;
  const std::string marker = "/S /Figure";
  for (std::size_t at = pdf.find(marker); at != std::string::npos && at < end; at = pdf.find(marker, at + 1)) {
    long number = ObjectNumberBefore(pdf, at);
    if (number > 0) figures.push_back(number);
  }
  return figures;
}

// A PDF text string of UTF-8 `text`: UTF-16BE with its byte order mark, written in hex, so no
// character needs escaping.
std::string PdfTextString(const std::string& text) {
  std::string hex = "<FEFF";
  auto unit = [&hex](unsigned value) {
    char four[8];
    std::snprintf(four, sizeof four, "%04X", value & 0xFFFF);
    hex += four;
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const int length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    unsigned code = length == 1 ? byte : length == 2 ? byte & 0x1F : length == 3 ? byte & 0x0F : byte & 0x07;
    for (int k = 1; k < length && i + k < text.size(); ++k) code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += static_cast<std::size_t>(length);
    if (code >= 0x10000) {
      code -= 0x10000;
      unit(0xD800 + (code >> 10));
      unit(0xDC00 + (code & 0x3FF));
    } else {
      unit(code);
    }
  }
  return hex + ">";
}

}  // namespace

bool AppendPdfUpdate(std::string* pdf, const PdfAdditions& additions) {
  const std::size_t startxref = pdf->rfind("startxref");
  const std::size_t trailer = pdf->rfind("trailer", startxref);
  if (startxref == std::string::npos || trailer == std::string::npos) return false;
  const std::string_view trailer_dict = std::string_view(*pdf).substr(trailer, startxref - trailer);
  const long size = NumberAfter(trailer_dict, "/Size");
  const long root = NumberAfter(trailer_dict, "/Root");
  const long info = NumberAfter(trailer_dict, "/Info");
  const long previous_xref = NumberAfter(std::string_view(*pdf).substr(startxref), "startxref");
  if (size <= 0 || root <= 0 || previous_xref < 0) return false;

  std::map<long, std::string> changed;  // object number -> new body
  if (!additions.language.empty()) {
    auto catalog = ObjectBody(*pdf, root);
    if (!catalog || !InsertEntries(&*catalog, "/Lang (" + additions.language +
                                                  ") /ViewerPreferences << /DisplayDocTitle true >>\n  ")) {
      return false;
    }
    changed[root] = *catalog;
  }
  if (additions.trim_box || additions.bleed_box) {
    std::string entries;
    if (additions.trim_box) entries += "/TrimBox " + Box(*additions.trim_box) + " ";
    if (additions.bleed_box) entries += "/BleedBox " + Box(*additions.bleed_box) + " ";
    std::vector<long> pages = PageObjects(*pdf, trailer);
    if (pages.empty()) return false;
    for (long page : pages) {
      auto body = ObjectBody(*pdf, page);
      if (!body || !InsertEntries(&*body, entries)) return false;
      changed[page] = *body;
    }
  }
  if (!additions.figure_alts.empty()) {
    std::vector<long> figures = FigureObjects(*pdf, trailer);
    if (figures.size() != additions.figure_alts.size()) return false;
    for (std::size_t i = 0; i < figures.size(); ++i) {
      auto body = ObjectBody(*pdf, figures[i]);
      if (!body || !InsertEntries(&*body, "/Alt " + PdfTextString(additions.figure_alts[i]) + "\n  ")) return false;
      changed[figures[i]] = *body;
    }
  }
  if (changed.empty()) return true;

  if (pdf->back() != '\n') pdf->push_back('\n');
  std::string update;
  std::map<long, std::size_t> offsets;
  for (const auto& [number, body] : changed) {
    offsets[number] = pdf->size() + update.size();
    update += std::to_string(number) + " 0 obj\n" + body + "endobj\n";
  }
  const std::size_t xref_offset = pdf->size() + update.size();
  update += "xref\n";
  for (const auto& [number, offset] : offsets) {
    char entry[64];
    // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, "n", space, newline.
    std::snprintf(entry, sizeof entry, "%ld 1\n%010zu 00000 n \n", number, offset);
    update += entry;
  }
  update += "trailer\n<< /Size " + std::to_string(size) + " /Root " + std::to_string(root) + " 0 R";
  if (info > 0) update += " /Info " + std::to_string(info) + " 0 R";
  update += " /Prev " + std::to_string(previous_xref) + " >>\nstartxref\n" + std::to_string(xref_offset) + "\n%%EOF\n";
  pdf->append(update);
  return true;
}

}  // namespace nietpluis
