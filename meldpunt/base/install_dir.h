// Where an installed program finds the files installed with it: beside its own bin/, in share/<name>/.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

namespace nietpluis {

// <prefix>/share/<package>/templates when the running program is <prefix>/bin/x and that folder
// exists. Found from the program's own path, so a package works under /usr, /usr/local, or in any
// folder a test unpacks it into.
std::optional<std::filesystem::path> InstalledTemplatesDir(std::string_view package);

}  // namespace nietpluis
