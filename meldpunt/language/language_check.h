// The B1 language check: sentences that are too long, words that are too long or too hard, the
// passive voice, noun style and a mixed form of address, per page, with a readability score. This is
// the check as a whole; its parts are the splitter (sentence_splitter.h, over tokens.h and
// lexicon.h), the rules (word_rules.h, sentence_rules.h, address_form.h) and the score
// (language_score.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "content/markdown.h"
#include "language/finding.h"
#include "language/language_config.h"
#include "language/language_score.h"
#include "language/sentence.h"
#include "language/syllables.h"

namespace nietpluis {

// All pieces of a page sit in one vector and each sentence is a stretch of it, so checking a page
// allocates per page, not per sentence. Move-only: the sentences point into `pieces`.
struct PageLanguage {
  std::vector<Piece> pieces;
  std::vector<Sentence> sentences;
  std::vector<Finding> findings;  // in reading order
  LanguageScore score;

  PageLanguage() = default;
  PageLanguage(PageLanguage&&) = default;
  PageLanguage& operator=(PageLanguage&&) = default;
  PageLanguage(const PageLanguage&) = delete;
  PageLanguage& operator=(const PageLanguage&) = delete;
};

// Checks pages one after another, remembering what it learnt about each distinct word as written
// (where it ends, whether it is a word at all) and in lower case (syllables, plain compound or not,
// participle or not): a site repeats its words, so each is analysed once and then found by one hash
// lookup. Not thread-safe: one per thread.
class LanguageChecker {
 public:
  LanguageChecker(const LanguageConfig& config, SyllableCounter& syllables);
  ~LanguageChecker();
  LanguageChecker(const LanguageChecker&) = delete;
  LanguageChecker& operator=(const LanguageChecker&) = delete;

  PageLanguage Check(const std::vector<TextBlock>& text);
  // Drops a checked page's sentences and pieces (what points into its text) and keeps their buffers,
  // so the next Check need not allocate them again. Findings and score stay.
  void ReleaseText(PageLanguage* page);

  struct State;  // what it keeps from page to page; defined in language_check.cpp

 private:
  std::unique_ptr<State> state_;
};

// One page with a checker of its own.
PageLanguage CheckLanguage(const std::vector<TextBlock>& text, const LanguageConfig& config, SyllableCounter& syllables);

}  // namespace nietpluis
