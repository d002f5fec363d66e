// Tests that output is staged and swapped in whole, and that nothing is lost when writing fails.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <map>
#include <set>

#include "disks.h"
#include "fault_env.h"
#include "site/staged_output.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::FaultyEnv;
using testing::ReadText;
using testing::TempDir;
using testing::WriteText;

std::unique_ptr<StagedOutput> Begin(Env* env, const std::filesystem::path& target) {
  auto staged = StagedOutput::Begin(env, target);
  REQUIRE(staged.ok());
  return std::move(staged).value();
}

}  // namespace

TEST_CASE("a first build creates the output folder", "[staged]") {
  TempDir dir;
  auto out = Begin(Env::Default(), dir / "site");
  REQUIRE(out->Write("a/index.html", "A").ok());
  CHECK_FALSE(std::filesystem::exists(dir / "site"));
  REQUIRE(out->Commit().ok());
  CHECK(ReadText(dir / "site/a/index.html") == "A");
  CHECK(std::filesystem::exists(dir / "site" / StagedOutput::kMarker));
  CHECK_FALSE(std::filesystem::exists(dir / ".site.bouw"));
}

TEST_CASE("a file written in parts is one file, kept by a rebuild that writes it again", "[staged]") {
  TempDir dir;
  auto first = Begin(Env::Default(), dir / "site");
  REQUIRE(first->WriteParts("_taal/deel-1.html", {"<p>", "een", "", " en twee", "</p>"}).ok());
  REQUIRE(first->Commit().ok());
  CHECK(ReadText(dir / "site/_taal/deel-1.html") == "<p>een en twee</p>");
  // Twice more, so the second reuses the staging folder that holds the first one's file.
  for (const char* text : {"drie", "vier"}) {
    auto again = Begin(Env::Default(), dir / "site");
    REQUIRE(again->WriteParts("_taal/deel-1.html", {"<p>", text, "</p>"}).ok());
    REQUIRE(again->Commit().ok());
    CHECK(ReadText(dir / "site/_taal/deel-1.html") == std::string("<p>") + text + "</p>");
  }
  CHECK(ReadText(dir / ".site.bouw/_taal/deel-1.html") == "<p>drie</p>");
}

TEST_CASE("a rebuild replaces old files and keeps README.md and dot-files", "[staged]") {
  TempDir dir;
  WriteText(dir / "site/README.md", "uitleg");
  WriteText(dir / "site/.git/HEAD", "ref");
  WriteText(dir / "site/oud/index.html", "oud");
  WriteText(dir / ("site/" + std::string(StagedOutput::kMarker)), "");
  auto out = Begin(Env::Default(), dir / "site");
  REQUIRE(out->Write("nieuw/index.html", "nieuw").ok());
  REQUIRE(out->Commit().ok());
  CHECK(ReadText(dir / "site/README.md") == "uitleg");
  CHECK(ReadText(dir / "site/.git/HEAD") == "ref");
  CHECK(ReadText(dir / "site/nieuw/index.html") == "nieuw");
  CHECK_FALSE(std::filesystem::exists(dir / "site/oud"));
  // The previous site waits beside it for the next build to reuse; it does not keep README or .git.
  CHECK(ReadText(dir / ".site.bouw/oud/index.html") == "oud");
  CHECK_FALSE(std::filesystem::exists(dir / ".site.bouw/README.md"));
  CHECK_FALSE(std::filesystem::exists(dir / ".site.bouw/.git"));
}

namespace {

void Build(const std::filesystem::path& target, const std::map<std::string, std::string>& files) {
  auto out = Begin(Env::Default(), target);
  for (const auto& [name, text] : files) REQUIRE(out->Write(name, text).ok());
  REQUIRE(out->Commit().ok());
}

std::set<std::string> FilesIn(const std::filesystem::path& dir) {
  std::set<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    files.insert(entry.path().lexically_relative(dir).generic_string() + (entry.is_directory() ? "/" : ""));
  }
  return files;
}

ino_t Inode(const std::filesystem::path& file) {
  struct stat info {};
  REQUIRE(::stat(file.c_str(), &info) == 0);
  return info.st_ino;
}

}  // namespace

