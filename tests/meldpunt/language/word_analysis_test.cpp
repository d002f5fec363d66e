// Tests of what a word is by its letters: plain, a compound of plain words, a participle.
#include "language/word_analysis.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

LanguageConfig Plain() {
  LanguageConfig config;
  config.plain_words = {"buurt", "huis", "werker", "bibliotheek", "wijkagent", "gemeente"};
  return config;
}

TEST_CASE("A compound of plain words, with a linking s, e or en, is plain", "[taal][woorden]") {
  const LanguageConfig config = Plain();
  WordAnalysis analysis(config);
  CHECK(analysis.IsPlain("buurt"));
  CHECK(analysis.IsPlainCompound("buurthuis"));
  CHECK(analysis.IsPlainCompound("buurtwerker"));
  CHECK(analysis.IsPlainCompound("gemeentehuis"));
  CHECK_FALSE(analysis.IsPlainCompound("bibliotheken"));  // not bibliotheek + en: the spelling changed
  CHECK(analysis.IsPlainCompound("wijkagenten"));
  CHECK(analysis.IsPlainCompound("buurt-huis"));
  CHECK_FALSE(analysis.IsPlainCompound("buurtbemiddeling"));
  CHECK_FALSE(analysis.IsPlainCompound("huis-bemiddeling"));
}

TEST_CASE("Participles: ge- forms, separable verbs and be-/ver-/ont-/her- words", "[taal][lijdende-vorm]") {
  const LanguageConfig config = Plain();
  WordAnalysis analysis(config);
  CHECK(analysis.IsParticiple("gebeld", false));
  CHECK(analysis.IsParticiple("doorgegeven", false));
  CHECK_FALSE(analysis.IsParticiple("doorgeeft", false));
  CHECK_FALSE(analysis.IsParticiple("doorgeven", false));
  CHECK_FALSE(analysis.IsParticiple("gegaan", false));  // perfect with "zijn": active
  CHECK_FALSE(analysis.IsParticiple("gemeente", false));  // plain, and a look-alike
  CHECK(analysis.IsParticiple("verwerkt", false));
  CHECK_FALSE(analysis.IsParticiple("verwerkt", true));  // after "zijn" mostly an adjective
  CHECK_FALSE(analysis.IsParticiple("vervelend", false));
}

}  // namespace
}  // namespace nietpluis
