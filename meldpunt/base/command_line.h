// Command-line parsing shared by both programs: `--flag VALUE`, `--flag=VALUE`, boolean flags, help.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nietpluis {

struct Args {
  std::map<std::string, std::string> flags;  // "--content" -> "DIR"
  std::vector<std::string> positional;
  bool help = false;
};

// Accepts `--flag VALUE`, `--flag=VALUE` and -h/--help. `boolean_flags` take no value.
// On a usage problem returns nothing and sets `error` to a message for the user.
std::optional<Args> Parse(const std::vector<std::string>& argv, const std::vector<std::string>& value_flags,
                          const std::vector<std::string>& boolean_flags, std::string* error);

std::string FlagOr(const Args& args, const std::string& flag, const std::string& fallback);

}  // namespace nietpluis