TEST_CASE("each build holds exactly what it wrote, whatever the reused folder held", "[staged]") {
  TempDir dir;
  Build(dir / "site", {{"a.html", "1"}, {"b/index.html", "1"}, {"x", "bestand"}});
  Build(dir / "site", {{"a.html", "2"}, {"c/index.html", "2"}});
  // The third build reuses the first build's folder: b/ and a file where a folder is now needed.
  Build(dir / "site", {{"c/index.html", "3"}, {"x/index.html", "map"}});
  CHECK(FilesIn(dir / "site") ==
        std::set<std::string>{StagedOutput::kMarker, "c/", "c/index.html", "x/", "x/index.html"});
  CHECK(ReadText(dir / "site/c/index.html") == "3");
  CHECK(ReadText(dir / "site/x/index.html") == "map");
  CHECK(FilesIn(dir / ".site.bouw") == std::set<std::string>{StagedOutput::kMarker, "a.html", "c/", "c/index.html"});
  Build(dir / "site", {{"x", "weer een bestand"}});
  CHECK(FilesIn(dir / "site") == std::set<std::string>{StagedOutput::kMarker, "x"});
  // This one reuses the third build's folder, which has x/ where a file is now wanted.
  Build(dir / "site", {{"x", "bestand over een map"}});
  CHECK(FilesIn(dir / "site") == std::set<std::string>{StagedOutput::kMarker, "x"});
  CHECK(ReadText(dir / "site/x") == "bestand over een map");
}

TEST_CASE("a rebuild overwrites the build before last in place instead of making new files", "[staged]") {
  TempDir dir;
  Build(dir / "site", {{"p/index.html", "1"}});
  const ino_t first = Inode(dir / "site/p/index.html");
  Build(dir / "site", {{"p/index.html", "2"}});
  Build(dir / "site", {{"p/index.html", "3"}});
  CHECK(Inode(dir / "site/p/index.html") == first);
  CHECK(ReadText(dir / "site/p/index.html") == "3");
}

TEST_CASE("without Commit the old output stays and the staging folder goes", "[staged]") {
  TempDir dir;
  WriteText(dir / "site/index.html", "oud");
  WriteText(dir / ("site/" + std::string(StagedOutput::kMarker)), "");
  {
    auto out = Begin(Env::Default(), dir / "site");
    REQUIRE(out->Write("index.html", "half").ok());
  }
  CHECK(ReadText(dir / "site/index.html") == "oud");
  CHECK_FALSE(std::filesystem::exists(dir / ".site.bouw"));
}

TEST_CASE("a full disk is reported and leaves the old output as it was", "[staged]") {
  TempDir dir;
  WriteText(dir / "site/index.html", "oud");
  WriteText(dir / ("site/" + std::string(StagedOutput::kMarker)), "");
  FaultyEnv env(2);  // the marker and one page fit, the next write fails
  {
    auto out = Begin(&env, dir / "site");
    REQUIRE(out->Write("a.html", "a").ok());
    Status full = out->Write("b.html", "b");
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().ToString() == (dir / ".site.bouw/b.html").string() +
                                         ": kan niet schrijven (No space left on device); kijk of er genoeg ruimte op "
                                         "de schijf is en of u in deze map mag schrijven");
  }
  CHECK(ReadText(dir / "site/index.html") == "oud");
  CHECK_FALSE(std::filesystem::exists(dir / "site/a.html"));
}

TEST_CASE("a failed swap leaves the old output intact", "[staged]") {
  TempDir dir;
  WriteText(dir / "site/index.html", "oud");
  WriteText(dir / "site/README.md", "uitleg");
  WriteText(dir / ("site/" + std::string(StagedOutput::kMarker)), "");
  FaultyEnv env;
  env.FailExchange();
  {
    auto out = Begin(&env, dir / "site");
    REQUIRE(out->Write("index.html", "nieuw").ok());
    CHECK_FALSE(out->Commit().ok());
  }
  CHECK(ReadText(dir / "site/index.html") == "oud");
  CHECK(ReadText(dir / "site/README.md") == "uitleg");
}

TEST_CASE("a folder Nietpluis did not make is never replaced", "[staged]") {
  TempDir dir;
  WriteText(dir / "documenten/belangrijk.txt", "niet weggooien");
  auto staged = StagedOutput::Begin(Env::Default(), dir / "documenten");
  REQUIRE_FALSE(staged.ok());
  CHECK(staged.error().ToString() == (dir / "documenten").string() +
                                         ": deze map bestaat al en is niet door Nietpluis gemaakt; kies met --out "
                                         "een nieuwe of lege map, zodat er niets verloren gaat");
  CHECK(ReadText(dir / "documenten/belangrijk.txt") == "niet weggooien");
}

