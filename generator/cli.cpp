// Usage errors and the templates folder, shared by the generator's commands.
#include "cli.h"

#include <iostream>

#include "base/install_dir.h"
#include "base/text.h"

namespace nietpluis::cli {

int UsageError(const std::string& command, const std::string& message) {
  std::cerr << "nietpluis: " << message << "\n"
            << "Meer uitleg: nietpluis " << (command.empty() ? "" : command + " ") << "--help\n";
  return kExitUsageError;
}

std::filesystem::path TemplatesDir(const Args& args) {
  if (auto it = args.flags.find("--templates"); it != args.flags.end()) return it->second;
  if (std::filesystem::is_directory("templates")) return "templates";
  if (auto installed = InstalledTemplatesDir("nietpluis")) return *installed;
  return NIETPLUIS_TEMPLATES_DIR;
}

}  // namespace nietpluis::cli
