// What a lower-case word is, by its letters and the plain-word list: plain, a compound of plain
// words, a participle. Worked out once per distinct word, so clarity counts here more than speed.
#pragma once

#include <string>

#include "language/language_config.h"

namespace nietpluis {

class WordAnalysis {
 public:
  explicit WordAnalysis(const LanguageConfig& config) : config_(config) {}

  bool IsPlain(const std::string& word) const { return config_.plain_words.count(word) > 0; }

  // Whether `word` splits into plain words, allowing the Dutch linking s, e and en between them.
  bool IsPlainCompound(const std::string& word) const;

  // `strict` is for "zijn": be-/ver-/ont- words after "is" are mostly adjectives (bekend, verdrietig).
  bool IsParticiple(const std::string& w, bool strict) const;

 private:
  bool SegmentsIntoPlainWords(const std::string& word) const;

  const LanguageConfig& config_;
};

}  // namespace nietpluis
