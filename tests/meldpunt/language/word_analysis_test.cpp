// Tests of what a word is by its letters: officialese, a participle.
#include "language/word_analysis.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

LanguageConfig Plain() {
  LanguageConfig config;
  config.plain_words = {"buurt", "huis", "werker", "bibliotheek", "wijkagent", "gemeente"};
  return config;
}

TEST_CASE("Officialese is known by its build: -eren verbs with a stressed eer, -ieel, -tief, -iteit", "[taal][woorden]") {
  for (const char* word : {"faciliteren", "signaleert", "gesignaleerd", "evalueren", "initiëren", "structureel",
                           "individuele", "preventief", "prioriteit", "communiceren"}) {
    INFO(word);
    CHECK(LooksOfficial(word));
  }
  // A schwa before -ren, or too short a root: plain Dutch.
  for (const char* word : {"veranderen", "luisteren", "herinneren", "vieren", "leren", "leert", "kleren", "geleerd",
                           "wandelen", "dieren", "deel"}) {
    INFO(word);
    CHECK_FALSE(LooksOfficial(word));
  }
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
