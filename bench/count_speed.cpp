// What counting costs per report at intake: Outbox::Add (which now also counts the report in the
// same transaction) beside the counting statement alone, on the same disk. Usage: count_speed [REPORTS]
#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

#include "delivery/outbox.h"
#include "delivery/report_counts.h"

namespace {

using Clock = std::chrono::steady_clock;
using nietpluis::Report;

Report Sample(int i) {
  Report report;
  report.id = nietpluis::NewReportId();
  report.received_at = 1798761600 + i * 60;  // one a minute from 2027-01-01, so weeks change too
  report.source = "buurthuis-de-kroon";
  report.campaign = i % 3 == 0 ? "" : "huisarts-centrum";
  report.organisation = "noord";
  report.address = {"1012 AB", 3, ""};
  report.reasons = {"huis"};
  report.text = std::string(400, 'x');
  return report;
}

double Seconds(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

int main(int argc, char** argv) {
  const int reports = argc > 1 ? std::max(10, std::atoi(argv[1])) : 2000;
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("count_speed." + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  auto outbox = nietpluis::Outbox::Open(dir / "data");
  if (!outbox.ok()) {
    std::fprintf(stderr, "%s\n", outbox.error().ToString().c_str());
    return 1;
  }
  std::vector<Report> samples;
  for (int i = 0; i < reports; ++i) samples.push_back(Sample(i));
  auto start = Clock::now();
  for (const Report& report : samples) {
    if (!outbox.value()->Add(report).ok()) return 1;
  }
  const double add_us = Seconds(start) * 1e6 / reports;
  outbox.value().reset();

  // The counting statement alone, on its own database with the outbox's pragmas, in one transaction:
  // inside Add it shares the report's transaction and sync, so this is what it adds.
  SQLite::Database db((dir / "counts.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("PRAGMA journal_mode=WAL");
  db.exec("PRAGMA synchronous=FULL");
  db.exec("PRAGMA secure_delete=ON");
  nietpluis::CreateCountTable(db);
  SQLite::Statement count(db, nietpluis::kCountReportSql);
  start = Clock::now();
  {
    SQLite::Transaction transaction(db);
    for (int i = 0; i < reports; ++i) {
      nietpluis::CountReport(count, samples[i].received_at, samples[i].source, samples[i].campaign);
    }
    transaction.commit();
  }
  const double count_us = Seconds(start) * 1e6 / reports;
  std::printf("count_speed: %d reports\n", reports);
  std::printf("  Outbox::Add, one at a time (store + count + sync): %8.1f us per report\n", add_us);
  std::printf("  counting statement alone:                          %8.1f us per report\n", count_us);
  std::printf("  counting's share of an Add:                        %8.2f %%\n", 100.0 * count_us / add_us);
  std::filesystem::remove_all(dir);
  return 0;
}
