// The disk seam: every file the generator writes goes through an Env, so tests can inject a full disk.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace nietpluis {

class Env {
 public:
  virtual ~Env() = default;

  virtual Result<std::string> ReadFile(const std::filesystem::path& path) = 0;
  // Refuses to write through a link at `path`: Nietpluis only writes files it makes.
  virtual Status WriteFile(const std::filesystem::path& path, std::string_view contents) = 0;
  // Writes the parts one after another as one file, without joining them in memory first.
  virtual Status WriteFileParts(const std::filesystem::path& path, const std::vector<std::string_view>& parts);
  virtual Status CreateDirectories(const std::filesystem::path& path) = 0;
  virtual Status Rename(const std::filesystem::path& from, const std::filesystem::path& to) = 0;
  // Swaps two existing directories in one step, so a reader always sees one whole version.
  virtual Status Exchange(const std::filesystem::path& a, const std::filesystem::path& b) = 0;
  virtual Status RemoveAll(const std::filesystem::path& path) = 0;

  // The real file system. Thread-safe.
  static Env* Default();
};

}  // namespace nietpluis
