// The splitter's loop runs once per chunk of a site's text; what it calls per chunk is inline
// (tokens.h, text_table.h), so the whole loop compiles into one function.
#include "language/sentence_splitter.h"

#include <cctype>
#include <span>

#include "base/text.h"
#include "language/tokens.h"

namespace nietpluis {
namespace {

bool IsBlank(std::string_view text) { return Trim(text).empty(); }

}  // namespace

SentenceSplitter::SentenceSplitter(Lexicon& lexicon, const LanguageConfig& config, Scratch& scratch,
                                   std::vector<Piece>& pieces, std::vector<Sentence>& sentences, LanguageScore& score,
                                   SentenceSink& sink)
    : lexicon_(lexicon),
      config_(config),
      pieces_(pieces),
      sentences_(sentences),
      score_(score),
      sink_(sink),
      words_in_sentence_(scratch.words),
      infos_(scratch.infos),
      extents_(scratch.extents) {
  words_in_sentence_.clear();
  extents_.clear();
}

// Inline into the loop over chunks (see Run).
[[gnu::always_inline]] inline void SentenceSplitter::Add(std::string_view text, bool word, int line, Lexeme* lexeme) {
  std::vector<Piece>& pieces = pieces_;
  if (!started_) {
    if (!word && IsBlank(text)) return;  // no leading spaces
    line_ = line;
    started_ = true;
  }
  if (word) {
    if (words_++ == 0) line_ = line;
    words_in_sentence_.push_back(WordRef{pieces.size(), lexeme});
    names_possible_ |= lexeme->name_start;
    // What the rules and the score read of every word, while its entry is at hand. Unless a name
    // gets merged (see Finish), the sentence's words are not looked up again.
    infos_.push_back(lexeme->info ? lexeme->info : &lexicon_.InfoOf(*lexeme));
    seen_.triggers |= lexeme->lower_triggers | lexeme->info_triggers;
    seen_.noun_phrases |= lexeme->noun_phrases_started;
    syllables_ += lexeme->syllables;
    long_words_ += lexeme->syllables >= config_.long_word_syllables;
  }
  pieces.push_back(Piece{text, word, word, false, line});
}

void SentenceSplitter::Split(const std::vector<TextBlock>& text) {
  for (std::size_t i = 0; i < text.size(); ++i) Block(text[i], i);
  // Only now is the pieces vector done growing.
  for (std::size_t s = 0; s < sentences_.size(); ++s) {
    sentences_[s].pieces = std::span<Piece>(pieces_.data() + extents_[s].first, extents_[s].second);
  }
}

void SentenceSplitter::Block(const TextBlock& block, std::size_t index) {
  block_ = index;
  heading_ = block.is_heading();
  for (const TextRun& run : block.runs) Run(run);
  closing_abbreviation_ = false;
  Finish();
}

// Everything it calls is inlined (Finish excepted): this loop runs once per chunk of a site's text.
[[gnu::flatten]] void SentenceSplitter::Run(const TextRun& run) {
  const char* at = run.text.data();
  const char* const end = at + run.text.size();
  if (started_) one_stretch_ = false;  // the sentence goes on in another string
  while (at < end) {
    const char* chunk_end = at + 1;
    if (IsSpaceByte(*at)) {
      while (chunk_end < end && IsSpaceByte(*chunk_end)) ++chunk_end;
      Add(std::string_view(at, static_cast<std::size_t>(chunk_end - at)), false, run.line, nullptr);
    } else {
      chunk_end = FindSpace(chunk_end, end);
      Chunk(std::string_view(at, static_cast<std::size_t>(chunk_end - at)), run.line);
    }
    at = chunk_end;
  }
}

void SentenceSplitter::Chunk(std::string_view chunk, int line) {
  const std::size_t lead = MayBePunctuation(chunk.front()) ? PunctuationPrefix(chunk) : 0;
  const std::size_t trail =
      lead < chunk.size() && MayBePunctuation(chunk.back()) ? PunctuationSuffix(chunk.substr(lead)) : 0;
  const std::string_view core = chunk.substr(lead, chunk.size() - lead - trail);
  const std::string_view trailing = chunk.substr(chunk.size() - trail);
  if (closing_abbreviation_) {
    closing_abbreviation_ = false;
    if (!core.empty() && std::isupper(static_cast<unsigned char>(core.front()))) Finish();
  }
  if (lead > 0) Add(chunk.substr(0, lead), false, line, nullptr);
  Lexeme* lexeme = nullptr;
  if (!core.empty()) {
    lexeme = &lexicon_.LexemeOf(core);
    const bool word = lexeme->word_like && !(lexeme->two_capitals && previous_four_digits_);
    Add(core, word, line, lexeme);
    previous_four_digits_ = lexeme->four_digits;
  }
  if (trail == 0) return;
  Add(trailing, false, line, nullptr);
  const bool dot = trailing == "." && lexeme;
  if (dot && lexeme->closing_abbreviation) {
    closing_abbreviation_ = true;
    return;
  }
  if (EndsSentence(trailing) && !(dot && lexeme->abbreviation)) Finish();
}

[[gnu::noinline]] void SentenceSplitter::Finish() {
  std::vector<Piece>& pieces = pieces_;
  while (pieces.size() > first_ && IsBlank(pieces.back().text)) pieces.pop_back();
  if (words_ > 0) {
    Sentence sentence;
    sentence.line = line_;
    sentence.block = block_;
    sentence.is_heading = heading_;
    sentence.words = words_;
    sentence.one_stretch = one_stretch_;
    WordsSeen seen = seen_;
    if (names_possible_) {
      MergeNames(sentence);
      seen = LookUpWords();  // names are neither checked nor scored
    } else {
      AddScoredWords(&score_, static_cast<int>(infos_.size()), syllables_, long_words_);
    }
    AddSentence(&score_, sentence.words);
    sentence.pieces = std::span<Piece>(pieces.data() + first_, pieces.size() - first_);
    sink_.OnSentence(sentence, SentenceWords{words_in_sentence_, infos_, seen});
    extents_.emplace_back(first_, pieces.size() - first_);
    sentences_.push_back(sentence);
  } else {
    pieces.resize(first_);
  }
  first_ = pieces.size();
  started_ = false;
  words_ = 0;
  line_ = 0;
  one_stretch_ = true;
  names_possible_ = false;
  words_in_sentence_.clear();
  infos_.clear();
  seen_ = WordsSeen{};
  syllables_ = 0;
  long_words_ = 0;
}

// Joins a configured name written over several words into one word that is counted but not checked.
void SentenceSplitter::MergeNames(Sentence& sentence) {
  std::vector<Piece>& pieces = pieces_;
  std::vector<WordRef>& words = words_in_sentence_;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (!words[w].lexeme->name_start) continue;
    // Of the names starting with this word, the longest that matches wins.
    const std::vector<std::string>* best = nullptr;
    auto [begin, end] = lexicon_.names().equal_range(words[w].lexeme->text);
    for (auto it = begin; it != end; ++it) {
      const std::vector<std::string>& candidate = *it->second;
      if (w + candidate.size() > words.size() || (best && candidate.size() <= best->size())) continue;
      bool match = true;
      for (std::size_t k = 1; k < candidate.size() && match; ++k) match = pieces[words[w + k].piece].text == candidate[k];
      if (match) best = &candidate;
    }
    if (!best || best->size() < 2) {
      if (best) pieces[words[w].piece].checked = false;  // a one-word name
      continue;
    }
    const std::size_t first = words[w].piece, last = words[w + best->size() - 1].piece;
    // Only a name written in one stretch of source text can become one piece.
    bool contiguous = true;
    for (std::size_t p = first + 1; p <= last && contiguous; ++p) {
      const Piece& before = pieces[p - 1];
      contiguous = before.text.data() + before.text.size() == pieces[p].text.data() &&
                   (pieces[p].is_word || IsBlank(pieces[p].text));
    }
    if (!contiguous) continue;
    const Piece& end_piece = pieces[last];
    Piece& merged = pieces[first];
    merged.text = std::string_view(merged.text.data(),
                                   static_cast<std::size_t>(end_piece.text.data() + end_piece.text.size() - merged.text.data()));
    merged.checked = false;
    pieces.erase(pieces.begin() + static_cast<std::ptrdiff_t>(first) + 1,
                 pieces.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    sentence.words -= static_cast<int>(best->size()) - 1;
    // The merged word stands for the whole name; the words after it move up.
    words[w].lexeme = &lexicon_.LexemeOf(merged.text);
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(w) + 1,
                words.begin() + static_cast<std::ptrdiff_t>(w + best->size()));
    for (std::size_t k = w + 1; k < words.size(); ++k) words[k].piece -= last - first;
  }
}

