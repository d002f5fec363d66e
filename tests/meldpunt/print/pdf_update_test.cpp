// Unit tests for meldpunt/pdf_update: poppler reads the appended revision (boxes per page) without
// complaint, and the newest catalog carries the language.
#include "print/pdf_update.h"

#include <catch2/catch.hpp>

#include <regex>

#include "print/cairo_output.h"
#include "print_inspect.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;
using testing::WriteText;

std::string TwoPagePdf() {
  std::string pdf;
  {
    CairoSurface surface = PdfSurfaceInto(&pdf, 200, 100);
    Cairo cr(cairo_create(surface.get()));
    cairo_rectangle(cr.get(), 10, 10, 50, 50);
    cairo_fill(cr.get());
    cairo_show_page(cr.get());
    cairo_show_page(cr.get());
    cr.reset();
    cairo_surface_finish(surface.get());
  }
  return pdf;
}

// The body of the newest revision of the object the last trailer names as /Root.
std::string NewestCatalog(const std::string& pdf) {
  std::smatch root;
  std::string trailer = pdf.substr(pdf.rfind("trailer"));
  REQUIRE(std::regex_search(trailer, root, std::regex("/Root (\\d+) 0 R")));
  std::size_t at = pdf.rfind("\n" + root[1].str() + " 0 obj\n");
  REQUIRE(at != std::string::npos);
  return pdf.substr(at, pdf.find("endobj", at) - at);
}

}  // namespace

TEST_CASE("the update adds the language to the catalog and poppler still reads the file cleanly", "[pdf]") {
  std::string pdf = TwoPagePdf();
  const std::size_t original = pdf.size();
  REQUIRE(AppendPdfUpdate(&pdf, PdfAdditions{"nl", std::nullopt, std::nullopt, {}}));
  CHECK(pdf.size() > original);
  CHECK(NewestCatalog(pdf).find("/Lang (nl) /ViewerPreferences << /DisplayDocTitle true >>") != std::string::npos);
  CHECK(NewestCatalog(pdf).find("/Type /Catalog") != std::string::npos);
  // The new startxref points at the new cross-reference table, which chains to the old one.
  std::smatch offset;
  std::string tail = pdf.substr(pdf.rfind("startxref"));
  REQUIRE(std::regex_search(tail, offset, std::regex("startxref\n(\\d+)")));
  CHECK(pdf.compare(std::stoul(offset[1].str()), 5, "xref\n") == 0);
  CHECK(pdf.find("/Prev ") != std::string::npos);

  TempDir dir;
  WriteText(dir / "a.pdf", pdf);
  auto info = testing::RunPdfInfo(dir / "a.pdf");
  CHECK(info.exit_code == 0);
  CHECK(info.errors == "");
  CHECK(info.out.find("Pages:           2") != std::string::npos);
}

TEST_CASE("trim and bleed boxes land on every page", "[pdf]") {
  std::string pdf = TwoPagePdf();
  REQUIRE(AppendPdfUpdate(&pdf, PdfAdditions{"nl", PdfBox{8.5, 8.5, 191.5, 91.5}, PdfBox{0, 0, 200, 100}, {}}));
  TempDir dir;
  WriteText(dir / "a.pdf", pdf);
  auto info = testing::RunPdfInfo(dir / "a.pdf", "-box -f 1 -l 2");
  CHECK(info.exit_code == 0);
  CHECK(info.errors == "");
  for (int page : {1, 2}) {
    CAPTURE(page);
    CHECK(testing::PageBox(info, page, "TrimBox") == std::vector<double>{8.5, 8.5, 191.5, 91.5});
    CHECK(testing::PageBox(info, page, "BleedBox") == std::vector<double>{0, 0, 200, 100});
    CHECK(testing::PageBox(info, page, "MediaBox") == std::vector<double>{0, 0, 200, 100});
  }
}

TEST_CASE("a file not laid out as cairo writes it is left alone", "[pdf]") {
  std::string not_pdf = "%PDF-1.5\nnothing here\n";
  CHECK_FALSE(AppendPdfUpdate(&not_pdf, PdfAdditions{"nl", std::nullopt, std::nullopt, {}}));
  CHECK(not_pdf == "%PDF-1.5\nnothing here\n");
}

}  // namespace nietpluis
