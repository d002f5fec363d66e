// Tests of cutting text into chunks: spaces, punctuation at a chunk's edges, words and abbreviations.
#include "language/tokens.h"

#include <catch2/catch.hpp>

#include <string>

namespace nietpluis {
namespace {

TEST_CASE("Punctuation at a chunk's edges, ASCII and typographic", "[taal][tekens]") {
  CHECK(PunctuationPrefix("(bijvoorbeeld") == 1);
  CHECK(PunctuationPrefix("\"(woord") == 2);
  CHECK(PunctuationPrefix("\xE2\x80\x9Ewoord") == 3);  // a low opening quote
  CHECK(PunctuationPrefix("woord") == 0);
  CHECK(PunctuationSuffix("woord.") == 1);
  CHECK(PunctuationSuffix("woord?\xE2\x80\x9D") == 4);  // a question mark and a closing quote
  CHECK(PunctuationSuffix("woord\xE2\x80\xA6") == 3);   // an ellipsis
  CHECK(PunctuationSuffix("e-mail") == 0);
  CHECK(PunctuationSuffix("...") == 3);
}

TEST_CASE("FindSpace finds the first space as a byte-by-byte search would, at any length", "[taal][tekens]") {
  const std::string spaces = " \t\n\r\f\v";
  for (std::size_t length = 0; length <= 40; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (char space : spaces) {
        std::string text(length, 'x');
        if (at < length) text[at] = space;
        const char* found = FindSpace(text.data(), text.data() + text.size());
        CHECK(static_cast<std::size_t>(found - text.data()) == at);
      }
    }
  }
  // UTF-8 letters are no spaces, though their bytes are above 0x7F.
  const std::string dutch = "cre\xC3\xAB" "er\xC3\xA9n\xE2\x80\x94 x";
  CHECK(FindSpace(dutch.data(), dutch.data() + dutch.size()) == dutch.data() + dutch.find(' '));
}

TEST_CASE("A sentence ends at . ! ? and an ellipsis", "[taal][zinnen]") {
  CHECK(EndsSentence("."));
  CHECK(EndsSentence("?)"));
  CHECK(EndsSentence("!\""));
  CHECK(EndsSentence("\xE2\x80\xA6"));
  CHECK_FALSE(EndsSentence(","));
  CHECK_FALSE(EndsSentence(":"));
}

TEST_CASE("What counts as a word", "[taal][tekens]") {
  CHECK(IsWordLike("buurman"));
  CHECK(IsWordLike("o.a"));
  CHECK(IsWordLike("cre\xC3\xABren"));
  CHECK_FALSE(IsWordLike("welzijn.nl"));
  CHECK_FALSE(IsWordLike("info@voorbeeld.nl"));
  CHECK_FALSE(IsWordLike("https://www.voorbeeld.nl"));
  CHECK_FALSE(IsWordLike("17.00"));
  CHECK_FALSE(IsWordLike("-"));
  CHECK_FALSE(IsWordLike(""));
  CHECK(IsFourDigits("1234"));
  CHECK_FALSE(IsFourDigits("123"));
  CHECK(IsTwoCapitals("AB"));
  CHECK_FALSE(IsTwoCapitals("Ab"));
}

TEST_CASE("Abbreviations whose dot does not end a sentence, and ones that close a list", "[taal][zinnen]") {
  CHECK(IsAbbreviation("bijv"));
  CHECK(IsAbbreviation("d.w.z"));
  CHECK_FALSE(IsAbbreviation("enz"));
  CHECK_FALSE(IsAbbreviation("buurt"));
  CHECK(IsClosingAbbreviation("enz"));
  CHECK(IsClosingAbbreviation("etc"));
  CHECK_FALSE(IsClosingAbbreviation("bijv"));
}

}  // namespace
}  // namespace nietpluis
