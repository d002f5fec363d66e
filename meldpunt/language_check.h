// The B1 language check: sentences that are too long, words that are too long or too hard, the
// passive voice, noun style and a mixed form of address, per page, with a readability score.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "language_config.h"
#include "markdown.h"
#include "status.h"
#include "syllables.h"

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
  std::vector<Piece> pieces;
  int line = 0;          // of its first word
  std::size_t block = 0;  // index of the paragraph or heading it is in
  bool is_heading = false;
  int words = 0;
  bool flagged = false;  // a sentence-level finding points here
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

struct PageLanguage {
  std::vector<Sentence> sentences;
  std::vector<Finding> findings;  // in reading order
  LanguageScore score;
};

// Checks pages one after another, remembering what it learnt about each distinct word (syllables,
// plain compound or not, participle or not): a site repeats its words, so most are looked up once.
// Not thread-safe: one per thread.
class LanguageChecker {
 public:
  LanguageChecker(const LanguageConfig& config, SyllableCounter& syllables);
  ~LanguageChecker();
  PageLanguage Check(const std::vector<TextBlock>& text);

  struct WordInfo;  // what the rules need to know about one lower-case word
  const WordInfo& Info(const std::string& lower);
  const LanguageConfig& config() const { return config_; }
  const std::unordered_multimap<std::string_view, const std::vector<std::string>*>& names() const;

 private:
  const LanguageConfig& config_;
  SyllableCounter& syllables_;
  struct Cache;
  std::unique_ptr<Cache> cache_;
};

// One page with a checker of its own.
PageLanguage CheckLanguage(const std::vector<TextBlock>& text, const LanguageConfig& config, SyllableCounter& syllables);

// "makkelijk", "normaal", ... for a Flesch-Douma score.
std::string DoumaLabel(double score);

}  // namespace nietpluis
