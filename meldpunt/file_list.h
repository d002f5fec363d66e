// The files of one kind in a folder, in name order, so every build reads them in the same order.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace nietpluis {

// Regular files in `dir` (not below it) whose extension is one of `extensions` (".toml"). A missing
// folder gives none.
std::vector<std::filesystem::path> FilesIn(const std::filesystem::path& dir,
                                           std::initializer_list<std::string_view> extensions);

}  // namespace nietpluis
