// Plain words and compounds of them: a word on the lists (content/taal/gewoon.txt, woorden.toml
// [gewoon]), a form of one ("huizen", "belde"), or a compound whose every part is one
// ("buurthuis", "huisartsenpraktijk", "ouderenwerkers"). Such a word is not a long-word finding,
// however many syllables it has.
#pragma once

#include <string>
#include <unordered_set>

#include "language/language_config.h"

namespace nietpluis {

class PlainWords {
 public:
  explicit PlainWords(const LanguageConfig& config);

  // On a list as written (lower case).
  bool Listed(const std::string& lower) const { return listed_.count(lower) > 0; }
  // On a list, a form of a listed word by the rules of inflection.h, or a plain verb's -ing noun or
  // a plain adjective's -heid noun.
  bool IsForm(const std::string& lower) const;
  // Splits into listed words (the last may be a form), with the linking s, e, en or er between them and
  // hyphens between parts: buurt-huis, huisarts-en-praktijk, niet-pluis-gevoel.
  bool IsCompound(const std::string& lower) const;
  // Splits into two or more listed parts (no hyphens): a compound, not one word with an ending.
  bool SplitsIntoParts(const std::string& lower) const { return Segments(lower); }

 private:
  bool InIndex(const std::string& word) const { return index_.count(word) > 0; }
  bool IsDerived(const std::string& lower) const;
  bool IsLastPart(const std::string& piece) const;
  bool Segments(const std::string& part) const;

  std::unordered_set<std::string> listed_;  // the words as listed
  std::unordered_set<std::string> index_;   // and the "ik" stems of listed infinitives
};

}  // namespace nietpluis
