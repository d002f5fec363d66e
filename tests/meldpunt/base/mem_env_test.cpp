// Tests of what only the disk in memory does: its own root, many writers at once, and the kernel's limits.
#include "base/mem_env.h"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

namespace nietpluis {

TEST_CASE("MemEnv takes a relative path from its root", "[env][mem]") {
  MemEnv env;
  REQUIRE(env.CreateDirectories("site/a").ok());
  REQUIRE(env.WriteFile("site/a/index.html", "a").ok());
  CHECK(env.ReadFile("/site/a/index.html").value() == "a");
  CHECK(env.Resolve("site/./a/../a/index.html").value() == "/site/a/index.html");
  CHECK(env.ListDirectory("/").value().size() == 1);
}

TEST_CASE("MemEnv keeps every file that several threads write at once", "[env][mem]") {
  MemEnv env;
  std::vector<std::thread> writers;
  for (int t = 0; t < 8; ++t) {
    writers.emplace_back([&env, t] {
      for (int i = 0; i < 200; ++i) {
        const std::string dir = "/site/map-" + std::to_string(i % 10);
        if (!env.CreateDirectories(dir).ok()) return;
        if (!env.WriteFile(dir + "/" + std::to_string(t) + "-" + std::to_string(i), "x").ok()) return;
      }
    });
  }
  for (std::thread& writer : writers) writer.join();
  std::size_t files = 0;
  const std::vector<DirEntry> dirs = env.ListDirectory("/site").value();
  for (const DirEntry& dir : dirs) {
    files += env.ListDirectory("/site/" + dir.name).value().size();
  }
  CHECK(files == 8 * 200);
}

TEST_CASE("MemEnv follows a loop of links no further than the kernel does", "[env][mem][link]") {
  MemEnv env;
  REQUIRE(env.CreateLink("b", "/a").ok());
  REQUIRE(env.CreateLink("a", "/b").ok());
  Result<std::string> read = env.ReadFile("/a");
  REQUIRE_FALSE(read.ok());
  CHECK(read.error().ToString() ==
        "/a: kan niet lezen (Too many levels of symbolic links); kijk of het bestand bestaat en leesbaar is");
  CHECK_FALSE(env.Stat("/a").exists());
  CHECK(env.LinkStat("/a").is_link());
  CHECK_FALSE(env.CreateLink("c", "/a").ok());  // a name is taken once
  CHECK(env.RemoveAll("/a").ok());
}

TEST_CASE("MemEnv makes no folder where a link to nothing stands", "[env][mem][link]") {
  MemEnv env;
  REQUIRE(env.CreateLink("/elders", "/map").ok());
  Status made = env.CreateDirectories("/map/sub");
  REQUIRE_FALSE(made.ok());
  CHECK(made.error().problem == "kan niet schrijven (File exists)");
  CHECK_FALSE(env.Stat("/elders").exists());
}

}  // namespace nietpluis
