// Learning a word: its lower case, its syllables, which lists it is on, which rules it can trigger.
#include "language/lexicon.h"

#include <cctype>
#include <cstdlib>

#include "base/text.h"
#include "language/inflection.h"
#include "language/tokens.h"

namespace nietpluis {
namespace {

const std::unordered_set<std::string> kWordenForms = {"word", "wordt", "worden", "werd", "werden"};
const std::unordered_set<std::string> kZijnForms = {"is", "zijn", "ben", "bent", "was", "waren"};
const std::unordered_set<std::string> kUForms = {"u", "uw"};
const std::unordered_set<std::string> kJeForms = {"je", "jij", "jou", "jouw", "jullie", "jezelf"};

}  // namespace

// Hunspell's stem of a compound is the stem of its first part only ("buurtbemiddeling" -> "buurt");
// an ending takes a few letters at most ("kinderen" -> "kind").
bool WholeWordStem(const std::string& stem, const std::string& word) { return stem.size() + 5 >= word.size(); }

const std::vector<std::vector<std::string>> kNounPhrases = {
    {"in", "behandeling"}, {"tot", "uitvoering"}, {"in", "overweging"}, {"ter", "beschikking"},
    {"in", "ontvangst"},   {"tot", "stand"},      {"in", "aanmerking"}, {"ten", "uitvoer"}};

const std::vector<unsigned> kNounPhraseBit = [] {
  std::vector<unsigned> first_bits;
  unsigned bit = 0;
  for (const auto& phrase : kNounPhrases) {
    first_bits.push_back(bit);
    bit += static_cast<unsigned>(phrase.size());
  }
  if (bit > 32) std::abort();  // the phrases' words no longer fit the mask
  return first_bits;
}();

Lexicon::Lexicon(const LanguageConfig& config, SyllableCounter& syllables)
    : config_(config), syllables_(syllables), analysis_(config), plain_(config) {
  // A form of a hard verb stems to its "ik" stem (verstrekte -> verstrek): index those too.
  for (const auto& entry : config.hard_words) {
    if (entry.first.find(' ') != std::string::npos) continue;
    for (const std::string& stem : IkStems(entry.first)) {
      if (!config.hard_words.count(stem)) hard_stems_.emplace(stem, &entry);
    }
    // A form two entries share (verstrekte of "verstrekken" and of "verstrekt") goes to the verb, then
    // to the first in order, so the advice does not depend on the table's order.
    const bool verb = EndsWith(entry.first, "en");
    for (std::string& form : FormsOf(entry.first)) {
      if (config.hard_words.count(form)) continue;
      auto [it, added] = hard_forms_.emplace(std::move(form), &entry);
      const bool other_verb = EndsWith(it->second->first, "en");
      if (!added && (verb != other_verb ? verb : entry.first < it->second->first)) it->second = &entry;
    }
  }
  for (const auto& name : config.names) {
    for (const std::string& word : name) name_words_.insert(LowerDutch(word));
  }
  for (const auto& [phrase, alternative] : config.hard_words) {
    for (std::size_t space = phrase.find(' '); space != std::string::npos; space = phrase.find(' ', space + 1)) {
      phrase_prefixes_.insert(phrase.substr(0, space));
    }
    const std::size_t first_space = phrase.find(' ');
    if (first_space == std::string::npos) continue;
    phrase_starts_.insert(phrase.substr(0, first_space));
    // What the phrase built from a sentence can hold after its first word and one space: up to each
    // later space, or to the end (a merged name's lower case can hold spaces itself).
    for (std::size_t end = phrase.find(' ', first_space + 1);; end = phrase.find(' ', end + 1)) {
      const std::size_t length = end == std::string::npos ? std::string::npos : end - first_space - 1;
      phrase_seconds_.insert(phrase.substr(first_space + 1, length));
      if (end == std::string::npos) break;
    }
  }
  for (const auto& name : config.names) names_.emplace(name.front(), &name);
}

LowerWord& Lexicon::LowerOf(std::string_view lower) {
  return lower_words_.FindOrAdd(lower, [this](std::string_view text) {
    LowerWord word;
    word.text = std::string(text);
    if (text == "van") word.triggers |= kTriggerVan;
    word.het = text == "het";
    word.article = word.het || text == "de" || text == "een";
    if (phrase_seconds_.count(std::string(text))) word.triggers |= kTriggerPhraseSecond;
    for (std::size_t i = 0; i < kNounPhrases.size(); ++i) {
      if (kNounPhrases[i].front() == text) {
        word.triggers |= kTriggerNounPhrase;
        word.noun_phrases_started |= 1u << i;
      }
      for (std::size_t k = 0; k < kNounPhrases[i].size(); ++k) {
        if (kNounPhrases[i][k] == text) word.noun_phrase_words |= 1u << (kNounPhraseBit[i] + k);
      }
    }
    return word;
  });
}

Lexeme Lexicon::MakeLexeme(std::string_view text) {
  Lexeme lexeme;
  lexeme.text = std::string(text);
  lexeme.word_like = IsWordLike(text);
  lexeme.two_capitals = IsTwoCapitals(text);
  lexeme.four_digits = IsFourDigits(text);
  const std::string lower = LowerDutch(text);
  if (text.size() < 8) {
    lexeme.abbreviation = IsAbbreviation(lower);
    lexeme.closing_abbreviation = IsClosingAbbreviation(lower);
  }
  lexeme.name_start = std::isupper(static_cast<unsigned char>(text.front())) && names_.count(text) > 0;
  lexeme.lower = &LowerOf(lower);
  lexeme.lower_triggers = lexeme.lower->triggers;
  lexeme.noun_phrases_started = lexeme.lower->noun_phrases_started;
  return lexeme;
}

const WordInfo& Lexicon::InfoOf(Lexeme& lexeme) {
  if (!lexeme.info) {
    lexeme.info = &InfoOf(*lexeme.lower);
    lexeme.info_triggers = lexeme.info->triggers;
    lexeme.syllables = lexeme.info->syllables;
    if (NeedsSpelling(lexeme, *lexeme.info)) {
      DutchDictionary* dictionary = Dictionary();
      lexeme.unknown = dictionary && !dictionary->Knows(lexeme.text);
      if (lexeme.unknown) lexeme.info_triggers |= kTriggerSpelling;
    }
  }
  return *lexeme.info;
}

DutchDictionary* Lexicon::Dictionary() {
  if (!dictionary_asked_) {
    dictionary_ = DutchDictionary::Shared();
    dictionary_asked_ = true;
  }
  return dictionary_;
}

// Acronyms (AVG), words written with a capital inside (PostNL) and abbreviations are names or
// short forms, not words to spell; so are the words of configured names and listed words.
bool Lexicon::NeedsSpelling(const Lexeme& lexeme, const WordInfo& info) const {
  if (!config_.check_spelling || !lexeme.word_like || lexeme.abbreviation || lexeme.closing_abbreviation) return false;
  const std::string& text = lexeme.text;
  if (text.size() < 2) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (i > 0 && std::isupper(c)) return false;
    // Letters, hyphens and apostrophes only: "<script>" or "a=b" is code, not a word to spell.
    if (c < 0x80 && !std::isalpha(c) && c != '-' && c != '\'') return false;
  }
  const std::string& lower = lexeme.lower->text;
  // A compound of listed words is spelt as they are, though the dictionary may not allow the
  // compound (buurthuisactiviteiten); a single listed word with an ending is still checked (huisen).
  return !info.hard && !plain_.Listed(lower) && !analysis_.IsPlain(lower) && !config_.spelling_exceptions.count(lower) &&
         !name_words_.count(lower) && !config_.hard_words.count(lower) && !plain_.SplitsIntoParts(lower);
}

