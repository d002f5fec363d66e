// Splitting a page's text into sentences, in one pass: each chunk of text is cut off its punctuation,
// looked up once in the lexicon and added to the page's pieces; when a sentence ends, configured
// names in it are merged into one word and the sentence goes to a sink (the rules).
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "content/markdown.h"
#include "language/language_config.h"
#include "language/language_score.h"
#include "language/lexicon.h"
#include "language/sentence.h"

namespace nietpluis {

// A finished sentence's words, names merged, as the rules read them.
struct SentenceWords {
  const std::vector<WordRef>& words;
  const std::vector<const WordInfo*>& infos;  // per word: its analysis; null when it is not checked
  WordsSeen seen;                             // what the words can trigger

  const LowerWord& LowerOf(std::size_t w) const { return *words[w].lexeme->lower; }
  const std::string& Lower(std::size_t w) const { return LowerOf(w).text; }
  // The lower-case word's triggers as the word's own entry keeps them (see Lexeme).
  unsigned LowerTriggers(std::size_t w) const { return words[w].lexeme->lower_triggers; }
};

class SentenceSink {
 public:
  // `sentence.pieces` is valid during the call only: the page's pieces may grow after it.
  virtual void OnSentence(Sentence& sentence, const SentenceWords& words) = 0;

 protected:
  ~SentenceSink() = default;
};

class SentenceSplitter {
 public:
  // Working lists kept from page to page, so a page allocates them once at most.
  struct Scratch {
    std::vector<WordRef> words;          // of the sentence being split off
    std::vector<const WordInfo*> infos;  // per word of it: its analysis, null when unchecked
    std::vector<std::pair<std::size_t, std::size_t>> extents;  // each sentence's first piece and count
  };

  // Adds to `pieces`, `sentences` and the counts of `score`.
  SentenceSplitter(Lexicon& lexicon, const LanguageConfig& config, Scratch& scratch, std::vector<Piece>& pieces,
                   std::vector<Sentence>& sentences, LanguageScore& score, SentenceSink& sink);

  // Splits every block (a heading or paragraph never runs into the next), hands each sentence to the
  // sink, and at the end points every sentence at its pieces.
  void Split(const std::vector<TextBlock>& text);

 private:
  void Block(const TextBlock& block, std::size_t index);
  void Run(const TextRun& run);
  void Chunk(std::string_view chunk, int line);
  void Add(std::string_view text, bool word, int line, Lexeme* lexeme);
  void Finish();
  void MergeNames(Sentence& sentence);
  WordsSeen LookUpWords();

  Lexicon& lexicon_;
  const LanguageConfig& config_;
  std::vector<Piece>& pieces_;
  std::vector<Sentence>& sentences_;
  LanguageScore& score_;
  SentenceSink& sink_;
  // The sentence being split off.
  std::size_t first_ = 0;  // its first piece
  bool started_ = false;    // it has a piece
  int words_ = 0;
  int line_ = 0;
  std::size_t block_ = 0;
  bool heading_ = false;
  bool one_stretch_ = true;            // all its pieces so far come from one run
  bool names_possible_ = false;        // a word of it starts a configured name
  WordsSeen seen_;                     // what its words can trigger, and their sums for the score
  int syllables_ = 0, long_words_ = 0;
  bool previous_four_digits_ = false;  // the last core was "1234": a following "AB" is a postcode's
  bool closing_abbreviation_ = false;  // the last word was "enz.": a capital next starts a new sentence
  // In the scratch space.
  std::vector<WordRef>& words_in_sentence_;
  std::vector<const WordInfo*>& infos_;
  std::vector<std::pair<std::size_t, std::size_t>>& extents_;
};

}  // namespace nietpluis
