// Unit tests for meldpunt/forwarder: order per organisation, retries with backoff, refusals kept apart.
// The courier here is the network seam answering from a script; real HTTPS and SMTP are in tests/kiosk/.
#include "forwarder.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <deque>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "report.h"
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
  std::map<std::string, std::deque<DeliveryResult>> scripts;
  std::vector<std::string> attempts;
  std::vector<std::string> delivered;
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
  Forwarder forwarder{outbox.get(), &config, &courier, &clock, [this](const std::string& line) { log.push_back(line); }};
};

TEST_CASE("A round delivers every due report, oldest first per organisation, and empties the outbox", "[forwarder]") {
  Fixture f;
  std::string n1 = f.Add("noord"), z1 = f.Add("zuid"), n2 = f.Add("noord");
  CHECK(f.Round() == 3);
  CHECK(f.courier.delivered == std::vector<std::string>{n1, n2, z1});
  CHECK(f.outbox->Stats().queued == 0);
  CHECK(f.outbox->Stats().delivered_total == 3);
  CHECK(f.log == std::vector<std::string>{"3 meldingen bezorgd"});
  CHECK(f.Round() == 0);
}

TEST_CASE("A failed delivery holds back the rest of that organisation, not the others", "[forwarder]") {
  Fixture f;
  std::string n1 = f.Add("noord"), n2 = f.Add("noord"), z1 = f.Add("zuid");
  f.courier.scripts["noord"] = {{Outcome::kRetry, "HTTP 503"}};
  CHECK(f.Round() == 1);
  CHECK(f.courier.attempts == std::vector<std::string>{n1, z1});  // n2 was not tried before n1
  CHECK(f.courier.delivered == std::vector<std::string>{z1});
  REQUIRE(f.log.size() == 2);
  CHECK(f.log[0].rfind("melding " + n1 + " niet bezorgd: HTTP 503; nieuwe poging over ", 0) == 0);

  // Not due again until the backoff has passed: between 2 and 4 seconds for the first retry.
  std::int64_t next = *f.outbox->NextDue();
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
    std::int64_t next = *f.outbox->NextDue();
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
  OutboxStats stats = f.outbox->Stats();
  CHECK(stats.failed_ids == std::vector<std::string>{bad});
  CHECK(stats.queued == 0);
  CHECK(f.log[0] == "melding " + bad + " geweigerd: HTTP 422");
  // It stays apart: later rounds do not try it again.
  CHECK(f.Round() == 0);
  CHECK(f.courier.attempts.size() == 2);
}

TEST_CASE("Reports of an organisation that left kiosk.toml wait for it", "[forwarder]") {
  Fixture f;
  std::string id = f.Add("oost");
  CHECK(f.Round() == 0);
  CHECK(f.courier.attempts.empty());
  CHECK(f.outbox->Stats().queued == 1);
  CHECK(f.outbox->Stats().last_error == id + ": organisatie 'oost' staat niet meer in kiosk.toml");
}

TEST_CASE("The forwarder thread delivers a report soon after Wake", "[forwarder]") {
  TempDir dir;
  KioskConfig config = TwoOrganisations();
  std::unique_ptr<Outbox> outbox = MustOpen(dir);
  ScriptedCourier courier;
  Forwarder forwarder(outbox.get(), &config, &courier, Clock::System(), [](const std::string&) {});
  forwarder.Start();
  Report report;
  report.id = NewReportId();
  report.received_at = Clock::System()->NowSeconds();
  report.organisation = "noord";
  REQUIRE(outbox->Add(report).ok());
  forwarder.Wake();
  for (int i = 0; i < 500 && outbox->Stats().delivered_total == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  forwarder.Stop();
  CHECK(outbox->Stats().delivered_total == 1);
  CHECK(outbox->Stats().queued == 0);
}

}  // namespace
}  // namespace nietpluis