// The sentence's words once names are merged: each checked word's analysis into infos_, its
// score, and which rules the words can trigger.
WordsSeen SentenceSplitter::LookUpWords() {
  const std::size_t count = words_in_sentence_.size();
  infos_.resize(count);
  const WordRef* words = words_in_sentence_.data();
  const WordInfo** infos = infos_.data();
  const Piece* pieces = pieces_.data();
  const int long_limit = config_.long_word_syllables;
  unsigned triggers = 0;
  std::uint32_t noun_phrases = 0;
  int scored = 0, syllables = 0, long_words = 0;
  for (std::size_t w = 0; w < count; ++w) {
    Lexeme& lexeme = *words[w].lexeme;
    triggers |= lexeme.lower_triggers;
    noun_phrases |= lexeme.noun_phrases_started;
    const WordInfo* info = nullptr;
    if (pieces[words[w].piece].checked) {
      info = lexeme.info ? lexeme.info : &lexicon_.InfoOf(lexeme);
      triggers |= lexeme.info_triggers;
      ++scored;
      syllables += lexeme.syllables;
      long_words += lexeme.syllables >= long_limit;
    }
    infos[w] = info;
  }
  AddScoredWords(&score_, scored, syllables, long_words);
  return WordsSeen{triggers, noun_phrases};
}

}  // namespace nietpluis
