// What the B1 check learns about each distinct word, once: as written (a Lexeme: is it a word, an
// abbreviation, the start of a name) and in lower case (a LowerWord with its WordInfo: syllables,
// hard, long, participle...). Each word also says which rules it can trigger, so a sentence runs
// only the rules its words can fire. Not thread-safe: one per checker.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "language/compound.h"
#include "language/language_config.h"
#include "language/spelling.h"
#include "language/syllables.h"
#include "language/text_table.h"
#include "language/word_analysis.h"

namespace nietpluis {

// What the rules need to know about one lower-case word; worked out the first time a checked word
// needs it. `triggers` says which rules can fire on the word, so a sentence runs only those.
struct WordInfo {
  int syllables = 0;
  bool long_word = false;             // at least the limit in syllables, and not plain or a plain compound
  const std::string* hard = nullptr;  // the plain alternative when this word alone is hard
  const std::string* hard_lemma = nullptr;  // when it is a form of a listed hard word: that word
  bool latinate = false;  // not listed, but built like officialese: faciliteren, structureel, preventief
  bool phrase_start = false;          // may start a hard phrase of several words
  bool worden = false, zijn = false;
  bool participle_after_worden = false, participle_after_zijn = false;
  bool u_form = false, je_form = false;
  bool ing_noun = false;    // an -ing noun that is not listed as plain
  bool infinitive = false;  // looks like an infinitive that is not listed as plain
  unsigned triggers = 0;
};

enum Trigger : unsigned {
  kTriggerHard = 1u << 0,
  kTriggerLong = 1u << 1,
  kTriggerAuxiliary = 1u << 2,
  kTriggerParticiple = 1u << 3,
  kTriggerNoun = 1u << 4,           // -ing noun or infinitive
  kTriggerAddress = 1u << 5,        // u/uw or a je form (the two below)
  kTriggerVan = 1u << 6,            // the word is "van" (checked or not: the rules read names' words too)
  kTriggerNounPhrase = 1u << 7,     // the word starts one of kNounPhrases
  kTriggerPhraseStart = 1u << 8,    // the word may start a hard phrase
  kTriggerPhraseSecond = 1u << 9,   // the word may come second in a hard phrase
  kTriggerUForm = 1u << 10,
  kTriggerJeForm = 1u << 11,
  kTriggerSpelling = 1u << 12,      // the word as written is unknown to the dictionary (a Lexeme's bit)
};

// Fixed phrases of noun style ("in behandeling", "tot stand").
extern const std::vector<std::vector<std::string>> kNounPhrases;
// Bit `kNounPhraseBit[i] + k` of LowerWord::noun_phrase_words: the word is word k of kNounPhrases[i].
extern const std::vector<unsigned> kNounPhraseBit;

// One distinct word in lower case.
struct LowerWord {
  std::string text;
  unsigned triggers = 0;  // kTriggerVan, kTriggerNounPhrase, kTriggerPhraseSecond
  bool article = false;   // de, het, een
  bool het = false;
  std::uint32_t noun_phrase_words = 0;
  std::uint32_t noun_phrases_started = 0;  // bit i: the word is the first of kNounPhrases[i]
  bool analysed = false;
  WordInfo info;
};

// One distinct core of a chunk (the chunk without leading and trailing punctuation), as written.
// What is read for every word comes first, with the text, so that it shares the entry's first cache
// line; entries are aligned to lines.
struct alignas(64) Lexeme {
  bool word_like = false;
  bool two_capitals = false;          // "AB": not a word after a postcode's four digits
  bool four_digits = false;
  bool abbreviation = false;          // "bijv": its dot does not end a sentence
  bool closing_abbreviation = false;  // "enz": its dot ends a sentence only when a capital follows
  bool name_start = false;            // starts with a capital and some configured name starts with it
  // Copies of what the rules read for every word, so the tokenizer touches only this entry.
  unsigned lower_triggers = 0;
  std::uint32_t noun_phrases_started = 0;
  unsigned info_triggers = 0;
  int syllables = 0;
  const WordInfo* info = nullptr;  // the lower-case word's analysis, once a checked word needed it
  bool unknown = false;            // spelt as no word the dictionary or our lists know
  std::string text;
  LowerWord* lower = nullptr;
};

// Names by their first word, so a sentence is only compared with the names that could start there.
using NameIndex = std::unordered_multimap<std::string_view, const std::vector<std::string>*>;

// A word of the sentence being checked: its piece in the page and its entry.
struct WordRef {
  std::size_t piece;  // index into the page's pieces
  Lexeme* lexeme;
};

// What a sentence's words can trigger.
struct WordsSeen {
  unsigned triggers = 0;           // of all words: which rules can fire
  std::uint32_t noun_phrases = 0;  // bit i: the sentence holds the first word of kNounPhrases[i]
};

class Lexicon {
 public:
  Lexicon(const LanguageConfig& config, SyllableCounter& syllables);
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // The entry of a chunk's core as written; inline, since it runs once per word of a site.
  Lexeme& LexemeOf(std::string_view core) {
    return lexemes_.FindOrAdd(core, [this](std::string_view text) { return MakeLexeme(text); });
  }
  LowerWord& LowerOf(std::string_view lower);
  // The analysis of a checked word, worked out the first time any of its spellings needs it.
  const WordInfo& InfoOf(Lexeme& lexeme);
  const WordInfo& InfoOf(LowerWord& word);

