// Command-line parsing shared by both programs: `--flag VALUE`, `--flag=VALUE`, boolean flags, help.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/status.h"

namespace nietpluis {

struct Args {
  std::map<std::string, std::string> flags;  // "--content" -> "DIR"
  std::vector<std::string> positional;
  bool help = false;
};

// Accepts `--flag VALUE`, `--flag=VALUE` and -h/--help. `boolean_flags` take no value. A usage
// problem is an error without file or line: print it with UsageText.
Result<Args> Parse(const std::vector<std::string>& argv, const std::vector<std::string>& value_flags,
                   const std::vector<std::string>& boolean_flags);

// A usage error as a program prints it: "what is wrong; what to do", as a command line has no file
// or line to name.
std::string UsageText(const Diagnostic& error);

std::string FlagOr(const Args& args, const std::string& flag, const std::string& fallback);

}  // namespace nietpluis
