// The one rule for links in what the build reads: a path may lead anywhere inside its folder, never out.
#pragma once

#include <filesystem>
#include <string>

#include "base/env.h"
#include "base/status.h"

namespace nietpluis {

// `path` without a trailing separator ("data/" -> "data"; "/" stays). Its empty last part would make
// no path lie below it, and would make the kernel follow a link that O_NOFOLLOW must refuse.
std::filesystem::path WithoutTrailingSlash(std::filesystem::path path);

// Ok when `path`, named inside `root` (content/, templates/), still lies inside `root` with its links
// followed; a link there is read as the file it points to. Otherwise an error naming `path`. A path
// that does not exist yet is judged by the part that does, and left to its reader to report.
Status CheckInside(const std::filesystem::path& root, const std::filesystem::path& path);
// The same, looking at the disk through `env`.
Status CheckInside(Env* env, const std::filesystem::path& root, const std::filesystem::path& path);

// The name a user knows `root` by in messages: "content", "templates". Only for "." and ".." does it
// ask the real disk for the folder's own name.
std::string FolderName(const std::filesystem::path& root);

}  // namespace nietpluis
