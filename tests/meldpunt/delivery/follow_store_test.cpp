// Unit tests for meldpunt/delivery/follow_store: a code's status on disk, forward only, wiped at expiry.
#include "delivery/follow_store.h"

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

}  // namespace
}  // namespace nietpluis
