// ISO 8601 weeks ("2027-W05"): the unit in which every intake counts its reports.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nietpluis {

struct IsoWeek {
  int year = 0;  // the ISO week-numbering year: 2026-12-31 is in 2026-W53, 2027-01-04 in 2027-W01
  int week = 0;  // 1 to 52 or 53

  // "2027-W05". Compared as text, this sorts as the weeks do.
  std::string ToString() const;
  // The week after this one.
  IsoWeek Next() const;
  // The Monday of the week, as days since 1970-01-01.
  std::int64_t MondayDays() const;
  auto operator<=>(const IsoWeek&) const = default;
};

// Days since 1970-01-01 of a calendar date (proleptic Gregorian).
std::int64_t DaysFromCivil(int year, int month, int day);
// The week a day (days since 1970-01-01) falls in.
IsoWeek WeekOfDays(std::int64_t days);
IsoWeek WeekOfDate(int year, int month, int day);
// The week of a moment in the machine's local time: a report made on Monday at 00:30 in the
// Netherlands counts in the week that begins that Monday.
IsoWeek LocalWeekOf(std::int64_t unix_seconds);
// 52 or 53.
int WeeksInYear(int iso_year);
// Reads "2027-W05" (also "2027-w5"); nothing for anything else, or a week the year does not have.
std::optional<IsoWeek> ParseIsoWeek(std::string_view text);
// Weeks from `from` to `to`; negative when `to` comes first.
std::int64_t WeeksBetween(const IsoWeek& from, const IsoWeek& to);

}  // namespace nietpluis
