// Unit tests for meldpunt/forwarder: order per organisation, retries with backoff, refusals kept apart.
// The courier here is the network seam answering from a script; real HTTPS and SMTP are in tests/kiosk/.
#include "delivery/forwarder.h"
#include "delivery/forwarding_settings.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <condition_variable>
#include <cstdio>
#include <mutex>

#include <chrono>
#include <deque>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "intake/report.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;
using Outcome = DeliveryResult::Outcome;

class ManualClock : public Clock {
 public:
  std::int64_t NowSeconds() override { return now; }
  std::int64_t now = 1000;
};

// What a courier knows of a sealed report without opening it.
Report AsReport(const SealedReport& sealed) {
  Report report;
  report.id = sealed.id;
  report.organisation = sealed.organisation;
  report.received_at = sealed.received_at;
  return report;
}

// Answers each delivery from a per-organisation script (then "delivered"), and records what it saw.
class ScriptedCourier : public Courier {
 public:
  DeliveryResult Deliver(const Report& report, const KioskOrganisation& organisation) override {
    attempts.push_back(report.id);
    std::deque<DeliveryResult>& script = scripts[organisation.id];
    if (script.empty()) {
      delivered.push_back(report.id);
      return {Outcome::kDelivered, ""};
    }
    DeliveryResult result = script.front();
    script.pop_front();
    if (result.outcome == Outcome::kDelivered) delivered.push_back(report.id);
    return result;
  }
  DeliveryResult DeliverSealed(const SealedReport& sealed, const KioskOrganisation& organisation) override {
    sealed_attempts.push_back(sealed.id + " " + sealed.cms);
    return Deliver(AsReport(sealed), organisation);
  }
  std::map<std::string, std::deque<DeliveryResult>> scripts;
  std::vector<std::string> attempts;
  std::vector<std::string> delivered;
  std::vector<std::string> sealed_attempts;  // "id cms"
};

KioskConfig TwoOrganisations() {
  KioskConfig config;
  config.first_retry_s = 4;
  config.max_retry_s = 60;
  for (const char* id : {"noord", "zuid"}) {
    KioskOrganisation organisation;
    organisation.id = id;
    organisation.name = id;
    config.organisations.push_back(organisation);
  }
  return config;
}

std::unique_ptr<Outbox> MustOpen(const TempDir& dir) {
  auto opened = Outbox::Open(dir.path());
  REQUIRE(opened.ok());
  return std::move(opened).value();
}

struct Fixture {
  std::string Add(const std::string& organisation) {
    Report report;
    report.id = NewReportId();
    report.received_at = clock.now;
    report.organisation = organisation;
    report.address = {"1234 AB", 1, ""};
    report.reasons = {"huis"};
    REQUIRE(outbox->Add(report).ok());
    return report.id;
  }
  std::size_t Round() { return forwarder.RunRound(); }

  TempDir dir;
  KioskConfig config = TwoOrganisations();
  std::unique_ptr<Outbox> outbox = MustOpen(dir);
  ManualClock clock;
  ScriptedCourier courier;
  std::vector<std::string> log;
  Forwarder forwarder{outbox.get(), ForwardingSettingsOf(config), &courier, &clock, [this](const std::string& line) { log.push_back(line); }};
};

TEST_CASE("A round delivers every due report, oldest first per organisation, and empties the outbox", "[forwarder]") {
  Fixture f;
  std::string n1 = f.Add("noord"), z1 = f.Add("zuid"), n2 = f.Add("noord");
  CHECK(f.Round() == 3);
  CHECK(f.courier.delivered == std::vector<std::string>{n1, n2, z1});
  CHECK(f.outbox->Stats().value().queued == 0);
  CHECK(f.outbox->Stats().value().delivered_total == 3);
  CHECK(f.log == std::vector<std::string>{"NP-DELIVERED 2 meldingen bezorgd aan noord", "NP-DELIVERED 1 melding bezorgd aan zuid"});
  CHECK(f.Round() == 0);
}