bool Lexicon::IsDutchWord(const std::string& lower) {
  if (plain_.Listed(lower) || config_.hard_words.count(lower) || analysis_.IsPlain(lower)) return true;
  DutchDictionary* dictionary = Dictionary();
  return dictionary && dictionary->Knows(lower);
}

std::string Lexicon::PlainVerbFor(const std::string& infinitive) const {
  const std::string* alternative = HardAlternative(infinitive);
  if (!alternative || alternative->find(' ') != std::string::npos || !EndsWith(*alternative, "en")) return infinitive;
  return *alternative;
}

std::vector<std::string> Lexicon::SuggestionsFor(const std::string& word) {
  DutchDictionary* dictionary = Dictionary();
  return dictionary ? dictionary->Suggest(word, 3) : std::vector<std::string>{};
}

const std::pair<const std::string, std::string>* Lexicon::HardLemmaOf(const std::string& lower) {
  if (auto it = hard_forms_.find(lower); it != hard_forms_.end()) return it->second;
  DutchDictionary* dictionary = Dictionary();
  if (!dictionary) return nullptr;
  for (const std::string& stem : dictionary->Stems(lower)) {
    if (stem == lower || !WholeWordStem(stem, lower)) continue;
    if (auto it = config_.hard_words.find(stem); it != config_.hard_words.end()) return &*it;
    if (auto it = hard_stems_.find(stem); it != hard_stems_.end()) return it->second;
  }
  return nullptr;
}

