// What the B1 language check knows: its limits, the names to leave alone, hard words with plain
// alternatives and plain words (content/taal/: woorden.toml, ambtelijk.toml and gewoon.txt; see
// docs/taal.md for their formats).
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
  // woorden.toml [gewoon]: plain, and exempt from noun style and the participle rule ("melding").
  std::unordered_set<std::string> plain_words;
  // gewoon.txt: the words a B1 reader knows, with their forms. Plain for the long-word rule and
  // known to the spelling rule; the grammar rules still read them.
  std::unordered_set<std::string> common_words;
  // woorden.toml [spelling] woorden: correct words the Dutch dictionary does not know.
  std::unordered_set<std::string> spelling_exceptions;
  // Whether words the dictionary does not know are findings (off when it is not installed).
  bool check_spelling = true;
};

// Reads content_dir/taal/woorden.toml, ambtelijk.toml and gewoon.txt (each optional: without them
// only lengths, grammar and spelling are checked) and takes limits and names from `settings`
// (site.toml's [taalcheck]).
LanguageConfig LoadLanguageConfig(const std::filesystem::path& content_dir, const LanguageCheckSettings& settings,
                                  Diagnostics* diagnostics);

}  // namespace nietpluis