TEST_CASE("a file as output is refused", "[staged]") {
  TempDir dir;
  WriteText(dir / "site", "bestand");
  auto staged = StagedOutput::Begin(Env::Default(), dir / "site");
  REQUIRE_FALSE(staged.ok());
  CHECK(staged.error().ToString() == (dir / "site").string() + ": is een bestand, geen map; kies met --out een map "
                                                               "voor de site");
}

TEST_CASE("a staging folder left by a crashed build is cleared first", "[staged]") {
  TempDir dir;
  WriteText(dir / ".site.bouw/rest.html", "van een crash");
  auto out = Begin(Env::Default(), dir / "site");
  REQUIRE(out->Commit().ok());
  CHECK_FALSE(std::filesystem::exists(dir / "site/rest.html"));
}

TEST_CASE("a file where the staging folder belongs is cleared first", "[staged]") {
  TempDir dir;
  WriteText(dir / ".site.bouw", "geen map");
  auto out = Begin(Env::Default(), dir / "site");
  REQUIRE(out->Write("index.html", "x").ok());
  REQUIRE(out->Commit().ok());
  CHECK(ReadText(dir / "site/index.html") == "x");
}

}  // namespace nietpluis

namespace nietpluis {
namespace {


}  // namespace

TEST_CASE("a link left in the staging folder is replaced, never written through", "[staged][link]") {
  TempDir dir;
  testing::OutsideFile outside("geheim.txt");
  Build(dir / "site", {{"a.html", "1"}, {"b/index.html", "1"}});
  Build(dir / "site", {{"a.html", "2"}, {"b/index.html", "2"}});
  // The staging folder now holds the first build; someone has put links where its files were.
  std::filesystem::remove(dir / ".site.bouw/a.html");
  std::filesystem::create_symlink(outside.file, dir / ".site.bouw/a.html");
  std::filesystem::remove_all(dir / ".site.bouw/b");
  std::filesystem::create_directory_symlink(outside.dir.path(), dir / ".site.bouw/b");
  Build(dir / "site", {{"a.html", "3"}, {"b/geheim.txt", "3"}});
  CHECK(outside.Untouched());
  CHECK(std::filesystem::is_regular_file(std::filesystem::symlink_status(dir / "site/a.html")));
  CHECK(std::filesystem::is_directory(std::filesystem::symlink_status(dir / "site/b")));
  CHECK(ReadText(dir / "site/a.html") == "3");
  CHECK(ReadText(dir / "site/b/geheim.txt") == "3");
}

TEST_CASE("a staging folder that is a link is replaced, never written through", "[staged][link]") {
  TempDir dir;
  testing::OutsideFile outside("geheim.txt");
  WriteText(outside.dir / StagedOutput::kMarker, "");
  std::filesystem::remove(outside.file);
  std::filesystem::create_directory_symlink(outside.dir.path(), dir / ".site.bouw");
  Build(dir / "site", {{"a.html", "1"}});
  CHECK(ReadText(dir / "site/a.html") == "1");
  CHECK(std::filesystem::exists(outside.dir / StagedOutput::kMarker));
  CHECK_FALSE(std::filesystem::exists(outside.dir / "a.html"));
}

TEST_CASE("a file name that climbs out of the staging folder is refused", "[staged][link]") {
  TempDir dir;
  auto out = Begin(Env::Default(), dir / "site");
  Status status = out->Write("beeld/../../buiten.html", "x");
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().ToString() ==
        "beeld/../../buiten.html: deze naam gaat buiten de map van de site; dit is een fout in Nietpluis, meld hem");
  CHECK_FALSE(std::filesystem::exists(dir / "buiten.html"));
}

}  // namespace nietpluis

