// The files in a folder the build reads, in name order, and never through a link that leads out of it.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "base/env.h"
#include "base/status.h"

namespace nietpluis {

// Regular files in `dir` (not below it) whose extension is one of `extensions` (".toml"), in name
// order so every build reads them in the same order. A missing folder gives none. `dir` lies in `root`: a link that leads out of it is reported and left out.
std::vector<std::filesystem::path> FilesIn(const std::filesystem::path& root, const std::filesystem::path& dir,
                                           std::initializer_list<std::string_view> extensions,
                                           Diagnostics* diagnostics);
// The same, through `env`. A folder that is there but cannot be read is reported too.
std::vector<std::filesystem::path> FilesIn(Env* env, const std::filesystem::path& root,
                                           const std::filesystem::path& dir,
                                           std::initializer_list<std::string_view> extensions,
                                           Diagnostics* diagnostics);

struct TreeFile {
  std::filesystem::path path;  // where to read it
  std::string inside;          // its name below the folder walked, with '/', as the folder shows it
};

// Every regular file below `dir` but dot-files, in name order. A link that stays inside `root` is
// followed, to a folder as well; a link out of `root`, or to a folder it stands in, is an error.
Result<std::vector<TreeFile>> FilesBelow(const std::filesystem::path& root, const std::filesystem::path& dir);
// The same, through `env`.
Result<std::vector<TreeFile>> FilesBelow(Env* env, const std::filesystem::path& root,
                                         const std::filesystem::path& dir);

}  // namespace nietpluis
