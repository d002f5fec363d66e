// Tests that listing a folder follows links inside the folder the build was given and refuses the rest.
#include <catch2/catch.hpp>

#include "base/content_path.h"
#include "base/file_list.h"
#include "disks.h"
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

namespace nietpluis {

TEST_CASE("listings and the link rule see the same on every Env", "[files][link][mem]") {
  testing::OnEveryDisk([](testing::Disk& disk) {
    Env* env = disk.env();
    const std::filesystem::path content = disk / "content";
    disk.Write(disk / "geheim.toml", "geheim");
    disk.Write(content / "campagnes/b.toml", "");
    disk.Write(content / "campagnes/a.txt", "");
    disk.Link("b.toml", content / "campagnes/a.toml");
    disk.Link("../../geheim.toml", content / "campagnes/c.toml");
    Diagnostics diagnostics;
    CHECK(FilesIn(env, content, content / "campagnes", {".toml"}, &diagnostics) ==
          std::vector<std::filesystem::path>{content / "campagnes/a.toml", content / "campagnes/b.toml"});
    CHECK(testing::Messages(diagnostics, disk.dir()) ==
          std::vector<std::string>{"content/campagnes/c.toml: verwijst naar een bestand buiten de map content; zet het "
                                   "bestand zelf in de map content in plaats van een link ernaar"});
    CHECK(FilesIn(env, content, content / "nog-geen-map", {".toml"}, &diagnostics).empty());
    CHECK(diagnostics.all().size() == 1);  // a missing folder holds nothing, and is no error

    disk.Write(content / "beeld/x/1.png", "1");
    disk.Write(content / "beeld/.DS_Store", "");
    disk.Link("x", content / "beeld/y");
    Result<std::vector<TreeFile>> below = FilesBelow(env, content, content / "beeld");
    REQUIRE(below.ok());
    CHECK(Names(below.value()) == std::vector<std::string>{"x/1.png", "y/1.png"});
    CHECK(below.value()[1].path == content / "beeld/y/1.png");
    disk.Link("..", content / "beeld/x/terug");
    Result<std::vector<TreeFile>> loop = FilesBelow(env, content, content / "beeld");
    REQUIRE_FALSE(loop.ok());
    CHECK(loop.error().ToString() ==
          (content / "beeld/x/terug").string() + ": verwijst naar een map waar hij zelf in staat; haal de link weg");
    Status out = CheckInside(env, content, content / "campagnes/../../geheim.toml");
    REQUIRE_FALSE(out.ok());
    CHECK(out.error().problem == "verwijst naar een bestand buiten de map content");
    disk.Link("../..", content / "beeld/uit");
    CHECK(CheckInside(env, content, content / "beeld/uit").error().problem ==
          "verwijst naar een map buiten de map content");
  });
}

}  // namespace nietpluis
