// Listing a folder without leaving the folder the build was given.
#include "base/file_list.h"

#include <algorithm>

#include "base/content_path.h"

namespace nietpluis {
namespace {

// What the entry is for the reader: a link counts as what it points to, once it is known to stay inside.
FileType TypeBehind(Env* env, const std::filesystem::path& path, const DirEntry& entry) {
  return entry.type == FileType::kLink ? env->Stat(path).type : entry.type;
}

// The folder as the disk knows it; as named when it cannot be resolved.
std::filesystem::path RealPath(Env* env, const std::filesystem::path& path) {
  Result<std::filesystem::path> real = env->Resolve(path);
  return real.ok() ? std::move(real).value() : path;
}

class TreeWalk {
 public:
  TreeWalk(Env* env, const std::filesystem::path& root) : env_(env), root_(root) {}

  Status Walk(const std::filesystem::path& dir, const std::string& prefix) {
    // The folders from the top down to this one, as the disk knows them: a link back to one of them
    // would be walked forever.
    walking_.push_back(RealPath(env_, dir));
    Result<std::vector<DirEntry>> entries = env_->ListDirectory(dir);
    if (!entries.ok()) return entries.error();
    for (const DirEntry& entry : entries.value()) {
      if (Status s = Visit(dir / entry.name, entry, prefix); !s.ok()) return s;
    }
    walking_.pop_back();
    return Status::Ok();
  }

  std::vector<TreeFile> TakeFiles() { return std::move(files_); }

 private:
  Status Visit(const std::filesystem::path& path, const DirEntry& entry, const std::string& prefix) {
    if (entry.type == FileType::kLink) {
      if (Status s = CheckInside(env_, root_, path); !s.ok()) return s;
    }
    const FileType type = TypeBehind(env_, path, entry);
    if (type == FileType::kDirectory) {
      if (std::find(walking_.begin(), walking_.end(), RealPath(env_, path)) != walking_.end()) {
        return Error(path.string(), 0, "verwijst naar een map waar hij zelf in staat", "haal de link weg");
      }
      return Walk(path, prefix + entry.name + "/");
    }
    if (type == FileType::kFile && entry.name[0] != '.') files_.push_back(TreeFile{path, prefix + entry.name});
    return Status::Ok();
  }

  Env* env_;
  const std::filesystem::path& root_;
  std::vector<std::filesystem::path> walking_;
  std::vector<TreeFile> files_;
};

}  // namespace

std::vector<std::filesystem::path> FilesIn(const std::filesystem::path& root, const std::filesystem::path& dir,
                                           std::initializer_list<std::string_view> extensions,
                                           Diagnostics* diagnostics) {
  return FilesIn(Env::Default(), root, dir, extensions, diagnostics);
}

std::vector<std::filesystem::path> FilesIn(Env* env, const std::filesystem::path& root,
                                           const std::filesystem::path& dir,
                                           std::initializer_list<std::string_view> extensions,
                                           Diagnostics* diagnostics) {
  std::vector<std::filesystem::path> files;
  if (Status s = CheckInside(env, root, dir); !s.ok()) {
    diagnostics->Add(s);
    return files;
  }
  Result<std::vector<DirEntry>> entries = env->ListDirectory(dir);
  if (!entries.ok()) {
    // A folder that is not there holds nothing of the kind; one that is there but unreadable is news.
    if (env->Stat(dir).is_directory()) diagnostics->Add(entries.error());
    return files;
  }
  // In name order already, which for the files of one folder is the order of their paths.
  for (const DirEntry& entry : entries.value()) {
    const std::string extension = std::filesystem::path(entry.name).extension().string();
    if (std::find(extensions.begin(), extensions.end(), extension) == extensions.end()) continue;
    const std::filesystem::path path = dir / entry.name;
    // The entry's type comes with the listing, so only links cost a look at the disk.
    if (entry.type == FileType::kLink) {
      if (Status s = CheckInside(env, root, path); !s.ok()) {
        diagnostics->Add(s);
        continue;
      }
    }
    if (TypeBehind(env, path, entry) == FileType::kFile) files.push_back(path);
  }
  return files;
}

Result<std::vector<TreeFile>> FilesBelow(const std::filesystem::path& root, const std::filesystem::path& dir) {
  return FilesBelow(Env::Default(), root, dir);
}

Result<std::vector<TreeFile>> FilesBelow(Env* env, const std::filesystem::path& root,
                                         const std::filesystem::path& dir) {
  if (Status s = CheckInside(env, root, dir); !s.ok()) return s.error();
  TreeWalk walk(env, root);
  if (Status s = walk.Walk(dir, ""); !s.ok()) return s.error();
  return walk.TakeFiles();
}

}  // namespace nietpluis
