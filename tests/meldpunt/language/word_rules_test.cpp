// Tests of the word rules: long words, hard words and hard phrases.
#include "language/word_rules.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "language_test_text.h"

namespace nietpluis {
namespace {

using namespace language_test;

// ---------------------------------------------------------------------------------------------
// lang-woord and moeilijk-woord

TEST_CASE("woorden.md: long words unless made of plain words; hard words and phrases", "[taal][woorden]") {
  auto checked = CheckCorpus("woorden.md");
  // Not flagged: telefoonnummer (telefoon + nummer), e-mailadres (listed), ziekenhuisbezoek
  // (ziekenhuis + bezoek), verjaardagsfeest (verjaardag + s + feest). persoonsgegevens is long,
  // but hard: it gets the hard-word finding with its alternative only.
  CHECK(Summary(checked->language) ==
        std::vector<std::string>{
            "9 lang-woord waarschuwing: lang woord \"ontvankelijkheid\" (5 lettergrepen)",
            "11 lang-woord waarschuwing: lang woord \"buurtbemiddeling\" (5 lettergrepen)",
            "13 moeilijk-woord waarschuwing: moeilijk woord \"indien\"",
            "15 moeilijk-woord waarschuwing: moeilijk woord \"ten behoeve van\"",
            "17 moeilijk-woord waarschuwing: moeilijk woord \"persoonsgegevens\""});
  const std::vector<Finding>& f = checked->language.findings;
  REQUIRE(f.size() == 5);
  CHECK(f[0].text == "ontvankelijkheid");
  CHECK(f[0].suggestion == "zoek een korter woord, of zeg het met een paar gewone woorden");
  // The alternative in the writer's own sentence.
  CHECK(f[2].suggestion == "schrijf \"als\": \"Als u twijfelt, belt u ons ...\"");
  CHECK(f[3].text == "ten behoeve van");
  CHECK(f[3].suggestion == "schrijf \"voor\": \"Wij gebruiken uw naam voor de melding\"");
  CHECK(f[4].suggestion == "schrijf \"gegevens over u\": \"Wij bewaren geen gegevens over u langer dan nodig\"");
  // All three words of the phrase are marked.
  const Sentence& phrase = checked->language.sentences.at(6);  // sentence 0 is the title
  std::vector<std::string> marked;
  for (const Piece& piece : phrase.pieces) {
    if (piece.flagged) marked.emplace_back(piece.text);
  }
  CHECK(marked == std::vector<std::string>{"ten", "behoeve", "van"});
  const LanguageScore& score = checked->language.score;
  CHECK(score.counts[static_cast<std::size_t>(FindingKind::kLongWord)] == 2);
  CHECK(score.counts[static_cast<std::size_t>(FindingKind::kHardWord)] == 3);
  CHECK(score.warnings == 5);
  CHECK(score.errors == 0);
}

TEST_CASE("A compound is plain only when all its parts are plain", "[taal][woorden]") {
  Text text;
  text.Paragraph("Geef uw telefoonnummer aan de buurtwerker.", 4);
  LanguageConfig config = PlainConfig();
  CHECK(Check(text, config).findings.empty());
  config.plain_words.erase("nummer");
  CHECK(Summary(Check(text, config)) ==
        std::vector<std::string>{"4 lang-woord waarschuwing: lang woord \"telefoonnummer\" (5 lettergrepen)"});
  // The limit comes from the configuration: "buurtwerker" has 3 syllables.
  config.long_word_syllables = 3;
  config.plain_words.erase("werker");
  CHECK(LinesOf(Check(text, config), FindingKind::kLongWord) == std::vector<int>{4, 4});
}

TEST_CASE("The longest hard phrase wins over a shorter one and over its words", "[taal][woorden]") {
  Text text;
  text.Paragraph("Na ontvangst van uw melding bellen wij u.", 1).Paragraph("Na ontvangst bellen wij u.", 2);
  PageLanguage language = Check(text, ExampleConfig());
  CHECK(Summary(language) == std::vector<std::string>{
                                 "1 moeilijk-woord waarschuwing: moeilijk woord \"na ontvangst van\"",
                                 "2 moeilijk-woord waarschuwing: moeilijk woord \"na ontvangst\""});
  CHECK(language.findings.at(0).suggestion == "schrijf: als wij ... hebben");
}

TEST_CASE("A hard word is found whatever its case", "[taal][woorden]") {
  Text text;
  text.Paragraph("INDIEN u twijfelt, bel ons. Ten Behoeve Van uw buurman.", 1);
  PageLanguage language = Check(text, PlainConfig());
  CHECK(Summary(language) == std::vector<std::string>{
                                 "1 moeilijk-woord waarschuwing: moeilijk woord \"indien\"",
                                 "1 moeilijk-woord waarschuwing: moeilijk woord \"ten behoeve van\""});
}

TEST_CASE("A word finding points at the line the word is on", "[taal][woorden][regels]") {
  // The paragraph starts on line 7; "ontvankelijkheid" is on line 8, and the finding must say 8.
  Text text;
  text.Lines({"Wij bellen u, indien", "u dat wilt, over de ontvankelijkheid."}, 7);
  PageLanguage language = Check(text, ExampleConfig());
  CHECK(LinesOf(language, FindingKind::kHardWord) == std::vector<int>{7});
  CHECK(LinesOf(language, FindingKind::kLongWord) == std::vector<int>{8});
}

// The advice on a hard word shows its alternative in the writer's sentence: for a form of a listed
// word, the same form of the alternative when that is a Dutch word; an alternative with its own
// article replaces the writer's article.
TEST_CASE("A hard word's advice shows the alternative's matching form in the sentence", "[taal][woorden]") {
  Text text;
  text.Paragraph("De gemeente constateert dat het te laat is.", 1);
  text.Paragraph("Wij verstrekten de gegevens.", 2);
  text.Paragraph("Wij zorgen voor de verwerking.", 3);
  PageLanguage language = Check(text, ExampleConfig());
  std::vector<std::string> advice;
  for (const Finding& f : language.findings) {
    if (f.kind == FindingKind::kHardWord) advice.push_back(std::to_string(f.line) + " " + f.suggestion);
  }
  CHECK(advice == std::vector<std::string>{
                      "1 schrijf \"ziet\": \"De gemeente ziet dat het te laat is\"",
                      // The past of "geven" is irregular ("gaf"): the rule's "geefden" is no word.
                      "2 schrijf een vorm van \"geven\" (voor \"verstrekken\") in plaats van \"verstrekten\"",
                      "3 schrijf \"het gebruik\": \"Wij zorgen voor het gebruik\""});
}

}  // namespace
}  // namespace nietpluis
