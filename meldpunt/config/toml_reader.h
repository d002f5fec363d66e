// Strict reading of one TOML table: typed values, required keys, unknown keys named with a suggestion.
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace nietpluis {

class TomlReader {
 public:
  // `section` is how the table is named in messages, e.g. "[contact]"; "" for the top level.
  TomlReader(const toml::table& table, std::string file, std::string section, Diagnostics* diagnostics);

  // Each getter marks the key as known; a missing required key or a wrong type is reported.
  std::string String(std::string_view key, bool required = true);
  std::optional<std::int64_t> Integer(std::string_view key, bool required = true);
  std::optional<bool> Bool(std::string_view key, bool required = true);
  // Empty when the key is missing or not a list of text (already reported).
  std::optional<std::vector<std::string>> StringArray(std::string_view key, bool required = true);
  const toml::table* Table(std::string_view key, bool required = true);
  std::vector<const toml::table*> TableArray(std::string_view key, bool required = true);
  std::optional<toml::date> Date(std::string_view key, bool required = true);

  // Line of the key's value, or of the table itself when the key is absent.
  int LineOf(std::string_view key) const;
  const std::string& file() const { return file_; }

  void AddError(std::string_view key, std::string problem, std::string remedy);
  // Reports every key that no getter asked for.
  void Finish();

 private:
  const toml::node* Find(std::string_view key, bool required, std::string_view example);
  void WrongType(std::string_view key, std::string_view expected);

  const toml::table& table_;
  std::string file_;
  std::string section_;
  Diagnostics* diagnostics_;
  std::vector<std::string> known_;
};

int LineOf(const toml::node& node);

// Parses a TOML file; a missing file or a syntax error is reported with its line, and gives nothing.
// `missing_remedy` tells the user how to make the file.
std::optional<toml::table> ParseTomlFile(const std::filesystem::path& path, const std::string& missing_remedy,
                                         Diagnostics* diagnostics);

}  // namespace nietpluis
