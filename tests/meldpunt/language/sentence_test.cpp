// Tests of a sentence's text for a finding's message.
#include "language/sentence.h"

#include <catch2/catch.hpp>

#include <vector>

namespace nietpluis {
namespace {

TEST_CASE("Snippet cuts a sentence after a number of words, SentenceText gives all of it", "[taal][zinnen]") {
  std::vector<Piece> pieces = {{" ", false}, {"Wij", true}, {" ", false}, {"bellen", true},
                               {" ", false}, {"u", true},   {".", false}, {" ", false}};
  Sentence sentence;
  sentence.pieces = pieces;
  CHECK(Snippet(sentence, 2) == "Wij bellen ...");
  CHECK(Snippet(sentence, 3) == "Wij bellen u.");
  CHECK(SentenceText(sentence) == "Wij bellen u.");
}

}  // namespace
}  // namespace nietpluis