bool Lexicon::PlainByDictionary(const std::string& lower) {
  DutchDictionary* dictionary = Dictionary();
  if (!dictionary) return false;
  for (const std::string& stem : dictionary->Stems(lower)) {
    if (stem != lower && WholeWordStem(stem, lower) && (plain_.IsForm(stem) || plain_.IsCompound(stem))) return true;
  }
  return false;
}

const WordInfo& Lexicon::InfoOf(LowerWord& word) {
  if (!word.analysed) {
    word.info = Analyse(word.text);
    word.analysed = true;
  }
  return word.info;
}

// A word is judged by the lists first: hard (listed, or a form of a listed word), officialese by
// its build, plain (listed, a form, a compound of plain parts); only a word none of that settles and
// that has many syllables is long.
WordInfo Lexicon::Analyse(const std::string& lower) {
  WordInfo info;
  info.syllables = syllables_.Count(lower);
  const bool plain = analysis_.IsPlain(lower);
  const bool listed = plain || plain_.Listed(lower);
  const bool form = listed || plain_.IsForm(lower);
  auto hard = config_.hard_words.find(lower);
  if (hard != config_.hard_words.end()) {
    info.hard = &hard->second;
  } else if (!form) {
    if (const auto* lemma = HardLemmaOf(lower)) {
      info.hard = &lemma->second;
      info.hard_lemma = &lemma->first;
    } else {
      info.latinate = LooksOfficial(lower) && !plain_.SplitsIntoParts(lower);  // buurthuis-activiteiten
    }
  }
  info.phrase_start = phrase_starts_.count(lower) > 0;
  info.long_word = info.syllables >= config_.long_word_syllables && !form && !info.hard && !info.latinate &&
                   !plain_.IsCompound(lower) && !PlainByDictionary(lower);
  info.worden = kWordenForms.count(lower) > 0;
  info.zijn = kZijnForms.count(lower) > 0;
  info.participle_after_worden = analysis_.IsParticiple(lower, false);
  info.participle_after_zijn = analysis_.IsParticiple(lower, true);
  info.u_form = kUForms.count(lower) > 0;
  info.je_form = kJeForms.count(lower) > 0;
  info.ing_noun = (EndsWith(lower, "ing") || EndsWith(lower, "ingen")) && lower.size() >= 6 && !plain;
  info.infinitive = EndsWith(lower, "en") && lower.size() >= 4 && !plain;  // doen, gaan, zien
  if (info.hard || info.latinate) info.triggers |= kTriggerHard;
  if (info.phrase_start) info.triggers |= kTriggerPhraseStart;
  if (info.long_word) info.triggers |= kTriggerLong;
  if (info.worden || info.zijn) info.triggers |= kTriggerAuxiliary;
  if (info.participle_after_worden || info.participle_after_zijn) info.triggers |= kTriggerParticiple;
  if (info.ing_noun || info.infinitive) info.triggers |= kTriggerNoun;
  if (info.u_form) info.triggers |= kTriggerAddress | kTriggerUForm;
  if (info.je_form) info.triggers |= kTriggerAddress | kTriggerJeForm;
  return info;
}

}  // namespace nietpluis