  // Whether `lower` is a Dutch word: on our lists or known to the dictionary. For the advice's
  // verbs ("afhandelen"): a guess of the rules is named only when this says yes.
  bool IsDutchWord(const std::string& lower);
  // The plain alternative of a listed hard word or phrase (exactly as listed); null for none.
  const std::string* HardAlternative(const std::string& lower) const {
    auto it = config_.hard_words.find(lower);
    return it == config_.hard_words.end() ? nullptr : &it->second;
  }
  // The plain verb to name instead of the listed hard verb `infinitive` ("verwerken" -> "gebruiken"),
  // when its alternative is one verb; else `infinitive` itself.
  std::string PlainVerbFor(const std::string& infinitive) const;
  // Up to three suggestions for an unknown word as written.
  std::vector<std::string> SuggestionsFor(const std::string& word);

  // Whether `phrase` is some hard phrase cut before one of its spaces.
  bool IsPhrasePrefix(const std::string& phrase) const { return phrase_prefixes_.count(phrase) > 0; }
  const NameIndex& names() const { return names_; }
  std::size_t distinct_words() const { return lexemes_.size(); }

 private:
  Lexeme MakeLexeme(std::string_view text);
  WordInfo Analyse(const std::string& lower);
  // The listed hard word `lower` is a form of, by the dictionary's stems; null for none.
  const std::pair<const std::string, std::string>* HardLemmaOf(const std::string& lower);
  bool PlainByDictionary(const std::string& lower);
  bool NeedsSpelling(const Lexeme& lexeme, const WordInfo& info) const;
  // The shared dictionary, loaded the first time a word needs it; null without hunspell-nl.
  DutchDictionary* Dictionary();

  const LanguageConfig& config_;
  SyllableCounter& syllables_;
  WordAnalysis analysis_;
  PlainWords plain_;
  std::unordered_map<std::string, const std::pair<const std::string, std::string>*> hard_stems_;  // "verstrek" -> verstrekken
  // The forms FormsOf makes of each listed hard word ("verstrekte" -> verstrekken), so most forms are
  // known without loading the dictionary; a listed plain word wins over a made form.
  std::unordered_map<std::string, const std::pair<const std::string, std::string>*> hard_forms_;
  std::unordered_set<std::string> name_words_;  // each configured name's words, lower case
  DutchDictionary* dictionary_ = nullptr;
  bool dictionary_asked_ = false;
  std::unordered_set<std::string> phrase_starts_;    // first words of hard phrases
  std::unordered_set<std::string> phrase_prefixes_;  // every hard phrase cut before each of its spaces
  std::unordered_set<std::string> phrase_seconds_;   // what can follow a phrase's first word
  NameIndex names_;
  TextTable<Lexeme> lexemes_;
  TextTable<LowerWord> lower_words_;
};

}  // namespace nietpluis
