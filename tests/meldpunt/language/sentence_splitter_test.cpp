// Tests of splitting text into sentences and words: sentence ends, abbreviations, what is not a word, names.
#include "language/sentence_splitter.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "language/lexicon.h"
#include "language_test_text.h"

namespace nietpluis {
namespace {

using namespace language_test;

// ---------------------------------------------------------------------------------------------
// Sentence splitting

TEST_CASE("Sentences end at . ? and ! but not after an abbreviation; headings stand alone", "[taal][zinnen]") {
  auto checked = CheckCorpus("lange-zinnen.md");
  CHECK(Sentences(checked->language) ==
        std::vector<std::string>{
            "2: Wat gebeurt er met uw melding? [6, kop]",  // the title, from the front matter
            "5: Wat gebeurt er met uw melding? [6, kop]",
            "7: Wij lezen uw melding op dezelfde dag. [7]",
            "9: Een buurtwerker leest uw melding en belt u op dezelfde dag of de dag erna. [15]",
            "11: Soms wil de buurtwerker eerst meer weten, en dan belt zij u met een paar vragen. [16]",
            "13: Als u dat wilt, gaat de buurtwerker samen met u bij uw buurman langs om te kijken hoe het gaat. [20]",
            "15: Heeft uw buurman geen hulp nodig, dan hoort u dat ook van ons, want wij houden u graag op de hoogte. [21]",
            "17: Het kan ook zijn dat de buurtwerker niets kan doen, bijvoorbeeld omdat uw buurman geen hulp wil of "
            "omdat er al iemand anders helpt bij hem thuis. [27]",
            "18: Daarna sturen wij u een kort bericht. [7]",
            "20: Wie kan helpen [3, kop]",
            "22: U kunt bijv. een buurman, o.a. de postbode of een vriend vragen om te helpen. [15]",
            "24: Twijfelt u? [2]",
            "24: Bel ons! [2]",
            "24: Wij helpen graag. [3]",
            "26: Bel ons op een werkdag [5]",
            "27: Of kom langs in het buurthuis [6]"});
}

TEST_CASE("An ellipsis ends a sentence and a heading never runs into the next paragraph", "[taal][zinnen]") {
  Text text;
  text.Heading("Bel ons", 1).Paragraph("Wij wachten\xE2\x80\xA6 En dan? Dan bellen wij.", 3);
  PageLanguage language = Check(text, LanguageConfig{});
  CHECK(Sentences(language) == std::vector<std::string>{"1: Bel ons [2, kop]", "3: Wij wachten\xE2\x80\xA6 [2]",
                                                        "3: En dan? [2]", "3: Dan bellen wij. [3]"});
  CHECK(language.sentences[0].block == 0);
  CHECK(language.sentences[3].block == 1);
}

TEST_CASE("Common abbreviations do not split a sentence", "[taal][zinnen]") {
  // "i.v.m.", "m.b.t." and "n.a.v." were once missing from the abbreviation list and each split
  // "Wij bellen u i.v.m. uw melding terug." in two.
  Text text;
  text.Paragraph("Wij bellen u i.v.m. uw melding terug.", 1)
      .Paragraph("Wij bellen u m.b.t. uw melding terug.", 2)
      .Paragraph("Wij bellen u n.a.v. uw melding terug.", 3);
  PageLanguage language = Check(text, LanguageConfig{});
  CHECK(language.sentences.size() == 3);
}

TEST_CASE("An abbreviation that ends a sentence ends it when a capital follows", "[taal][zinnen]") {
  Text text;
  text.Paragraph("Neem pen, papier enz. mee. Bel ons als u twijfelt.", 1)
      .Paragraph("Denk aan pen, papier enz. Bel ons als u twijfelt.", 2);
  PageLanguage language = Check(text, LanguageConfig{});
  // The first paragraph is right: "enz. mee." is one sentence.
  REQUIRE(language.sentences.size() >= 2);
  CHECK(TextOf(language.sentences[0]) == "Neem pen, papier enz. mee.");
  // The second has two sentences: "enz." followed by a capital ends the first.
  CHECK(language.sentences.size() == 4);
}

// ---------------------------------------------------------------------------------------------
// What is not a word

TEST_CASE("tekens.md: URLs, e-mail, phone numbers, times and postcodes are not words", "[taal][tekens]") {
  auto checked = CheckCorpus("tekens.md");
  const std::vector<Sentence> s = BodySentences(checked->language, "Zo bereikt u ons");
  REQUIRE(s.size() == 6);
  CHECK(s[0].line == 5);
  CHECK(Words(s[0]) == std::vector<std::string>{"Bel", "of", "op", "werkdagen", "van", "tot", "uur"});
  CHECK(s[0].words == 7);
  CHECK(TextOf(s[0]) == "Bel 0800-2000 of 14 0123 op werkdagen van 8.30 tot 17.00 uur.");
  CHECK(s[1].line == 7);
  CHECK(Words(s[1]) == std::vector<std::string>{"Mail", "naar", "of", "kijk", "op", "voor", "meer", "uitleg"});
  CHECK(s[2].line == 9);
  CHECK(Words(s[2]) == std::vector<std::string>{"Ons", "adres", "is", "Kroonstraat", "Voorbeeld"});
  // "procedure" in the URL on line 7 is not a hard word: only the link text on line 19 is.
  CHECK(Summary(checked->language) ==
        std::vector<std::string>{"19 moeilijk-woord waarschuwing: moeilijk woord \"procedure\""});
}

TEST_CASE("tekens.md: configured names count as one word and are never flagged", "[taal][tekens][namen]") {
  auto checked = CheckCorpus("tekens.md");
  const Sentence s = BodySentences(checked->language, "Zo bereikt u ons").at(3);
  CHECK(s.line == 11);
  // 20 words as written, 14 with the three names as one word each: no long sentence.
  CHECK(Words(s) == std::vector<std::string>{"Bel", "het", "Meldpunt Niet Pluis Voorbeeld", "of", "ga", "naar",
                                             "Buurthuis De Kroon", "of", "Bibliotheek Voorbeeld", "bij", "u", "in",
                                             "de", "buurt"});
  CHECK(s.words == 14);
  CHECK_FALSE(s.flagged);
  for (const Piece& piece : s.pieces) {
    if (piece.text.find(' ') != std::string_view::npos && piece.is_word) {
      INFO(piece.text);
      CHECK_FALSE(piece.checked);
      CHECK_FALSE(piece.flagged);
    }
  }
  CHECK(LinesOf(checked->language, FindingKind::kLongSentence).empty());
}

TEST_CASE("A name made of hard and long words is not flagged", "[taal][namen]") {
  LanguageConfig config = PlainConfig();
  config.names = {{"Stichting", "Verwerking", "Toegankelijkheidsondersteuning"}, {"Buurthuis", "De", "Kroon"}};
  Text text;
  text.Paragraph("De Stichting Verwerking Toegankelijkheidsondersteuning helpt u.", 1)
      .Paragraph("De verwerking duurt kort.", 2)
      .Paragraph("Kom naar Buurthuis De Kroon.", 3);
  PageLanguage language = Check(text, config);
  CHECK(Words(language.sentences.at(0)) ==
        std::vector<std::string>{"De", "Stichting Verwerking Toegankelijkheidsondersteuning", "helpt", "u"});
  CHECK(language.sentences[0].words == 4);
  // The same hard word outside the name is flagged.
  CHECK(Summary(language) ==
        std::vector<std::string>{"2 moeilijk-woord waarschuwing: moeilijk woord \"verwerking\""});
  // Names count as words, but not in the syllable figures.
  CHECK(language.score.words == 4 + 4 + 3);
  CHECK(language.score.scored_words == 3 + 4 + 2);
}

// The names as LoadLanguageConfig reads them: the municipality first, then [taalcheck] namen in order.
// The checker itself picks the longest name that matches, whatever the order here.
LanguageConfig NamesConfig(const std::vector<std::string>& names) {
  SiteConfig site;
  site.municipality = "Gemeente Proef";
  site.language_check.names = names;
  Diagnostics diagnostics;
  testing::TempDir empty;  // no taal/woorden.toml
  LanguageConfig config = LoadLanguageConfig(empty.path(), site.LanguageSettings(), &diagnostics);
  CHECK(diagnostics.all().empty());
  return config;
}

TEST_CASE("The longest configured name wins; a name split over two lines stays words", "[taal][namen]") {
  LanguageConfig config = NamesConfig({"Welzijn Proef", "Welzijn Proef Noord"});
  CHECK(config.names == std::vector<std::vector<std::string>>{
                           {"Gemeente", "Proef"}, {"Welzijn", "Proef"}, {"Welzijn", "Proef", "Noord"}});
  Text text;
  text.Paragraph("Bel Welzijn Proef Noord of Welzijn Proef.", 1)
      .Lines({"De Gemeente", "Proef helpt."}, 2)
      .Paragraph("De gemeente Proef helpt.", 4);
  PageLanguage language = Check(text, config);
  REQUIRE(language.sentences.size() == 3);
  CHECK(Words(language.sentences[0]) == std::vector<std::string>{"Bel", "Welzijn Proef Noord", "of", "Welzijn Proef"});
  CHECK(Words(language.sentences[1]) == std::vector<std::string>{"De", "Gemeente", "Proef", "helpt"});
  // Names are matched as written, capitals included.
  CHECK(Words(language.sentences[2]) == std::vector<std::string>{"De", "gemeente", "Proef", "helpt"});
}

TEST_CASE("The longest name wins also when three names start with the same word", "[taal][namen]") {
  // Names are looked up by first word in an unordered_multimap, whose order among equal keys is
  // not the order of insertion; the lookup must still choose "Welzijn Voorbeeld Zuid" whole.
  LanguageConfig config = NamesConfig({"Welzijn Voorbeeld Noord", "Welzijn Voorbeeld Zuid", "Welzijn Voorbeeld"});
  Text text;
  text.Paragraph("Bel Welzijn Voorbeeld Zuid of Welzijn Voorbeeld Noord of Welzijn Voorbeeld.", 1);
  PageLanguage language = Check(text, config);
  REQUIRE(language.sentences.size() == 1);
  CHECK(Words(language.sentences[0]) == std::vector<std::string>{"Bel", "Welzijn Voorbeeld Zuid", "of",
                                                                 "Welzijn Voorbeeld Noord", "of", "Welzijn Voorbeeld"});
}

TEST_CASE("tekens.md: code spans and code blocks are not checked; link text is, image text is not",
          "[taal][tekens][code]") {
  auto checked = CheckCorpus("tekens.md");
  const std::vector<Sentence> s = BodySentences(checked->language, "Zo bereikt u ons");
  REQUIRE(s.size() == 6);
  // `de procedure indien u twijfelt over de verwerking van uw melding` is a code span.
  CHECK(s[4].line == 13);
  CHECK(Words(s[4]) == std::vector<std::string>{"Typ", "in", "het", "zoekvak"});
  // The code block (lines 15-17) and the image (line 21) make no sentences.
  for (const Sentence& sentence : s) {
    INFO(TextOf(sentence));
    CHECK((sentence.line < 15 || sentence.line > 17));
    CHECK(sentence.line != 21);
  }
  CHECK(s[5].line == 19);
  CHECK(TextOf(s[5]) == "Lees hoe het werkt of bekijk de procedure.");
  CHECK(LinesOf(checked->language, FindingKind::kHardWord) == std::vector<int>{19});
  CHECK(LinesOf(checked->language, FindingKind::kNounStyle).empty());
}

TEST_CASE("A dash or an ampersand on its own is not a word", "[taal][tekens]") {
  Text text;
  text.Paragraph("Bel ons - wij helpen & luisteren.", 1);
  PageLanguage language = Check(text, LanguageConfig{});
  REQUIRE(language.sentences.size() == 1);
  // Counted now: Bel, ons, -, wij, helpen, &, luisteren.
  CHECK(language.sentences[0].words == 5);
}

TEST_CASE("A web address without www. or :// is not a word", "[taal][tekens]") {
  // "welzijnvoorbeeldnoord.nl" would otherwise be flagged as a long word (5 syllables).
  Text text;
  text.Paragraph("Kijk op welzijnvoorbeeldnoord.nl voor meer.", 1);
  PageLanguage language = Check(text, LanguageConfig{});
  REQUIRE(language.sentences.size() == 1);
  CHECK(Words(language.sentences[0]) == std::vector<std::string>{"Kijk", "op", "voor", "meer"});
  CHECK(language.findings.empty());
}

TEST_CASE("Two capitals are only skipped after four digits (a postcode)", "[taal][tekens]") {
  Text text;
  text.Paragraph("Het adres is 1234 AB in de wijk. Bel AB of CD.", 1);
  PageLanguage language = Check(text, LanguageConfig{});
  REQUIRE(language.sentences.size() == 2);
  CHECK(Words(language.sentences[0]) == std::vector<std::string>{"Het", "adres", "is", "in", "de", "wijk"});
  CHECK(Words(language.sentences[1]) == std::vector<std::string>{"Bel", "AB", "of", "CD"});
}

TEST_CASE("A sentence is one stretch of text only when it stays on one source line", "[taal][zinnen]") {
  Text text;
  text.Lines({"Wij bellen u", "morgen op. Dan praten wij."}, 3).Paragraph("  Bel ons gerust.  ", 6);
  PageLanguage language = Check(text, LanguageConfig{});
  REQUIRE(language.sentences.size() == 3);
  CHECK_FALSE(language.sentences[0].one_stretch);
  CHECK(language.sentences[1].one_stretch);
  CHECK(language.sentences[2].one_stretch);
  for (const Sentence& sentence : language.sentences) {
    if (!sentence.one_stretch) continue;
    const char* begin = sentence.pieces.front().text.data();
    const char* end = sentence.pieces.back().text.data() + sentence.pieces.back().text.size();
    CHECK(std::string_view(begin, static_cast<std::size_t>(end - begin)) == TextOf(sentence));
  }
  CHECK(TextOf(language.sentences[2]) == "Bel ons gerust.");
}

// Keeps what the splitter hands over, as text, while the sentence's pieces are valid.
class RecordingSink final : public SentenceSink {
 public:
  explicit RecordingSink(const std::vector<Piece>& pieces) : pieces_(pieces) {}
  void OnSentence(Sentence& sentence, const SentenceWords& words) override {
    std::string line = std::to_string(sentence.line) + ":";
    for (std::size_t w = 0; w < words.words.size(); ++w) {
      line += " " + std::string(pieces_[words.words[w].piece].text) + (words.infos[w] ? "" : "(naam)");
    }
    seen.push_back(line);
  }
  std::vector<std::string> seen;

