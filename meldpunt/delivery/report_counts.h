// Counts, not reports: per ISO week, source and campaign tag, how many reports this intake accepted.
// A table of its own in the outbox's database (report_count), filled in the same transaction that
// stores a report, so a report is counted exactly when it is safe on disk. The forwarder never reads
// or deletes it, and it holds no address, text, contact, time of day or client address.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "base/iso_week.h"
#include "base/week_counts.h"
#include "intake/report.h"

namespace SQLite {
class Database;
class Statement;
}  // namespace SQLite

namespace nietpluis {

// How long counts are kept unless kiosk.toml says otherwise: two years.
inline constexpr int kDefaultCountMonths = 24;

// Makes the table when it is not there (databases from before counting get it at their next start).
void CreateCountTable(SQLite::Database& db);

// The statement that counts one report; prepare it once and pass it to CountReport.
inline constexpr const char* kCountReportSql =
    "INSERT INTO report_count (week, source, campaign, reports) VALUES (?, ?, ?, 1) "
    "ON CONFLICT (week, source, campaign) DO UPDATE SET reports = reports + 1";
// Adds one to the week of `received_at`, the source and the campaign tag; call inside the transaction
// that stores the report. Only these three: a sealed report is counted without its content.
void CountReport(SQLite::Statement& count, std::int64_t received_at, const std::string& source,
                 const std::string& campaign);

// The first week still kept `months` after the week of `now`.
IsoWeek FirstKeptWeek(std::int64_t now, int months);
// Deletes the counts of weeks before `first_kept`.
void PruneCounts(SQLite::Database& db, const IsoWeek& first_kept);

// The counts from `from` to `to` (both included, either open), by week, source and tag. A database
// without the table (made before counting, not yet started again) has no counts.
std::vector<WeekCount> ReadCounts(SQLite::Database& db, std::optional<IsoWeek> from, std::optional<IsoWeek> to);

}  // namespace nietpluis
