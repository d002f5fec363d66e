// Unit tests for meldpunt/print_type: the print fonts load from the templates, and text that does not
// fit is measured, never clipped.
#include "print/print_type.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;

std::shared_ptr<const PrintFonts> StockFonts() {
  auto fonts = PrintFonts::Load(testing::TemplatesDir(), testing::TemplatesDir() / "drukwerk/fonts");
  INFO((fonts.ok() ? "" : fonts.error().ToString()));
  REQUIRE(fonts.ok());
  return fonts.value();
}

// The first `n` code points of `text`.
std::string FirstCharacters(const std::string& text, std::size_t n) {
  std::size_t at = 0;
  for (std::size_t seen = 0; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80 && seen++ == n) break;
  }
  return text.substr(0, at);
}

}  // namespace

TEST_CASE("the stock print fonts are one family with a regular and a bold face", "[print][type]") {
  CHECK(StockFonts()->family() == "Atkinson Hyperlegible");
}

TEST_CASE("a fonts folder without fonts, or without a bold face, is an error", "[print][type]") {
  TempDir dir;
  auto none = PrintFonts::Load(dir.path(), dir.path());
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().ToString() == dir.path().string() +
                                       ": hier staan geen lettertypen voor het drukwerk (.ttf of .otf); zet ze terug "
                                       "uit de templates/ van Nietpluis");
  std::filesystem::copy_file(testing::TemplatesDir() / "drukwerk/fonts/atkinson-hyperlegible-latin-400-normal.ttf",
                             dir / "gewoon.ttf");
  auto regular_only = PrintFonts::Load(dir.path(), dir.path());
  REQUIRE_FALSE(regular_only.ok());
  CHECK(regular_only.error().ToString() == dir.path().string() +
                                               ": het drukwerk heeft een gewoon en een vet lettertype van één familie "
                                               "nodig; zet beide .ttf-bestanden in deze map");
  testing::WriteText(dir / "kapot.ttf", "geen lettertype");
  auto broken = PrintFonts::Load(dir.path(), dir.path());
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().ToString() ==
        (dir / "kapot.ttf").string() + ": dit lettertype kan niet gelezen worden; zet een geldig .ttf- of .otf-bestand terug");
}

TEST_CASE("text that fits is 0 over; text that does not is over by exactly what the box cannot take", "[print][type]") {
  Typesetter typesetter(StockFonts());
  const TextStyle style{20, true};
  CHECK(typesetter.CharactersOver("Ziet u iets?", style, 300, 1) == 0);
  const std::string text = "Ziet u iets wat niet pluis is bij de buren of in de straat?";
  const std::size_t over = typesetter.CharactersOver(text, style, 300, 1);
  REQUIRE(over > 0);
  const std::size_t total = 59;
  REQUIRE(over < total);
  CHECK(typesetter.CharactersOver(FirstCharacters(text, total - over), style, 300, 1) == 0);
  CHECK(typesetter.CharactersOver(FirstCharacters(text, total - over + 1), style, 300, 1) > 0);
  // The same text wraps onto two lines, and then it fits.
  CHECK(typesetter.CharactersOver(text, style, 300, 2) == 0);
}

TEST_CASE("one word wider than the line is too long, not silently sticking out", "[print][type]") {
  Typesetter typesetter(StockFonts());
  const TextStyle style{30, true};
  CHECK(typesetter.CharactersOver("Buurtbemiddelingsgesprekken", style, 250, 3) > 0);
  CHECK(typesetter.CharactersOver("Buurt bemiddeling", style, 250, 3) == 0);
}

TEST_CASE("Dutch accents are in the typeface; a character it lacks is named", "[print][type]") {
  Typesetter typesetter(StockFonts());
  CHECK_FALSE(typesetter.MissingCharacter("Één café, geïnteresseerd, reünie, € 5", TextStyle{}));
  CHECK(typesetter.MissingCharacter("Bel ons ☎ 14 0123", TextStyle{}) == std::optional<std::string>("☎"));
}

TEST_CASE("reserved height grows with every line", "[print][type]") {
  Typesetter typesetter(StockFonts());
  const TextStyle style{24};
  const double one = typesetter.HeightOfLines(style, 1), two = typesetter.HeightOfLines(style, 2);
  CHECK(one > 24);
  CHECK(two > one * 1.8);
  CHECK(two < one * 2.2);
}

}  // namespace nietpluis
