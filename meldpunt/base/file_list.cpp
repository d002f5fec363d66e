// Listing a folder without leaving the folder the build was given.
#include "base/file_list.h"

#include <algorithm>
#include <system_error>

#include "base/content_path.h"

namespace nietpluis {
namespace {

// By the whole path as a string: for the files of one folder that is the order of path comparison,
// which splits both paths into parts for every one of the 60,000 comparisons of a large site.
void SortByName(std::vector<std::filesystem::path>* files) {
  std::sort(files->begin(), files->end(), [](const auto& a, const auto& b) { return a.native() < b.native(); });
}

Result<std::vector<std::filesystem::directory_entry>> EntriesOf(const std::filesystem::path& dir) {
  std::vector<std::filesystem::directory_entry> entries;
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
       it.increment(ec)) {
    entries.push_back(*it);
  }
  if (ec) return Error(dir.string(), 0, "kan de map niet lezen (" + ec.message() + ")", "kijk of de map bestaat");
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().native() < b.path().native(); });
  return entries;
}

class TreeWalk {
 public:
  explicit TreeWalk(const std::filesystem::path& root) : root_(root) {}

  Status Walk(const std::filesystem::path& dir, const std::string& prefix) {
    std::error_code ec;
    // The folders from the top down to this one, as the disk knows them: a link back to one of them
    // would be walked forever.
    walking_.push_back(std::filesystem::canonical(dir, ec));
    Result<std::vector<std::filesystem::directory_entry>> entries = EntriesOf(dir);
    if (!entries.ok()) return entries.error();
    for (const auto& entry : entries.value()) {
      if (Status s = Visit(entry, prefix); !s.ok()) return s;
    }
    walking_.pop_back();
    return Status::Ok();
  }

  std::vector<TreeFile> TakeFiles() { return std::move(files_); }

 private:
  Status Visit(const std::filesystem::directory_entry& entry, const std::string& prefix) {
    std::error_code ec;
    const std::string name = entry.path().filename().string();
    if (entry.is_symlink(ec)) {
      if (Status s = CheckInside(root_, entry.path()); !s.ok()) return s;
    }
    if (entry.is_directory(ec)) {
      const std::filesystem::path real = std::filesystem::canonical(entry.path(), ec);
      if (std::find(walking_.begin(), walking_.end(), real) != walking_.end()) {
        return Error(entry.path().string(), 0, "verwijst naar een map waar hij zelf in staat", "haal de link weg");
      }
      return Walk(entry.path(), prefix + name + "/");
    }
    if (entry.is_regular_file(ec) && name[0] != '.') files_.push_back(TreeFile{entry.path(), prefix + name});
    return Status::Ok();
  }

  const std::filesystem::path& root_;
  std::vector<std::filesystem::path> walking_;
  std::vector<TreeFile> files_;
};

}  // namespace

std::vector<std::filesystem::path> FilesIn(const std::filesystem::path& root, const std::filesystem::path& dir,
                                           std::initializer_list<std::string_view> extensions,
                                           Diagnostics* diagnostics) {
  std::vector<std::filesystem::path> files;
  if (Status s = CheckInside(root, dir); !s.ok()) {
    diagnostics->Add(s);
    return files;
  }
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string extension = entry.path().extension().string();
    if (std::find(extensions.begin(), extensions.end(), extension) == extensions.end()) continue;
    // The entry's type comes with the listing, so only links cost a look at the disk.
    if (entry.is_symlink(ec)) {
      if (Status s = CheckInside(root, entry.path()); !s.ok()) {
        diagnostics->Add(s);
        continue;
      }
    }
    if (entry.is_regular_file(ec)) files.push_back(entry.path());
  }
  SortByName(&files);
  return files;
}

Result<std::vector<TreeFile>> FilesBelow(const std::filesystem::path& root, const std::filesystem::path& dir) {
  if (Status s = CheckInside(root, dir); !s.ok()) return s.error();
  TreeWalk walk(root);
  if (Status s = walk.Walk(dir, ""); !s.ok()) return s.error();
  return walk.TakeFiles();
}

}  // namespace nietpluis
