// What the B1 language check knows: its limits, the names to leave alone, hard words with plain
// alternatives and plain words (content/taal/woorden.toml).
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "config/language_settings.h"

namespace nietpluis {

struct LanguageConfig {
  int sentence_warning = 15;  // words; B1 advice
  int sentence_error = 20;
  int long_word_syllables = 4;
  // Names are counted as one word and never flagged: the municipality, organisations, places.
  std::vector<std::vector<std::string>> names;  // each name split into its words
  // Lower-case word or phrase (words joined by one space) -> plain alternative.
  std::unordered_map<std::string, std::string> hard_words;
  std::size_t longest_hard_phrase = 1;  // in words
  std::unordered_set<std::string> plain_words;
};

// Reads content_dir/taal/woorden.toml (optional: without it only lengths and grammar are checked)
// and takes limits and names from `settings` (site.toml's [taalcheck]).
LanguageConfig LoadLanguageConfig(const std::filesystem::path& content_dir, const LanguageCheckSettings& settings,
                                  Diagnostics* diagnostics);

}  // namespace nietpluis
