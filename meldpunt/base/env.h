// The disk seam: every file the generator reads, lists, writes, moves or removes goes through an Env,
// so tests can run on a disk in memory (mem_env.h) or inject a full disk (tests/fault_env.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace nietpluis {

enum class FileType { kMissing, kFile, kDirectory, kLink, kOther };

struct FileInfo {
  FileType type = FileType::kMissing;
  std::uintmax_t size = 0;  // of a file; 0 for the rest

  bool exists() const { return type != FileType::kMissing; }
  bool is_file() const { return type == FileType::kFile; }
  bool is_directory() const { return type == FileType::kDirectory; }
  bool is_link() const { return type == FileType::kLink; }
};

struct DirEntry {
  std::string name;   // without the folder
  FileType type;      // of the entry itself: a link is kLink, whatever it points to
};

// What an Env was doing when it failed, so every Env (and a test that fakes a failure) words it the same.
enum class DiskOp { kRead, kWrite, kList, kCreateDirectories, kRename, kExchange, kRemove };

// The message a user reads when `op` on `path` failed with `err` (an errno value).
Diagnostic DiskError(DiskOp op, const std::filesystem::path& path, int err);

class Env {
 public:
  virtual ~Env() = default;

  virtual Result<std::string> ReadFile(const std::filesystem::path& path) = 0;
  // Refuses to write through a link at `path`: Nietpluis only writes files it makes.
  virtual Status WriteFile(const std::filesystem::path& path, std::string_view contents) = 0;
  // Writes the parts one after another as one file, without joining them in memory first.
  virtual Status WriteFileParts(const std::filesystem::path& path, const std::vector<std::string_view>& parts);
  // Makes the folder and those above it that are missing; Ok when it is there already.
  virtual Status CreateDirectories(const std::filesystem::path& path) = 0;
  // Moves a file, link or folder; replaces a file or an empty folder at `to`, as rename(2) does.
  virtual Status Rename(const std::filesystem::path& from, const std::filesystem::path& to) = 0;
  // Swaps two existing directories in one step, so a reader always sees one whole version.
  virtual Status Exchange(const std::filesystem::path& a, const std::filesystem::path& b) = 0;
  // Removes a file, a link (never what it points to) or a folder with all it holds; Ok when nothing is there.
  virtual Status RemoveAll(const std::filesystem::path& path) = 0;

  // The entries of a folder (through a link to it), without "." and "..", in name order so every run
  // sees them in the same order.
  virtual Result<std::vector<DirEntry>> ListDirectory(const std::filesystem::path& path) = 0;
  // What `path` is, with links followed; kMissing when it cannot be seen (absent, or a dangling link).
  virtual FileInfo Stat(const std::filesystem::path& path) = 0;
  // The same for the entry itself: a link is kLink.
  virtual FileInfo LinkStat(const std::filesystem::path& path) = 0;
  // The text of the link at `path`, as it was made (relative or absolute).
  virtual Result<std::filesystem::path> ReadLink(const std::filesystem::path& path) = 0;
  // Where `path` really is: absolute, with every link in the part that exists followed and "." and
  // ".." resolved; the part that does not exist is added as written (std::filesystem::weakly_canonical).
  virtual Result<std::filesystem::path> Resolve(const std::filesystem::path& path) = 0;

  // The real file system. Thread-safe.
  static Env* Default();
};

// Hands every call to another Env, so a test's Env overrides only what it changes (LevelDB's EnvWrapper).
// WriteFileParts stays Env's own, which joins the parts and calls WriteFile: a wrapper that changes
// WriteFile changes both.
class EnvWrapper : public Env {
 public:
  explicit EnvWrapper(Env* target = Env::Default()) : target_(target) {}

  Env* target() const { return target_; }

  Result<std::string> ReadFile(const std::filesystem::path& path) override { return target_->ReadFile(path); }
  Status WriteFile(const std::filesystem::path& path, std::string_view contents) override {
    return target_->WriteFile(path, contents);
  }
  Status CreateDirectories(const std::filesystem::path& path) override { return target_->CreateDirectories(path); }
  Status Rename(const std::filesystem::path& from, const std::filesystem::path& to) override {
    return target_->Rename(from, to);
  }
  Status Exchange(const std::filesystem::path& a, const std::filesystem::path& b) override {
    return target_->Exchange(a, b);
  }
  Status RemoveAll(const std::filesystem::path& path) override { return target_->RemoveAll(path); }
  Result<std::vector<DirEntry>> ListDirectory(const std::filesystem::path& path) override {
    return target_->ListDirectory(path);
  }
  FileInfo Stat(const std::filesystem::path& path) override { return target_->Stat(path); }
  FileInfo LinkStat(const std::filesystem::path& path) override { return target_->LinkStat(path); }
  Result<std::filesystem::path> ReadLink(const std::filesystem::path& path) override {
    return target_->ReadLink(path);
  }
  Result<std::filesystem::path> Resolve(const std::filesystem::path& path) override { return target_->Resolve(path); }

 private:
  Env* target_;
};

}  // namespace nietpluis
