// Writing and reading the weekly counts as CSV and JSON.
#include "base/week_counts.h"

#include <algorithm>

#include "base/text.h"

namespace nietpluis {
namespace {

// Sources and tags are ids: lower-case letters, digits and dashes (kiosk ids, `bron` tags).
bool IsCountId(std::string_view text) {
  return !text.empty() && text.size() <= 60 && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// One line's fields: split at `separator`, each trimmed and unquoted.
std::vector<std::string> Fields(std::string_view line, char separator) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') {
      quoted = !quoted;
    } else if (c == separator && !quoted) {
      fields.emplace_back(Trim(field));
      field.clear();
    } else {
      field += c;
    }
  }
  fields.emplace_back(Trim(field));
  return fields;
}

bool ParseReports(const std::string& text, std::int64_t* reports) {
  if (text.empty() || text.size() > 9) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  *reports = std::stoll(text);
  return true;
}

}  // namespace

std::string WeekCountsCsv(const std::vector<WeekCount>& counts) {
  std::string csv = std::string(kWeekCountsHeader) + "\n";
  for (const WeekCount& count : counts) {
    csv += count.week.ToString() + "," + count.source + "," + count.campaign + "," + std::to_string(count.reports) + "\n";
  }
  return csv;
}

std::string WeekCountsJson(const std::vector<WeekCount>& counts) {
  // Sources and tags are ids (see IsCountId), so nothing in them needs escaping.
  std::string json = "[";
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const WeekCount& count = counts[i];
    json += std::string(i == 0 ? "\n" : ",\n") + "{\"week\":\"" + count.week.ToString() + "\",\"bron\":\"" +
            count.source + "\",\"campagne\":\"" + count.campaign + "\",\"meldingen\":" + std::to_string(count.reports) +
            "}";
  }
  return json + (counts.empty() ? "]\n" : "\n]\n");
}

std::vector<CountLine> ParseWeekCountsCsv(std::string_view text, const std::string& file, Diagnostics* diagnostics) {
  std::vector<CountLine> counts;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  int line_number = 0;
  char separator = ',';
  bool header_seen = false;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = Trim(text.substr(0, end));
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++line_number;
    if (line.empty()) continue;
    if (!header_seen) {
      header_seen = true;
      separator = line.find(';') != std::string_view::npos ? ';' : ',';
      std::vector<std::string> names = Fields(line, separator);
      if (names != std::vector<std::string>{"week", "bron", "campagne", "meldingen"}) {
        diagnostics->Add(Error(file, line_number, "de eerste regel is niet 'week,bron,campagne,meldingen'",
                               "zet hier een bestand neer dat nietpluis-kiosk statistiek maakte"));
        return {};
      }
      continue;
    }
    std::vector<std::string> fields = Fields(line, separator);
    CountLine parsed;
    parsed.line = line_number;
    std::optional<IsoWeek> week = fields.size() == 4 ? ParseIsoWeek(fields[0]) : std::nullopt;
    if (fields.size() != 4) {
      diagnostics->Add(Error(file, line_number, "deze regel heeft " + std::to_string(fields.size()) + " velden in plaats van 4",
                             "schrijf week, bron, campagne en aantal, gescheiden door komma's"));
    } else if (!week) {
      diagnostics->Add(Error(file, line_number, "'" + fields[0] + "' is geen week",
                             "schrijf de week als jaar en weeknummer, zoals 2027-W05"));
    } else if (!IsCountId(fields[1])) {
      diagnostics->Add(Error(file, line_number, "'" + fields[1] + "' is geen bron",
                             "de bron is 'website' of de id van een meldzuil, zoals buurthuis-de-kroon"));
    } else if (!fields[2].empty() && !IsCountId(fields[2])) {
      diagnostics->Add(Error(file, line_number, "'" + fields[2] + "' is geen campagne-bron",
                             "laat het veld leeg of schrijf de bron van een plek, zoals huisarts-centrum"));
    } else if (!ParseReports(fields[3], &parsed.count.reports)) {
      diagnostics->Add(Error(file, line_number, "'" + fields[3] + "' is geen aantal meldingen",
                             "schrijf een heel getal, 0 of meer"));
    } else {
      parsed.count.week = *week;
      parsed.count.source = fields[1];
      parsed.count.campaign = fields[2];
      counts.push_back(std::move(parsed));
    }
  }
  if (!header_seen) {
    diagnostics->Add(Error(file, 0, "het bestand is leeg", "zet er de uitvoer van nietpluis-kiosk statistiek in, of haal het weg"));
  }
  return counts;
}

}  // namespace nietpluis
