// Tests of the readability score: Flesch-Douma, the counts and the labels.
#include "language/language_score.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "language_test_text.h"

namespace nietpluis {
namespace {

using namespace language_test;

// ---------------------------------------------------------------------------------------------
// Score

TEST_CASE("Score of a tiny text, Flesch-Douma computed by hand", "[taal][score]") {
  // Wij(1) bel-len(2) u(1). De(1) buur-man(2) helpt(1): 8 syllables, 6 words, 2 sentences.
  Text text;
  text.Paragraph("Wij bellen u. De buurman helpt.", 1);
  PageLanguage language = Check(text, LanguageConfig{});
  const LanguageScore& score = language.score;
  CHECK(score.sentences == 2);
  CHECK(score.words == 6);
  CHECK(score.scored_words == 6);
  CHECK(score.syllables == 8);
  CHECK(score.average_sentence_length == Approx(3.0));
  CHECK(score.long_words == 0);
  CHECK(score.long_word_share == Approx(0.0));
  // 206.84 - 0.77 * (100 * 8 / 6) - 0.93 * 3 = 206.84 - 102.666... - 2.79
  CHECK(score.flesch_douma == 100.0);  // 101.38 by the formula, clamped to the scale
  CHECK(score.errors == 0);
  CHECK(score.warnings == 0);
  CHECK(DoumaLabel(score.flesch_douma) == "heel makkelijk");
}

TEST_CASE("Score with long words, findings per kind and names left out of the syllables", "[taal][score]") {
  LanguageConfig config = PlainConfig();
  config.names = {{"Gemeente", "Proef"}};
  // "Gemeente Proef" is one word, and its syllables are not counted.
  Text text;
  text.Paragraph("Gemeente Proef helpen u.", 1)
      .Paragraph("Indien u twijfelt, bel ons.", 2)
      .Paragraph("Toegankelijkheid is fijn.", 3)
      .Paragraph("Je mag ons bellen.", 4);
  PageLanguage language = Check(text, config);
  const LanguageScore& score = language.score;
  CHECK(score.sentences == 4);
  CHECK(score.words == 3 + 5 + 3 + 4);
  CHECK(score.scored_words == 2 + 5 + 3 + 4);
  // hel-pen 2, u 1 | in-dien 2, u 1, twij-felt 2, bel 1, ons 1 | toe-gan-ke-lijk-heid 5, is 1, fijn 1 |
  // je 1, mag 1, ons 1, bel-len 2
  CHECK(score.syllables == 3 + 7 + 7 + 5);
  CHECK(score.long_words == 1);
  CHECK(score.long_word_share == Approx(1.0 / 14));
  CHECK(score.average_sentence_length == Approx(15.0 / 4));
  CHECK(score.flesch_douma == Approx(206.84 - 0.77 * (100.0 * 22 / 14) - 0.93 * (15.0 / 4)));
  CHECK(score.counts[static_cast<std::size_t>(FindingKind::kLongSentence)] == 0);
  CHECK(score.counts[static_cast<std::size_t>(FindingKind::kLongWord)] == 1);
  CHECK(score.counts[static_cast<std::size_t>(FindingKind::kHardWord)] == 1);
  CHECK(score.counts[static_cast<std::size_t>(FindingKind::kPassive)] == 0);
  CHECK(score.counts[static_cast<std::size_t>(FindingKind::kNounStyle)] == 0);
  CHECK(score.counts[static_cast<std::size_t>(FindingKind::kAddressForm)] == 1);
  CHECK(score.errors == 1);
  CHECK(score.warnings == 2);
}

TEST_CASE("schoon.md: a plain page has no findings and an easy score", "[taal][score]") {
  auto checked = CheckCorpus("schoon.md");
  const PageLanguage& language = checked->language;
  CHECK(Summary(language) == std::vector<std::string>{});
  // The title "Wat is niet pluis?" is read too: 11 sentences of 64 words.
  CHECK(language.score.sentences == 11);
  CHECK(language.score.words == 64);
  CHECK(language.score.average_sentence_length == Approx(64.0 / 11));
  CHECK(language.score.errors == 0);
  CHECK(language.score.warnings == 0);
  CHECK(language.score.flesch_douma > 80);
  // The title and the headings are sentences of their own.
  CHECK(language.sentences.at(0).is_heading);
  CHECK(TextOf(language.sentences.at(0)) == "Wat is niet pluis?");
  CHECK(language.sentences.at(0).line == 2);
  CHECK(language.sentences.at(1).is_heading);
  CHECK(TextOf(language.sentences.at(1)) == "Wat is niet pluis?");
  CHECK(language.sentences.at(8).is_heading);
  CHECK(TextOf(language.sentences.at(8)) == "Wat doen wij?");
}

TEST_CASE("DoumaLabel names the bands of the Flesch-Douma score", "[taal][score]") {
  CHECK(DoumaLabel(90) == "heel makkelijk");
  CHECK(DoumaLabel(89.9) == "makkelijk");
  CHECK(DoumaLabel(70) == "vrij makkelijk");
  CHECK(DoumaLabel(65) == "normaal");
  CHECK(DoumaLabel(50) == "vrij moeilijk");
  CHECK(DoumaLabel(30) == "moeilijk");
  CHECK(DoumaLabel(-5) == "heel moeilijk");
}

TEST_CASE("FinishScore computes the averages and counts findings by kind and level", "[taal][score]") {
  LanguageScore score;
  AddSentence(&score, 6);
  AddSentence(&score, 4);
  AddScoredWords(&score, 8, 12, 1);  // two names among the ten words are not scored
  std::vector<Finding> findings;
  AddFinding(&findings, FindingKind::kLongWord, Diagnostic::Level::kWarning, 1, "", "", "");
  AddFinding(&findings, FindingKind::kAddressForm, Diagnostic::Level::kError, 2, "", "", "");
  AddFinding(&findings, FindingKind::kLongWord, Diagnostic::Level::kWarning, 3, "", "", "");
  FinishScore(findings, &score);
  CHECK(score.sentences == 2);
  CHECK(score.words == 10);
  CHECK(score.average_sentence_length == Approx(5.0));
  CHECK(score.long_word_share == Approx(1.0 / 8));
  CHECK(score.flesch_douma == Approx(206.84 - 0.77 * 150.0 - 0.93 * 5.0));
  CHECK(score.counts[static_cast<std::size_t>(FindingKind::kLongWord)] == 2);
  CHECK(score.counts[static_cast<std::size_t>(FindingKind::kAddressForm)] == 1);
  CHECK(score.errors == 1);
  CHECK(score.warnings == 2);
}

TEST_CASE("FinishScore of an empty page leaves the score at zero", "[taal][score]") {
  LanguageScore score;
  FinishScore({}, &score);
  CHECK(score.average_sentence_length == 0);
  CHECK(score.flesch_douma == 0);
  CHECK(score.errors + score.warnings == 0);
}

}  // namespace
}  // namespace nietpluis
