// Writes a build into a hidden folder beside the output (".site.bouw") and swaps it in only when the
// build succeeded, so a failed or interrupted build never leaves a half-written site. After the swap
// that folder holds the previous site, whose files the next build overwrites in place.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/env.h"
#include "base/status.h"

namespace nietpluis {

class StagedOutput {
 public:
  // Refuses a `target` that holds files Nietpluis did not make, so a typo in --out cannot wipe a folder.
  static Result<std::unique_ptr<StagedOutput>> Begin(Env* env, const std::filesystem::path& target);
  // Throws the staged files away unless Commit() succeeded, or the folder holds a file of the user's
  // that Commit() could not put back (it said so).
  ~StagedOutput();

  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;

  const std::filesystem::path& staging_dir() const { return staging_; }

  // `relative` uses '/' and may name sub-folders; they are created.
  Status Write(const std::string& relative, std::string_view contents);
  // The same for a file made of parts, which are written one after another without being joined.
  Status WriteParts(const std::string& relative, const std::vector<std::string_view>& parts);
  // Copies a whole folder (assets, images), which lies in `root`, into `relative`: links are copied
  // as the files they point to, and refused when they lead out of `root` (file_list.h).
  Status CopyTree(const std::filesystem::path& root, const std::filesystem::path& from, const std::string& relative);
  // An earlier build's copy of `relative`, for a file that is costly to make and may not have changed
  // (the share images): first the staging folder's (the build before last, `in_staging` true), then
  // the output's (the last build). Plain files only; nullopt when neither has one.
  std::optional<std::string> Earlier(const std::string& relative, bool* in_staging);
  // Keeps the staging folder's copy of `relative`, found by Earlier, as this build's own.
  void Keep(const std::string& relative);
  // Removes what this build did not write, then makes the staged build the output in one step,
  // keeping README.md and dot-files of the old one.
  Status Commit();

  // The file that marks a folder as Nietpluis output.
  static constexpr const char* kMarker = ".nietpluis-site";

 private:
  StagedOutput(Env* env, std::filesystem::path target, std::filesystem::path staging);
  // Moves README.md and dot-files from `from` to `to`, naming in `moved` those that went.
  Status MoveKeptEntries(const std::filesystem::path& from, const std::filesystem::path& to,
                         std::vector<std::string>* moved);
  Status MoveBack(const std::vector<std::string>& names, const std::filesystem::path& at,
                  const std::filesystem::path& home);
  Status ClearTypeConflicts(const std::filesystem::path& dir);
  Status FindUnwritten(const std::filesystem::path& dir, const std::string& prefix,
                       std::vector<std::filesystem::path>* stale_files, std::vector<std::filesystem::path>* dirs);
  Status PruneUnwritten();
  // Where `relative` goes, with its folder made and anything in the way of the file removed.
  Result<std::filesystem::path> Prepare(const std::string& relative);
  Status RemoveLinksOnTheWay(const std::filesystem::path& name);
  void Written(const std::filesystem::path& path);

  Env* env_;
  std::filesystem::path target_;
  std::filesystem::path staging_;
  bool committed_ = false;
  bool keep_staging_ = false;  // it holds a kept entry that could not go back to the output
  bool reused_ = false;  // the staging folder held an earlier site, so stale files may remain
  std::mutex written_mutex_;
  std::unordered_set<std::string> written_;  // relative paths this build wrote
};

}  // namespace nietpluis
