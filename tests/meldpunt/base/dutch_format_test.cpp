// Unit tests for meldpunt/base/dutch_format: dates, decimals and lists the Dutch way.
#include "base/dutch_format.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace nietpluis {
namespace {

TEST_CASE("JoinDutch writes lists the Dutch way", "[text]") {
  CHECK(JoinDutch({}) == "");
  CHECK(JoinDutch({"privacy"}) == "privacy");
  CHECK(JoinDutch({"privacy", "toegankelijkheid"}) == "privacy en toegankelijkheid");
  CHECK(JoinDutch({"privacy", "toegankelijkheid", "kiosk-locaties"}) == "privacy, toegankelijkheid en kiosk-locaties");
  CHECK(JoinDutch({"a", "b", "c", "d"}) == "a, b, c en d");
}

TEST_CASE("DutchDate writes the day, the month in words and the year", "[text]") {
  CHECK(DutchDate(2026, 11, 1) == "1 november 2026");
  CHECK(DutchDate(2026, 1, 31) == "31 januari 2026");
  CHECK(DutchDate(2025, 3, 15) == "15 maart 2025");
  CHECK(DutchDate(2027, 12, 24) == "24 december 2027");
}

TEST_CASE("DutchDateTime writes the local date and time the Dutch way", "[text]") {
  setenv("TZ", "Europe/Amsterdam", 1);
  tzset();
  CHECK(DutchDateTime(1764583380) == "1 december 2025 om 11.03 uur");
  CHECK(DutchDateTime(1751364000) == "1 juli 2025 om 12.00 uur");  // summer time
  unsetenv("TZ");
  tzset();
}

TEST_CASE("DutchDate falls back to the year for a month out of range", "[text]") {
  CHECK(DutchDate(2026, 0, 1) == "2026");
  CHECK(DutchDate(2026, 13, 1) == "2026");
  CHECK(DutchDate(2026, -1, 1) == "2026");
}

TEST_CASE("DutchDecimal uses a decimal comma and rounds to the given places", "[text]") {
  CHECK(DutchDecimal(1.234, 2) == "1,23");
  CHECK(DutchDecimal(3.5448, 1) == "3,5");
  CHECK(DutchDecimal(4.5422, 2) == "4,54");
  CHECK(DutchDecimal(21.0, 0) == "21");
  CHECK(DutchDecimal(7.0, 1) == "7,0");
  CHECK(DutchDecimal(-0.5, 2) == "-0,50");
}

}  // namespace
}  // namespace nietpluis
