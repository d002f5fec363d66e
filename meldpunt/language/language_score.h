// A page's readability figures: counts of sentences, words and syllables, the Flesch-Douma score
// (the Dutch Flesch reading ease) and the findings per kind.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "language/finding.h"

namespace nietpluis {

struct LanguageScore {
  int sentences = 0;
  int words = 0;       // all counted words, names included
  int scored_words = 0;  // words the syllable figures are taken over (names left out)
  int syllables = 0;
  int long_words = 0;
  double average_sentence_length = 0;
  double long_word_share = 0;  // 0..1
  double flesch_douma = 0;     // 0..100 (clamped), higher is easier; 60-70 is normal text
  std::array<int, kFindingKinds> counts{};
  int errors = 0;
  int warnings = 0;
};

// Adds one sentence of `words` words to the counts.
inline void AddSentence(LanguageScore* score, int words) {
  ++score->sentences;
  score->words += words;
}

// Adds words the syllable figures are taken over: names are counted as words, not scored.
inline void AddScoredWords(LanguageScore* score, int scored_words, int syllables, int long_words) {
  score->scored_words += scored_words;
  score->syllables += syllables;
  score->long_words += long_words;
}

// Once every sentence is in: the averages, the Flesch-Douma score and the findings per kind and level.
void FinishScore(const std::vector<Finding>& findings, LanguageScore* score);

// "makkelijk", "normaal", ... for a Flesch-Douma score.
std::string DoumaLabel(double score);

}  // namespace nietpluis
