// Tests of SyllableCounter against the hand-counted syllables in tests/taal/lettergrepen.tsv.
#include "language/syllables.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace nietpluis {
namespace {

struct HandCount {
  std::string word;
  int syllables = 0;
  int line = 0;
};

// "woord<TAB>lettergrepen" per line; lines starting with # are comments.
std::vector<HandCount> ReadHandCounts() {
  const std::filesystem::path file = testing::SourceDir() / "tests/taal/lettergrepen.tsv";
  std::ifstream in(file);
  REQUIRE(in.good());
  std::vector<HandCount> counts;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    INFO("lettergrepen.tsv:" << number << ": " << line);
    REQUIRE(tab != std::string::npos);
    counts.push_back(HandCount{line.substr(0, tab), std::stoi(line.substr(tab + 1)), number});
  }
  return counts;
}

// "woord: geteld 3, met de hand 2 (regel 7)" for every word the counter gets wrong.
std::vector<std::string> Mismatches(const std::vector<HandCount>& counts) {
  SyllableCounter counter;
  std::vector<std::string> wrong;
  for (const HandCount& entry : counts) {
    const int counted = counter.Count(entry.word);
    if (counted != entry.syllables) {
      wrong.push_back(entry.word + ": geteld " + std::to_string(counted) + ", met de hand " +
                      std::to_string(entry.syllables) + " (regel " + std::to_string(entry.line) + ")");
    }
  }
  return wrong;
}

TEST_CASE("SyllableCounter finds the Dutch hyphenation patterns", "[taal][lettergrepen]") {
  SyllableCounter counter;
  CHECK(counter.has_patterns());
}

TEST_CASE("SyllableCounter matches every hand count in lettergrepen.tsv", "[taal][lettergrepen]") {
  const std::vector<HandCount> counts = ReadHandCounts();
  REQUIRE(counts.size() >= 100);
  const std::vector<std::string> wrong = Mismatches(counts);
  INFO(wrong.size() << " of " << counts.size() << " words counted wrong");
  CHECK(wrong == std::vector<std::string>{});
}

TEST_CASE("SyllableCounter: a diaeresis vowel starts a syllable and pairs with the next vowel",
          "[taal][lettergrepen]") {
  SyllableCounter counter;
  CHECK(counter.Count("naïef") == 2);       // na-ïef
  CHECK(counter.Count("reëel") == 2);       // re-ëel
  CHECK(counter.Count("mozaïek") == 3);     // mo-za-ïek
  CHECK(counter.Count("beëindigen") == 4);  // be-ëin-di-gen
  CHECK(counter.Count("ruïne") == 3);       // ru-ï-ne
  CHECK(counter.Count("poëzie") == 3);      // po-ë-zie
  CHECK(counter.Count("zeeën") == 2);       // zee-ën
}

TEST_CASE("SyllableCounter: English loanwords", "[taal][lettergrepen]") {
  SyllableCounter counter;
  CHECK(counter.Count("team") == 1);
  CHECK(counter.Count("wijkteam") == 2);
  CHECK(counter.Count("website") == 2);
  CHECK(counter.Count("online") == 2);
  CHECK(counter.Count("e-mail") == 2);
  CHECK(counter.Count("station") == 2);
}

TEST_CASE("SyllableCounter: Dutch words that end like an English loanword", "[taal][lettergrepen]") {
  // English words are recognised whole, so the Dutch zwa-re, wa-re, vi-si-te and dis-ci-pli-ne keep
  // every syllable.
  SyllableCounter counter;
  CHECK(counter.Count("zware") == 2);
  CHECK(counter.Count("ware") == 2);
  CHECK(counter.Count("visite") == 3);
  CHECK(counter.Count("discipline") == 4);
}

TEST_CASE("SyllableCounter: accented long vowels are one syllable", "[taal][lettergrepen]") {
  // "één" (one, stressed) is a single syllable: accents do not split a long vowel.
  SyllableCounter counter;
  CHECK(counter.Count("één") == 1);
  CHECK(counter.Count("ÉÉN") == 1);
}

TEST_CASE("SyllableCounter gives the same answer the second time (from its cache)", "[taal][lettergrepen]") {
  SyllableCounter counter;
  const int first = counter.Count("telefoonnummer");
  CHECK(first == 5);
  CHECK(counter.Count("telefoonnummer") == first);
  CHECK(counter.Count("Telefoonnummer") == first);
  // A second counter shares the patterns and agrees.
  SyllableCounter other;
  CHECK(other.Count("telefoonnummer") == first);
  CHECK(counter.Count("huis") == 1);
  CHECK(counter.Count("huis") == 1);
}

TEST_CASE("SyllableCounter ignores case, also for accented capitals", "[taal][lettergrepen]") {
  SyllableCounter counter;
  CHECK(counter.Count("BUURTWERKER") == 3);
  CHECK(counter.Count("Buurtwerker") == 3);
  CHECK(counter.Count("België") == 3);
  CHECK(counter.Count("BELGIË") == 3);
  CHECK(counter.Count("ideeën") == 3);
  CHECK(counter.Count("IDEEËN") == 3);
  CHECK(counter.Count("café") == 2);
  CHECK(counter.Count("CAFÉ") == 2);
  CHECK(counter.Count("Één") == counter.Count("één"));
  CHECK(counter.Count("COÖRDINATOR") == 5);
  CHECK(counter.Count("geïnteresseerd") == 5);
}

TEST_CASE("LowerDutch lowers ASCII and accented capitals only", "[taal][lettergrepen]") {
  CHECK(LowerDutch("ÉÉN BELGIË Straße") == "één belgië straße");
  CHECK(LowerDutch("COÖRDINATOR") == "coördinator");
  CHECK(LowerDutch("a×b") == "a×b");  // the multiplication sign sits between the capitals
}

TEST_CASE("SyllableCounter counts hyphenated words per part", "[taal][lettergrepen]") {
  SyllableCounter counter;
  CHECK(counter.Count("zee-egel") == 3);
  CHECK(counter.Count("zee-egel") == counter.Count("zee") + counter.Count("egel"));
  CHECK(counter.Count("anti-inbraak") == counter.Count("anti") + counter.Count("inbraak"));
  CHECK(counter.Count("anti-inbraak") == 4);
  CHECK(counter.Count("huis-aan-huisblad") == 4);
  CHECK(counter.Count("Niet-Pluisgevoel") == 4);
  // Without the hyphen the three e's would run together.
  CHECK(counter.Count("mee-eten") == 3);
}

TEST_CASE("SyllableCounter gives 0 for a word without vowels", "[taal][lettergrepen]") {
  SyllableCounter counter;
  CHECK(counter.Count("") == 0);
  CHECK(counter.Count("123") == 0);
  CHECK(counter.Count("sms") == 0);
  CHECK(counter.Count("-") == 0);
}

}  // namespace
}  // namespace nietpluis
