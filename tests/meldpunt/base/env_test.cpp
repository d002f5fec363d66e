// Tests of the disk seam's contract, each run on the real disk and on the one in memory, and of the
// fault-injecting Env the other tests fail the disk with.
#include "base/env.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "base/mem_env.h"
#include "disks.h"
#include "fault_env.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::Disk;
using testing::OnEveryDisk;

std::string Text(const Status& status) { return status.ok() ? "ok" : status.error().ToString(); }
template <typename T>
std::string Text(const Result<T>& result) {
  return result.ok() ? "ok" : result.error().ToString();
}

std::string WriteProblem(const std::filesystem::path& path, const char* reason) {
  return path.string() + ": kan niet schrijven (" + reason +
         "); kijk of er genoeg ruimte op de schijf is en of u in deze map mag schrijven";
}

std::vector<std::string> Listing(Env* env, const std::filesystem::path& dir) {
  Result<std::vector<DirEntry>> entries = env->ListDirectory(dir);
  REQUIRE(entries.ok());
  std::vector<std::string> names;
  for (const DirEntry& entry : entries.value()) {
    const char* kind = entry.type == FileType::kDirectory ? "/" : entry.type == FileType::kLink ? "@" : "";
    names.push_back(entry.name + kind);
  }
  return names;
}

}  // namespace

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
  MemEnv memory;  // it keeps the base's WriteFileParts
  testing::FaultyEnv env(1, &memory);
  REQUIRE(env.WriteFileParts("/een.txt", {"een ", "", "twee"}).ok());
  CHECK(memory.ReadFile("/een.txt").value() == "een twee");
  CHECK(env.writes() == 1);
  Status full = env.WriteFileParts("/twee.txt", {"drie"});
  REQUIRE_FALSE(full.ok());
  CHECK(full.error().problem == "kan niet schrijven (No space left on device)");
  CHECK_FALSE(memory.Stat("/twee.txt").exists());
}

TEST_CASE("Env reads back what it wrote, and a second write replaces the first", "[env][mem]") {
  OnEveryDisk([](Disk& disk) {
    Env* env = disk.env();
    REQUIRE(env->WriteFile(disk / "a.txt", "eerste versie").ok());
    REQUIRE(env->WriteFile(disk / "a.txt", "twee").ok());
    CHECK(disk.Read(disk / "a.txt") == "twee");
    CHECK(env->Stat(disk / "a.txt").is_file());
    CHECK(env->Stat(disk / "a.txt").size == 4);
    REQUIRE(env->WriteFileParts(disk / "b.txt", {"een ", "", "twee"}).ok());
    CHECK(disk.Read(disk / "b.txt") == "een twee");
    CHECK(env->Stat(disk.dir()).is_directory());
    CHECK(env->Stat(disk.dir()).size == 0);
    CHECK_FALSE(env->Stat(disk / "c.txt").exists());
  });
}

TEST_CASE("Env words a missing file or folder as the real disk does", "[env][mem]") {
  OnEveryDisk([](Disk& disk) {
    Env* env = disk.env();
    CHECK(Text(env->ReadFile(disk / "weg.txt")) ==
          (disk / "weg.txt").string() +
              ": kan niet lezen (No such file or directory); kijk of het bestand bestaat en leesbaar is");
    CHECK(Text(env->WriteFile(disk / "geen-map/a.txt", "x")) ==
          WriteProblem(disk / "geen-map/a.txt", "No such file or directory"));
    CHECK(Text(env->ListDirectory(disk / "geen-map")) ==
          (disk / "geen-map").string() + ": kan de map niet lezen (No such file or directory); kijk of de map bestaat");
    disk.Write(disk / "bestand", "x");
    CHECK(Text(env->WriteFile(disk / "bestand/a.txt", "x")) == WriteProblem(disk / "bestand/a.txt", "Not a directory"));
    CHECK(Text(env->ListDirectory(disk / "bestand")) ==
          (disk / "bestand").string() + ": kan de map niet lezen (Not a directory); kijk of de map bestaat");
    CHECK(Text(env->WriteFile(disk.dir(), "x")) == WriteProblem(disk.dir(), "Is a directory"));
    CHECK(Text(env->ReadFile(disk.dir())) ==
          disk.dir().string() + ": kan niet lezen (Is a directory); kijk of het bestand leesbaar is");
  });
}

