// A sentence's text for a finding's message.
#include "language/sentence.h"

#include "base/text.h"

namespace nietpluis {

std::string Snippet(const Sentence& sentence, int max_words) {
  std::string text;
  int words = 0;
  for (const Piece& piece : sentence.pieces) {
    if (piece.is_word && ++words > max_words) return std::string(Trim(text)) + " ...";
    text += piece.text;
  }
  return std::string(Trim(text));
}

std::string SentenceText(const Sentence& sentence) {
  std::string text;
  for (const Piece& piece : sentence.pieces) text += piece.text;
  return std::string(Trim(text));
}

}  // namespace nietpluis
