// Measures the kiosk against its goals: intake rate and p99 latency under wrk beside the raw rate of
// durable single-row SQLite inserts on the same disk; draining 10,000 queued reports to a loopback
// HTTPS receiver; the kiosk's resident memory; and the public intake with its rate limit off and on
// (what a refused post costs against an accepted one); and the intake with sealing on, to an RSA and
// to an EC certificate, beside the same intake with sealing off. Usage: kiosk_speed [SECONDS_OF_WRK]
#include <SQLiteCpp/SQLiteCpp.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>
#include <unistd.h>
#include <thread>
#include <vector>

#include "kiosk/kiosk_fixture.h"
#include "kiosk/seal_certificates.h"

namespace {

using namespace nietpluis::testing;
using Clock = std::chrono::steady_clock;

// The same schema, document size and pragmas as the outbox: WAL, synchronous=FULL, one transaction a row.
double RawInsertsPerSecond(const std::filesystem::path& dir, double seconds) {
  std::filesystem::create_directories(dir);
  SQLite::Database db((dir / "raw.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("PRAGMA journal_mode=WAL");
  db.exec("PRAGMA synchronous=FULL");
  db.exec("PRAGMA secure_delete=ON");
  db.exec("CREATE TABLE report (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, organisation TEXT, "
          "received_at INTEGER, document TEXT)");
  const std::string document(520, 'x');
  SQLite::Statement insert(db, "INSERT INTO report (id, organisation, received_at, document) VALUES (?, 'noord', 0, ?)");
  long rows = 0;
  auto start = Clock::now();
  while (std::chrono::duration<double>(Clock::now() - start).count() < seconds) {
    SQLite::Transaction transaction(db);
    insert.reset();
    insert.bind(1, "id-" + std::to_string(rows));
    insert.bind(2, document);
    insert.exec();
    transaction.commit();
    ++rows;
  }
  return rows / std::chrono::duration<double>(Clock::now() - start).count();
}

long ResidentKiB(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

// User and system CPU time of a process so far, in microseconds.
double CpuMicros(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  std::istringstream fields(text.substr(text.rfind(')') + 2));
  std::string field;
  long utime = 0, stime = 0;
  for (int i = 3; i <= 15 && fields >> field; ++i) {
    if (i == 14) utime = std::stol(field);
    if (i == 15) stime = std::stol(field);
  }
  return (utime + stime) * 1e6 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

struct WrkFigures {
  double requests_per_second = 0;
  long requests = 0;
  std::string p99;
  std::string output;
  double cpu_us_per_request = 0;  // of the kiosk process
};

WrkFigures RunWrk(const KioskProcess& kiosk, int seconds, int connections) {
  const std::filesystem::path script = kiosk.dir() / "post.lua";
  WriteText(script,
            "wrk.method = \"POST\"\n"
            "wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\n"
            "wrk.body = \"postcode=1012+ab&huisnummer=12&zorg=huis&zorg=gezegd&contact=anoniem&"
            "toelichting=De+post+ligt+al+een+week+op+de+mat+en+de+gordijnen+zijn+dicht.\"\n");
  CommandResult result = Run("wrk -t" + std::to_string(std::min(connections, 2)) + " -c" + std::to_string(connections) + " -d" + std::to_string(seconds) +
                             "s --latency -s " + Quote(script.string()) + " http://127.0.0.1:" +
                             std::to_string(kiosk.port()) + "/melding");
  WrkFigures figures;
  figures.output = result.out;
  std::smatch match;
  if (std::regex_search(result.out, match, std::regex("Requests/sec:\\s+([0-9.]+)"))) {
    figures.requests_per_second = std::stod(match[1]);
  }
  if (std::regex_search(result.out, match, std::regex("\\n\\s+99%\\s+(\\S+)"))) figures.p99 = match[1];
  if (std::regex_search(result.out, match, std::regex("(\\d+) requests in"))) figures.requests = std::stol(match[1]);
  return figures;
}

// wrk against `kiosk` with the CPU the kiosk spent per request.
WrkFigures MeasuredWrk(const KioskProcess& kiosk, int seconds, int connections) {
  const double before = CpuMicros(kiosk.pid());
  WrkFigures figures = RunWrk(kiosk, seconds, connections);
  if (figures.requests > 0) figures.cpu_us_per_request = (CpuMicros(kiosk.pid()) - before) / figures.requests;
  return figures;
}

// The organisation's table with `certificaat` beside its postcodes: its reports are sealed.
std::string SealedOrganisation(const std::string& organisation_toml, const std::filesystem::path& certificate) {
  const std::size_t end = organisation_toml.find('\n', organisation_toml.find("postcodes = ")) + 1;
  return organisation_toml.substr(0, end) + "certificaat = \"" + certificate.string() + "\"\n" + organisation_toml.substr(end);
}

long Queued(const KioskProcess& kiosk) {
  nlohmann::json health = kiosk.Health();
  return health.is_null() ? -1 : health["queued"].get<long>();
}


// Posts exactly `count` valid reports from four client threads.
void Fill(const KioskProcess& kiosk, long count) {
  std::atomic<long> next{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      while (next++ < count) {
        kiosk.Post("/melding", "postcode=1012ab&huisnummer=12&zorg=huis&contact=anoniem&toelichting=Vul+de+rij.");
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
}

}  // namespace

int main(int argc, char** argv) {
  const int wrk_seconds = argc > 1 ? std::atoi(argv[1]) : 10;
  constexpr long kDrainReports = 10000;

  HttpsReceiver receiver;
  receiver.Stop();  // the intake is measured alone: the forwarder finds no receiver and backs off
  double raw_before = 0, raw_after = 0;
  WrkFigures kiosk_intake, single;
  std::vector<WrkFigures> sealed_intake;  // RSA, EC
  SealCertificates certificates;
  long rss_start = 0;
  {
    KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
    std::cout << "Data folder: " << kiosk.dir() << " (same disk as the raw SQLite figure)\n";
    raw_before = RawInsertsPerSecond(kiosk.dir() / "voor", 3.0);
    kiosk.Start();
    rss_start = ResidentKiB(kiosk.pid());
    RunWrk(kiosk, 2, 8);  // warm-up
    kiosk_intake = MeasuredWrk(kiosk, wrk_seconds, 8);
    std::cout << kiosk_intake.output;
    // One connection: every report is its own commit, as at a kiosk with one resident.
    single = RunWrk(kiosk, wrk_seconds, 1);
    kiosk.Stop();
    // The same intake with sealing on (issue 24): each report sealed to an RSA-2048 or an EC P-256
    // certificate before it is stored, in the same folder's disk.
    for (const Recipient* recipient : {&certificates.rsa(), &certificates.ec()}) {
      KioskProcess sealing(SealedOrganisation(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), recipient->cert));
      sealing.Start();
      RunWrk(sealing, 2, 8);  // warm-up
      sealed_intake.push_back(MeasuredWrk(sealing, wrk_seconds, 8));
      sealing.Stop();
    }
    raw_after = RawInsertsPerSecond(kiosk.dir() / "na", 3.0);
  }

  // The drain: exactly 10,000 reports wait while the receiver is away, then it comes back.
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  Fill(kiosk, kDrainReports);
  const long queued = Queued(kiosk);
  const long rss_full = ResidentKiB(kiosk.pid());
  kiosk.Stop();
  receiver.Start();
  auto drain_start = Clock::now();
  kiosk.Start();
  WaitUntil([&] { return Queued(kiosk) == 0; }, std::chrono::minutes(10));
  const double drain = std::chrono::duration<double>(Clock::now() - drain_start).count();
  const long rss_drained = ResidentKiB(kiosk.pid());
  const std::size_t received = receiver.posts().size();
  kiosk.Stop();

  // The public intake: the same goals with the rate limit off; with it on, what a refusal costs.
  receiver.Stop();
  // The public intake with `settings` under [publiek], measured after a warm-up.
  auto measure_public = [&](const std::string& settings) {
    KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), "modus = \"publiek\"\n\n[publiek]\n" + settings);
    intake.Start();
    RunWrk(intake, 2, 8);
    WrkFigures figures = MeasuredWrk(intake, wrk_seconds, 8);
    intake.Stop();
    return figures;
  };
  const WrkFigures open = measure_public("meldingen_per_adres = 0\n");
  // One post a day from wrk's address: after the first, every post is refused.
  const WrkFigures refused = measure_public("meldingen_per_adres = 1\nvenster_s = 86400\n");

  const double raw = (raw_before + raw_after) / 2;
  std::printf("\n%-52s %12s\n", "figure", "value");
  std::printf("%-52s %12.0f\n", "raw durable SQLite inserts/s, before the intake", raw_before);
  std::printf("%-52s %12.0f\n", "raw durable SQLite inserts/s, after the intake", raw_after);
  std::printf("%-52s %12.0f\n", "intake requests/s (wrk, 2 threads, 8 connections)", kiosk_intake.requests_per_second);
  std::printf("%-52s %12s\n", "intake p99 latency", kiosk_intake.p99.c_str());
  std::printf("%-52s %11.0f%%  (goal: at least 50%%)\n", "intake / mean raw rate", 100.0 * kiosk_intake.requests_per_second / raw);
  const char* kSealedNames[] = {"RSA-2048", "EC P-256"};
  for (std::size_t i = 0; i < sealed_intake.size(); ++i) {
    const WrkFigures& sealed = sealed_intake[i];
    const std::string name = std::string("intake requests/s, sealing on (") + kSealedNames[i] + ")";
    std::printf("%-52s %12.0f\n", name.c_str(), sealed.requests_per_second);
    std::printf("%-52s %12s\n", "  p99 latency, sealing on", sealed.p99.c_str());
    std::printf("%-52s %11.0f%%  (goal: at least 50%%)\n", "  sealing on / mean raw rate", 100.0 * sealed.requests_per_second / raw);
    std::printf("%-52s %11.0f%%\n", "  sealing on / sealing off", 100.0 * sealed.requests_per_second / kiosk_intake.requests_per_second);
    std::printf("%-52s %9.0f us  (off: %.0f us)\n", "  kiosk CPU per report, sealing on", sealed.cpu_us_per_request,
                kiosk_intake.cpu_us_per_request);
  }
  std::printf("%-52s %12.0f\n", "intake requests/s with 1 connection (no batching)", single.requests_per_second);
  std::printf("%-52s %12s\n", "p99 latency with 1 connection", single.p99.c_str());
  std::printf("%-52s %11.0f%%\n", "1 connection / mean raw rate", 100.0 * single.requests_per_second / raw);
  std::printf("%-52s %12ld\n", "reports queued before the drain", queued);
  std::printf("%-52s %11.1fs  (goal: under 20 s)\n", "drain to the HTTPS receiver, start included", drain);
  std::printf("%-52s %12zu\n", "posts the receiver got", received);
  std::printf("%-52s %9.1f MB\n", "resident memory after start", rss_start / 1024.0);
  std::printf("%-52s %9.1f MB  (goal: under 20 MB)\n", "resident memory with 10,000 reports taken in", rss_full / 1024.0);
  std::printf("%-52s %9.1f MB\n", "resident memory after delivering them", rss_drained / 1024.0);
  std::printf("%-52s %12.0f\n", "public intake, no rate limit: requests/s", open.requests_per_second);
  std::printf("%-52s %12s\n", "public intake, no rate limit: p99 latency", open.p99.c_str());
  std::printf("%-52s %11.0f%%  (goal: at least 50%%)\n", "public intake / mean raw rate", 100.0 * open.requests_per_second / raw);
  std::printf("%-52s %9.0f us\n", "CPU per accepted post", open.cpu_us_per_request);
  std::printf("%-52s %12.0f\n", "public intake, rate limit on: refusals/s", refused.requests_per_second);
  std::printf("%-52s %12s\n", "public intake, rate limit on: p99 latency", refused.p99.c_str());
  std::printf("%-52s %9.0f us\n", "CPU per refused post", refused.cpu_us_per_request);
  std::printf("%-52s %11.1fx\n", "accepted / refused CPU", open.cpu_us_per_request / refused.cpu_us_per_request);
  return 0;
}
