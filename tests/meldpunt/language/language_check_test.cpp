// Tests of the B1 language check as a whole: a checker reused over pages gives a fresh one's results.
#include "language/language_check.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "language_test_text.h"

namespace nietpluis {
namespace {

using namespace language_test;

// "12: taal-woord indien" per flagged piece, and "12: taal-zin" per flagged sentence.
std::vector<std::string> Marks(const PageLanguage& language) {
  std::vector<std::string> marks;
  for (const Sentence& sentence : language.sentences) {
    if (sentence.flagged) marks.push_back(std::to_string(sentence.line) + ": taal-zin");
    for (const Piece& piece : sentence.pieces) {
      if (piece.flagged) marks.push_back(std::to_string(piece.line) + ": taal-woord " + std::string(piece.text));
    }
  }
  return marks;
}

// Made-up words: "a", "b", ... "ba", "bb", ...
std::string Letters(int number) {
  std::string word;
  do {
    word += static_cast<char>('a' + number % 26);
    number /= 26;
  } while (number > 0);
  return word;
}

TEST_CASE("A checker that has seen thousands of words and reuses its buffers gives a fresh one's result",
          "[taal][score]") {
  // 3,000 distinct words make its word tables grow well past their first size, and ReleaseText hands
  // each page's buffers back for the next.
  Text many;
  for (int i = 0; i < 3000; i += 3) {
    many.Paragraph("Wij bellen " + Letters(i) + " en " + Letters(i + 1) + "ing van " + Letters(i + 2) +
                       " indien je wilt, over de ontvankelijkheid.",
                   i + 1);
  }
  auto corpus = CheckCorpus("woorden.md");
  SyllableCounter counter;
  LanguageChecker checker(ExampleConfig(), counter);
  PageLanguage first = checker.Check(many.blocks);
  const std::size_t findings = first.findings.size();
  checker.ReleaseText(&first);
  CHECK(first.pieces.empty());
  CHECK(first.sentences.empty());
  CHECK(first.findings.size() == findings);  // findings and score stay
  CHECK(first.score.sentences == 1000);

  PageLanguage again = checker.Check(corpus->page.text);
  CHECK(Summary(again) == Summary(corpus->language));
  CHECK(Sentences(again) == Sentences(corpus->language));
  CHECK(Marks(again) == Marks(corpus->language));
  checker.ReleaseText(&again);

  PageLanguage fresh = Check(many, ExampleConfig());
  PageLanguage reused = checker.Check(many.blocks);
  CHECK(Summary(reused) == Summary(fresh));
  CHECK(Sentences(reused) == Sentences(fresh));
  CHECK(Marks(reused) == Marks(fresh));
  CHECK(reused.score.syllables == fresh.score.syllables);
  CHECK(reused.findings.size() == findings);
}


TEST_CASE("A LanguageChecker reused for several pages gives the same result as a fresh one", "[taal][score]") {
  auto first = CheckCorpus("woorden.md");
  auto second = CheckCorpus("naamwoordstijl.md");
  SyllableCounter counter;
  LanguageChecker checker(ExampleConfig(), counter);
  PageLanguage a = checker.Check(first->page.text);
  PageLanguage b = checker.Check(second->page.text);
  PageLanguage a_again = checker.Check(first->page.text);
  CHECK(Summary(a) == Summary(first->language));
  CHECK(Summary(b) == Summary(second->language));
  CHECK(Summary(a_again) == Summary(a));
  CHECK(a_again.score.syllables == first->language.score.syllables);
}

}  // namespace
}  // namespace nietpluis
