// The B1 language check: sentences that are too long, words that are too long or too hard, the
// passive voice, noun style and a mixed form of address, per page, with a readability score.
#pragma once

#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "content/markdown.h"
#include "language/language_config.h"
#include "language/syllables.h"

namespace nietpluis {

enum class FindingKind { kLongSentence, kLongWord, kHardWord, kPassive, kNounStyle, kAddressForm };
constexpr std::size_t kFindingKinds = 6;

// "lange-zin", "lang-woord", "moeilijk-woord", "lijdende-vorm", "naamwoordstijl", "aanspreekvorm".
std::string_view FindingKindName(FindingKind kind);

// One piece of a sentence as written: a word, or the spaces and punctuation between words. It points
// into the TextBlock it came from, which must outlive the result.
struct Piece {
  std::string_view text;
  bool is_word = false;    // counted in the sentence length
  bool checked = false;    // a word the rules look at (not a name, number, address or URL)
  bool flagged = false;    // a word-level finding points here
  int line = 0;            // in the source file
};

struct Sentence {
  std::span<Piece> pieces;  // a stretch of its PageLanguage's pieces
  int line = 0;          // of its first word
  std::size_t block = 0;  // index of the paragraph or heading it is in
  bool is_heading = false;
  int words = 0;
  bool flagged = false;  // a sentence-level finding points here
  bool one_stretch = false;  // its pieces lie next to each other in one string: its text is one view
};

struct Finding {
  FindingKind kind;
  Diagnostic::Level level;
  int line = 0;
  std::string problem;     // "zin van 24 woorden (B1: hoogstens 15): \"Wanneer u ...\""
  std::string text;        // the sentence or word concerned
  std::string suggestion;  // what to write instead, or what to do
};

struct LanguageScore {
  int sentences = 0;
  int words = 0;       // all counted words, names included
  int scored_words = 0;  // words the syllable figures are taken over (names left out)
  int syllables = 0;
  int long_words = 0;
  double average_sentence_length = 0;
  double long_word_share = 0;  // 0..1
  double flesch_douma = 0;     // higher is easier; 60-70 is normal text
  std::array<int, kFindingKinds> counts{};
  int errors = 0;
  int warnings = 0;
};

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

// "makkelijk", "normaal", ... for a Flesch-Douma score.
std::string DoumaLabel(double score);

}  // namespace nietpluis
