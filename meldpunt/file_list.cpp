// Listing a folder.
#include "file_list.h"

#include <algorithm>

namespace nietpluis {

std::vector<std::filesystem::path> FilesIn(const std::filesystem::path& dir,
                                           std::initializer_list<std::string_view> extensions) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string extension = entry.path().extension().string();
    if (entry.is_regular_file() && std::find(extensions.begin(), extensions.end(), extension) != extensions.end()) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace nietpluis
