// Unit tests for meldpunt/delivery/follow_store: a code's status on disk, forward only, wiped at expiry.
#include "delivery/follow_store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <sys/stat.h>

#include <string>

#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;

constexpr std::int64_t kNow = 1'800'000'000;
constexpr std::int64_t kKeep = 90 * 86400;
const std::string kHash(64, 'a');
const std::string kOther(64, 'b');

std::unique_ptr<FollowStore> OpenStore(const TempDir& dir) {
  Result<std::unique_ptr<FollowStore>> store = FollowStore::Open(dir.path());
  REQUIRE(store.ok());
  return std::move(store).value();
}

TEST_CASE("A stored code is found as received on its day, and a second code with the same hash is not stored", "[volgcode]") {
  TempDir dir;
  auto store = OpenStore(dir);
  CHECK(store->Add(kHash, "welzijn-noord", kNow, kKeep).value());
  CHECK_FALSE(store->Add(kHash, "buurtwerk-zuid", kNow, kKeep).value());
  Result<std::optional<FollowEntry>> found = store->Find(kHash, kNow + 10);
  REQUIRE(found.ok());
  REQUIRE(found.value());
  CHECK(found.value()->organisation == "welzijn-noord");
  CHECK(found.value()->status == FollowStatus::kReceived);
  CHECK(found.value()->day == LocalDay(kNow));
  CHECK(found.value()->expires_at == kNow + kKeep);
  CHECK_FALSE(store->Find(kOther, kNow).value());
  struct stat info {};
  REQUIRE(stat((dir.path() / FollowStore::kFileName).c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("A code's status only moves forward, and each change keeps it longer", "[volgcode]") {
  TempDir dir;
  auto store = OpenStore(dir);
  REQUIRE(store->Add(kHash, "welzijn-noord", kNow, kKeep).value());
  CHECK(store->Advance(kHash, "welzijn-noord", FollowStatus::kVisiting, kNow + 86400, kKeep).value() ==
        FollowStore::Change::kChanged);
  CHECK(store->Advance(kHash, "welzijn-noord", FollowStatus::kVisiting, kNow + 2 * 86400, kKeep).value() ==
        FollowStore::Change::kAlready);
  CHECK(store->Advance(kHash, "welzijn-noord", FollowStatus::kVisited, kNow + 3 * 86400, kKeep).value() ==
        FollowStore::Change::kChanged);
  CHECK(store->Advance(kHash, "welzijn-noord", FollowStatus::kVisiting, kNow + 4 * 86400, kKeep).value() ==
        FollowStore::Change::kAlready);
  FollowEntry entry = *store->Find(kHash, kNow).value();
  CHECK(entry.status == FollowStatus::kVisited);
  CHECK(entry.day == LocalDay(kNow + 3 * 86400));
  CHECK(entry.expires_at == kNow + 3 * 86400 + kKeep);
}

TEST_CASE("Another organisation cannot change a code, and a signed update for an unseen code adds it", "[volgcode]") {
  TempDir dir;
  auto store = OpenStore(dir);
  REQUIRE(store->Add(kHash, "welzijn-noord", kNow, kKeep).value());
  CHECK(store->Advance(kHash, "buurtwerk-zuid", FollowStatus::kVisited, kNow, kKeep).value() ==
        FollowStore::Change::kOtherOrganisation);
  CHECK(store->Find(kHash, kNow).value()->status == FollowStatus::kReceived);
  // A kiosk's code: the intake never saw it, the caller checked the token.
  CHECK(store->Advance(kOther, "buurtwerk-zuid", FollowStatus::kVisiting, kNow, kKeep).value() == FollowStore::Change::kChanged);
  CHECK(store->Find(kOther, kNow).value()->organisation == "buurtwerk-zuid");
}

TEST_CASE("Codes survive a restart and are gone from the file once they expire and are wiped", "[volgcode]") {
  TempDir dir;
  {
    auto store = OpenStore(dir);
    REQUIRE(store->Add(kHash, "welzijn-noord", kNow, kKeep).value());
    REQUIRE(store->Add(kOther, "welzijn-noord", kNow + 86400, kKeep).value());
  }
  auto store = OpenStore(dir);
  CHECK(store->Find(kHash, kNow + kKeep - 1).value());
  // Expired rows are not shown even before the wipe runs.
  CHECK_FALSE(store->Find(kHash, kNow + kKeep).value());
  CHECK(store->WipeExpired(kNow + kKeep).value() == 1);
  CHECK(store->WipeExpired(kNow + kKeep).value() == 0);
  CHECK(store->Find(kOther, kNow + kKeep).value());
  store.reset();
  // secure_delete and the checkpoint leave the wiped hash in no file of the folder.
  for (const auto& file : std::filesystem::directory_iterator(dir.path())) {
    INFO(file.path());
    CHECK(testing::ReadText(file.path()).find(kHash) == std::string::npos);
  }
}

TEST_CASE("A file that is not a follow-up store is refused and left as it was", "[volgcode]") {
  TempDir dir;
  testing::WriteText(dir.path() / FollowStore::kFileName, "geen database");
  Result<std::unique_ptr<FollowStore>> store = FollowStore::Open(dir.path());
  REQUIRE_FALSE(store.ok());
  CHECK(testing::ReadText(dir.path() / FollowStore::kFileName) == "geen database");
}

const std::string kToken = kHash + ".welzijn-noord." + std::to_string(kNow + kKeep) + "." + std::string(64, 'f');

TEST_CASE("A kiosk's code and its registration are stored together, and only when the code is new", "[volgcode][registration]") {
  TempDir dir;
  auto store = OpenStore(dir);
  CHECK(store->Add(kHash, "welzijn-noord", kNow, kKeep, kToken, kNow + kKeep).value());
  // A hash drawn twice queues nothing more: the caller draws a new code with a new token.
  CHECK_FALSE(store->Add(kHash, "welzijn-noord", kNow, kKeep, kHash + ".x", kNow + kKeep).value());
  // The public intake's own codes have no registration.
  CHECK(store->Add(kOther, "welzijn-noord", kNow, kKeep).value());
  CHECK(store->RegistrationsWaiting().value() == 1);
  std::vector<PendingRegistration> due = store->DueRegistrations(kNow, 10).value();
  REQUIRE(due.size() == 1);
  CHECK(due[0].token == kToken);
  CHECK(due[0].expires_at == kNow + kKeep);
  CHECK(due[0].attempts == 0);
}

TEST_CASE("A registration that failed waits until its next attempt, survives a restart and is gone once done", "[volgcode][registration]") {
  TempDir dir;
  const std::string second = kOther + ".welzijn-noord." + std::to_string(kNow + kKeep) + "." + std::string(64, 'e');
  {
    auto store = OpenStore(dir);
    REQUIRE(store->Add(kHash, "welzijn-noord", kNow, kKeep, kToken, kNow + kKeep).value());
    REQUIRE(store->Add(kOther, "welzijn-noord", kNow + 1, kKeep, second, kNow + kKeep).value());
    CHECK(store->DueRegistrations(kNow - 1, 10).value().empty());
    std::vector<PendingRegistration> due = store->DueRegistrations(kNow + 1, 10).value();
    REQUIRE(due.size() == 2);
    CHECK(due[0].token == kToken);  // the longest waiting first
    REQUIRE(store->RegistrationRetry(due[0].id, kNow + 60).ok());
  }
  auto store = OpenStore(dir);
  std::vector<PendingRegistration> due = store->DueRegistrations(kNow + 2, 10).value();
  REQUIRE(due.size() == 1);
  CHECK(due[0].token == second);
  CHECK(store->DueRegistrations(kNow + 2, 1).value().size() == 1);
  REQUIRE(store->RegistrationDone(due[0].id).ok());
  due = store->DueRegistrations(kNow + 60, 10).value();
  REQUIRE(due.size() == 1);
  CHECK(due[0].token == kToken);
  CHECK(due[0].attempts == 1);
  CHECK(store->RegistrationsWaiting().value() == 1);
  CHECK(FollowStore::RegistrationsWaitingIn(dir.path()).value() == 1);
  REQUIRE(store->RegistrationDone(due[0].id).ok());
  CHECK(store->DueRegistrations(kNow + kKeep, 10).value().empty());
  CHECK(FollowStore::RegistrationsWaitingIn(dir.path()).value() == 0);
}

TEST_CASE("Expired registrations are wiped with the expired codes and counted with them only", "[volgcode][registration]") {
  TempDir dir;
  auto store = OpenStore(dir);
  REQUIRE(store->Add(kHash, "welzijn-noord", kNow, kKeep, kToken, kNow + kKeep).value());
  CHECK(store->WipeExpired(kNow + kKeep - 1).value() == 0);
  CHECK(store->RegistrationsWaiting().value() == 1);
  CHECK(store->WipeExpired(kNow + kKeep).value() == 1);
  CHECK(store->RegistrationsWaiting().value() == 0);
  store.reset();
  for (const auto& file : std::filesystem::directory_iterator(dir.path())) {
    INFO(file.path());
    CHECK(testing::ReadText(file.path()).find(kToken.substr(70)) == std::string::npos);
  }
}

TEST_CASE("A follow-up store from before registrations keeps its codes and gets their table when opened", "[volgcode][registration]") {
  TempDir dir;
  const std::filesystem::path file = dir.path() / FollowStore::kFileName;
  // Version 1 as it was released: the codes' table only.
  CHECK(FollowStore::RegistrationsWaitingIn(dir.path()).value() == 0);
  {
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(
        "CREATE TABLE follow (code_hash TEXT PRIMARY KEY, organisation TEXT NOT NULL, status INTEGER NOT NULL, "
        "day TEXT NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;"
        "CREATE INDEX follow_expiry ON follow (expires_at);"
        "PRAGMA application_id=1313887811; PRAGMA user_version=1;");
    db.exec("INSERT INTO follow VALUES ('" + kOther + "', 'welzijn-noord', 1, '2027-01-15', " +
            std::to_string(kNow + kKeep) + ")");
  }
  CHECK(FollowStore::RegistrationsWaitingIn(dir.path()).value() == 0);
  auto store = OpenStore(dir);
  CHECK(store->Find(kOther, kNow).value()->status == FollowStatus::kVisiting);
  CHECK(store->Add(kHash, "welzijn-noord", kNow, kKeep, kToken, kNow + kKeep).value());
  CHECK(store->RegistrationsWaiting().value() == 1);
  store.reset();
  SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == 2);
}

}  // namespace
}  // namespace nietpluis
