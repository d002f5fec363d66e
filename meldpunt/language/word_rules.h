// The B1 rules on single words: hard words and phrases (the lists name a plain alternative, shown in
// the sentence), long words (many syllables, unless made of plain words) and spelling (a word the
// Dutch dictionary does not know, with its suggestions).
#pragma once

#include <string>
#include <vector>

#include "language/finding.h"
#include "language/language_config.h"
#include "language/lexicon.h"
#include "language/sentence.h"
#include "language/sentence_splitter.h"

namespace nietpluis {

// Keeps its working lists from sentence to sentence. Not thread-safe: one per checker.
class WordRules {
 public:
  WordRules(const LanguageConfig& config, Lexicon& lexicon) : config_(config), lexicon_(lexicon) {}

  // Flags the sentence's hard words and phrases, then its long words, then unknown words; the
  // longest hard phrase wins, and a word that is part of a hard one, or unknown, is not flagged as
  // long too.
  void Check(const SentenceWords& words, std::vector<Piece>& pieces, std::vector<Finding>* findings);

 private:
  Piece& PieceOf(std::size_t w) { return (*pieces_)[words_->words[w].piece]; }
  void FlagHard(std::size_t w, std::size_t length, const std::string& phrase, const std::string& alternative);
  void FlagHardWord(std::size_t w, const WordInfo& info);
  // The sentence around words [w, w + length) with `replacement` in their place.
  std::string InContext(std::size_t w, std::size_t length, const std::string& replacement);
  void CheckSpelling();
  std::size_t HardPhraseAt(std::size_t w, const std::string** alternative);
  void CheckHardWords(bool phrases);
  void CheckLongWords();

  const LanguageConfig& config_;
  Lexicon& lexicon_;
  // The sentence being checked.
  const SentenceWords* words_ = nullptr;
  std::vector<Piece>* pieces_ = nullptr;
  std::vector<Finding>* findings_ = nullptr;
  std::vector<bool> hard_words_;  // per word: part of a hard word or phrase
  bool hard_words_checked_ = false;
  std::string phrase_, found_phrase_;
};

}  // namespace nietpluis
