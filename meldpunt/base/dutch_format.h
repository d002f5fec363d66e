// Dates, decimals and lists written the Dutch way, and UTC times for mail and JSON.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nietpluis {

// "a", "a en b", "a, b en c".
std::string JoinDutch(const std::vector<std::string>& items);

// 2026-11-01 -> "1 november 2026".
std::string DutchDate(int year, int month, int day);

// "1 december 2026 om 10.03 uur", in local time (the kiosk runs with TZ=Europe/Amsterdam).
std::string DutchDateTime(std::int64_t unix_seconds);

// A moment in UTC written with a strftime `format`, in the C locale's names (what mail and JSON expect).
std::string FormatUtc(std::int64_t unix_seconds, const char* format);

// 1.234 -> "1,23" (Dutch decimal comma).
std::string DutchDecimal(double value, int decimals);

}  // namespace nietpluis
