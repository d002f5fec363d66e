// Hard and long words. A sentence runs these only when one of its words can trigger them.
#include "language/word_rules.h"

#include <algorithm>

namespace nietpluis {

void WordRules::Check(const SentenceWords& words, std::vector<Piece>& pieces, std::vector<Finding>* findings) {
  words_ = &words;
  pieces_ = &pieces;
  findings_ = findings;
  const unsigned triggers = words.seen.triggers;
  const bool phrases = (triggers & kTriggerPhraseStart) && (triggers & kTriggerPhraseSecond);
  hard_words_checked_ = phrases || (triggers & kTriggerHard);
  if (hard_words_checked_) CheckHardWords(phrases);
  if (triggers & kTriggerLong) CheckLongWords();
}

void WordRules::FlagHard(std::size_t w, std::size_t length, const std::string& phrase, const std::string& alternative) {
  for (std::size_t k = 0; k < length; ++k) {
    PieceOf(w + k).flagged = true;
    hard_words_[w + k] = true;
  }
  AddFinding(findings_, FindingKind::kHardWord, Diagnostic::Level::kWarning, PieceOf(w).line, "moeilijk woord \"" + phrase + "\"", phrase,
      "schrijf: " + alternative);
}

// The longest hard phrase starting at word `w`, grown a word at a time while it is the start of some
// listed phrase; 0 for none.
std::size_t WordRules::HardPhraseAt(std::size_t w, const std::string** alternative) {
  const std::size_t longest = std::min(config_.longest_hard_phrase, words_->infos.size() - w);
  std::size_t found = 0;
  phrase_ = words_->Lower(w);
  for (std::size_t length = 2; length <= longest; ++length) {
    phrase_ += ' ';
    phrase_ += words_->Lower(w + length - 1);
    auto it = config_.hard_words.find(phrase_);
    if (it != config_.hard_words.end()) {
      found = length;
      *alternative = &it->second;
      found_phrase_ = phrase_;
    }
    if (!lexicon_.IsPhrasePrefix(phrase_)) break;
  }
  return found;
}

void WordRules::CheckHardWords(bool phrases) {
  hard_words_.assign(words_->infos.size(), false);
  for (std::size_t w = 0; w < words_->infos.size(); ++w) {
    if (!words_->infos[w]) continue;
    const bool phrase_possible =
        phrases && words_->infos[w]->phrase_start && w + 1 < words_->infos.size() && (words_->LowerTriggers(w + 1) & kTriggerPhraseSecond);
    if (phrase_possible) {
      const std::string* alternative = nullptr;
      if (std::size_t length = HardPhraseAt(w, &alternative)) {
        FlagHard(w, length, found_phrase_, *alternative);
        w += length - 1;
        continue;
      }
    }
    if (words_->infos[w]->hard) FlagHard(w, 1, words_->Lower(w), *words_->infos[w]->hard);
  }
}

void WordRules::CheckLongWords() {
  for (std::size_t w = 0; w < words_->infos.size(); ++w) {
    if (!words_->infos[w] || !words_->infos[w]->long_word || (hard_words_checked_ && hard_words_[w])) continue;
    Piece& piece = PieceOf(w);
    piece.flagged = true;
    AddFinding(findings_, FindingKind::kLongWord, Diagnostic::Level::kWarning, piece.line,
        "lang woord \"" + std::string(piece.text) + "\" (" + std::to_string(words_->infos[w]->syllables) + " lettergrepen)",
        std::string(piece.text), "zoek een korter woord, of zeg het met een paar gewone woorden");
  }
}

}  // namespace nietpluis
