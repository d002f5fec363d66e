// Unit tests for meldpunt/base/text: trimming, prefixes, typo suggestions, e-mail shape and phone digits.
#include "base/text.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace nietpluis {
namespace {

TEST_CASE("Trim removes spaces, tabs and line ends at both ends only", "[text]") {
  CHECK(Trim("  melding \t\r\n") == "melding");
  CHECK(Trim("niet pluis") == "niet pluis");
  CHECK(Trim(" niet  pluis ") == "niet  pluis");
  CHECK(Trim("") == "");
  CHECK(Trim(" \t\r\n ") == "");
}

TEST_CASE("CollapseSpaces makes every run of white space one space, and none at the ends", "[text]") {
  CHECK(CollapseSpaces("  Bel\n  ons\t op. ") == "Bel ons op.");
  CHECK(CollapseSpaces("niet pluis") == "niet pluis");
  CHECK(CollapseSpaces(" \t\r\n ") == "");
  CHECK(CollapseSpaces("") == "");
}

TEST_CASE("StartsWith and EndsWith compare whole prefixes and suffixes", "[text]") {
  CHECK(StartsWith("https://www.proef.nl/", "https://"));
  CHECK_FALSE(StartsWith("http://www.proef.nl/", "https://"));
  CHECK_FALSE(StartsWith("ht", "https://"));
  CHECK(EndsWith("https://www.proef.nl/", "/"));
  CHECK_FALSE(EndsWith("https://www.proef.nl", "/"));
  CHECK_FALSE(EndsWith("", "/"));
}

TEST_CASE("EditDistance counts insertions, deletions and substitutions", "[text]") {
  CHECK(EditDistance("telefoon", "telefoon") == 0);
  CHECK(EditDistance("telefon", "telefoon") == 1);   // one letter missing
  CHECK(EditDistance("telefoonn", "telefoon") == 1);  // one letter too many
  CHECK(EditDistance("telefaon", "telefoon") == 1);   // one letter wrong
  CHECK(EditDistance("titel", "title") == 2);         // swapped letters count twice
  CHECK(EditDistance("kitten", "sitting") == 3);
  CHECK(EditDistance("", "menu") == 4);
  CHECK(EditDistance("menu", "") == 4);
  CHECK(EditDistance("", "") == 0);
}

TEST_CASE("ClosestMatch suggests a key for a typo", "[text]") {
  const std::vector<std::string> keys = {"telefoon", "telefoon_uren", "email", "postadres"};
  CHECK(ClosestMatch("telefon", keys) == "telefoon");
  CHECK(ClosestMatch("emial", keys) == "email");
  CHECK(ClosestMatch("postadress", keys) == "postadres");
  CHECK(ClosestMatch("telefoon_uur", keys) == "telefoon_uren");
}

TEST_CASE("ClosestMatch suggests nothing for a word that is not a typo", "[text]") {
  const std::vector<std::string> keys = {"title", "description", "menu", "menu_title", "slug", "generate"};
  CHECK(ClosestMatch("auteur", keys) == "");
  CHECK(ClosestMatch("xyz", keys) == "");
  CHECK(ClosestMatch("titel", {}) == "");
}

TEST_CASE("LooksLikeEmail accepts ordinary addresses", "[text]") {
  CHECK(LooksLikeEmail("meldpunt@proef.nl"));
  CHECK(LooksLikeEmail("privacy.officer@gemeente.proef.nl"));
  CHECK(LooksLikeEmail("a+b@c.nl"));
}

TEST_CASE("LooksLikeEmail rejects text that is not an address", "[text]") {
  CHECK_FALSE(LooksLikeEmail(""));
  CHECK_FALSE(LooksLikeEmail("meldpunt"));
  CHECK_FALSE(LooksLikeEmail("meldpunt(at)proef.nl"));
  CHECK_FALSE(LooksLikeEmail("@proef.nl"));          // nothing before the @
  CHECK_FALSE(LooksLikeEmail("meldpunt@"));          // nothing after the @
  CHECK_FALSE(LooksLikeEmail("meldpunt@proef"));     // no dot in the domain
  CHECK_FALSE(LooksLikeEmail("meldpunt@.nl"));       // domain starts with the dot
  CHECK_FALSE(LooksLikeEmail("meldpunt@proef."));    // domain ends with the dot
  CHECK_FALSE(LooksLikeEmail("meld@punt@proef.nl"));  // two @
  CHECK_FALSE(LooksLikeEmail("meld punt@proef.nl"));  // a space
  CHECK_FALSE(LooksLikeEmail(" meldpunt@proef.nl"));
  CHECK_FALSE(LooksLikeEmail("meldpunt@proef.nl\t"));
  CHECK_FALSE(LooksLikeEmail("<meldpunt@proef.nl>"));
  CHECK_FALSE(LooksLikeEmail("\"meldpunt\"@proef.nl"));
}

TEST_CASE("PhoneDigits keeps the digits for a tel: link", "[text]") {
  CHECK(PhoneDigits("14 0123") == "140123");
  CHECK(PhoneDigits("0800-2000") == "08002000");
  CHECK(PhoneDigits("(020) 123 45 67") == "0201234567");
  CHECK(PhoneDigits("") == "");
  CHECK(PhoneDigits("bel ons") == "");
}

TEST_CASE("PhoneDigits keeps a leading + only", "[text]") {
  CHECK(PhoneDigits("+31 6 1234") == "+3161234");
  CHECK(PhoneDigits(" +31 20 123") == "+3120123");
  CHECK(PhoneDigits("06 + 1234") == "061234");
  CHECK(PhoneDigits("+31 +6") == "+316");
}

}  // namespace
}  // namespace nietpluis
