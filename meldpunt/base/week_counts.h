// Reports counted per ISO week, source and campaign tag: the one format the intakes write
// (`nietpluis-kiosk statistiek`) and the site build reads (content/resultaten/*.csv).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/iso_week.h"
#include "base/status.h"

namespace nietpluis {

struct WeekCount {
  IsoWeek week;
  std::string source;    // "website" or a kiosk's id
  std::string campaign;  // the `bron` tag of a placement; "" without one
  std::int64_t reports = 0;
};

inline constexpr const char* kWeekCountsHeader = "week,bron,campagne,meldingen";

// The header line and one line per count, each ending in "\n".
std::string WeekCountsCsv(const std::vector<WeekCount>& counts);
// [{"week":"2027-W05","bron":"website","campagne":"","meldingen":3}, ...], one count per line.
std::string WeekCountsJson(const std::vector<WeekCount>& counts);

struct CountLine {
  WeekCount count;
  int line = 0;
};

// Reads what WeekCountsCsv wrote, also after a spreadsheet saved it again (";" between fields,
// quotes, CRLF, a byte order mark). Each wrong line is an error at `file`:line.
std::vector<CountLine> ParseWeekCountsCsv(std::string_view text, const std::string& file, Diagnostics* diagnostics);

}  // namespace nietpluis
