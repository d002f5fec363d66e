// Staging a build beside its output folder and swapping it in.
#include "site/staged_output.h"

#include <algorithm>
#include <vector>

#include "base/file_list.h"

namespace nietpluis {
namespace {

// Kept across builds: a deploy repository's .git, a host's dot-files, the README that explains the folder.
bool IsKeptEntry(const std::string& name) {
  return name == "README.md" || (!name.empty() && name[0] == '.' && name != StagedOutput::kMarker);
}

Result<bool> LooksLikeOurs(Env* env, const std::filesystem::path& target) {
  if (env->Stat(target / StagedOutput::kMarker).exists()) return true;
  Result<std::vector<DirEntry>> entries = env->ListDirectory(target);
  if (!entries.ok()) return entries.error();
  for (const DirEntry& entry : entries.value()) {
    if (!IsKeptEntry(entry.name)) return false;
  }
  return true;
}

// What every build keeps belongs in the output, never in the staging folder: one found there was left
// by a build that could not put it back, and clearing or reusing the folder would throw it away.
Status RefuseStrandedEntries(Env* env, const std::filesystem::path& staging, const std::filesystem::path& target) {
  if (!env->LinkStat(staging).is_directory()) return Status::Ok();
  Result<std::vector<DirEntry>> entries = env->ListDirectory(staging);
  if (!entries.ok()) return entries.error();
  for (const DirEntry& entry : entries.value()) {
    if (!IsKeptEntry(entry.name)) continue;
    return Error((staging / entry.name).string(), 0, "hoort in " + target.string() + " maar staat nog in de bouwmap",
                 "zet het met de hand terug in " + target.string() + " en bouw daarna opnieuw");
  }
  return Status::Ok();
}

// A kept entry that failed to go back home, said where it should be and where it is now.
Diagnostic Stranded(const Status& failed, const std::filesystem::path& now_at) {
  Diagnostic error = failed.error();
  error.remedy = "zet " + now_at.string() + " met de hand terug op deze plek en bouw daarna opnieuw";
  return error;
}

}  // namespace

StagedOutput::StagedOutput(Env* env, std::filesystem::path target, std::filesystem::path staging)
    : env_(env), target_(std::move(target)), staging_(std::move(staging)) {}

Result<std::unique_ptr<StagedOutput>> StagedOutput::Begin(Env* env, const std::filesystem::path& target_in) {
  std::filesystem::path target = target_in.lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  const FileInfo existing = env->Stat(target);
  if (existing.exists()) {
    if (!existing.is_directory()) {
      return Error(target.string(), 0, "is een bestand, geen map", "kies met --out een map voor de site");
    }
    Result<bool> ours = LooksLikeOurs(env, target);
    if (!ours.ok()) return ours.error();
    if (!ours.value()) {
      return Error(target.string(), 0, "deze map bestaat al en is niet door Nietpluis gemaakt",
                   "kies met --out een nieuwe of lege map, zodat er niets verloren gaat");
    }
  }
  std::filesystem::path parent = target.parent_path().empty() ? "." : target.parent_path();
  std::filesystem::path staging = parent / ("." + target.filename().string() + ".bouw");
  if (Status s = env->CreateDirectories(parent); !s.ok()) return s.error();
  if (Status s = RefuseStrandedEntries(env, staging, target); !s.ok()) return s.error();
  // The staging folder usually holds the build before last: its files are overwritten in place and
  // the rest pruned, because on ext4 allocating thousands of fresh inodes right after freeing as many
  // costs far more than the build itself. Anything else there (a file, a crash's leftovers) goes.
  // A link in its place would lead every write elsewhere: it goes (the link, not what it points to).
  const bool reuse = env->LinkStat(staging).is_directory() && env->Stat(staging / kMarker).exists();
  if (!reuse) {
    if (Status s = env->RemoveAll(staging); !s.ok()) return s.error();
  }
  if (Status s = env->CreateDirectories(staging); !s.ok()) return s.error();
  std::unique_ptr<StagedOutput> output(new StagedOutput(env, target, staging));
  output->reused_ = reuse;
  if (Status s = output->Write(kMarker, "Deze map is gemaakt door nietpluis build.\n"); !s.ok()) return s.error();
  return output;
}

StagedOutput::~StagedOutput() {
  // A failed build may have filled the disk; give the space back rather than keep a half tree. When
  // that fails too, nothing is lost: the next build reuses the folder (it holds the marker) or clears it.
  // A folder holding a kept entry that could not go back stays, for its owner to fetch (Commit said so).
  if (!committed_ && !keep_staging_) (void)env_->RemoveAll(staging_);
}

Status StagedOutput::Write(const std::string& relative, std::string_view contents) {
  Result<std::filesystem::path> path = Prepare(relative);
  if (!path.ok()) return path.error();
  if (Status s = env_->WriteFile(path.value(), contents); !s.ok()) return s;
  Written(path.value());
  return Status::Ok();
}

Status StagedOutput::WriteParts(const std::string& relative, const std::vector<std::string_view>& parts) {
  Result<std::filesystem::path> path = Prepare(relative);
  if (!path.ok()) return path.error();
  if (Status s = env_->WriteFileParts(path.value(), parts); !s.ok()) return s;
  Written(path.value());
  return Status::Ok();
}

Result<std::filesystem::path> StagedOutput::Prepare(const std::string& relative) {
  // Judged by the name alone: resolving it on the disk would follow the very links this guards against.
  const std::filesystem::path name = std::filesystem::path(relative).lexically_normal();
  if (name.empty() || name.is_absolute() || *name.begin() == "..") {
    return Error(relative, 0, "deze naam gaat buiten de map van de site", "dit is een fout in Nietpluis, meld hem");
  }
  if (Status s = RemoveLinksOnTheWay(name); !s.ok()) return s.error();
  std::filesystem::path path = staging_ / name;
  if (name.has_parent_path()) {
    Status made = env_->CreateDirectories(path.parent_path());
    if (!made.ok()) {
      // The build before last may have had a file where this build needs a folder.
      if (Status cleared = ClearTypeConflicts(path.parent_path()); !cleared.ok()) return cleared.error();
      if (Status again = env_->CreateDirectories(path.parent_path()); !again.ok()) return again.error();
    }
  }
  if (reused_ && env_->Stat(path).is_directory()) {  // a folder where this build wants a file
    if (Status s = env_->RemoveAll(path); !s.ok()) return s.error();
  }
  return path;
}

// Nietpluis never makes links, so a link in the staging folder was left or planted there; writing
// through it could change any file the build's user may write. The link goes, not what it points to,
// and Env's writes refuse a link that appears after all.
Status StagedOutput::RemoveLinksOnTheWay(const std::filesystem::path& name) {
  std::filesystem::path at = staging_;
  for (const std::filesystem::path& part : name) {
    at /= part;
    const FileInfo info = env_->LinkStat(at);
    if (!info.exists()) return Status::Ok();  // nothing below it exists either
    if (info.is_link()) return env_->RemoveAll(at);
  }
  return Status::Ok();
}

std::optional<std::string> StagedOutput::Earlier(const std::string& relative, bool* in_staging) {
  const std::filesystem::path name = std::filesystem::path(relative).lexically_normal();
  if (name.empty() || name.is_absolute() || *name.begin() == "..") return std::nullopt;
  // Links are never ours (see RemoveLinksOnTheWay): a file reached through one is not read.
  auto plain_file = [&](const std::filesystem::path& root) {
    std::filesystem::path at = root;
    for (const std::filesystem::path& part : name) {
      at /= part;
      const FileInfo info = env_->LinkStat(at);
      if (!info.exists() || info.is_link()) return false;
    }
    return env_->LinkStat(at).is_file();
  };
  for (bool staging : {true, false}) {
    const std::filesystem::path& root = staging ? staging_ : target_;
    if (staging && !reused_) continue;
    if (!plain_file(root)) continue;
    Result<std::string> bytes = env_->ReadFile(root / name);
    if (!bytes.ok()) continue;  // only a shortcut: the caller makes the file anew
    *in_staging = staging;
    return std::move(bytes).value();
  }
  return std::nullopt;
}

void StagedOutput::Keep(const std::string& relative) { Written(staging_ / std::filesystem::path(relative).lexically_normal()); }

void StagedOutput::Written(const std::filesystem::path& path) {
  std::lock_guard<std::mutex> lock(written_mutex_);
  written_.insert(path.lexically_relative(staging_).generic_string());
}

Status StagedOutput::ClearTypeConflicts(const std::filesystem::path& dir) {
  for (std::filesystem::path at = dir; at != staging_ && at.has_relative_path(); at = at.parent_path()) {
    const FileInfo info = env_->Stat(at);
    if (!info.exists() || info.is_directory()) continue;
    if (Status s = env_->RemoveAll(at); !s.ok()) return s;
  }
  return Status::Ok();
}

// Below `dir` (named `prefix` in written_), not through links: what this build did not write, and the
// folders, each before what it holds.
Status StagedOutput::FindUnwritten(const std::filesystem::path& dir, const std::string& prefix,
                                   std::vector<std::filesystem::path>* stale_files,
                                   std::vector<std::filesystem::path>* dirs) {
  Result<std::vector<DirEntry>> entries = env_->ListDirectory(dir);
  if (!entries.ok()) return Error(staging_.string(), 0, entries.error().problem, "probeer het opnieuw");
  for (const DirEntry& entry : entries.value()) {
    const std::filesystem::path path = dir / entry.name;
    if (entry.type == FileType::kDirectory) {
      dirs->push_back(path);
      if (Status s = FindUnwritten(path, prefix + entry.name + "/", stale_files, dirs); !s.ok()) return s;
    } else if (!written_.count(prefix + entry.name)) {
      stale_files->push_back(path);
    }
  }
  return Status::Ok();
}

// A stale file or folder that cannot be removed stops the commit: the new site would carry it.
Status StagedOutput::PruneUnwritten() {
  std::vector<std::filesystem::path> stale_files, dirs;
  if (Status s = FindUnwritten(staging_, "", &stale_files, &dirs); !s.ok()) return s;
  for (const auto& file : stale_files) {
    if (Status s = env_->RemoveAll(file); !s.ok()) return s;
  }
  // Deepest first, so a folder is empty by the time it is looked at; folders in use stay.
  std::sort(dirs.begin(), dirs.end(), [](const auto& a, const auto& b) { return a.native().size() > b.native().size(); });
  for (const auto& dir : dirs) {
    Result<std::vector<DirEntry>> entries = env_->ListDirectory(dir);
    if (!entries.ok()) return Error(staging_.string(), 0, entries.error().problem, "probeer het opnieuw");
    if (!entries.value().empty()) continue;
    if (Status s = env_->RemoveAll(dir); !s.ok()) return s;
  }
  return Status::Ok();
}

Status StagedOutput::CopyTree(const std::filesystem::path& root, const std::filesystem::path& from,
                              const std::string& relative) {
  Result<std::vector<TreeFile>> files = FilesBelow(env_, root, from);
  if (!files.ok()) return files.error();
  for (const TreeFile& file : files.value()) {
    Result<std::string> contents = env_->ReadFile(file.path);
    if (!contents.ok()) return contents.error();
    // The name as the folder shows it, never where a link resolves to.
    if (Status s = Write(relative + "/" + file.inside, contents.value()); !s.ok()) return s;
  }
  return Status::Ok();
}

// All or nothing: when one entry cannot move, those moved before it go back.
Status StagedOutput::MoveKeptEntries(const std::filesystem::path& from, const std::filesystem::path& to,
                                     std::vector<std::string>* moved) {
  Result<std::vector<DirEntry>> entries = env_->ListDirectory(from);
  if (!entries.ok()) return entries.error();
  for (const DirEntry& entry : entries.value()) {
    if (!IsKeptEntry(entry.name)) continue;
    if (Status s = env_->Rename(from / entry.name, to / entry.name); !s.ok()) {
      if (Status back = MoveBack(*moved, to, from); !back.ok()) return back;
      moved->clear();
      return s;
    }
    moved->push_back(entry.name);
  }
  return Status::Ok();
}

// Every one is tried, so one that will not move does not strand the rest; the first failure is
// reported and the staging folder, which then holds a user's file, stays.
Status StagedOutput::MoveBack(const std::vector<std::string>& names, const std::filesystem::path& at,
                              const std::filesystem::path& home) {
  Status first_failure;
  for (const std::string& name : names) {
    Status s = env_->Rename(at / name, home / name);
    if (!s.ok() && first_failure.ok()) first_failure = Stranded(s, at / name);
  }
  if (!first_failure.ok()) keep_staging_ = true;
  return first_failure;
}

Status StagedOutput::Commit() {
  if (reused_) {
    if (Status s = PruneUnwritten(); !s.ok()) return s;
  }
  if (!env_->Stat(target_).exists()) {
    if (Status s = env_->Rename(staging_, target_); !s.ok()) return s;
    committed_ = true;
    return Status::Ok();
  }
  std::vector<std::string> kept;
  if (Status s = MoveKeptEntries(target_, staging_, &kept); !s.ok()) return s;
  if (Status s = env_->Exchange(staging_, target_); !s.ok()) {
    // The old site stays as it was, README and .git included; one that cannot go back is the news.
    if (Status back = MoveBack(kept, staging_, target_); !back.ok()) return back;
    return s;
  }
  // The old site now sits in the staging folder, where the next build reuses its files.
  committed_ = true;
  return Status::Ok();
}

}  // namespace nietpluis
