// Unit tests for meldpunt/intake/follow_code: the alphabet, the check symbol, and reading typed codes.
#include "intake/follow_code.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

namespace nietpluis {
namespace {

std::string Canonical(const std::string& shown) { return shown.substr(0, 4) + shown.substr(5); }

TEST_CASE("A new follow-up code has four symbols, a dash and four more, from the alphabet without look-alikes", "[volgcode]") {
  const std::regex shape("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
  std::set<std::string> seen;
  for (int i = 0; i < 2000; ++i) {
    const std::optional<std::string> code = NewFollowCode();
    REQUIRE(code);
    CHECK(std::regex_match(*code, shape));
    for (char confusable : std::string("01ILO")) CHECK(code->find(confusable) == std::string::npos);
    CHECK(ParseFollowCode(*code).kind == ParsedFollowCode::Kind::kOk);
    seen.insert(*code);
  }
  // 2,000 draws from 2.75e10 codes: a repeat would mean the random source is not random.
  CHECK(seen.size() == 2000);
}

TEST_CASE("Every symbol turns up in every random position of the follow-up code", "[volgcode]") {
  std::vector<std::set<char>> per_position(kFollowRandomSymbols);
  for (int i = 0; i < 3000; ++i) {
    const std::string canonical = Canonical(*NewFollowCode());
    for (std::size_t p = 0; p < kFollowRandomSymbols; ++p) per_position[p].insert(canonical[p]);
  }
  // 3,000 draws leave a given symbol out of a position with chance (30/31)^3000, about 1e-43.
  for (const std::set<char>& symbols : per_position) CHECK(symbols.size() == kFollowAlphabet.size());
}

TEST_CASE("The check symbol is the weighted sum mod 31 of the seven random symbols", "[volgcode]") {
  CHECK(FollowCheckSymbol("2222222") == '2');
  // '3' is worth 1 and the first position weighs 8: the check symbol is worth 31 - 8 = 23, 'S'.
  CHECK(FollowCheckSymbol("3222222") == 'S');
  CHECK(ParseFollowCode("3222-222S").kind == ParsedFollowCode::Kind::kOk);
  CHECK(ShowFollowCode("3222222S") == "3222-222S");
}

TEST_CASE("The check symbol catches every single wrong symbol and every swap of two neighbours in a sample of codes", "[volgcode]") {
  int substitutions = 0, swaps = 0;
  for (int sample = 0; sample < 300; ++sample) {
    const std::string code = Canonical(*NewFollowCode());
    for (std::size_t p = 0; p < kFollowCodeSymbols; ++p) {
      for (char other : kFollowAlphabet) {
        if (other == code[p]) continue;
        std::string typo = code;
        typo[p] = other;
        INFO(code << " -> " << typo);
        CHECK(ParseFollowCode(typo).kind == ParsedFollowCode::Kind::kWrongCheck);
        ++substitutions;
      }
      if (p + 1 < kFollowCodeSymbols && code[p] != code[p + 1]) {
        std::string swapped = code;
        std::swap(swapped[p], swapped[p + 1]);
        INFO(code << " -> " << swapped);
        CHECK(ParseFollowCode(swapped).kind == ParsedFollowCode::Kind::kWrongCheck);
        ++swaps;
      }
    }
  }
  CHECK(substitutions == 300 * 8 * 30);
  CHECK(swaps > 300 * 6);
}

TEST_CASE("A typed follow-up code is read in any case, with or without dashes and spaces", "[volgcode]") {
  const std::string shown = *NewFollowCode();
  const std::string canonical = Canonical(shown);
  std::string lower = shown;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const std::string& typed : {shown, canonical, lower, " " + shown + " ", canonical.substr(0, 4) + " " + canonical.substr(4),
                                   canonical.substr(0, 2) + "-" + canonical.substr(2, 3) + " - " + canonical.substr(5)}) {
    INFO(typed);
    const ParsedFollowCode parsed = ParseFollowCode(typed);
    CHECK(parsed.kind == ParsedFollowCode::Kind::kOk);
    CHECK(parsed.canonical == canonical);
  }
}

TEST_CASE("Empty, short, long and foreign input is no follow-up code", "[volgcode]") {
  CHECK(ParseFollowCode("").kind == ParsedFollowCode::Kind::kEmpty);
  CHECK(ParseFollowCode(" - ").kind == ParsedFollowCode::Kind::kEmpty);
  const std::string canonical = Canonical(*NewFollowCode());
  CHECK(ParseFollowCode(canonical.substr(0, 7)).kind == ParsedFollowCode::Kind::kNotACode);
  CHECK(ParseFollowCode(canonical + "2").kind == ParsedFollowCode::Kind::kNotACode);
  // The look-alikes are never in a code, so typing one is a mistake the reporter must hear about.
  for (char confusable : std::string("01ILOo")) {
    std::string typo = canonical;
    typo[3] = confusable;
    CHECK(ParseFollowCode(typo).kind == ParsedFollowCode::Kind::kNotACode);
  }
  CHECK(ParseFollowCode("K7MQ_4PXW").kind == ParsedFollowCode::Kind::kNotACode);
  CHECK(ParseFollowCode("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9").kind == ParsedFollowCode::Kind::kNotACode);
}

}  // namespace
}  // namespace nietpluis
