// Learning a word: its lower case, its syllables, which lists it is on, which rules it can trigger.
#include "language/lexicon.h"

#include <cctype>
#include <cstdlib>

#include "base/text.h"
#include "language/tokens.h"

namespace nietpluis {
namespace {

const std::unordered_set<std::string> kWordenForms = {"word", "wordt", "worden", "werd", "werden"};
const std::unordered_set<std::string> kZijnForms = {"is", "zijn", "ben", "bent", "was", "waren"};
const std::unordered_set<std::string> kUForms = {"u", "uw"};
const std::unordered_set<std::string> kJeForms = {"je", "jij", "jou", "jouw", "jullie", "jezelf"};

}  // namespace

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
    : config_(config), syllables_(syllables), analysis_(config) {
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
  }
  return *lexeme.info;
}

const WordInfo& Lexicon::InfoOf(LowerWord& word) {
  if (!word.analysed) {
    word.info = Analyse(word.text);
    word.analysed = true;
  }
  return word.info;
}

WordInfo Lexicon::Analyse(const std::string& lower) {
  WordInfo info;
  info.syllables = syllables_.Count(lower);
  const bool plain = analysis_.IsPlain(lower);
  auto hard = config_.hard_words.find(lower);
  if (hard != config_.hard_words.end()) info.hard = &hard->second;
  info.phrase_start = phrase_starts_.count(lower) > 0;
  info.long_word = info.syllables >= config_.long_word_syllables && !plain && !info.hard && !analysis_.IsPlainCompound(lower);
  info.worden = kWordenForms.count(lower) > 0;
  info.zijn = kZijnForms.count(lower) > 0;
  info.participle_after_worden = analysis_.IsParticiple(lower, false);
  info.participle_after_zijn = analysis_.IsParticiple(lower, true);
  info.u_form = kUForms.count(lower) > 0;
  info.je_form = kJeForms.count(lower) > 0;
  info.ing_noun = (EndsWith(lower, "ing") || EndsWith(lower, "ingen")) && lower.size() >= 6 && !plain;
  info.infinitive = EndsWith(lower, "en") && lower.size() >= 4 && !plain;  // doen, gaan, zien
  if (info.hard) info.triggers |= kTriggerHard;
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
