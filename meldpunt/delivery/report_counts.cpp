// The report_count table on SQLite.
#include "delivery/report_counts.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <ctime>

namespace nietpluis {

void CreateCountTable(SQLite::Database& db) {
  // WITHOUT ROWID: the key is the row; a week's counts are a handful of short rows.
  db.exec(R"sql(
CREATE TABLE IF NOT EXISTS report_count (
  week TEXT NOT NULL,
  source TEXT NOT NULL,
  campaign TEXT NOT NULL,
  reports INTEGER NOT NULL,
  PRIMARY KEY (week, source, campaign)
) WITHOUT ROWID)sql");
}

void CountReport(SQLite::Statement& count, std::int64_t received_at, const std::string& source,
                 const std::string& campaign) {
  count.reset();
  count.bind(1, LocalWeekOf(received_at).ToString());
  count.bind(2, source);
  count.bind(3, campaign);
  count.exec();
}

IsoWeek FirstKeptWeek(std::int64_t now, int months) {
  std::time_t time = static_cast<std::time_t>(now);
  std::tm local{};
  localtime_r(&time, &local);
  int month_index = (local.tm_year + 1900) * 12 + local.tm_mon - months;
  // The first of the month keeps it simple and keeps a little more, never less.
  return WeekOfDate(month_index / 12, month_index % 12 + 1, 1);
}

void PruneCounts(SQLite::Database& db, const IsoWeek& first_kept) {
  SQLite::Statement prune(db, "DELETE FROM report_count WHERE week < ?");
  prune.bind(1, first_kept.ToString());
  prune.exec();
}

std::vector<WeekCount> ReadCounts(SQLite::Database& db, std::optional<IsoWeek> from, std::optional<IsoWeek> to) {
  std::vector<WeekCount> counts;
  if (!db.tableExists("report_count")) return counts;
  // Week names sort as the weeks do ("2026-W53" < "2027-W01").
  SQLite::Statement read(db,
                         "SELECT week, source, campaign, reports FROM report_count WHERE week >= ? AND week <= ? "
                         "ORDER BY week, source, campaign");
  read.bind(1, from ? from->ToString() : std::string());
  read.bind(2, to ? to->ToString() : std::string("9999-W99"));
  while (read.executeStep()) {
    std::optional<IsoWeek> week = ParseIsoWeek(read.getColumn(0).getString());
    if (!week) continue;
    counts.push_back(WeekCount{*week, read.getColumn(1).getString(), read.getColumn(2).getString(),
                               read.getColumn(3).getInt64()});
  }
  return counts;
}

}  // namespace nietpluis
