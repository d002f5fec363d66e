// The list of words the voice says otherwise than written ("B1 = bee één", "o.a. = onder andere"),
// read from a text file a municipality can extend (templates/voorlezen/uitspraak.txt).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/env.h"
#include "base/status.h"

namespace nietpluis {

struct Pronunciation {
  std::string written;  // as it stands in a text, case included: "WMO" and "Wmo" are two entries
  std::string spoken;   // what the voice says instead
};

class Pronunciations {
 public:
  Pronunciations() = default;
  explicit Pronunciations(std::vector<Pronunciation> entries);

  // The entry whose written form starts `text`, the longest when several do; nothing for none. An
  // entry written in lower case also matches with a capital at the start of a sentence ("Bijv."),
  // and is then said with one. The caller checks that the match ends where a word ends.
  std::optional<Pronunciation> LongestAt(std::string_view text) const;
  const std::vector<Pronunciation>& entries() const { return entries_; }

 private:
  std::vector<Pronunciation> entries_;  // longest written form first
};

// Reads "written = spoken" lines; '#' starts a comment line. Each bad line is a diagnostic with its
// file and line; the good lines are kept.
Pronunciations ParsePronunciations(std::string_view text, const std::string& display_path,
                                   Diagnostics* diagnostics);
// The file itself; a missing file is an error that names it.
Result<Pronunciations> LoadPronunciations(Env* env, const std::filesystem::path& file, Diagnostics* diagnostics);

// Where the list lives below a templates folder.
std::filesystem::path PronunciationsFile(const std::filesystem::path& templates_dir);

}  // namespace nietpluis
