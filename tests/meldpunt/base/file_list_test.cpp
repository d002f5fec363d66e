// Tests that listing a folder follows links inside the folder the build was given and refuses the rest.
#include <catch2/catch.hpp>

#include "base/content_path.h"
#include "base/file_list.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;
using testing::WriteText;

std::vector<std::string> Names(const std::vector<TreeFile>& files) {
  std::vector<std::string> names;
  for (const TreeFile& file : files) names.push_back(file.inside);
  return names;
}

}  // namespace

TEST_CASE("a name that climbs out of its folder is outside, whatever links it passes", "[files][link]") {
  TempDir dir;
  WriteText(dir / "content/a.txt", "a");
  WriteText(dir / "geheim.txt", "geheim");
  CHECK(CheckInside(dir / "content", dir / "content/a.txt").ok());
  CHECK(CheckInside(dir / "content", dir / "content/nog-niet-gemaakt.txt").ok());
  Status out = CheckInside(dir / "content", dir / "content/../geheim.txt");
  REQUIRE_FALSE(out.ok());
  CHECK(out.error().ToString() == (dir / "content/../geheim.txt").string() +
                                      ": verwijst naar een bestand buiten de map content; zet het bestand zelf in "
                                      "de map content in plaats van een link ernaar");
  // A folder whose name starts like the root's is not inside it.
  WriteText(dir / "content-oud/b.txt", "b");
  std::filesystem::create_symlink("../content-oud/b.txt", dir / "content/b.txt");
  CHECK_FALSE(CheckInside(dir / "content", dir / "content/b.txt").ok());
}

TEST_CASE("a root that is itself a link holds what lies in the folder it points to", "[files][link]") {
  TempDir dir;
  WriteText(dir / "echt/beeld/a.png", "a");
  std::filesystem::create_directory_symlink(dir / "echt", dir / "content");
  std::filesystem::create_symlink("../beeld/a.png", dir / "echt/beeld/b.png");
  CHECK(CheckInside(dir / "content/", dir / "content/beeld/b.png").ok());
  Result<std::vector<TreeFile>> files = FilesBelow(dir / "content", dir / "content/beeld");
  REQUIRE(files.ok());
  CHECK(Names(files.value()) == std::vector<std::string>{"a.png", "b.png"});
  CHECK(FolderName(dir / "content/") == "content");
}

TEST_CASE("FilesIn lists files of a kind, following links inside and reporting links out", "[files][link]") {
  TempDir dir;
  TempDir outside;
  WriteText(outside / "x.toml", "");
  WriteText(dir / "content/campagnes/b.toml", "");
  WriteText(dir / "content/campagnes/a.txt", "");
  std::filesystem::create_symlink("b.toml", dir / "content/campagnes/a.toml");
  std::filesystem::create_symlink(outside / "x.toml", dir / "content/campagnes/c.toml");
  Diagnostics diagnostics;
  std::vector<std::filesystem::path> files =
      FilesIn(dir / "content", dir / "content/campagnes", {".toml"}, &diagnostics);
  CHECK(files == std::vector<std::filesystem::path>{dir / "content/campagnes/a.toml", dir / "content/campagnes/b.toml"});
  CHECK(testing::Messages(diagnostics, dir.path()) ==
        std::vector<std::string>{"content/campagnes/c.toml: verwijst naar een bestand buiten de map content; zet het "
                                 "bestand zelf in de map content in plaats van een link ernaar"});
}

}  // namespace nietpluis
