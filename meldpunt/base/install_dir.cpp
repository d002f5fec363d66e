// Finding the data installed beside a program, from /proc/self/exe.
#include "base/install_dir.h"

namespace nietpluis {

std::optional<std::filesystem::path> InstalledTemplatesDir(std::string_view package) {
  std::error_code ec;
  const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec || program.parent_path().filename() != "bin") return std::nullopt;
  const std::filesystem::path templates = program.parent_path().parent_path() / "share" / package / "templates";
  if (!std::filesystem::is_directory(templates, ec)) return std::nullopt;
  return templates;
}

}  // namespace nietpluis