TEST_CASE("A sealed report goes to the courier as its sealed bytes, in its place in the queue", "[forwarder][seal]") {
  Fixture f;
  std::string n1 = f.Add("noord");
  SealedReport sealed{NewReportId(), "noord", f.clock.now, SealedReport::Form::kJson, std::string("\x30\x80\x00verzegeld", 12)};
  REQUIRE(f.outbox->AddSealed(sealed, "website", "").ok());
  std::string n3 = f.Add("noord");
  f.courier.scripts["noord"] = {{Outcome::kDelivered, ""}, {Outcome::kRetry, "HTTP 503"}};
  CHECK(f.Round() == 1);
  CHECK(f.courier.sealed_attempts == std::vector<std::string>{sealed.id + " " + sealed.cms});
  CHECK(f.outbox->Stats().value().queued == 2);  // the sealed one waits, and n3 behind it
  f.clock.now += 60;
  CHECK(f.Round() == 2);
  CHECK(f.courier.delivered == std::vector<std::string>{n1, sealed.id, n3});
  CHECK(f.courier.sealed_attempts.size() == 2);
}

TEST_CASE("A failed delivery holds back the rest of that organisation, not the others", "[forwarder]") {
  Fixture f;
  std::string n1 = f.Add("noord"), n2 = f.Add("noord"), z1 = f.Add("zuid");
  f.courier.scripts["noord"] = {{Outcome::kRetry, "HTTP 503"}};
  CHECK(f.Round() == 1);
  CHECK(f.courier.attempts == std::vector<std::string>{n1, z1});  // n2 was not tried before n1
  CHECK(f.courier.delivered == std::vector<std::string>{z1});
  REQUIRE(f.log.size() == 2);
  CHECK(f.log[0].rfind("NP-DELIVERY-RETRY noord: melding " + n1 + " niet bezorgd: HTTP 503; nieuwe poging over ", 0) == 0);

  // Not due again until the backoff has passed: between 2 and 4 seconds for the first retry.
  std::int64_t next = *f.outbox->NextDue().value();
  CHECK(next >= f.clock.now + 2);
  CHECK(next <= f.clock.now + 4);
  CHECK(f.Round() == 0);
  f.clock.now = next;
  CHECK(f.Round() == 2);
  CHECK(f.courier.delivered == std::vector<std::string>{z1, n1, n2});
}

TEST_CASE("Retries back off exponentially and never wait longer than the cap", "[forwarder]") {
  Fixture f;
  f.Add("noord");
  for (int i = 0; i < 12; ++i) f.courier.scripts["noord"].push_back({Outcome::kRetry, "time-out"});
  std::vector<std::int64_t> waits;
  for (int i = 0; i < 12; ++i) {
    REQUIRE(f.Round() == 0);
    std::int64_t next = *f.outbox->NextDue().value();
    waits.push_back(next - f.clock.now);
    f.clock.now = next;
  }
  for (std::size_t i = 0; i < waits.size(); ++i) {
    INFO("attempt " << i + 1 << " waited " << waits[i]);
    std::int64_t full = std::min<std::int64_t>(4LL << i, 60);
    CHECK(waits[i] >= full / 2);
    CHECK(waits[i] <= full);
  }
  CHECK(f.Round() == 1);  // the script ran out: the receiver is back
}

TEST_CASE("A refused report is kept apart and the next one goes on", "[forwarder]") {
  Fixture f;
  std::string bad = f.Add("noord"), good = f.Add("noord");
  f.courier.scripts["noord"] = {{Outcome::kRefused, "HTTP 422"}};
  CHECK(f.Round() == 1);
  CHECK(f.courier.delivered == std::vector<std::string>{good});
  OutboxStats stats = f.outbox->Stats().value();
  CHECK(stats.failed_ids == std::vector<std::string>{bad});
  CHECK(stats.queued == 0);
  CHECK(f.log[0] == "NP-DELIVERY-REFUSED noord: melding " + bad + " geweigerd: HTTP 422");
  // It stays apart: later rounds do not try it again.
  CHECK(f.Round() == 0);
  CHECK(f.courier.attempts.size() == 2);
}

TEST_CASE("Reports of an organisation that left kiosk.toml wait for it", "[forwarder]") {
  Fixture f;
  std::string id = f.Add("oost");
  CHECK(f.Round() == 0);
  CHECK(f.courier.attempts.empty());
  CHECK(f.outbox->Stats().value().queued == 1);
  CHECK(f.outbox->Stats().value().errors.at("oost") == id + ": organisatie 'oost' staat niet meer in kiosk.toml");
}

