// Dates, decimals and lists written the Dutch way, and UTC times for mail and JSON..
#include "base/dutch_format.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>

namespace nietpluis {

std::string JoinDutch(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? " en " : ", ";
    out += items[i];
  }
  return out;
}

std::string DutchDate(int year, int month, int day) {
  static constexpr std::array<const char*, 12> kMonths = {"januari", "februari", "maart",     "april",
                                                          "mei",     "juni",     "juli",      "augustus",
                                                          "september", "oktober", "november", "december"};
  if (month < 1 || month > 12) return std::to_string(year);
  return std::to_string(day) + " " + kMonths[static_cast<std::size_t>(month - 1)] + " " + std::to_string(year);
}

std::string DutchDateTime(std::int64_t unix_seconds) {
  std::time_t time = static_cast<std::time_t>(unix_seconds);
  std::tm local{};
  localtime_r(&time, &local);
  char clock[16];
  std::strftime(clock, sizeof clock, "%H.%M", &local);
  return DutchDate(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday) + " om " + clock + " uur";
}

std::string FormatUtc(std::int64_t unix_seconds, const char* format) {
  std::time_t time = static_cast<std::time_t>(unix_seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  char text[64];
  std::strftime(text, sizeof text, format, &utc);
  return text;
}

std::string DutchDecimal(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string out = buffer;
  std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

}  // namespace nietpluis