// What each clean-up step does when the disk refuses it: the old site stays whole and readable, the
// error says what and where, and no file of the user's is lost.
namespace nietpluis {
namespace {

using testing::Disk;

const std::string kRemoveFailed = ": kan niet opruimen (Input/output error); verwijder deze map met de hand";
const std::string kWriteFailed =
    ": kan niet schrijven (Input/output error); kijk of er genoeg ruimte op de schijf is en of u in deze map mag "
    "schrijven";

void Build(Env* env, const std::filesystem::path& target, const std::map<std::string, std::string>& files) {
  auto out = Begin(env, target);
  for (const auto& [name, text] : files) REQUIRE(out->Write(name, text).ok());
  REQUIRE(out->Commit().ok());
}

// Every file below `dir` with its text, folders as "name/", through `env`.
std::map<std::string, std::string> Tree(Env* env, const std::filesystem::path& dir, const std::string& prefix = "") {
  std::map<std::string, std::string> tree;
  Result<std::vector<DirEntry>> entries = env->ListDirectory(dir);
  REQUIRE(entries.ok());
  for (const DirEntry& entry : entries.value()) {
    if (entry.type == FileType::kDirectory) {
      tree[prefix + entry.name + "/"] = "";
      tree.merge(Tree(env, dir / entry.name, prefix + entry.name + "/"));
    } else {
      Result<std::string> text = env->ReadFile(dir / entry.name);
      tree[prefix + entry.name] = text.ok() ? text.value() : "(onleesbaar)";
    }
  }
  return tree;
}

std::vector<std::string> Names(const std::map<std::string, std::string>& tree) {
  std::vector<std::string> names;
  for (const auto& entry : tree) names.push_back(entry.first);
  return names;
}

// An output folder as a user has it: the site of an earlier build, a README and a deploy repository.
std::map<std::string, std::string> PlantOldSite(Disk& disk) {
  Build(disk.env(), disk / "site", {{"index.html", "oud"}, {"p/index.html", "oude pagina"}});
  disk.Write(disk / "site/README.md", "uitleg");
  disk.Write(disk / "site/.git/HEAD", "ref");
  return Tree(disk.env(), disk / "site");
}

}  // namespace

TEST_CASE("a staged build runs on a disk in memory as on the real one", "[staged][mem]") {
  testing::OnEveryDisk([](Disk& disk) {
    std::map<std::string, std::string> old_site = PlantOldSite(disk);
    CHECK(old_site.count("README.md") == 1);
    Build(disk.env(), disk / "site", {{"index.html", "nieuw"}, {"q/index.html", "q"}});
    CHECK(Names(Tree(disk.env(), disk / "site")) ==
          std::vector<std::string>{".git/", ".git/HEAD", StagedOutput::kMarker, "README.md", "index.html", "q/",
                                   "q/index.html"});
    CHECK(disk.Read(disk / "site/q/index.html") == "q");
    CHECK(disk.Read(disk / "site/.git/HEAD") == "ref");
    CHECK_FALSE(disk.env()->Stat(disk / "site/p").exists());
    // The build before last is reused in place and pruned to what this build wrote.
    Build(disk.env(), disk / "site", {{"index.html", "derde"}});
    CHECK(Names(Tree(disk.env(), disk / "site")) ==
          std::vector<std::string>{".git/", ".git/HEAD", StagedOutput::kMarker, "README.md", "index.html"});
    CHECK(disk.Read(disk / ".site.bouw/q/index.html") == "q");
  });
}

TEST_CASE("a staging folder that cannot be removed after a failed build is reused by the next one",
          "[staged][fault]") {
  testing::OnEveryDisk([](Disk& disk) {
    std::map<std::string, std::string> old_site = PlantOldSite(disk);
    testing::FaultyEnv env(disk.env());
    {
      auto out = Begin(&env, disk / "site");
      REQUIRE(out->Write("half/index.html", "half").ok());
      env.FailEvery(DiskOp::kRemove);
    }  // no Commit: the build failed, and so does throwing its files away
    CHECK(env.failures(DiskOp::kRemove) == 1);
    CHECK(Tree(disk.env(), disk / "site") == old_site);
    CHECK(disk.Read(disk / ".site.bouw/half/index.html") == "half");
    env.Heal();
    Build(&env, disk / "site", {{"index.html", "nieuw"}});
    CHECK(disk.Read(disk / "site/index.html") == "nieuw");
    CHECK_FALSE(disk.env()->Stat(disk / "site/half").exists());
    CHECK(disk.Read(disk / "site/README.md") == "uitleg");
  });
}

TEST_CASE("a stale file that cannot be pruned stops the commit and the old site stays", "[staged][fault]") {
  testing::OnEveryDisk([](Disk& disk) {
    std::map<std::string, std::string> old_site = PlantOldSite(disk);
    Build(disk.env(), disk / "site", {{"index.html", "twee"}});  // the staging folder now holds p/
    old_site = Tree(disk.env(), disk / "site");
    testing::FaultyEnv env(disk.env());
    auto out = Begin(&env, disk / "site");
    REQUIRE(out->Write("index.html", "drie").ok());
    env.FailAt(DiskOp::kRemove, 1);
    Status commit = out->Commit();
    REQUIRE_FALSE(commit.ok());
    CHECK(commit.error().ToString() == (disk / ".site.bouw/p/index.html").string() + kRemoveFailed);
    out.reset();
    CHECK(Tree(disk.env(), disk / "site") == old_site);
    CHECK_FALSE(disk.env()->Stat(disk / ".site.bouw").exists());
  });
}

TEST_CASE("an empty folder that cannot be pruned stops the commit instead of reaching the new site",
          "[staged][fault]") {
  testing::OnEveryDisk([](Disk& disk) {
    PlantOldSite(disk);
    Build(disk.env(), disk / "site", {{"index.html", "twee"}});
    const std::map<std::string, std::string> old_site = Tree(disk.env(), disk / "site");
    testing::FaultyEnv env(disk.env());
    auto out = Begin(&env, disk / "site");
    REQUIRE(out->Write("index.html", "drie").ok());
    env.FailAt(DiskOp::kRemove, 2);  // p/index.html goes, p/ itself does not
    Status commit = out->Commit();
    REQUIRE_FALSE(commit.ok());
    CHECK(commit.error().ToString() == (disk / ".site.bouw/p").string() + kRemoveFailed);
    out.reset();
    CHECK(Tree(disk.env(), disk / "site") == old_site);
  });
}

TEST_CASE("a folder listing that fails while committing keeps README and .git where they are", "[staged][fault]") {
  testing::OnEveryDisk([](Disk& disk) {
    const std::map<std::string, std::string> old_site = PlantOldSite(disk);
    testing::FaultyEnv env(disk.env());
    auto out = Begin(&env, disk / "site");
    REQUIRE(out->Write("index.html", "nieuw").ok());
    env.FailEvery(DiskOp::kList);
    Status commit = out->Commit();
    REQUIRE_FALSE(commit.ok());
    CHECK(commit.error().ToString() ==
          (disk / "site").string() + ": kan de map niet lezen (Input/output error); kijk of de map bestaat");
    out.reset();
    env.Heal();
    CHECK(Tree(disk.env(), disk / "site") == old_site);
    // The reused staging folder cannot be listed for pruning either.
    Build(disk.env(), disk / "site", {{"index.html", "twee"}});
    auto again = Begin(&env, disk / "site");
    env.FailEvery(DiskOp::kList);
    Status pruned = again->Commit();
    REQUIRE_FALSE(pruned.ok());
    CHECK(pruned.error().ToString() ==
          (disk / ".site.bouw").string() + ": kan de map niet lezen (Input/output error); probeer het opnieuw");
  });
}

TEST_CASE("a kept entry that cannot be moved aside brings back the ones moved before it", "[staged][fault]") {
  testing::OnEveryDisk([](Disk& disk) {
    const std::map<std::string, std::string> old_site = PlantOldSite(disk);
    testing::FaultyEnv env(disk.env());
    auto out = Begin(&env, disk / "site");
    REQUIRE(out->Write("index.html", "nieuw").ok());
    env.FailAt(DiskOp::kRename, 2);  // .git goes aside, README.md does not
    Status commit = out->Commit();
    REQUIRE_FALSE(commit.ok());
    CHECK(commit.error().ToString() == (disk / ".site.bouw/README.md").string() + kWriteFailed);
    out.reset();
    CHECK(Tree(disk.env(), disk / "site") == old_site);
    CHECK_FALSE(disk.env()->Stat(disk / ".site.bouw").exists());
  });
}

TEST_CASE("a kept entry that cannot go back after a failed swap stays with the staging folder and is reported",
          "[staged][fault]") {
  testing::OnEveryDisk([](Disk& disk) {
    std::map<std::string, std::string> old_site = PlantOldSite(disk);
    testing::FaultyEnv env(disk.env());
    auto out = Begin(&env, disk / "site");
    REQUIRE(out->Write("index.html", "nieuw").ok());
    env.FailExchange();
    env.FailAt(DiskOp::kRename, 3);  // .git and README.md go aside; .git does not come back
    Status commit = out->Commit();
    REQUIRE_FALSE(commit.ok());
    CHECK(commit.error().ToString() == (disk / "site/.git").string() +
                                           ": kan niet schrijven (Input/output error); zet " +
                                           (disk / ".site.bouw/.git").string() +
                                           " met de hand terug op deze plek en bouw daarna opnieuw");
    out.reset();
    CHECK(disk.Read(disk / ".site.bouw/.git/HEAD") == "ref");  // not thrown away with the staging folder
    old_site.erase(".git/");
    old_site.erase(".git/HEAD");
    CHECK(Tree(disk.env(), disk / "site") == old_site);
    // The next build refuses to clear it, and says so, until it is back.
    env.Heal();
    auto refused = StagedOutput::Begin(&env, disk / "site");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().ToString() == (disk / ".site.bouw/.git").string() + ": hoort in " +
                                            (disk / "site").string() +
                                            " maar staat nog in de bouwmap; zet het met de hand terug in " +
                                            (disk / "site").string() + " en bouw daarna opnieuw");
    REQUIRE(disk.env()->Rename(disk / ".site.bouw/.git", disk / "site/.git").ok());
    Build(&env, disk / "site", {{"index.html", "nieuw"}});
    CHECK(disk.Read(disk / "site/index.html") == "nieuw");
    CHECK(disk.Read(disk / "site/.git/HEAD") == "ref");
    CHECK(disk.Read(disk / "site/README.md") == "uitleg");
  });
}

