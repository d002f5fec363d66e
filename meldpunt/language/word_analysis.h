// What a lower-case word is, by its letters and the plain-word list: plain for the grammar rules, a
// participle, officialese by its build (compounds: compound.h). Worked out once per distinct word,
// so clarity counts here more than speed.
#pragma once

#include <string>

#include "language/language_config.h"

namespace nietpluis {

// Built like officialese of Latin or French origin, whatever its length: a verb in -eren with a
// stressed "eer" (faciliteren, signaleert, geïnformeerd), an adjective in -ieel/-ueel/-oneel
// (structureel, individuele), in -tief (preventief) or a noun in -iteit (prioriteit). The common
// ones (proberen, positief, activiteit) are on the plain list, which the caller asks first.
bool LooksOfficial(const std::string& lower);

class WordAnalysis {
 public:
  explicit WordAnalysis(const LanguageConfig& config) : config_(config) {}

  bool IsPlain(const std::string& word) const { return config_.plain_words.count(word) > 0; }

  // `strict` is for "zijn": be-/ver-/ont- words after "is" are mostly adjectives (bekend, verdrietig).
  bool IsParticiple(const std::string& w, bool strict) const;

 private:
  const LanguageConfig& config_;
};

}  // namespace nietpluis