TEST_CASE("Env makes folders with their parents and lists a folder in name order with each entry's type",
          "[env][mem]") {
  OnEveryDisk([](Disk& disk) {
    Env* env = disk.env();
    REQUIRE(env->CreateDirectories(disk / "a/b/c").ok());
    REQUIRE(env->CreateDirectories(disk / "a/b/c").ok());  // there already
    disk.Write(disk / "a/z.txt", "z");
    disk.Write(disk / "a/B.txt", "B");
    disk.Link("z.txt", disk / "a/link");
    CHECK(Listing(env, disk / "a") == std::vector<std::string>{"B.txt", "b/", "link@", "z.txt"});
    CHECK(Listing(env, disk / "a/b/c").empty());
    // Through a link to a folder, the folder's entries.
    disk.Link("a/b", disk / "naar-b");
    CHECK(Listing(env, disk / "naar-b") == std::vector<std::string>{"c/"});
    CHECK(Text(env->CreateDirectories(disk / "a/z.txt")) == WriteProblem(disk / "a/z.txt", "Not a directory"));
    CHECK(Text(env->CreateDirectories(disk / "a/z.txt/d")) == WriteProblem(disk / "a/z.txt/d", "Not a directory"));
  });
}

TEST_CASE("Env never writes through a link and removes the link, not what it points to", "[env][mem][link]") {
  OnEveryDisk([](Disk& disk) {
    Env* env = disk.env();
    disk.Write(disk / "buiten/geheim.txt", "geheim");
    disk.Link(disk / "buiten/geheim.txt", disk / "link.txt");
    disk.Link(disk / "buiten", disk / "map-link");
    CHECK(Text(env->WriteFile(disk / "link.txt", "x")) ==
          WriteProblem(disk / "link.txt", "Too many levels of symbolic links"));
    CHECK_FALSE(env->WriteFileParts(disk / "link.txt", {"x", "y"}).ok());
    CHECK(disk.Read(disk / "link.txt") == "geheim");  // reading follows it
    CHECK(env->LinkStat(disk / "link.txt").is_link());
    CHECK(env->Stat(disk / "link.txt").is_file());
    CHECK(env->Stat(disk / "link.txt").size == 6);
    CHECK(env->ReadLink(disk / "link.txt").value() == disk / "buiten/geheim.txt");
    CHECK(Text(env->ReadLink(disk / "buiten/geheim.txt")) ==
          (disk / "buiten/geheim.txt").string() +
              ": kan niet lezen (Invalid argument); kijk of het bestand bestaat en leesbaar is");
    disk.Link("nergens", disk / "los");
    CHECK_FALSE(env->Stat(disk / "los").exists());
    CHECK(env->LinkStat(disk / "los").is_link());
    REQUIRE(env->RemoveAll(disk / "link.txt").ok());
    REQUIRE(env->RemoveAll(disk / "map-link").ok());
    REQUIRE(env->RemoveAll(disk / "los").ok());
    CHECK(disk.Read(disk / "buiten/geheim.txt") == "geheim");
    CHECK(Listing(env, disk.dir()) == std::vector<std::string>{"buiten/"});
  });
}

TEST_CASE("Env renames a file or folder as rename does, replacing a file or an empty folder", "[env][mem]") {
  OnEveryDisk([](Disk& disk) {
    Env* env = disk.env();
    disk.Write(disk / "a.txt", "a");
    disk.Write(disk / "b.txt", "b");
    REQUIRE(env->Rename(disk / "a.txt", disk / "b.txt").ok());
    CHECK(disk.Read(disk / "b.txt") == "a");
    CHECK_FALSE(env->Stat(disk / "a.txt").exists());
    disk.Write(disk / "map/x.txt", "x");
    REQUIRE(env->CreateDirectories(disk / "leeg").ok());
    REQUIRE(env->Rename(disk / "map", disk / "leeg").ok());
    CHECK(disk.Read(disk / "leeg/x.txt") == "x");
    disk.Write(disk / "vol/y.txt", "y");
    CHECK(Text(env->Rename(disk / "leeg", disk / "vol")) == WriteProblem(disk / "vol", "Directory not empty"));
    CHECK(Text(env->Rename(disk / "b.txt", disk / "vol")) == WriteProblem(disk / "vol", "Is a directory"));
    CHECK(Text(env->Rename(disk / "vol", disk / "b.txt")) == WriteProblem(disk / "b.txt", "Not a directory"));
    CHECK(Text(env->Rename(disk / "weg", disk / "ergens")) == WriteProblem(disk / "ergens", "No such file or directory"));
    CHECK(Text(env->Rename(disk / "vol", disk / "vol/binnen")) == WriteProblem(disk / "vol/binnen", "Invalid argument"));
    CHECK(disk.Read(disk / "vol/y.txt") == "y");
  });
}

