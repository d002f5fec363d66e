// Unit tests for meldpunt/print/share_image: a page's and a campaign's share image are 1200 x 630
// PNGs in the house style, whatever the length of the title.
#include "print/share_image.h"

#include <catch2/catch.hpp>

#include "print/cairo_output.h"
#include "test_support.h"

namespace nietpluis {
namespace {

struct Png {
  int width = 0, height = 0;
  std::uint32_t top_left = 0;  // xRGB
};

Png Read(const std::string& bytes, const std::filesystem::path& file) {
  testing::WriteText(file, bytes);
  CairoSurface surface(cairo_image_surface_create_from_png(file.c_str()));
  REQUIRE(cairo_surface_status(surface.get()) == CAIRO_STATUS_SUCCESS);
  return Png{cairo_image_surface_get_width(surface.get()), cairo_image_surface_get_height(surface.get()),
             *reinterpret_cast<const std::uint32_t*>(cairo_image_surface_get_data(surface.get())) & 0xFFFFFF};
}

}  // namespace

TEST_CASE("a page's share image is 1200 x 630 in the primary colour, for a short and a very long title", "[print][share]") {
  testing::TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  Diagnostics diagnostics;
  SiteConfig config = LoadSiteConfig(dir / "content", &diagnostics);
  REQUIRE_FALSE(diagnostics.HasErrors());
  auto images = ShareImages::Load(config, testing::TemplatesDir(), dir / "content", Env::Default());
  REQUIRE(images.ok());
  auto painter = images.value()->Painter();
  for (const char* title : {"Melden", "Toegankelijkheidsverklaring van het Meldpunt Niet Pluis, met alles wat nog niet goed "
                                      "werkt en wat wij daaraan doen"}) {
    CAPTURE(title);
    Png png = Read(painter->PagePng(title), dir / "pagina.png");
    CHECK(png.width == kShareImageWidth);
    CHECK(png.height == kShareImageHeight);
    CHECK(png.top_left == 0x0b4a6f);  // kleur_primair of the minimal site.toml
  }
  PieceTexts texts;
  texts.headline = "Ziet u iets wat niet pluis is?";
  texts.lines = "De post stapelt op.\nGeef het door.";
  Png campaign = Read(painter->CampaignPng(texts, nullptr), dir / "campagne.png");
  CHECK(campaign.width == 1200);
  CHECK(campaign.height == 630);
}

TEST_CASE("a share image cannot be made without the print fonts, and says where they belong", "[print][share]") {
  testing::TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  std::filesystem::create_directories(dir / "templates/drukwerk/fonts");
  Diagnostics diagnostics;
  SiteConfig config = LoadSiteConfig(dir / "content", &diagnostics);
  auto images = ShareImages::Load(config, dir / "templates", dir / "content", Env::Default());
  REQUIRE_FALSE(images.ok());
  CHECK(images.error().problem == "hier staan geen lettertypen voor het drukwerk (.ttf of .otf)");
}

}  // namespace nietpluis
