// Unit tests for meldpunt/delivery/follow_registrar: a kiosk's queued tokens reach the public intake
// through the courier seam, wait with backoff while it is away, and are dropped when refused or expired.
#include "delivery/follow_registrar.h"

#include <catch2/catch.hpp>

#include <deque>
#include <string>
#include <vector>

#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;
using Outcome = DeliveryResult::Outcome;

constexpr std::int64_t kNow = 1'800'000'000;
constexpr std::int64_t kKeep = 90 * 86400;
const std::string kUrl = "https://meldpunt.example.nl/volg/ontvangen";

class ManualClock : public Clock {
 public:
  std::int64_t NowSeconds() override { return now; }
  std::int64_t now = kNow;
};

// Answers registrations from a script (then "registered"), and records the tokens it was given.
class ScriptedIntake : public Courier {
 public:
  DeliveryResult Deliver(const Report&, const KioskOrganisation&) override { return {Outcome::kRetry, "geen"}; }
  DeliveryResult DeliverSealed(const SealedReport&, const KioskOrganisation&) override { return {Outcome::kRetry, "geen"}; }
  DeliveryResult RegisterFollowCode(const std::string& url, const std::string& token) override {
    urls.push_back(url);
    tokens.push_back(token);
    if (on_post) on_post();
    if (script.empty()) return {Outcome::kDelivered, ""};
    DeliveryResult result = script.front();
    script.pop_front();
    return result;
  }
  std::deque<DeliveryResult> script;
  std::vector<std::string> urls;
  std::vector<std::string> tokens;
  std::function<void()> on_post;
};

struct Fixture {
  TempDir dir;
  std::unique_ptr<FollowStore> store = std::move(FollowStore::Open(dir.path())).value();
  ScriptedIntake intake;
  ManualClock clock;
  std::vector<std::string> log;
  FollowRegistrar registrar{store.get(), &intake, kUrl, 5, 900, &clock, [this](const std::string& line) { log.push_back(line); }};

  // A kiosk's code as FollowDesk::Issue stores it; returns its token.
  std::string Queue(char hash, std::int64_t expires_at = kNow + kKeep) {
    const std::string token = std::string(64, hash) + ".welzijn-noord." + std::to_string(expires_at) + "." + std::string(64, 'f');
    REQUIRE(store->Add(std::string(64, hash), "welzijn-noord", clock.now, kKeep, token, expires_at).value());
    return token;
  }
  std::string Log() const {
    std::string all;
    for (const std::string& line : log) all += line + "\n";
    return all;
  }
};

TEST_CASE("Registered tokens are posted to the intake's address, deleted, and logged by count only", "[volgcode][registration]") {
  Fixture f;
  const std::string first = f.Queue('a');
  const std::string second = f.Queue('b');
  CHECK(f.registrar.RunDue() == Forwarder::kIdleCheckSeconds);
  CHECK(f.intake.tokens == std::vector<std::string>{first, second});
  CHECK(f.intake.urls == std::vector<std::string>{kUrl, kUrl});
  CHECK(f.store->RegistrationsWaiting().value() == 0);
  CHECK(f.Log() == "NP-FOLLOW-REGISTERED 2 volgcodes aangemeld bij de publieke intake\n");
  // Nothing waits: a second pass posts nothing.
  f.registrar.RunDue();
  CHECK(f.intake.tokens.size() == 2);
}