TEST_CASE("Env exchanges two folders in one step", "[env][mem]") {
  OnEveryDisk([](Disk& disk) {
    Env* env = disk.env();
    disk.Write(disk / "oud/index.html", "oud");
    disk.Write(disk / "nieuw/index.html", "nieuw");
    REQUIRE(env->Exchange(disk / "nieuw", disk / "oud").ok());
    CHECK(disk.Read(disk / "oud/index.html") == "nieuw");
    CHECK(disk.Read(disk / "nieuw/index.html") == "oud");
    CHECK(Text(env->Exchange(disk / "nieuw", disk / "weg")) == WriteProblem(disk / "weg", "No such file or directory"));
    CHECK(disk.Read(disk / "nieuw/index.html") == "oud");
  });
}

TEST_CASE("Env removes a folder with all it holds, and nothing to remove is fine", "[env][mem]") {
  OnEveryDisk([](Disk& disk) {
    Env* env = disk.env();
    disk.Write(disk / "map/a/b/c.txt", "c");
    disk.Write(disk / "map/d.txt", "d");
    REQUIRE(env->RemoveAll(disk / "map").ok());
    CHECK_FALSE(env->LinkStat(disk / "map").exists());
    CHECK(env->RemoveAll(disk / "map").ok());
    CHECK(env->RemoveAll(disk / "nooit/geweest").ok());
  });
}

TEST_CASE("Env resolves links and dot-dot in the part of a path that exists", "[env][mem][link]") {
  OnEveryDisk([](Disk& disk) {
    Env* env = disk.env();
    const std::filesystem::path real = env->Resolve(disk.dir()).value();
    disk.Write(disk / "echt/beeld/a.png", "a");
    disk.Link("echt", disk / "content");
    disk.Link("../beeld/a.png", disk / "echt/beeld/b.png");
    CHECK(env->Resolve(disk / "content/beeld/b.png").value() == real / "echt/beeld/a.png");
    CHECK(env->Resolve(disk / "content/nog/niet/er.txt").value() == real / "echt/nog/niet/er.txt");
    CHECK(env->Resolve(disk / "content/../buiten.txt").value() == real / "buiten.txt");
    CHECK(env->Resolve(disk / "weg/../echt").value() == real / "echt");
    CHECK(env->Resolve(disk / "content/").value() == real / "echt");
  });
}

TEST_CASE("FaultyEnv fails the nth call of one kind, or every one from then on, with the disk's own words",
          "[env][fault]") {
  MemEnv memory;
  testing::FaultyEnv env(&memory);
  env.FailAt(DiskOp::kRename, 3);
  REQUIRE(env.WriteFile("/a", "a").ok());
  CHECK(env.Rename("/a", "/b").ok());
  CHECK(env.Rename("/b", "/c").ok());
  CHECK(Text(env.Rename("/c", "/d")) ==
        "/d: kan niet schrijven (Input/output error); kijk of er genoeg ruimte op de schijf is en of u in deze map "
        "mag schrijven");
  CHECK(env.Rename("/c", "/d").ok());  // only the third
  CHECK(env.failures(DiskOp::kRename) == 1);
  env.FailEvery(DiskOp::kRemove);
  CHECK(Text(env.RemoveAll("/d")) == "/d: kan niet opruimen (Input/output error); verwijder deze map met de hand");
  CHECK(Text(env.RemoveAll("/d")) == "/d: kan niet opruimen (Input/output error); verwijder deze map met de hand");
  CHECK(memory.Stat("/d").is_file());  // a failed call changes nothing
  env.FailFrom(DiskOp::kWrite, 2);
  CHECK(env.WriteFile("/e", "e").ok());
  CHECK(Text(env.WriteFile("/f", "f")) == WriteProblem("/f", "No space left on device"));
  CHECK_FALSE(env.WriteFileParts("/f", {"f"}).ok());  // a full disk stays full
  env.FailAt(DiskOp::kList, 1);
  env.FailAt(DiskOp::kRead, 1);
  env.FailAt(DiskOp::kCreateDirectories, 1, ENOSPC);
  env.FailAt(DiskOp::kExchange, 1);
  CHECK(Text(env.ListDirectory("/")) == "/: kan de map niet lezen (Input/output error); kijk of de map bestaat");
  CHECK(Text(env.ReadFile("/e")) == "/e: kan niet lezen (Input/output error); kijk of het bestand bestaat en leesbaar is");
  CHECK(Text(env.CreateDirectories("/m")) == WriteProblem("/m", "No space left on device"));
  CHECK(Text(env.Exchange("/d", "/e")) == WriteProblem("/e", "Input/output error"));
  env.Heal();
  CHECK(env.RemoveAll("/d").ok());
  CHECK(env.WriteFile("/f", "f").ok());
  CHECK(env.ListDirectory("/").ok());
  CHECK(env.calls(DiskOp::kRemove) == 3);
}

}  // namespace nietpluis
