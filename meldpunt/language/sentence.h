// A page's text as the B1 check splits it: pieces (words and what lies between them) and sentences
// made of stretches of pieces.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace nietpluis {

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
  std::span<Piece> pieces;  // a stretch of its PageLanguage's pieces
  int line = 0;          // of its first word
  std::size_t block = 0;  // index of the paragraph or heading it is in
  bool is_heading = false;
  int words = 0;
  bool flagged = false;  // a sentence-level finding points here
  bool one_stretch = false;  // its pieces lie next to each other in one string: its text is one view
};

// The sentence's text up to `max_words` words, with " ..." when there is more; trimmed.
std::string Snippet(const Sentence& sentence, int max_words);
// The whole sentence's text, trimmed.
std::string SentenceText(const Sentence& sentence);

}  // namespace nietpluis
