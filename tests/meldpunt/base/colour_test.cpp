// Unit tests for meldpunt/colour: reading house-style colours and their WCAG 2 contrast ratio.
#include "base/colour.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string_view>

namespace nietpluis {
namespace {

void CheckColour(std::string_view text, int red, int green, int blue) {
  INFO(text);
  auto colour = ParseColour(text);
  REQUIRE(colour.has_value());
  CHECK(colour->red == red);
  CHECK(colour->green == green);
  CHECK(colour->blue == blue);
}

TEST_CASE("ParseColour reads #rrggbb in either case", "[colour]") {
  CheckColour("#1a2b3c", 0x1a, 0x2b, 0x3c);
  CheckColour("#0B4A6F", 0x0b, 0x4a, 0x6f);
  CheckColour("#000000", 0, 0, 0);
  CheckColour("#ffffff", 255, 255, 255);
  CheckColour("#FfFfFf", 255, 255, 255);
}

TEST_CASE("ParseColour doubles each digit of #rgb", "[colour]") {
  CheckColour("#abc", 0xaa, 0xbb, 0xcc);
  CheckColour("#F00", 255, 0, 0);
  CheckColour("#000", 0, 0, 0);
  CheckColour("#123", 0x11, 0x22, 0x33);
}

TEST_CASE("ParseColour rejects anything else", "[colour]") {
  CHECK_FALSE(ParseColour("").has_value());
  CHECK_FALSE(ParseColour("#").has_value());
  CHECK_FALSE(ParseColour("0b4a6f").has_value());  // no #
  CHECK_FALSE(ParseColour("#0b4a6").has_value());
  CHECK_FALSE(ParseColour("#0b4a6f0").has_value());
  CHECK_FALSE(ParseColour("#0b4a6f00").has_value());  // no alpha channel
  CHECK_FALSE(ParseColour("#abcd").has_value());
  CHECK_FALSE(ParseColour("#ab").has_value());
  CHECK_FALSE(ParseColour("#gggggg").has_value());
  CHECK_FALSE(ParseColour("#0b 4a6").has_value());
  CHECK_FALSE(ParseColour("#xyz").has_value());
  CHECK_FALSE(ParseColour("blauw").has_value());
  CHECK_FALSE(ParseColour(" #0b4a6f").has_value());
}

TEST_CASE("ContrastRatio of black on white is 21", "[colour]") {
  const Colour black{0, 0, 0}, white{255, 255, 255};
  CHECK(ContrastRatio(black, white) == Approx(21.0).epsilon(1e-12));
  CHECK(ContrastRatio(white, black) == Approx(21.0).epsilon(1e-12));
}

TEST_CASE("ContrastRatio of a colour with itself is 1", "[colour]") {
  for (const Colour colour : {Colour{0, 0, 0}, Colour{255, 255, 255}, Colour{0x0b, 0x4a, 0x6f}}) {
    CHECK(ContrastRatio(colour, colour) == Approx(1.0).epsilon(1e-12));
  }
}

// Expected values worked out by hand with the WCAG 2 relative luminance formula.
TEST_CASE("ContrastRatio matches known WCAG pairs", "[colour]") {
  const Colour white{255, 255, 255};
  // #767676 on white is the classic lightest grey that passes AA: 4.54:1.
  CHECK(ContrastRatio(Colour{0x76, 0x76, 0x76}, white) == Approx(4.5422).margin(0.0005));
  // #777777 just fails AA.
  CHECK(ContrastRatio(Colour{0x77, 0x77, 0x77}, white) < 4.5);
  CHECK(ContrastRatio(Colour{0x88, 0x88, 0x88}, white) == Approx(3.5449).margin(0.0005));
  // Pure red on white: (1.05) / (0.2126 + 0.05).
  CHECK(ContrastRatio(Colour{255, 0, 0}, white) == Approx(1.05 / 0.2626).margin(0.0005));
  // The house style of the example site: #0b4a6f on white.
  CHECK(ContrastRatio(Colour{0x0b, 0x4a, 0x6f}, white) == Approx(9.4455).margin(0.0005));
}

TEST_CASE("ContrastRatio does not depend on which colour is the text", "[colour]") {
  const Colour a{0x0b, 0x4a, 0x6f}, b{0xff, 0xbf, 0x47};
  CHECK(ContrastRatio(a, b) == Approx(ContrastRatio(b, a)).epsilon(1e-12));
  CHECK(ContrastRatio(a, b) > 1.0);
}

}  // namespace
}  // namespace nietpluis
