// Tests of the Dutch spelling rules for stems, verbs of -ing nouns and infinitives of participles.
#include "language/inflection.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace nietpluis {
namespace {

using Words = std::vector<std::string>;

TEST_CASE("The ik stem of an infinitive: open and closed syllables, voiced endings", "[taal][woorden]") {
  CHECK(IkStems("bellen") == Words{"bel"});
  CHECK(IkStems("maken") == Words{"maak"});
  CHECK(IkStems("geven") == Words{"geef"});
  CHECK(IkStems("reizen") == Words{"reis"});
  CHECK(IkStems("werken") == Words{"werk"});
  CHECK(IkStems("doen") == Words{"doe", "do"});
  CHECK(IkStems("behandelen") == Words{"behandeel", "behandel"});  // the rule cannot tell a schwa
  CHECK(IkStems("huis").empty());
}

TEST_CASE("The verb an -ing noun hides", "[taal][naamwoordstijl]") {
  CHECK(VerbOfIngNoun("afhandeling") == "afhandelen");
  CHECK(VerbOfIngNoun("behandelingen") == "behandelen");
  CHECK(VerbOfIngNoun("verwerking") == "verwerken");
  CHECK(VerbOfIngNoun("huis").empty());
}

TEST_CASE("Infinitives a participle may come from, and the third person", "[taal][lijdende-vorm]") {
  CHECK(InfinitivesOfParticiple("gebeld") == Words{"bellen", "belen"});
  CHECK(InfinitivesOfParticiple("gemaakt") == Words{"maken"});
  CHECK(InfinitivesOfParticiple("doorgegeven") == Words{"doorgeven"});
  CHECK(InfinitivesOfParticiple("behandeld") == Words{"behandellen", "behandelen"});  // the caller asks the dictionary
  CHECK(InfinitivesOfParticiple("verstuurd") == Words{"versturen"});
  CHECK(ThirdPerson("bellen") == "belt");
  CHECK(ThirdPerson("maken") == "maakt");
  CHECK(ThirdPerson("zetten") == "zet");
}

bool Has(const Words& forms, const std::string& form) {
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

TEST_CASE("The forms of a listed formal verb: present, past, participles", "[taal][woorden]") {
  const Words constateren = FormsOf("constateren");
  for (const char* form : {"constateer", "constateert", "constateerde", "constateerden", "geconstateerd",
                           "geconstateerde", "constaterend", "constaterende"}) {
    INFO(form);
    CHECK(Has(constateren, form));
  }
  CHECK_FALSE(Has(constateren, "constateren"));  // the entry itself
  CHECK(Has(FormsOf("verstrekken"), "verstrekte"));
  CHECK(Has(FormsOf("verstrekken"), "verstrekt"));  // ver-: no ge-
  CHECK(Has(FormsOf("informeren"), "ge\xc3\xafnformeerd"));  // geïnformeerd
  CHECK(Has(FormsOf("evalueren"), "ge\xc3\xab" "valueerd"));  // geëvalueerd
  CHECK(Has(FormsOf("toelichten"), "toegelicht"));          // a separable particle stays in front
  CHECK(Has(FormsOf("overhandigen"), "overhandigd"));       // an inseparable one does not
  CHECK(Has(FormsOf("defini\xc3\xabren"), "definieert"));    // definiëren
  CHECK(Has(FormsOf("cre\xc3\xabren"), "gecre\xc3\xab" "erd"));  // creëren -> gecreëerd
}

TEST_CASE("The forms of a listed formal noun or adjective: plural and -e", "[taal][woorden]") {
  CHECK(Has(FormsOf("termijn"), "termijnen"));
  CHECK(Has(FormsOf("perceel"), "percelen"));
  CHECK(Has(FormsOf("geschil"), "geschillen"));
  CHECK(Has(FormsOf("tarief"), "tarieven"));
  CHECK(Has(FormsOf("optie"), "opties"));
  CHECK(Has(FormsOf("strategie"), "strategie\xc3\xabn"));  // strategieën
  CHECK(Has(FormsOf("bevoegdheid"), "bevoegdheden"));
  CHECK(Has(FormsOf("adequaat"), "adequate"));
  CHECK(Has(FormsOf("potentieel"), "potenti\xc3\xable"));  // potentiële
  CHECK(Has(FormsOf("facultatief"), "facultatieve"));
}

TEST_CASE("The same form of the plain alternative, for advice in the writer's sentence", "[taal][woorden]") {
  CHECK(FormsLike("constateert", "constateren", "zien").front() == "ziet");
  CHECK(FormsLike("gehanteerd", "hanteren", "gebruiken") == Words{"gebruikt"});
  CHECK(FormsLike("toegelicht", "toelichten", "uitleggen").front() == "uitgelegd");
  CHECK(FormsLike("termijnen", "termijn", "tijd") == Words{"tijden"});
  CHECK(FormsLike("adequate", "adequaat", "goed").front() == "goede");
  CHECK(FormsLike("verstrekte", "verstrekken", "geven") == Words{"geefde"});  // no word: the caller drops it
  CHECK(FormsLike("huis", "constateren", "zien").empty());
}

}  // namespace
}  // namespace nietpluis
