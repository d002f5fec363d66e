// Whether a path the build reads stays inside the folder it was given, with its links followed.
#include "base/content_path.h"

#include <algorithm>
#include <system_error>

namespace nietpluis {
namespace {

bool Contains(const std::filesystem::path& outer, const std::filesystem::path& inner) {
  auto [at_outer, at_inner] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return at_outer == outer.end();
}

}  // namespace

std::filesystem::path WithoutTrailingSlash(std::filesystem::path path) {
  if (path.has_relative_path() && path.filename().empty()) path = path.parent_path();
  return path;
}

std::string FolderName(const std::filesystem::path& root) {
  const std::filesystem::path name = WithoutTrailingSlash(root.lexically_normal()).filename();
  if (!name.empty() && name != "." && name != "..") return name.string();
  std::error_code ec;  // "." or "..": the folder's own name says more
  const std::filesystem::path real = std::filesystem::weakly_canonical(root, ec);
  return ec || real.filename().empty() ? root.string() : real.filename().string();
}

Status CheckInside(const std::filesystem::path& root, const std::filesystem::path& path) {
  return CheckInside(Env::Default(), root, path);
}

Status CheckInside(Env* env, const std::filesystem::path& root, const std::filesystem::path& path) {
  Result<std::filesystem::path> resolved_root = env->Resolve(root);
  // A root that cannot be resolved holds nothing to read; its readers say so.
  if (!resolved_root.ok()) return Status::Ok();
  const std::filesystem::path real_root = WithoutTrailingSlash(resolved_root.value());
  // Resolved from the disk, not from the names: a link may climb out with "..", and so may a name.
  Result<std::filesystem::path> real = env->Resolve(path);
  if (real.ok() && Contains(real_root, real.value())) return Status::Ok();
  const std::string folder = FolderName(root);
  if (env->Stat(path).is_directory()) {
    return Error(path.string(), 0, "verwijst naar een map buiten de map " + folder,
                 "zet de bestanden zelf in de map " + folder + " in plaats van een link ernaar");
  }
  return Error(path.string(), 0, "verwijst naar een bestand buiten de map " + folder,
               "zet het bestand zelf in de map " + folder + " in plaats van een link ernaar");
}

}  // namespace nietpluis