 private:
  const std::vector<Piece>& pieces_;
};

TEST_CASE("The splitter hands each sentence's words to its sink, a name as one unchecked word", "[taal][zinnen][namen]") {
  LanguageConfig config;
  config.names = {{"Veilig", "Thuis"}};
  SyllableCounter counter;
  Lexicon lexicon(config, counter);
  SentenceSplitter::Scratch scratch;
  std::vector<Piece> pieces;
  std::vector<Sentence> sentences;
  LanguageScore score;
  RecordingSink sink(pieces);
  Text text;
  text.Paragraph("Bel Veilig Thuis, bijv. vandaag. Of morgen!", 4).Heading("Wat nu?", 6);
  SentenceSplitter(lexicon, config, scratch, pieces, sentences, score, sink).Split(text.blocks);
  CHECK(sink.seen == std::vector<std::string>{"4: Bel Veilig Thuis(naam) bijv vandaag", "4: Of morgen", "6: Wat nu"});
  REQUIRE(sentences.size() == 3);
  CHECK(TextOf(sentences[0]) == "Bel Veilig Thuis, bijv. vandaag.");
  CHECK(sentences[2].is_heading);
  CHECK(score.sentences == 3);
  CHECK(score.words == 8);
  CHECK(score.scored_words == 7);  // the name is counted, not scored
}

}  // namespace
}  // namespace nietpluis
