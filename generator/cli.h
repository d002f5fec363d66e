// Command-line parsing shared by the generator's commands: flags, positionals and usage errors.
#pragma once

#include <filesystem>
#include <string>

#include "base/command_line.h"

namespace nietpluis::cli {

constexpr int kExitOk = 0;
constexpr int kExitContentError = 1;
constexpr int kExitUsageError = 2;

using nietpluis::Args;
using nietpluis::FlagOr;
using nietpluis::Parse;
using nietpluis::UsageText;

// Prints "nietpluis: <message>" and how to get help; returns kExitUsageError.
int UsageError(const std::string& command, const std::string& message);

// The templates folder: --templates, else ./templates, else the one installed with the program.
std::filesystem::path TemplatesDir(const Args& args);

}  // namespace nietpluis::cli
