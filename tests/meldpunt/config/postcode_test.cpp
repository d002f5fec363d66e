// Unit tests for meldpunt/postcode: what residents type, and what PostNL never hands out.
#include "config/postcode.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

TEST_CASE("Postcodes are accepted as residents type them and stored in one form", "[postcode]") {
  for (const char* typed : {"1234AB", "1234ab", "1234 AB", "1234 ab", " 1234  Ab ", "1234\tAB"}) {
    INFO(typed);
    auto postcode = ParsePostcode(typed);
    REQUIRE(postcode);
    CHECK(postcode->digits == 1234);
    CHECK(postcode->letters == "AB");
    CHECK(postcode->Normalised() == "1234 AB");
  }
  CHECK(ParsePostcode("9999ZZ")->Normalised() == "9999 ZZ");
  CHECK(ParsePostcode("1000aa")->Normalised() == "1000 AA");
  // Spaces anywhere are typing, not meaning.
  CHECK(ParsePostcode("12 34 AB")->Normalised() == "1234 AB");
}

TEST_CASE("Postcodes PostNL never hands out are refused", "[postcode]") {
  for (const char* typed : {"", "0123AB", "123AB", "12345AB", "1234A", "1234ABC", "AB1234", "1234 SA", "1234sd",
                            "1234SS", "1234-AB", "1234\xc3\xa9" "A", "١٢٣٤AB", "1234A1"}) {
    INFO(typed);
    CHECK_FALSE(ParsePostcode(typed));
  }
  // Other pairs with an S are fine.
  CHECK(ParsePostcode("1234SB"));
  CHECK(ParsePostcode("1234AS"));
}

}  // namespace
}  // namespace nietpluis