TEST_CASE("a failed swap whose kept entries go back leaves the old output whole and says why", "[staged][fault]") {
  testing::OnEveryDisk([](Disk& disk) {
    const std::map<std::string, std::string> old_site = PlantOldSite(disk);
    testing::FaultyEnv env(disk.env());
    auto out = Begin(&env, disk / "site");
    REQUIRE(out->Write("index.html", "nieuw").ok());
    env.FailExchange();
    Status commit = out->Commit();
    REQUIRE_FALSE(commit.ok());
    CHECK(commit.error().ToString() == (disk / "site").string() + kWriteFailed);
    out.reset();
    CHECK(Tree(disk.env(), disk / "site") == old_site);
    CHECK_FALSE(disk.env()->Stat(disk / ".site.bouw").exists());
  });
}

TEST_CASE("a file in the way of a folder that cannot be removed is reported as such", "[staged][fault]") {
  testing::OnEveryDisk([](Disk& disk) {
    Build(disk.env(), disk / "site", {{"x", "bestand"}});
    Build(disk.env(), disk / "site", {{"a.html", "a"}});
    const std::map<std::string, std::string> old_site = Tree(disk.env(), disk / "site");
    testing::FaultyEnv env(disk.env());
    {
      auto out = Begin(&env, disk / "site");  // reuses the first build, with x a file
      env.FailEvery(DiskOp::kRemove);
      Status write = out->Write("x/index.html", "map");
      REQUIRE_FALSE(write.ok());
      CHECK(write.error().ToString() == (disk / ".site.bouw/x").string() + kRemoveFailed);
    }
    CHECK(Tree(disk.env(), disk / "site") == old_site);
    env.Heal();
    Build(&env, disk / "site", {{"x/index.html", "map"}});
    CHECK(disk.Read(disk / "site/x/index.html") == "map");
  });
}

TEST_CASE("a disk that cannot make folders stops the build before it starts", "[staged][fault]") {
  testing::OnEveryDisk([](Disk& disk) {
    const std::map<std::string, std::string> old_site = PlantOldSite(disk);
    testing::FaultyEnv env(disk.env());
    env.FailEvery(DiskOp::kCreateDirectories, ENOSPC);
    auto staged = StagedOutput::Begin(&env, disk / "site");
    REQUIRE_FALSE(staged.ok());
    CHECK(staged.error().ToString() == disk.dir().string() +
                                           ": kan niet schrijven (No space left on device); kijk of er genoeg ruimte "
                                           "op de schijf is en of u in deze map mag schrijven");
    CHECK(Tree(disk.env(), disk / "site") == old_site);
  });
}

}  // namespace nietpluis
