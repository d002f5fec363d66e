// Tests of plain words and compounds: listed words, their forms, and compounds of them.
#include "language/compound.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

LanguageConfig Lists() {
  LanguageConfig config;
  config.plain_words = {"buurt", "huis", "werker", "bibliotheek", "wijkagent", "gemeente"};
  config.common_words = {"arts", "praktijk", "oud", "ouderen", "bellen", "maken", "groot", "niet", "pluis", "gevoel", "op",
                         "bouw"};
  return config;
}

TEST_CASE("A compound of plain words, with a linking s, e or en, is plain", "[taal][woorden]") {
  const LanguageConfig config = Lists();
  PlainWords plain(config);
  CHECK(plain.Listed("buurt"));
  CHECK(plain.IsCompound("buurthuis"));
  CHECK(plain.IsCompound("buurtwerker"));
  CHECK(plain.IsCompound("gemeentehuis"));
  CHECK(plain.IsCompound("wijkagenten"));
  CHECK(plain.IsCompound("buurt-huis"));
  CHECK(plain.IsCompound("huisartsenpraktijk"));  // huis + arts + en + praktijk
  CHECK(plain.IsCompound("ouderenwerkers"));      // the last part a plural
  CHECK(plain.IsCompound("niet-pluisgevoel"));
  CHECK(plain.IsCompound("opbouwwerker"));        // a short particle as a part
  CHECK_FALSE(plain.IsCompound("buurtbemiddeling"));
  CHECK_FALSE(plain.IsCompound("huis-bemiddeling"));
  CHECK_FALSE(plain.IsCompound("huisbaas"));
}

TEST_CASE("Forms of listed words are plain: plurals, verb forms, adjectives", "[taal][woorden]") {
  const LanguageConfig config = Lists();
  PlainWords plain(config);
  for (const char* word : {"bibliotheken", "huizen", "huisje", "belt", "belde", "gebeld", "maakt", "maakte", "grote",
                           "groter", "grootste", "werkers"}) {
    INFO(word);
    CHECK(plain.IsForm(word));
  }
  CHECK_FALSE(plain.IsForm("bemiddeling"));
  CHECK_FALSE(plain.Listed("huizen"));  // a form, not on the list as written
}

TEST_CASE("A plural in front, a strong participle and an -achtig or -loos word of plain parts are plain", "[taal][woorden]") {
  LanguageConfig config;
  config.common_words = {"pan", "koek", "huis", "markt", "af", "wassen", "lopen", "regen", "zenuw", "werk", "klas",
                         "genoot", "weg", "vinden"};
  PlainWords plain(config);
  CHECK(plain.IsCompound("pannenkoeken"));  // pann-en: the stem doubled before the plural ending
  CHECK(plain.IsCompound("huizenmarkt"));   // huiz-en: voiced before the plural ending
  CHECK(plain.IsForm("gewassen"));          // a strong participle with the infinitive's vowel
  CHECK(plain.IsForm("gelopen"));
  CHECK(plain.IsCompound("afgewassen"));    // a separable verb's particle in front
  CHECK(plain.IsForm("regenachtig"));
  CHECK(plain.IsForm("zenuwachtige"));
  CHECK(plain.IsForm("werkloos"));
  CHECK(plain.IsForm("werkloze"));
  CHECK(plain.IsCompound("klasgenoten"));   // the last part a plural of a listed part
  CHECK_FALSE(plain.IsForm("gebonden"));    // bonden is no infinitive on the list; binden is not listed
  CHECK_FALSE(plain.IsForm("regenachtigheid"));
  CHECK_FALSE(plain.IsCompound("pannenbemiddeling"));
}

}  // namespace
}  // namespace nietpluis