TEST_CASE("The forwarder thread delivers a report soon after Wake", "[forwarder]") {
  TempDir dir;
  KioskConfig config = TwoOrganisations();
  std::unique_ptr<Outbox> outbox = MustOpen(dir);
  ScriptedCourier courier;
  Forwarder forwarder(outbox.get(), ForwardingSettingsOf(config), &courier, Clock::System(), [](const std::string&) {});
  forwarder.Start();
  Report report;
  report.id = NewReportId();
  report.received_at = Clock::System()->NowSeconds();
  report.organisation = "noord";
  REQUIRE(outbox->Add(report).ok());
  forwarder.Wake();
  for (int i = 0; i < 500 && outbox->Stats().value().delivered_total == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  forwarder.Stop();
  CHECK(outbox->Stats().value().delivered_total == 1);
  CHECK(outbox->Stats().value().queued == 0);
}

// Counts the waiting reports each time it is asked to deliver one.
class CountingCourier : public Courier {
 public:
  explicit CountingCourier(Outbox* outbox) : outbox_(outbox) {}
  DeliveryResult Deliver(const Report&, const KioskOrganisation&) override {
    waiting.push_back(outbox_->Stats().value().queued);
    return {Outcome::kDelivered, ""};
  }
  DeliveryResult DeliverSealed(const SealedReport& sealed, const KioskOrganisation& organisation) override {
    return Deliver(AsReport(sealed), organisation);
  }
  std::vector<std::int64_t> waiting;

 private:
  Outbox* outbox_;
};

TEST_CASE("Each report is deleted as soon as it is delivered, before the next one goes", "[forwarder]") {
  Fixture f;
  for (int i = 0; i < 3; ++i) f.Add("noord");
  CountingCourier courier(f.outbox.get());
  Forwarder forwarder(f.outbox.get(), ForwardingSettingsOf(f.config), &courier, &f.clock, [](const std::string&) {});
  CHECK(forwarder.RunRound() == 3);
  CHECK(courier.waiting == std::vector<std::int64_t>{3, 2, 1});
}

TEST_CASE("A delivery to one organisation leaves another's error standing", "[forwarder]") {
  Fixture f;
  std::string n1 = f.Add("noord"), z1 = f.Add("zuid");
  f.courier.scripts["noord"] = {{Outcome::kRetry, "HTTP 503"}};
  CHECK(f.Round() == 1);
  CHECK(f.outbox->Stats().value().errors == std::map<std::string, std::string>{{"noord", n1 + ": HTTP 503"}});
  f.clock.now = *f.outbox->NextDue().value();
  CHECK(f.Round() == 1);
  CHECK(f.outbox->Stats().value().errors.empty());
}

// A report whose stored JSON no longer parses, written behind the outbox's back.
void InsertUnreadable(const TempDir& dir, const std::string& id, const std::string& organisation) {
  SQLite::Database db((dir.path() / Outbox::kFileName).string(), SQLite::OPEN_READWRITE);
  SQLite::Statement insert(db, "INSERT INTO report (id, organisation, received_at, document) VALUES (?, ?, 1000, '{\"id\": ')");
  insert.bind(1, id);
  insert.bind(2, organisation);
  insert.exec();
}

TEST_CASE("An unreadable report is set apart as failed and the reports after it go on", "[forwarder]") {
  Fixture f;
  std::string n1 = f.Add("noord");
  InsertUnreadable(f.dir, "onleesbaar-1", "noord");
  std::string n3 = f.Add("noord");
  CHECK(f.Round() == 2);
  CHECK(f.courier.attempts == std::vector<std::string>{n1, n3});
  OutboxStats stats = f.outbox->Stats().value();
  CHECK(stats.queued == 0);
  CHECK(stats.failed_ids == std::vector<std::string>{"onleesbaar-1"});
  CHECK(stats.errors == std::map<std::string, std::string>{{"noord", "onleesbaar-1: onleesbaar in de database"}});
  CHECK(f.log == std::vector<std::string>{"NP-REPORT-UNREADABLE melding onleesbaar-1 is onleesbaar in de database en apart gezet",
                                          "NP-DELIVERED 2 meldingen bezorgd aan noord"});
}

// A courier whose "traag" organisation hangs, as a receiver that accepts and never answers, until
// its time-out or until cancelled; the others answer at once. Safe to call from several threads.
class HangingCourier : public Courier {
 public:
  DeliveryResult Deliver(const Report& report, const KioskOrganisation& organisation) override {
    std::unique_lock lock(mutex);
    if (organisation.id != "traag") {
      delivered_at[report.id] = std::chrono::steady_clock::now();
      return {Outcome::kDelivered, ""};
    }
    hanging = true;
    changed.notify_all();
    changed.wait_for(lock, timeout, [this] { return cancelled; });
    hanging = false;
    return {Outcome::kRetry, cancelled ? "afgebroken" : "time-out"};
  }
  DeliveryResult DeliverSealed(const SealedReport& sealed, const KioskOrganisation& organisation) override {
    return Deliver(AsReport(sealed), organisation);
  }
  void SetCancelled(bool cancel) override {
    std::lock_guard lock(mutex);
    cancelled = cancel;
    changed.notify_all();
  }
  bool Hanging() {
    std::lock_guard lock(mutex);
    return hanging;
  }
  std::optional<std::chrono::steady_clock::time_point> DeliveredAt(const std::string& id) {
    std::lock_guard lock(mutex);
    auto found = delivered_at.find(id);
    if (found == delivered_at.end()) return std::nullopt;
    return found->second;
  }

  std::chrono::seconds timeout{4};
  std::mutex mutex;
  std::condition_variable changed;
  bool hanging = false;
  bool cancelled = false;
  std::map<std::string, std::chrono::steady_clock::time_point> delivered_at;
};

bool WaitFor(const std::function<bool()>& done, std::chrono::milliseconds limit) {
  auto end = std::chrono::steady_clock::now() + limit;
  while (!done()) {
    if (std::chrono::steady_clock::now() > end) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

Report ReportFor(const std::string& organisation) {
  Report report;
  report.id = NewReportId();
  report.received_at = Clock::System()->NowSeconds();
  report.organisation = organisation;
  return report;
}

TEST_CASE("A hanging receiver holds back only its own organisation, and Stop does not wait for it", "[forwarder]") {
  TempDir dir;
  KioskConfig config = TwoOrganisations();
  config.organisations.push_back(config.organisations[0]);
  config.organisations.back().id = "traag";
  std::unique_ptr<Outbox> outbox = MustOpen(dir);
  HangingCourier courier;
  Forwarder forwarder(outbox.get(), ForwardingSettingsOf(config), &courier, Clock::System(), [](const std::string&) {});
  forwarder.Start();
  Report slow = ReportFor("traag");
  REQUIRE(outbox->Add(slow).ok());
  forwarder.Wake();
  REQUIRE(WaitFor([&] { return courier.Hanging(); }, std::chrono::seconds(2)));

  Report waiting = ReportFor("noord");
  const auto added = std::chrono::steady_clock::now();
  REQUIRE(outbox->Add(waiting).ok());
  forwarder.Wake();
  REQUIRE(WaitFor([&] { return courier.DeliveredAt(waiting.id).has_value(); }, std::chrono::seconds(10)));
  const double delay = std::chrono::duration<double>(*courier.DeliveredAt(waiting.id) - added).count();
  std::printf("forwarder: a report for noord went out %.3f s after it was stored, while traag hung\n", delay);
  CHECK(delay < 1.0);
  // Deleted as soon as it was delivered, while the other organisation still hangs.
  REQUIRE(WaitFor([&] { return outbox->Stats().value().queued == 1; }, std::chrono::seconds(1)));
  CHECK(courier.Hanging());

  const auto stop_started = std::chrono::steady_clock::now();
  forwarder.Stop();
  const double stop = std::chrono::duration<double>(std::chrono::steady_clock::now() - stop_started).count();
  std::printf("forwarder: Stop took %.3f s with a receiver hanging\n", stop);
  CHECK(stop < 1.0);
  // Cut off by the stop, not refused by the receiver: the report is due again at once, untouched.
  std::vector<QueuedReport> due = outbox->Due(Clock::System()->NowSeconds(), 10).value();
  REQUIRE(due.size() == 1);
  CHECK(due[0].report.id == slow.id);
  CHECK(due[0].attempts == 0);
}

TEST_CASE("The forwarder's side work runs on its own thread, is woken by a new report and ends with Stop", "[forwarder][registration]") {
  TempDir dir;
  KioskConfig config = TwoOrganisations();
  config.organisations.push_back(config.organisations[0]);
  config.organisations.back().id = "traag";
  std::unique_ptr<Outbox> outbox = MustOpen(dir);
  HangingCourier courier;
  std::mutex mutex;
  int passes = 0;
  bool stopped_seen = false;
  ForwardingSettings settings = ForwardingSettingsOf(config);
  // Asks for a long pause each time: only a wake-up brings the next pass early.
  settings.side_work = [&](const std::function<bool()>& stopping) -> std::int64_t {
    std::lock_guard lock(mutex);
    ++passes;
    stopped_seen = stopped_seen || stopping();
    return 3600;
  };
  auto count = [&] {
    std::lock_guard lock(mutex);
    return passes;
  };
  Forwarder forwarder(outbox.get(), settings, &courier, Clock::System(), [](const std::string&) {});
  forwarder.Start();
  REQUIRE(WaitFor([&] { return count() == 1; }, std::chrono::seconds(2)));
  // A hanging receiver does not hold it up.
  REQUIRE(outbox->Add(ReportFor("traag")).ok());
  forwarder.Wake();
  REQUIRE(WaitFor([&] { return courier.Hanging(); }, std::chrono::seconds(2)));
  REQUIRE(WaitFor([&] { return count() >= 2; }, std::chrono::seconds(2)));
  const auto stop_started = std::chrono::steady_clock::now();
  forwarder.Stop();
  CHECK(std::chrono::steady_clock::now() - stop_started < std::chrono::seconds(1));
  const int after_stop = count();
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK(count() == after_stop);
  CHECK_FALSE(stopped_seen);
}

TEST_CASE("A database error on the forwarder's threads is logged and retried, not fatal", "[forwarder]") {
  TempDir dir;
  KioskConfig config = TwoOrganisations();
  std::unique_ptr<Outbox> outbox = MustOpen(dir);
  ScriptedCourier courier;
  std::mutex log_mutex;
  std::vector<std::string> log;
  Forwarder forwarder(outbox.get(), ForwardingSettingsOf(config), &courier, Clock::System(), [&](const std::string& line) {
    std::lock_guard lock(log_mutex);
    log.push_back(line);
  });
  auto logged = [&](const std::string& part) {
    std::lock_guard lock(log_mutex);
    for (const std::string& line : log) {
      if (line.find(part) != std::string::npos) return true;
    }
    return false;
  };
  REQUIRE(outbox->Add(ReportFor("noord")).ok());
  // Another connection takes the queue away under the forwarder: every read of it fails.
  SQLite::Database other((dir.path() / Outbox::kFileName).string(), SQLite::OPEN_READWRITE);
  other.setBusyTimeout(5000);
  other.exec("ALTER TABLE report RENAME TO report_weg");
  forwarder.Start();
  forwarder.Wake();
  REQUIRE(WaitFor([&] { return logged("de wachtrij is niet te lezen (no such table: report)"); }, std::chrono::seconds(5)));
  CHECK(courier.attempts.empty());

  other.exec("ALTER TABLE report_weg RENAME TO report");
  forwarder.Wake();
  REQUIRE(WaitFor([&] { return outbox->Stats().value().delivered_total == 1; }, std::chrono::seconds(5)));
  forwarder.Stop();
  CHECK(outbox->Stats().value().queued == 0);
}

}  // namespace
}  // namespace nietpluis

namespace nietpluis {
namespace {

TEST_CASE("A refused report is wiped after the configured days, from every file, and logged by its id only",
          "[forwarder]") {
  Fixture f;
  std::string bad = f.Add("noord");
  f.courier.scripts["noord"] = {{Outcome::kRefused, "HTTP 422"}};
  CHECK(f.Round() == 0);
  REQUIRE(f.outbox->Stats().value().failed == 1);
  CHECK(f.outbox->Stats().value().refused.at(0).refused_at == 1000);
  // 29 days and 23 hours later it is still there for the coordinator.
  f.clock.now += 30 * 86400 - 3600;
  f.Round();
  CHECK(f.outbox->Stats().value().failed == 1);
  f.clock.now += 3600;
  f.Round();
  CHECK(f.outbox->Stats().value().failed == 0);
  CHECK(f.log.back() == "NP-REFUSED-WIPED noord: melding " + bad + " gewist, 30 dagen na de weigering");
  CHECK(testing::ReadText(f.dir / "meldingen.db").find("1234 AB") == std::string::npos);
  CHECK(testing::ReadText(f.dir / "meldingen.db-wal").find("1234 AB") == std::string::npos);
}

}  // namespace
}  // namespace nietpluis
