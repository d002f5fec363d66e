// Unit tests for meldpunt/delivery/follow_key: the intake's own follow-up key, made once.
#include "delivery/follow_key.h"

#include <catch2/catch.hpp>
#include <sys/stat.h>

#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;

TEST_CASE("The follow-up key is made once, private, and read back the same after a restart", "[volgcode]") {
  TempDir dir;
  Result<std::string> made = LoadFollowKey(dir.path(), "");
  REQUIRE(made.ok());
  CHECK(made.value().size() == 64);
  struct stat info {};
  REQUIRE(stat((dir.path() / kFollowKeyFileName).c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  CHECK(LoadFollowKey(dir.path(), "").value() == made.value());
  TempDir other;
  CHECK(LoadFollowKey(other.path(), "").value() != made.value());
}

TEST_CASE("A configured follow-up key wins, and a short key file is refused with what to do", "[volgcode]") {
  TempDir dir;
  CHECK(LoadFollowKey(dir.path(), std::string(40, 'k')).value() == std::string(40, 'k'));
  CHECK_FALSE(std::filesystem::exists(dir.path() / kFollowKeyFileName));
  testing::WriteText(dir.path() / kFollowKeyFileName, "kort\n");
  Result<std::string> refused = LoadFollowKey(dir.path(), "");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().ToString() == (dir.path() / kFollowKeyFileName).string() +
                                          ": de sleutel is korter dan 32 tekens; haal het bestand weg, dan maakt de kiosk "
                                          "een nieuwe sleutel; of zet [volgen] sleutel_bestand in kiosk.toml");
}

}  // namespace
}  // namespace nietpluis
