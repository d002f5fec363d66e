// A disk in memory behind the Env seam, for tests and benchmarks that should not touch the real one.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "base/env.h"

namespace nietpluis {

// Folders, files and links in memory, with the real disk's rules and messages: writes never go through
// a link, ".." and links are followed as the kernel follows them, rename and exchange work as rename(2).
// A relative path is taken from "/". Thread-safe: the build writes from several threads.
class MemEnv : public Env {
 public:
  MemEnv();
  ~MemEnv() override;

  // Makes a link at `at` holding `target`, as `ln -s target at`; Nietpluis itself never makes links,
  // so this is for tests that plant one.
  Status CreateLink(const std::filesystem::path& target, const std::filesystem::path& at);

  Result<std::string> ReadFile(const std::filesystem::path& path) override;
  Status WriteFile(const std::filesystem::path& path, std::string_view contents) override;
  Status CreateDirectories(const std::filesystem::path& path) override;
  Status Rename(const std::filesystem::path& from, const std::filesystem::path& to) override;
  Status Exchange(const std::filesystem::path& a, const std::filesystem::path& b) override;
  Status RemoveAll(const std::filesystem::path& path) override;
  Result<std::vector<DirEntry>> ListDirectory(const std::filesystem::path& path) override;
  FileInfo Stat(const std::filesystem::path& path) override;
  FileInfo LinkStat(const std::filesystem::path& path) override;
  Result<std::filesystem::path> ReadLink(const std::filesystem::path& path) override;
  Result<std::filesystem::path> Resolve(const std::filesystem::path& path) override;

 private:
  struct Node;
  struct Found;
  Found Find(const std::filesystem::path& path, bool follow_last) const;
  FileInfo InfoAt(const std::filesystem::path& path, bool follow_last);

  mutable std::mutex mutex_;
  std::unique_ptr<Node> root_;
};

}  // namespace nietpluis
