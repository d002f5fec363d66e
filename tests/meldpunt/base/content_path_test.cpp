// Unit tests for meldpunt/base/content_path: paths without a trailing separator, and folder names.
#include "base/content_path.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

TEST_CASE("WithoutTrailingSlash drops the empty last part and keeps the root") {
  CHECK(WithoutTrailingSlash("data/") == "data");
  CHECK(WithoutTrailingSlash("/var/lib/nietpluis/") == "/var/lib/nietpluis");
  CHECK(WithoutTrailingSlash("/var/lib/nietpluis") == "/var/lib/nietpluis");
  CHECK(WithoutTrailingSlash("/") == "/");
  CHECK(WithoutTrailingSlash("") == "");
}

TEST_CASE("FolderName names the folder as typed, or its real name for . and ..") {
  CHECK(FolderName("content/") == "content");
  CHECK(FolderName("a/content") == "content");
  CHECK(FolderName(".") == std::filesystem::current_path().filename().string());
}

}  // namespace
}  // namespace nietpluis
