// Hard, long and unknown words. A sentence runs these only when one of its words can trigger them.
#include "language/word_rules.h"

#include <algorithm>
#include <cctype>

#include "base/text.h"
#include "language/inflection.h"

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
  if (triggers & kTriggerSpelling) CheckSpelling();
}

std::string WordRules::InContext(std::size_t w, std::size_t length, const std::string& replacement) {
  constexpr std::size_t kAround = 5;  // words on either side
  const std::size_t count = words_->words.size();
  const std::size_t first = w > kAround ? w - kAround : 0;
  const std::size_t last = std::min(count - 1, w + length - 1 + kAround);
  std::string text = first > 0 ? "... " : "";
  for (std::size_t p = words_->words[first].piece; p <= words_->words[last].piece; ++p) {
    if (p == words_->words[w].piece) {
      std::string instead = replacement;
      const std::string_view original = (*pieces_)[p].text;
      if (!original.empty() && std::isupper(static_cast<unsigned char>(original.front())) && !instead.empty()) {
        instead[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(instead[0])));
      }
      text += instead;
      p = words_->words[w + length - 1].piece;
      continue;
    }
    text += (*pieces_)[p].text;
  }
  if (last + 1 < count) text += " ...";
  return text;
}

void WordRules::FlagHard(std::size_t w, std::size_t length, const std::string& phrase, const std::string& alternative) {
  for (std::size_t k = 0; k < length; ++k) {
    PieceOf(w + k).flagged = true;
    hard_words_[w + k] = true;
  }
  // An alternative with "..." in it needs the writer's words; the others fit in the sentence.
  // An alternative with its own article ("het gebruik") replaces the writer's article too:
  // "voor de verwerking van" -> "voor het gebruik van".
  const bool own_article = StartsWith(alternative, "de ") || StartsWith(alternative, "het ") || StartsWith(alternative, "een ");
  const bool article_before = own_article && w > 0 && words_->LowerOf(w - 1).article;
  const std::string advice =
      alternative.find("...") != std::string::npos
          ? "schrijf: " + alternative
          : "schrijf \"" + alternative + "\": \"" +
                (article_before ? InContext(w - 1, length + 1, alternative) : InContext(w, length, alternative)) + "\"";
  AddFinding(findings_, FindingKind::kHardWord, Diagnostic::Level::kWarning, PieceOf(w).line,
             "moeilijk woord \"" + phrase + "\"", phrase, advice);
}

// A form of a listed word ("verstrekte") or officialese by its build ("faciliteren").
void WordRules::FlagHardWord(std::size_t w, const WordInfo& info) {
  if (!info.hard_lemma && !info.latinate) return FlagHard(w, 1, words_->Lower(w), *info.hard);
  const std::string& word = words_->Lower(w);
  // The same form of a one-word alternative, in the writer's sentence: "constateert" -> "ziet".
  if (info.hard_lemma && info.hard->find(' ') == std::string::npos) {
    for (const std::string& form : FormsLike(word, *info.hard_lemma, *info.hard)) {
      if (lexicon_.IsDutchWord(form)) return FlagHard(w, 1, word, form);
    }
  }
  PieceOf(w).flagged = true;
  hard_words_[w] = true;
  const std::string advice = info.hard_lemma
      ? "schrijf een vorm van \"" + *info.hard + "\" (voor \"" + *info.hard_lemma + "\") in plaats van \"" + word + "\""
      : "ambtelijk woord: zeg in gewone woorden wat u bedoelt";
  AddFinding(findings_, FindingKind::kHardWord, Diagnostic::Level::kWarning, PieceOf(w).line,
             "moeilijk woord \"" + word + "\"", word, advice);
}

void WordRules::CheckSpelling() {
  for (std::size_t w = 0; w < words_->infos.size(); ++w) {
    const Lexeme& lexeme = *words_->words[w].lexeme;
    if (!words_->infos[w] || !lexeme.unknown) continue;
    Piece& piece = PieceOf(w);
    piece.flagged = true;
    const std::vector<std::string> suggestions = lexicon_.SuggestionsFor(lexeme.text);
    std::string advice = "kijk de spelling na.";
    if (!suggestions.empty()) {
      advice = "bedoelt u ";
      for (std::size_t k = 0; k < suggestions.size(); ++k) {
        if (k > 0) advice += k + 1 == suggestions.size() ? " of " : ", ";
        advice += "\"" + suggestions[k] + "\"";
      }
      advice += "?";
    }
    advice += " Staat het er goed, zet het dan onder [spelling] in content/taal/woorden.toml";
    AddFinding(findings_, FindingKind::kSpelling, Diagnostic::Level::kWarning, piece.line,
               "onbekend woord \"" + lexeme.text + "\"", lexeme.text, advice);
  }
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
    if (words_->infos[w]->hard || words_->infos[w]->latinate) FlagHardWord(w, *words_->infos[w]);
  }
}

void WordRules::CheckLongWords() {
  for (std::size_t w = 0; w < words_->infos.size(); ++w) {
    if (!words_->infos[w] || !words_->infos[w]->long_word || (hard_words_checked_ && hard_words_[w]) ||
        words_->words[w].lexeme->unknown) {
      continue;
    }
    Piece& piece = PieceOf(w);
    piece.flagged = true;
    AddFinding(findings_, FindingKind::kLongWord, Diagnostic::Level::kWarning, piece.line,
        "lang woord \"" + std::string(piece.text) + "\" (" + std::to_string(words_->infos[w]->syllables) + " lettergrepen)",
        std::string(piece.text), "zoek een korter woord, of zeg het met een paar gewone woorden");
  }
}

}  // namespace nietpluis
