// Tests of the Dutch dictionary through Hunspell (Debian's hunspell-nl).
#include "language/spelling.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace nietpluis {
namespace {

DutchDictionary& Dictionary() {
  DutchDictionary* dictionary = DutchDictionary::Shared();
  REQUIRE(dictionary);  // scripts/install-deps.sh installs hunspell-nl
  return *dictionary;
}

TEST_CASE("The dictionary knows Dutch words, their forms, compounds and hyphenated words", "[taal][spelling]") {
  DutchDictionary& dictionary = Dictionary();
  for (const char* word : {"medewerker", "Medewerker", "buurtwerkers", "huisartsenpraktijk", "belde", "niet-pluisgevoel",
                           "auto's", "ééntje"}) {
    INFO(word);
    CHECK(dictionary.Knows(word));
  }
  CHECK_FALSE(dictionary.Knows("medewekrer"));
  CHECK_FALSE(dictionary.Knows("gemeentje"));
  CHECK(dictionary.Knows("\xff\xfe"));  // not UTF-8: not for the spelling rule to judge
}

TEST_CASE("Stems and suggestions", "[taal][spelling]") {
  DutchDictionary& dictionary = Dictionary();
  CHECK(dictionary.Stems("buurtwerkers") == std::vector<std::string>{"buurtwerker"});
  const std::vector<std::string> suggestions = dictionary.Suggest("medewekrer", 3);
  REQUIRE_FALSE(suggestions.empty());
  CHECK(suggestions.front() == "medewerker");
  CHECK(dictionary.Suggest("medewekrer", 3) == suggestions);  // kept, not asked again
}

}  // namespace
}  // namespace nietpluis
