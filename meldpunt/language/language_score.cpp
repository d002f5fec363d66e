// Flesch-Douma: 206.84 - 0.77 x syllables per 100 words - 0.93 x words per sentence, within 0..100.
#include "language/language_score.h"

#include <algorithm>

namespace nietpluis {

void FinishScore(const std::vector<Finding>& findings, LanguageScore* score) {
  if (score->sentences > 0) score->average_sentence_length = static_cast<double>(score->words) / score->sentences;
  if (score->scored_words > 0) {
    score->long_word_share = static_cast<double>(score->long_words) / score->scored_words;
    double syllables_per_100 = 100.0 * score->syllables / score->scored_words;
    // The formula runs past its scale for very short sentences of one-syllable words (up to 130) and
    // for very long ones (below 0); the scale, and every label, stops at 0 and 100.
    score->flesch_douma =
        std::clamp(206.84 - 0.77 * syllables_per_100 - 0.93 * score->average_sentence_length, 0.0, 100.0);
  }
  for (const Finding& finding : findings) {
    ++score->counts[static_cast<std::size_t>(finding.kind)];
    if (finding.level == Diagnostic::Level::kError) {
      ++score->errors;
    } else {
      ++score->warnings;
    }
  }
}

std::string DoumaLabel(double score) {
  if (score >= 90) return "heel makkelijk";
  if (score >= 80) return "makkelijk";
  if (score >= 70) return "vrij makkelijk";
  if (score >= 60) return "normaal";
  if (score >= 45) return "vrij moeilijk";
  if (score >= 30) return "moeilijk";
  return "heel moeilijk";
}

}  // namespace nietpluis
