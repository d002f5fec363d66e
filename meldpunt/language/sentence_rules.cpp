// Sentence length, passive voice and noun style. They are heuristics tuned for plain Dutch: they point
// a writer at a place to look, and every rule is tested against sentences that must and must not be
// flagged.
#include "language/sentence_rules.h"

#include <cstdint>
#include <string>

namespace nietpluis {

void CheckLength(Sentence& sentence, const LanguageConfig& config, std::vector<Finding>* findings) {
  if (sentence.words <= config.sentence_warning) return;
  Diagnostic::Level level = sentence.words > config.sentence_error ? Diagnostic::Level::kError : Diagnostic::Level::kWarning;
  sentence.flagged = true;
  AddFinding(findings, FindingKind::kLongSentence, level, sentence.line,
      "zin van " + std::to_string(sentence.words) + " woorden (B1: hoogstens " +
          std::to_string(config.sentence_warning) + "): \"" + Snippet(sentence, 6) + "\"",
      SentenceText(sentence), "maak er twee of meer korte zinnen van");
}

void CheckPassive(Sentence& sentence, const SentenceWords& words, std::vector<Finding>* findings) {
  for (std::size_t a = 0; a < words.infos.size(); ++a) {
    if (!words.infos[a] || (!words.infos[a]->worden && !words.infos[a]->zijn)) continue;
    const bool after_zijn = !words.infos[a]->worden;
    for (std::size_t p = 0; p < words.infos.size(); ++p) {
      if (p == a || !words.infos[p]) continue;
      if (!(after_zijn ? words.infos[p]->participle_after_zijn : words.infos[p]->participle_after_worden)) continue;
      sentence.flagged = true;
      std::string pair = p > a ? words.Lower(a) + " ... " + words.Lower(p) : words.Lower(p) + " ... " + words.Lower(a);
      AddFinding(findings, FindingKind::kPassive, Diagnostic::Level::kWarning, sentence.line,
          "lijdende vorm \"" + pair + "\": \"" + Snippet(sentence, 6) + "\"", SentenceText(sentence),
          "zeg wie het doet, bijvoorbeeld \"de buurtwerker belt u\" in plaats van \"u wordt gebeld\"");
      return;
    }
  }
}

void CheckNounStyle(Sentence& sentence, const SentenceWords& words, std::vector<Piece>& pieces,
                    std::vector<Finding>* findings) {
  auto add = [&](std::size_t first, std::size_t last) {
    std::string phrase = words.Lower(first);
    for (std::size_t k = first + 1; k <= last; ++k) phrase += " " + words.Lower(k);
    for (std::size_t k = first; k <= last; ++k) pieces[words.words[k].piece].flagged = true;
    AddFinding(findings, FindingKind::kNounStyle, Diagnostic::Level::kWarning, sentence.line, "naamwoordstijl \"" + phrase + "\"", phrase,
        "schrijf het met een werkwoord, bijvoorbeeld \"als wij uw melding bekijken\"");
  };
  const std::size_t count = words.infos.size();
  const unsigned triggers = words.seen.triggers;
  const std::uint32_t noun_phrases = words.seen.noun_phrases;
  if ((triggers & kTriggerVan) && (triggers & kTriggerNoun)) {
    for (std::size_t w = 0; w + 1 < count; ++w) {
      if (!words.infos[w] || !(words.LowerTriggers(w + 1) & kTriggerVan)) continue;
      const bool after_article = w > 0 && words.LowerOf(w - 1).article;
      if (words.infos[w]->ing_noun) {
        add(after_article ? w - 1 : w, w + 1);
      } else if (words.infos[w]->infinitive && w > 0 && words.LowerOf(w - 1).het) {
        add(w - 1, w + 1);
      }
    }
  }
  if (!(triggers & kTriggerNounPhrase)) return;
  for (std::size_t i = 0; i < kNounPhrases.size(); ++i) {
    if (!((noun_phrases >> i) & 1u)) continue;
    const std::size_t length = kNounPhrases[i].size();
    for (std::size_t w = 0; w + length <= count; ++w) {
      if (!((words.words[w].lexeme->noun_phrases_started >> i) & 1u)) continue;
      bool match = true;
      for (std::size_t k = 1; k < length && match; ++k) {
        match = (words.LowerOf(w + k).noun_phrase_words >> (kNounPhraseBit[i] + k)) & 1u;
      }
      if (match) add(w, w + length - 1);
    }
  }
}

}  // namespace nietpluis
