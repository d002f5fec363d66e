// Unit tests for meldpunt/postcode_area: reading PC4 numbers and ranges and describing them in Dutch.
#include "config/postcode_area.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

namespace nietpluis {
namespace {

TEST_CASE("ParsePostcodeRange reads one PC4 number as a range of one", "[postcode]") {
  auto range = ParsePostcodeRange("1234");
  REQUIRE(range.has_value());
  CHECK(range->first == 1234);
  CHECK(range->last == 1234);

  auto lowest = ParsePostcodeRange("1000");
  REQUIRE(lowest.has_value());
  CHECK(lowest->first == 1000);
  auto highest = ParsePostcodeRange("9999");
  REQUIRE(highest.has_value());
  CHECK(highest->last == 9999);
}

TEST_CASE("ParsePostcodeRange reads a range with a hyphen", "[postcode]") {
  auto range = ParsePostcodeRange("1000-1099");
  REQUIRE(range.has_value());
  CHECK(range->first == 1000);
  CHECK(range->last == 1099);

  auto same = ParsePostcodeRange("2000-2000");
  REQUIRE(same.has_value());
  CHECK(same->first == 2000);
  CHECK(same->last == 2000);
}

TEST_CASE("ParsePostcodeRange trims spaces around numbers", "[postcode]") {
  auto single = ParsePostcodeRange(" 1234 ");
  REQUIRE(single.has_value());
  CHECK(single->first == 1234);
  CHECK(single->last == 1234);

  auto range = ParsePostcodeRange(" 1000 - 1099 ");
  REQUIRE(range.has_value());
  CHECK(range->first == 1000);
  CHECK(range->last == 1099);
}

TEST_CASE("ParsePostcodeRange rejects what is not a PC4 number or range", "[postcode]") {
  CHECK_FALSE(ParsePostcodeRange("0123").has_value());  // PC4 never starts with 0
  CHECK_FALSE(ParsePostcodeRange("999").has_value());
  CHECK_FALSE(ParsePostcodeRange("12345").has_value());
  CHECK_FALSE(ParsePostcodeRange("abcd").has_value());
  CHECK_FALSE(ParsePostcodeRange("12a4").has_value());
  CHECK_FALSE(ParsePostcodeRange("1234 AB").has_value());  // a full postcode, not PC4
  CHECK_FALSE(ParsePostcodeRange("").has_value());
  CHECK_FALSE(ParsePostcodeRange("1099-1000").has_value());  // backwards
  CHECK_FALSE(ParsePostcodeRange("1000-").has_value());
  CHECK_FALSE(ParsePostcodeRange("-1099").has_value());
  CHECK_FALSE(ParsePostcodeRange("1000-1099-1200").has_value());
  CHECK_FALSE(ParsePostcodeRange("1000-0999").has_value());
}

TEST_CASE("PostcodeRange::Contains includes both ends", "[postcode]") {
  const PostcodeRange range{1000, 1099};
  CHECK_FALSE(range.Contains(999));
  CHECK(range.Contains(1000));
  CHECK(range.Contains(1050));
  CHECK(range.Contains(1099));
  CHECK_FALSE(range.Contains(1100));

  const PostcodeRange single{1234, 1234};
  CHECK(single.Contains(1234));
  CHECK_FALSE(single.Contains(1233));
  CHECK_FALSE(single.Contains(1235));
}

TEST_CASE("DescribePostcodeAreas names a single postcode", "[postcode]") {
  CHECK(DescribePostcodeAreas({{1234, 1234}}) == "postcode 1234");
}

TEST_CASE("DescribePostcodeAreas names a range in words", "[postcode]") {
  CHECK(DescribePostcodeAreas({{1000, 1099}}) == "postcodes 1000 tot en met 1099");
}

TEST_CASE("DescribePostcodeAreas joins several areas the Dutch way", "[postcode]") {
  CHECK(DescribePostcodeAreas({{1000, 1099}, {1234, 1234}}) == "postcodes 1000 tot en met 1099 en 1234");
  CHECK(DescribePostcodeAreas({{1234, 1234}, {5678, 5678}}) == "postcodes 1234 en 5678");
  CHECK(DescribePostcodeAreas({{1000, 1099}, {1234, 1234}, {2000, 2999}}) ==
        "postcodes 1000 tot en met 1099, 1234 en 2000 tot en met 2999");
}

TEST_CASE("DescribePostcodeAreas describes what ParsePostcodeRange read", "[postcode]") {
  auto range = ParsePostcodeRange("1000-1099");
  auto single = ParsePostcodeRange("1234");
  REQUIRE(range.has_value());
  REQUIRE(single.has_value());
  CHECK(DescribePostcodeAreas({*range, *single}) == "postcodes 1000 tot en met 1099 en 1234");
}

}  // namespace
}  // namespace nietpluis
