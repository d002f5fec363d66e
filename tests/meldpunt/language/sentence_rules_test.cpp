// Tests of the sentence rules: length, passive voice and noun style, on the corpus and on hand-made text.
#include "language/sentence_rules.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "language_test_text.h"

namespace nietpluis {
namespace {

using namespace language_test;

// ---------------------------------------------------------------------------------------------
// lange-zin

TEST_CASE("lange-zinnen.md: a warning from 16 words, an error above 20", "[taal][lange-zin]") {
  auto checked = CheckCorpus("lange-zinnen.md");
  CHECK(Summary(checked->language) ==
        std::vector<std::string>{
            "11 lange-zin waarschuwing: zin van 16 woorden (B1: hoogstens 15): \"Soms wil de buurtwerker eerst meer ...\"",
            "13 lange-zin waarschuwing: zin van 20 woorden (B1: hoogstens 15): \"Als u dat wilt, gaat de ...\"",
            "15 lange-zin fout: zin van 21 woorden (B1: hoogstens 15): \"Heeft uw buurman geen hulp nodig, ...\"",
            "17 lange-zin fout: zin van 27 woorden (B1: hoogstens 15): \"Het kan ook zijn dat de ...\""});
  const Finding& error = checked->language.findings.at(2);
  CHECK(error.suggestion == "maak er twee of meer korte zinnen van");
  CHECK(error.text ==
        "Heeft uw buurman geen hulp nodig, dan hoort u dat ook van ons, want wij houden u graag op de hoogte.");
  // The sentence of exactly 15 words (line 9) is fine; sentence 0 is the title.
  const Sentence& fifteen = checked->language.sentences.at(3);
  CHECK(fifteen.line == 9);
  CHECK(fifteen.words == 15);
  CHECK_FALSE(fifteen.flagged);
  CHECK(checked->language.sentences.at(4).flagged);
  const LanguageScore& score = checked->language.score;
  CHECK(score.counts[static_cast<std::size_t>(FindingKind::kLongSentence)] == 4);
  CHECK(score.errors == 2);
  CHECK(score.warnings == 2);
}

TEST_CASE("A sentence over two source lines is reported at the line of its first word", "[taal][lange-zin][regels]") {
  auto checked = CheckCorpus("lange-zinnen.md");
  const std::vector<Sentence>& sentences = checked->language.sentences;
  REQUIRE(sentences.size() >= 9);  // the title first
  CHECK(sentences[7].line == 17);
  CHECK(sentences[7].words == 27);
  CHECK(TextOf(sentences[7]) ==
        "Het kan ook zijn dat de buurtwerker niets kan doen, bijvoorbeeld omdat uw buurman geen hulp wil of omdat er "
        "al iemand anders helpt bij hem thuis.");
  // The next sentence starts on the second line.
  CHECK(sentences[8].line == 18);
  CHECK(TextOf(sentences[8]) == "Daarna sturen wij u een kort bericht.");
}

TEST_CASE("Limits for sentence length come from the configuration", "[taal][lange-zin]") {
  LanguageConfig config;
  config.sentence_warning = 5;
  config.sentence_error = 7;
  Text text;
  text.Paragraph("Wij bellen u op een dag.", 1)          // 6 words
      .Paragraph("Wij bellen u op een dag of twee.", 2)  // 8 words
      .Paragraph("Wij bellen u graag.", 3);              // 4 words
  PageLanguage language = Check(text, config);
  CHECK(Summary(language) ==
        std::vector<std::string>{
            "1 lange-zin waarschuwing: zin van 6 woorden (B1: hoogstens 5): \"Wij bellen u op een dag.\"",
            "2 lange-zin fout: zin van 8 woorden (B1: hoogstens 5): \"Wij bellen u op een dag ...\""});
}

// ---------------------------------------------------------------------------------------------
// lijdende-vorm

TEST_CASE("lijdende-vorm.md: worden and zijn with a participle; not is gegaan, doorgeeft, doorgeven",
          "[taal][lijdende-vorm]") {
  auto checked = CheckCorpus("lijdende-vorm.md");
  CHECK(Summary(checked->language) ==
        std::vector<std::string>{
            "5 lijdende-vorm waarschuwing: lijdende vorm \"wordt ... gelezen\": \"Uw melding wordt door een buurtwerker ...\"",
            "7 lijdende-vorm waarschuwing: lijdende vorm \"werd ... gebeld\": \"Uw buurman werd gisteren door haar ...\"",
            // doorgegeven and opgeslagen were long-word findings before issue 25: false alarms, since
            // both are forms of plain verbs (doorgeven, opslaan).
            "9 lijdende-vorm waarschuwing: lijdende vorm \"is ... doorgegeven\": \"Uw melding is doorgegeven aan de ...\"",
            "11 lijdende-vorm waarschuwing: lijdende vorm \"zijn ... opgeslagen\": \"De gegevens zijn veilig opgeslagen.\""});
  const std::vector<Finding>& f = checked->language.findings;
  REQUIRE(f.size() == 4);
  CHECK(f[0].text == "Uw melding wordt door een buurtwerker gelezen.");
  // The advice names the participle's verb and who does it: the "door" phrase, or "wij".
  CHECK(f[0].suggestion == "zeg wie het doet: \"een buurtwerker leest ...\" in plaats van \"wordt ... gelezen\"");
  CHECK(f[2].suggestion ==
        "zeg wie het doet: \"wij geven ... door\" of \"de ... geeft ... door\" in plaats van \"is ... doorgegeven\"");
  // Lines 13-21: is gegaan, is gebeurd, doorgeeft, doorgeven and an active sentence. Line 2 is the
  // title, "Na uw melding".
  for (const Sentence& sentence : checked->language.sentences) {
    INFO(TextOf(sentence));
    CHECK(sentence.flagged == (sentence.line >= 5 && sentence.line <= 11));
  }
  CHECK(checked->language.sentences.size() == 10);
}

TEST_CASE("lijdende-vorm: a participle before the verb and in a question", "[taal][lijdende-vorm]") {
  Text text;
  text.Paragraph("Wilt u gebeld worden? Dat kan.", 3);
  PageLanguage language = Check(text, ExampleConfig());
  CHECK(Summary(language) == std::vector<std::string>{
                                 "3 lijdende-vorm waarschuwing: lijdende vorm \"gebeld ... worden\": \"Wilt u gebeld worden?\""});
}

// The advice names the verb after "hij" as it is spelt: "verwijdert", not the rule's "verwijdeert";
// a listed hard verb is named by its plain alternative.
TEST_CASE("lijdende-vorm: the advice spells the verb's present form and names a plain verb", "[taal][lijdende-vorm]") {
  Text text;
  text.Paragraph("Uw gegevens worden na drie maanden verwijderd.", 1);
  text.Paragraph("De gegevens worden verstrekt aan de politie.", 2);
  PageLanguage language = Check(text, ExampleConfig());
  std::vector<std::string> advice;
  for (const Finding& f : language.findings) {
    if (f.kind == FindingKind::kPassive) advice.push_back(std::to_string(f.line) + " " + f.suggestion);
  }
  CHECK(advice == std::vector<std::string>{
                      "1 zeg wie het doet: \"wij verwijderen ...\" of \"de ... verwijdert ...\" in plaats van "
                      "\"worden ... verwijderd\"",
                      "2 zeg wie het doet: \"wij geven ...\" of \"de ... geeft ...\" in plaats van \"worden ... verstrekt\""});
}

// The possessive "zijn" after a verb or preposition ("heeft zijn post", "met zijn hond") is not the
// verb: an active sentence in the perfect is not passive, and a real passive is reported with its
// own verb. Before issue 25 this was a known limit (a [!mayfail] test) and both lines were flagged,
// with "zijn ... uitgelaten" and a long-word finding on "uitgelaten" (uit + gelaten: plain parts).
TEST_CASE("lijdende-vorm: possessive 'zijn' after a verb or preposition is not the verb", "[taal][lijdende-vorm]") {
  Text text;
  text.Paragraph("Hij heeft zijn post niet opgehaald.", 1).Paragraph("Zijn hond is al weken niet uitgelaten.", 2);
  PageLanguage language = Check(text, ExampleConfig());
  CHECK(Summary(language) == std::vector<std::string>{
            "2 lijdende-vorm waarschuwing: lijdende vorm \"is ... uitgelaten\": \"Zijn hond is al weken niet ...\""});
}

TEST_CASE("lijdende-vorm: plurals of look-alike nouns are not participles", "[taal][lijdende-vorm]") {
  // Their plurals end in -en like a participle (gelezen): "Veel gezinnen zijn blij." is active.
  Text text;
  text.Paragraph("Veel gezinnen zijn blij met hulp.", 1)
      .Paragraph("De gemeenten zijn klein.", 2)
      .Paragraph("De gesprekken zijn geheim.", 3);
  PageLanguage language = Check(text, ExampleConfig());
  CHECK(Summary(language) == std::vector<std::string>{});
}

// Known limit of the heuristic: "geschrokken" and "vervelend" are handled, but an auxiliary and a
// participle in different clauses are still paired ("zijn ... gemeld" across "dat u het heeft").
// This test asserts today's behaviour, so that a fix shows up here as a change: then expect nothing.
TEST_CASE("lijdende-vorm limit: an auxiliary and a participle in different clauses are paired", "[taal][lijdende-vorm][limit]") {
  Text text;
  text.Paragraph("Bent u geschrokken?", 1)
      .Paragraph("Het wordt vervelend voor de buren.", 2)
      .Paragraph("Wij zijn blij dat u het heeft gemeld.", 3);
  PageLanguage language = Check(text, ExampleConfig());
  CHECK(Summary(language) == std::vector<std::string>{
            "3 lijdende-vorm waarschuwing: lijdende vorm \"zijn ... gemeld\": \"Wij zijn blij dat u het ...\""});
}

// ---------------------------------------------------------------------------------------------
// naamwoordstijl

TEST_CASE("naamwoordstijl.md: -ing van, het + infinitive + van, fixed phrases", "[taal][naamwoordstijl]") {
  auto checked = CheckCorpus("naamwoordstijl.md");
  // Line 9 ("Het doen van een melding") is tested on its own below. Lines 15-21 use plain -ing
  // words (melding, woning, richting) or no noun style at all.
  std::vector<std::string> summary = Summary(checked->language);
  std::vector<std::string> without_line_9;
  for (const std::string& line : summary) {
    if (line.rfind("9 ", 0) != 0) without_line_9.push_back(line);
  }
  CHECK(without_line_9 ==
        std::vector<std::string>{
            "5 moeilijk-woord waarschuwing: moeilijk woord \"verwerking\"",
            "5 naamwoordstijl waarschuwing: naamwoordstijl \"de verwerking van\"",
            "7 naamwoordstijl waarschuwing: naamwoordstijl \"het melden van\"",
            "11 naamwoordstijl waarschuwing: naamwoordstijl \"in behandeling\"",
            "13 naamwoordstijl waarschuwing: naamwoordstijl \"ter beschikking\""});
  const Finding& first = checked->language.findings.at(1);
  CHECK(first.text == "de verwerking van");
  // The verb the noun hides, in a clause with the noun's own object; a listed hard verb by its plain
  // alternative.
  CHECK(first.suggestion ==
        "schrijf het met het werkwoord \"gebruiken\" (voor \"verwerken\"): \"als wij uw melding gebruiken\"");
  for (const Sentence& sentence : checked->language.sentences) {
    if (sentence.line < 15) continue;
    INFO(TextOf(sentence));
    for (const Piece& piece : sentence.pieces) CHECK_FALSE(piece.flagged);
  }
  CHECK(checked->language.score.counts[static_cast<std::size_t>(FindingKind::kNounStyle)] >= 4);
}

TEST_CASE("naamwoordstijl: \"het doen van\" is flagged", "[taal][naamwoordstijl]") {
  // Short infinitives (doen, gaan, zien, eten) count too: docs/taal.md uses "het doen van".
  auto checked = CheckCorpus("naamwoordstijl.md");
  CHECK(LinesOf(checked->language, FindingKind::kNounStyle) == std::vector<int>{5, 7, 9, 11, 13});
}

TEST_CASE("naamwoordstijl: an -ing word listed as plain is not noun style", "[taal][naamwoordstijl]") {
  Text text;
  text.Paragraph("De melding van uw buurman is binnen.", 1);
  LanguageConfig config = PlainConfig();
  CHECK(Check(text, config).findings.empty());
  config.plain_words.erase("melding");
  CHECK(Summary(Check(text, config)) ==
        std::vector<std::string>{"1 naamwoordstijl waarschuwing: naamwoordstijl \"de melding van\""});
}

TEST_CASE("CheckLength on its own: a warning above the warning limit, an error above the error limit", "[taal][lange-zin]") {
  LanguageConfig config;
  config.sentence_warning = 3;
  config.sentence_error = 4;
  std::vector<Piece> pieces = {{"Wij", true}, {" ", false}, {"bellen", true}, {" ", false}, {"u", true},
                               {" ", false},  {"snel", true}, {" ", false}, {"terug", true}, {".", false}};
  Sentence sentence;
  sentence.pieces = pieces;
  sentence.line = 9;
  std::vector<Finding> findings;
  sentence.words = 3;
  CheckLength(sentence, config, &findings);
  CHECK(findings.empty());
  CHECK_FALSE(sentence.flagged);
  sentence.words = 4;
  CheckLength(sentence, config, &findings);
  sentence.words = 5;
  CheckLength(sentence, config, &findings);
  REQUIRE(findings.size() == 2);
  CHECK(sentence.flagged);
  CHECK(findings[0].level == Diagnostic::Level::kWarning);
  CHECK(findings[1].level == Diagnostic::Level::kError);
  CHECK(findings[1].line == 9);
  CHECK(findings[1].problem == "zin van 5 woorden (B1: hoogstens 3): \"Wij bellen u snel terug.\"");
  CHECK(findings[1].text == "Wij bellen u snel terug.");
}

}  // namespace
}  // namespace nietpluis
