// ISO week arithmetic on day numbers, after Howard Hinnant's civil-date algorithms.
#include "base/iso_week.h"

#include <cstdio>
#include <ctime>

namespace nietpluis {
namespace {

// 0 = Monday ... 6 = Sunday. 1970-01-01 was a Thursday.
int Weekday(std::int64_t days) {
  std::int64_t shifted = (days + 3) % 7;
  return static_cast<int>(shifted < 0 ? shifted + 7 : shifted);
}

// The Monday of week 1 of an ISO year: the week that holds 4 January.
std::int64_t FirstMonday(int iso_year) {
  std::int64_t january_4 = DaysFromCivil(iso_year, 1, 4);
  return january_4 - Weekday(january_4);
}

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

std::int64_t DaysFromCivil(int year, int month, int day) {
  const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t year_of_era = y - era * 400;
  const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

std::string IsoWeek::ToString() const {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-W%02d", year, week);
  return text;
}

std::int64_t IsoWeek::MondayDays() const { return FirstMonday(year) + 7 * static_cast<std::int64_t>(week - 1); }

IsoWeek IsoWeek::Next() const { return WeekOfDays(MondayDays() + 7); }

IsoWeek WeekOfDays(std::int64_t days) {
  const std::int64_t monday = days - Weekday(days);
  // The ISO year is the calendar year of the week's Thursday.
  const std::int64_t thursday = monday + 3;
  int year = 1970 + static_cast<int>(thursday / 365);
  while (DaysFromCivil(year, 1, 1) > thursday) --year;
  while (DaysFromCivil(year + 1, 1, 1) <= thursday) ++year;
  return IsoWeek{year, static_cast<int>((monday - FirstMonday(year)) / 7) + 1};
}

IsoWeek WeekOfDate(int year, int month, int day) { return WeekOfDays(DaysFromCivil(year, month, day)); }

IsoWeek LocalWeekOf(std::int64_t unix_seconds) {
  std::time_t time = static_cast<std::time_t>(unix_seconds);
  std::tm local{};
  localtime_r(&time, &local);
  return WeekOfDate(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

int WeeksInYear(int iso_year) { return static_cast<int>((FirstMonday(iso_year + 1) - FirstMonday(iso_year)) / 7); }

std::optional<IsoWeek> ParseIsoWeek(std::string_view text) {
  if (text.size() < 7 || text.size() > 8 || text[4] != '-' || (text[5] != 'W' && text[5] != 'w')) return std::nullopt;
  std::string_view year = text.substr(0, 4), week = text.substr(6);
  if (!AllDigits(year) || !AllDigits(week)) return std::nullopt;
  IsoWeek parsed{std::stoi(std::string(year)), std::stoi(std::string(week))};
  if (parsed.year < 1970 || parsed.week < 1 || parsed.week > WeeksInYear(parsed.year)) return std::nullopt;
  return parsed;
}

std::int64_t WeeksBetween(const IsoWeek& from, const IsoWeek& to) { return (to.MondayDays() - from.MondayDays()) / 7; }

}  // namespace nietpluis
