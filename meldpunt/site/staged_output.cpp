// Staging a build beside its output folder and swapping it in.
#include "site/staged_output.h"

#include <algorithm>
#include <system_error>
#include <vector>

#include "base/file_list.h"

namespace nietpluis {
namespace {

// Kept across builds: a deploy repository's .git, a host's dot-files, the README that explains the folder.
bool IsKeptEntry(const std::string& name) {
  return name == "README.md" || (!name.empty() && name[0] == '.' && name != StagedOutput::kMarker);
}

bool LooksLikeOurs(const std::filesystem::path& target) {
  std::error_code ec;
  if (std::filesystem::exists(target / StagedOutput::kMarker, ec)) return true;
  for (const auto& entry : std::filesystem::directory_iterator(target, ec)) {
    if (!IsKeptEntry(entry.path().filename().string())) return false;
  }
  return !ec;
}

}  // namespace

StagedOutput::StagedOutput(Env* env, std::filesystem::path target, std::filesystem::path staging)
    : env_(env), target_(std::move(target)), staging_(std::move(staging)) {}

Result<std::unique_ptr<StagedOutput>> StagedOutput::Begin(Env* env, const std::filesystem::path& target_in) {
  std::filesystem::path target = target_in.lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  std::error_code ec;
  if (std::filesystem::exists(target, ec)) {
    if (!std::filesystem::is_directory(target, ec)) {
      return Error(target.string(), 0, "is een bestand, geen map", "kies met --out een map voor de site");
    }
    if (!LooksLikeOurs(target)) {
      return Error(target.string(), 0, "deze map bestaat al en is niet door Nietpluis gemaakt",
                   "kies met --out een nieuwe of lege map, zodat er niets verloren gaat");
    }
  }
  std::filesystem::path parent = target.parent_path().empty() ? "." : target.parent_path();
  std::filesystem::path staging = parent / ("." + target.filename().string() + ".bouw");
  if (Status s = env->CreateDirectories(parent); !s.ok()) return s.error();
  // The staging folder usually holds the build before last: its files are overwritten in place and
  // the rest pruned, because on ext4 allocating thousands of fresh inodes right after freeing as many
  // costs far more than the build itself. Anything else there (a file, a crash's leftovers) goes.
  // A link in its place would lead every write elsewhere: it goes (the link, not what it points to).
  const bool reuse = std::filesystem::is_directory(std::filesystem::symlink_status(staging, ec)) &&
                     std::filesystem::exists(staging / kMarker, ec);
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
  // A failed build may have filled the disk; give the space back rather than keep a half tree.
  if (!committed_) env_->RemoveAll(staging_);
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
      ClearTypeConflicts(path.parent_path());
      if (Status again = env_->CreateDirectories(path.parent_path()); !again.ok()) return again.error();
    }
  }
  std::error_code ec;
  if (reused_ && std::filesystem::is_directory(path, ec)) {  // a folder where this build wants a file
    if (Status s = env_->RemoveAll(path); !s.ok()) return s.error();
  }
  return path;
}

// Nietpluis never makes links, so a link in the staging folder was left or planted there; writing
// through it could change any file the build's user may write. The link goes, not what it points to,
// and Env's writes refuse a link that appears after all.
Status StagedOutput::RemoveLinksOnTheWay(const std::filesystem::path& name) {
  std::filesystem::path at = staging_;
  std::error_code ec;
  for (const std::filesystem::path& part : name) {
    at /= part;
    const std::filesystem::file_status status = std::filesystem::symlink_status(at, ec);
    if (!std::filesystem::exists(status)) return Status::Ok();  // nothing below it exists either
    if (std::filesystem::is_symlink(status)) return env_->RemoveAll(at);
  }
  return Status::Ok();
}

void StagedOutput::Written(const std::filesystem::path& path) {
  std::lock_guard<std::mutex> lock(written_mutex_);
  written_.insert(path.lexically_relative(staging_).generic_string());
}

void StagedOutput::ClearTypeConflicts(const std::filesystem::path& dir) {
  std::error_code ec;
  for (std::filesystem::path at = dir; at != staging_ && at.has_relative_path(); at = at.parent_path()) {
    if (std::filesystem::exists(at, ec) && !std::filesystem::is_directory(at, ec)) env_->RemoveAll(at);
  }
}

Status StagedOutput::PruneUnwritten() {
  std::vector<std::filesystem::path> stale_files, dirs;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(staging_, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_directory(ec) && !it->is_symlink(ec)) {
      dirs.push_back(it->path());
    } else if (!written_.count(it->path().lexically_relative(staging_).generic_string())) {
      stale_files.push_back(it->path());
    }
  }
  if (ec) return Error(staging_.string(), 0, "kan de map niet lezen (" + ec.message() + ")", "probeer het opnieuw");
  for (const auto& file : stale_files) {
    if (Status s = env_->RemoveAll(file); !s.ok()) return s;
  }
  // Deepest first, so a folder is empty by the time it is looked at; folders in use stay.
  std::sort(dirs.begin(), dirs.end(), [](const auto& a, const auto& b) { return a.native().size() > b.native().size(); });
  for (const auto& dir : dirs) {
    if (std::filesystem::is_empty(dir, ec)) env_->RemoveAll(dir);
  }
  return Status::Ok();
}

Status StagedOutput::CopyTree(const std::filesystem::path& root, const std::filesystem::path& from,
                              const std::string& relative) {
  Result<std::vector<TreeFile>> files = FilesBelow(root, from);
  if (!files.ok()) return files.error();
  for (const TreeFile& file : files.value()) {
    Result<std::string> contents = env_->ReadFile(file.path);
    if (!contents.ok()) return contents.error();
    // The name as the folder shows it, never where a link resolves to.
    if (Status s = Write(relative + "/" + file.inside, contents.value()); !s.ok()) return s;
  }
  return Status::Ok();
}

Status StagedOutput::MoveKeptEntries(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(from, ec)) {
    std::string name = entry.path().filename().string();
    if (!IsKeptEntry(name)) continue;
    if (Status s = env_->Rename(entry.path(), to / name); !s.ok()) return s;
  }
  return Status::Ok();
}

Status StagedOutput::Commit() {
  if (reused_) {
    if (Status s = PruneUnwritten(); !s.ok()) return s;
  }
  std::error_code ec;
  if (!std::filesystem::exists(target_, ec)) {
    if (Status s = env_->Rename(staging_, target_); !s.ok()) return s;
    committed_ = true;
    return Status::Ok();
  }
  if (Status s = MoveKeptEntries(target_, staging_); !s.ok()) return s;
  if (Status s = env_->Exchange(staging_, target_); !s.ok()) {
    MoveKeptEntries(staging_, target_);  // the old site stays as it was, README and .git included
    return s;
  }
  // The old site now sits in the staging folder, where the next build reuses its files.
  committed_ = true;
  return Status::Ok();
}

}  // namespace nietpluis