TEST_CASE("An intake that cannot be reached pauses the registrations for the backoff and keeps every token", "[volgcode][registration]") {
  Fixture f;
  const std::string first = f.Queue('a');
  f.Queue('b');
  f.intake.script = {{Outcome::kRetry, "Couldn't connect to server"}, {Outcome::kRetry, "HTTP 503"}};
  const std::int64_t wait = f.registrar.RunDue();
  // One failure is enough to know the intake is away: the second token is not tried.
  CHECK(f.intake.tokens == std::vector<std::string>{first});
  CHECK(wait >= 2);
  CHECK(wait <= 5);
  CHECK(f.store->RegistrationsWaiting().value() == 2);
  REQUIRE(f.log.size() == 1);
  CHECK(f.log[0] == "NP-FOLLOW-REGISTER-RETRY de publieke intake is niet bereikt: Couldn't connect to server; nieuwe poging over " +
                        std::to_string(wait) + " s");
  // During the pause, even a wake-up posts nothing.
  f.clock.now += wait - 1;
  CHECK(f.registrar.RunDue() == 1);
  CHECK(f.intake.tokens.size() == 1);
  // After it, the token that has waited longest goes first: the second, never tried yet.
  f.clock.now += 1;
  const std::int64_t second_wait = f.registrar.RunDue();
  CHECK(f.intake.tokens.size() == 2);
  CHECK(f.intake.tokens[1] != first);
  CHECK(second_wait >= 2);
  CHECK(f.store->RegistrationsWaiting().value() == 2);
  // The intake is back: both go, the first with its one failed attempt behind it.
  f.clock.now += 20;
  f.registrar.RunDue();
  CHECK(f.intake.tokens.size() == 4);
  CHECK(f.store->RegistrationsWaiting().value() == 0);
}

TEST_CASE("A token the intake refuses is dropped, and an expired one is dropped without a post", "[volgcode][registration]") {
  Fixture f;
  const std::string refused = f.Queue('a');
  f.Queue('b', kNow + 10);
  const std::string kept = f.Queue('c');
  f.intake.script = {{Outcome::kRefused, "HTTP 400"}};
  f.clock.now += 10;
  f.registrar.RunDue();
  CHECK(f.intake.tokens == std::vector<std::string>{refused, kept});
  CHECK(f.store->RegistrationsWaiting().value() == 0);
  const std::string log = f.Log();
  CHECK(log.find("NP-FOLLOW-REGISTERED 1 volgcode aangemeld") != std::string::npos);
  CHECK(log.find("NP-FOLLOW-REGISTER-DROPPED 1 volgcode geweigerd door de publieke intake (HTTP 400)") != std::string::npos);
  CHECK(log.find("NP-FOLLOW-REGISTER-DROPPED 1 volgcode verlopen voor ze aangemeld waren") != std::string::npos);
  for (const std::string& token : {refused, kept}) {
    CHECK(log.find(token.substr(0, 16)) == std::string::npos);
  }
}

TEST_CASE("A registration cut off by the forwarder's stop keeps its token as it was", "[volgcode][registration]") {
  Fixture f;
  f.Queue('a');
  f.Queue('b');
  bool stopping = false;
  f.intake.on_post = [&] { stopping = true; };
  f.intake.script = {{Outcome::kRetry, "afgebroken: de kiosk stopt"}};
  f.registrar.RunDue([&] { return stopping; });
  CHECK(f.intake.tokens.size() == 1);
  CHECK(f.log.empty());
  // Not counted as a failure: still due at once, with no attempt behind it.
  std::vector<PendingRegistration> due = f.store->DueRegistrations(f.clock.now, 10).value();
  REQUIRE(due.size() == 2);
  CHECK(due[0].attempts == 0);
}

TEST_CASE("A full batch of registrations asks to be run again at once", "[volgcode][registration]") {
  Fixture f;
  const std::string hex = "0123456789abcdef";
  for (int i = 0; i < FollowRegistrar::kBatch + 3; ++i) {
    const std::string hash = std::string(62, 'a') + hex[i / 16] + hex[i % 16];
    const std::string token = hash + ".welzijn-noord." + std::to_string(kNow + kKeep) + "." + std::string(64, 'f');
    REQUIRE(f.store->Add(hash, "welzijn-noord", kNow, kKeep, token, kNow + kKeep).value());
  }
  CHECK(f.registrar.RunDue() == 0);
  CHECK(f.intake.tokens.size() == static_cast<std::size_t>(FollowRegistrar::kBatch));
  CHECK(f.registrar.RunDue() == Forwarder::kIdleCheckSeconds);
  CHECK(f.store->RegistrationsWaiting().value() == 0);
}

}  // namespace
}  // namespace nietpluis
