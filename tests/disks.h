// Runs a test of the disk seam once on the real disk (in a fresh folder under /tmp) and once on a disk
// in memory, so both Envs keep one contract.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "base/env.h"
#include "base/mem_env.h"
#include "test_support.h"

namespace nietpluis::testing {

class Disk {
 public:
  virtual ~Disk() = default;
  virtual const char* name() const = 0;
  virtual Env* env() = 0;
  // A folder of its own to work below, which exists.
  virtual const std::filesystem::path& dir() const = 0;
  // Plants a link at `at` holding `target`, as `ln -s`.
  virtual void Link(const std::filesystem::path& target, const std::filesystem::path& at) = 0;

  std::filesystem::path operator/(const std::string& name) const { return dir() / name; }
  // Writes `text` to `file`, making its folders; fails the test when the disk refuses.
  void Write(const std::filesystem::path& file, const std::string& text) {
    REQUIRE(env()->CreateDirectories(file.parent_path()).ok());
    REQUIRE(env()->WriteFile(file, text).ok());
  }
  // The file's text, or "(missing)" when it cannot be read.
  std::string Read(const std::filesystem::path& file) {
    Result<std::string> text = env()->ReadFile(file);
    return text.ok() ? text.value() : "(missing)";
  }
};

class RealDisk : public Disk {
 public:
  const char* name() const override { return "real disk"; }
  Env* env() override { return Env::Default(); }
  const std::filesystem::path& dir() const override { return temp_.path(); }
  void Link(const std::filesystem::path& target, const std::filesystem::path& at) override {
    std::filesystem::create_symlink(target, at);
  }

 private:
  TempDir temp_;
};

class MemoryDisk : public Disk {
 public:
  MemoryDisk() { REQUIRE(env_.CreateDirectories(dir_).ok()); }
  const char* name() const override { return "memory"; }
  Env* env() override { return &env_; }
  const std::filesystem::path& dir() const override { return dir_; }
  void Link(const std::filesystem::path& target, const std::filesystem::path& at) override {
    REQUIRE(env_.CreateLink(target, at).ok());
  }

 private:
  MemEnv env_;
  std::filesystem::path dir_ = "/tmp/nietpluis-geheugen";
};

// Calls `test(disk)` on a fresh real disk and a fresh one in memory, naming the disk in any failure.
template <typename Test>
void OnEveryDisk(Test test) {
  {
    RealDisk disk;
    INFO("on the " << disk.name());
    test(static_cast<Disk&>(disk));
  }
  {
    MemoryDisk disk;
    INFO("on the " << disk.name());
    test(static_cast<Disk&>(disk));
  }
}

}  // namespace nietpluis::testing
