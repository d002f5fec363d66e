// Command-line parsing shared by the generator's commands: flags, positionals and usage errors.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nietpluis::cli {

constexpr int kExitOk = 0;
constexpr int kExitContentError = 1;
constexpr int kExitUsageError = 2;

struct Args {
  std::map<std::string, std::string> flags;  // "--content" -> "DIR"
  std::vector<std::string> positional;
  bool help = false;
};

// Accepts `--flag VALUE`, `--flag=VALUE` and -h/--help. `boolean_flags` take no value.
// On a usage problem returns nothing and sets `error` to a message for the user.
std::optional<Args> Parse(const std::vector<std::string>& argv, const std::vector<std::string>& value_flags,
                          const std::vector<std::string>& boolean_flags, std::string* error);

// Prints "nietpluis: <message>" and how to get help; returns kExitUsageError.
int UsageError(const std::string& command, const std::string& message);

// The templates folder: --templates, else ./templates, else the one installed with the program.
std::filesystem::path TemplatesDir(const Args& args);

std::string FlagOr(const Args& args, const std::string& flag, const std::string& fallback);

}  // namespace nietpluis::cli
