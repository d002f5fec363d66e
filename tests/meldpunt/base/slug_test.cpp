// Unit tests for meldpunt/slug: turning Dutch page titles into URL slugs and checking slugs.
#include "base/slug.h"

#include <catch2/catch.hpp>

#include <string>

namespace nietpluis {
namespace {

TEST_CASE("Slugify turns a Dutch question into a slug", "[slug]") {
  CHECK(Slugify("Wat is een niet-pluisgevoel?") == "wat-is-een-niet-pluisgevoel");
  CHECK(Slugify("Hoe meld ik?") == "hoe-meld-ik");
  CHECK(Slugify("Voor bezorgers en professionals") == "voor-bezorgers-en-professionals");
}

TEST_CASE("Slugify folds Dutch accents to plain letters", "[slug]") {
  CHECK(Slugify("Café Één") == "cafe-een");
  CHECK(Slugify("België") == "belgie");
  CHECK(Slugify("ruïne") == "ruine");
  CHECK(Slugify("coöperatie") == "cooperatie");
  CHECK(Slugify("À la carte") == "a-la-carte");
  CHECK(Slugify("Çüñÿ") == "cuny");
}

TEST_CASE("Slugify writes the ij ligature as two letters", "[slug]") {
  CHECK(Slugify("ĳs") == "ijs");
  CHECK(Slugify("Ĳsselmeer") == "ijsselmeer");
  CHECK(Slugify("Ĳ") == "ij");
}

TEST_CASE("Slugify keeps words whole across an apostrophe", "[slug]") {
  CHECK(Slugify("auto's") == "autos");
  CHECK(Slugify("auto’s") == "autos");  // typographic apostrophe U+2019
  CHECK(Slugify("'s-Hertogenbosch") == "s-hertogenbosch");
  CHECK(Slugify("zo’n gevoel") == "zon-gevoel");
}

TEST_CASE("Slugify drops leading and trailing punctuation", "[slug]") {
  CHECK(Slugify("  --Hallo!!  ") == "hallo");
  CHECK(Slugify("\"Niet pluis\"") == "niet-pluis");
  CHECK(Slugify("(Contact)") == "contact");
  CHECK(Slugify("...Na uw melding...") == "na-uw-melding");
}

TEST_CASE("Slugify makes one hyphen of any run of spaces and punctuation", "[slug]") {
  CHECK(Slugify("veel    spaties") == "veel-spaties");
  CHECK(Slugify("a - b") == "a-b");
  CHECK(Slugify("a\t\nb") == "a-b");
  CHECK(Slugify("Vragen & antwoorden") == "vragen-antwoorden");
  CHECK(Slugify("Nu — of later") == "nu-of-later");  // em dash, a three-byte character
  CHECK(Slugify("a\xC2\xA0" "b") == "a-b");           // no-break space, a two-byte character
  CHECK(Slugify("Hulp 😀 nodig") == "hulp-nodig");     // a four-byte character
}

TEST_CASE("Slugify keeps digits", "[slug]") {
  CHECK(Slugify("Top 10 tips") == "top-10-tips");
  CHECK(Slugify("112 of 14 0123?") == "112-of-14-0123");
  CHECK(Slugify("2026") == "2026");
}

TEST_CASE("Slugify gives nothing for a title without letters or digits", "[slug]") {
  CHECK(Slugify("") == "");
  CHECK(Slugify("???") == "");
  CHECK(Slugify(" - ") == "");
  CHECK(Slugify("’") == "");
}

TEST_CASE("Slugify output is always a valid slug", "[slug]") {
  const char* titles[] = {"Wat is een niet-pluisgevoel?", "Café Één", "auto’s", "  --Hallo!!  ", "Top 10 tips",
                          "Ĳsselmeer", "a - b", "Nu — of later", "'s-Hertogenbosch"};
  for (const char* title : titles) {
    INFO(title);
    CHECK(IsValidSlug(Slugify(title)));
  }
}

TEST_CASE("IsValidSlug accepts lower case letters, digits and single hyphens", "[slug]") {
  CHECK(IsValidSlug("wat-is-niet-pluis"));
  CHECK(IsValidSlug("a"));
  CHECK(IsValidSlug("top-10"));
  CHECK(IsValidSlug("2026"));
}

TEST_CASE("IsValidSlug rejects anything Slugify would not produce", "[slug]") {
  CHECK_FALSE(IsValidSlug(""));
  CHECK_FALSE(IsValidSlug("-wat"));
  CHECK_FALSE(IsValidSlug("wat-"));
  CHECK_FALSE(IsValidSlug("wat--is"));
  CHECK_FALSE(IsValidSlug("Wat-is"));
  CHECK_FALSE(IsValidSlug("wat is"));
  CHECK_FALSE(IsValidSlug("wat_is"));
  CHECK_FALSE(IsValidSlug("wat/is"));
  CHECK_FALSE(IsValidSlug("café"));
  CHECK_FALSE(IsValidSlug("../geheim"));
}

}  // namespace
}  // namespace nietpluis
