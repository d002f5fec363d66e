// Tests of the disk seam's writing of a file from parts.
#include "base/env.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "fault_env.h"
#include "test_support.h"

namespace nietpluis {
namespace {

TEST_CASE("WriteFileParts writes thousands of parts, empty ones too, as one file in order", "[env]") {
  testing::TempDir dir;
  // More parts than one writev call takes (IOV_MAX is 1024 on Linux).
  std::vector<std::string> texts;
  for (int i = 0; i < 3000; ++i) texts.push_back(i % 7 == 0 ? "" : "deel " + std::to_string(i) + ";");
  std::vector<std::string_view> parts(texts.begin(), texts.end());
  std::string expected;
  for (const std::string& text : texts) expected += text;
  REQUIRE(Env::Default()->WriteFileParts(dir / "delen.txt", parts).ok());
  CHECK(testing::ReadText(dir / "delen.txt") == expected);
  // Writing again replaces the file.
  REQUIRE(Env::Default()->WriteFileParts(dir / "delen.txt", {"kort"}).ok());
  CHECK(testing::ReadText(dir / "delen.txt") == "kort");
  CHECK_FALSE(Env::Default()->WriteFileParts(dir / "geen-map/delen.txt", {"x"}).ok());
}

TEST_CASE("An Env without its own WriteFileParts joins the parts and writes them once", "[env]") {
  testing::TempDir dir;
  testing::FaultyEnv env(1);
  REQUIRE(env.WriteFileParts(dir / "een.txt", {"een ", "", "twee"}).ok());
  CHECK(testing::ReadText(dir / "een.txt") == "een twee");
  CHECK(env.writes() == 1);
  Status full = env.WriteFileParts(dir / "twee.txt", {"drie"});
  REQUIRE_FALSE(full.ok());
  CHECK(full.error().problem == "kan niet schrijven (No space left on device)");
}

}  // namespace
}  // namespace nietpluis
