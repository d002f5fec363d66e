// The counts table under the outbox: one row per week, source and tag, kept for the set months.
#include "delivery/report_counts.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <cstdlib>

#include "delivery/outbox.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;

// Noon on a day, so the local week is that day's week in any time zone the tests run in.
std::int64_t Noon(int year, int month, int day) { return DaysFromCivil(year, month, day) * 86400 + 12 * 3600; }

Report At(std::int64_t received_at, const std::string& campaign = "") {
  Report report;
  report.id = NewReportId();
  report.received_at = received_at;
  report.source = "proef-zuil";
  report.campaign = campaign;
  report.organisation = "noord";
  report.address = {"1234 AB", 5, ""};
  report.reasons = {"huis"};
  report.text = "De post blijft liggen.";
  return report;
}

TEST_CASE("Each stored report adds one to its week, source and tag, across the turn of the year", "[counts]") {
  TempDir dir;
  auto outbox = Outbox::Open(dir / "data");
  REQUIRE(outbox.ok());
  REQUIRE(outbox.value()->Add(At(Noon(2026, 12, 31), "bieb")).ok());  // Thursday of 2026-W53
  REQUIRE(outbox.value()->Add(At(Noon(2027, 1, 3), "bieb")).ok());    // Sunday, still 2026-W53
  REQUIRE(outbox.value()->Add(At(Noon(2027, 1, 4))).ok());            // Monday of 2027-W01
  auto counts = outbox.value()->Counts(std::nullopt, std::nullopt);
  REQUIRE(counts.ok());
  CHECK(WeekCountsCsv(counts.value()) ==
        "week,bron,campagne,meldingen\n2026-W53,proef-zuil,bieb,2\n2027-W01,proef-zuil,,1\n");
  auto first_week = outbox.value()->Counts(IsoWeek{2026, 53}, IsoWeek{2026, 53});
  REQUIRE(first_week.ok());
  CHECK(first_week.value().size() == 1);
}

TEST_CASE("Counts older than the kept months are dropped when a new week comes in", "[counts]") {
  CHECK(FirstKeptWeek(Noon(2027, 3, 10), 24).ToString() == "2025-W09");  // the week of 1 March 2025
  TempDir dir;
  auto outbox = Outbox::Open(dir / "data");
  REQUIRE(outbox.ok());
  outbox.value()->KeepCountsFor(12);
  REQUIRE(outbox.value()->Add(At(Noon(2025, 1, 15))).ok());
  REQUIRE(outbox.value()->Add(At(Noon(2026, 6, 10))).ok());
  REQUIRE(outbox.value()->Add(At(Noon(2027, 3, 10))).ok());
  auto counts = outbox.value()->Counts(std::nullopt, std::nullopt);
  REQUIRE(counts.ok());
  // Kept from March 2026: the count of January 2025 is gone, June 2026 and March 2027 stay.
  REQUIRE(counts.value().size() == 2);
  CHECK(counts.value()[0].week.ToString() == "2026-W24");
  CHECK(counts.value()[1].week.ToString() == "2027-W10");
}

TEST_CASE("A database made before counting gets the table at its next start and keeps its reports", "[counts]") {
  TempDir dir;
  {
    auto outbox = Outbox::Open(dir / "data");
    REQUIRE(outbox.ok());
    REQUIRE(outbox.value()->Add(At(Noon(2027, 1, 4))).ok());
  }
  {
    SQLite::Database db((dir / "data" / "meldingen.db").string(), SQLite::OPEN_READWRITE);
    db.exec("DROP TABLE report_count");
  }
  auto read_only = Outbox::OpenReadOnly(dir / "data");
  REQUIRE(read_only.ok());
  auto none = read_only.value()->Counts(std::nullopt, std::nullopt);
  REQUIRE(none.ok());
  CHECK(none.value().empty());
  read_only.value().reset();
  auto outbox = Outbox::Open(dir / "data");
  REQUIRE(outbox.ok());
  REQUIRE(outbox.value()->Add(At(Noon(2027, 1, 5))).ok());
  auto stats = outbox.value()->Stats();
  REQUIRE(stats.ok());
  CHECK(stats.value().queued == 2);
  auto counts = outbox.value()->Counts(std::nullopt, std::nullopt);
  REQUIRE(counts.ok());
  REQUIRE(counts.value().size() == 1);
  CHECK(counts.value()[0].reports == 1);
}

}  // namespace
}  // namespace nietpluis
