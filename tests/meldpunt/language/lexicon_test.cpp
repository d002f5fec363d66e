// Tests of what the checker learns per word: one entry per spelling, its lower case shared, and the
// rules each word can trigger.
#include "language/lexicon.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

LanguageConfig Config() {
  LanguageConfig config;
  config.hard_words = {{"indien", "als"}, {"ten behoeve van", "voor"}};
  config.longest_hard_phrase = 3;
  config.names = {{"Veilig", "Thuis"}};
  return config;
}

TEST_CASE("A lexicon keeps one entry per spelling and one lower-case word for all of them", "[taal]") {
  const LanguageConfig config = Config();
  SyllableCounter counter;
  Lexicon lexicon(config, counter);
  Lexeme& upper = lexicon.LexemeOf("Indien");
  Lexeme& lower = lexicon.LexemeOf("indien");
  CHECK(&upper != &lower);
  CHECK(upper.lower == lower.lower);
  CHECK(&lexicon.LexemeOf(std::string("Indien")) == &upper);
  CHECK(lexicon.distinct_words() == 2);
  CHECK(upper.info == nullptr);  // analysed only when a checked word needs it
  const WordInfo& info = lexicon.InfoOf(upper);
  CHECK(upper.info == &info);
  CHECK(&lexicon.InfoOf(lower) == &info);
  REQUIRE(info.hard);
  CHECK(*info.hard == "als");
  CHECK((info.triggers & kTriggerHard) != 0);
}

TEST_CASE("A lexeme knows abbreviations, postcodes and the starts of names", "[taal][tekens]") {
  const LanguageConfig config = Config();
  SyllableCounter counter;
  Lexicon lexicon(config, counter);
  CHECK(lexicon.LexemeOf("bijv").abbreviation);
  CHECK(lexicon.LexemeOf("enz").closing_abbreviation);
  CHECK(lexicon.LexemeOf("1234").four_digits);
  CHECK(lexicon.LexemeOf("AB").two_capitals);
  CHECK_FALSE(lexicon.LexemeOf("welzijn.nl").word_like);
  CHECK(lexicon.LexemeOf("Veilig").name_start);
  CHECK_FALSE(lexicon.LexemeOf("veilig").name_start);
}

TEST_CASE("Triggers: auxiliaries, participles, forms of address, hard phrases and noun phrases", "[taal]") {
  const LanguageConfig config = Config();
  SyllableCounter counter;
  Lexicon lexicon(config, counter);
  auto triggers = [&](const char* word) { return lexicon.InfoOf(lexicon.LexemeOf(word)).triggers; };
  CHECK((triggers("wordt") & kTriggerAuxiliary) != 0);
  CHECK((triggers("gebeld") & kTriggerParticiple) != 0);
  CHECK((triggers("u") & kTriggerUForm) != 0);
  CHECK((triggers("jij") & kTriggerJeForm) != 0);
  CHECK((triggers("ten") & kTriggerPhraseStart) != 0);
  CHECK((lexicon.LexemeOf("behoeve").lower_triggers & kTriggerPhraseSecond) != 0);
  CHECK(lexicon.IsPhrasePrefix("ten behoeve"));
  CHECK_FALSE(lexicon.IsPhrasePrefix("ten behoeve van"));
  CHECK((lexicon.LexemeOf("van").lower_triggers & kTriggerVan) != 0);
  CHECK((lexicon.LexemeOf("in").lower_triggers & kTriggerNounPhrase) != 0);
  CHECK(triggers("buurman") == 0);
}

}  // namespace
}  // namespace nietpluis
