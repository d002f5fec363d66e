// Tests of the names of the kinds of finding.
#include "language/finding.h"

#include <catch2/catch.hpp>

#include <vector>

namespace nietpluis {
namespace {

TEST_CASE("FindingKindName names every kind as the report shows it", "[taal][score]") {
  CHECK(FindingKindName(FindingKind::kLongSentence) == "lange-zin");
  CHECK(FindingKindName(FindingKind::kLongWord) == "lang-woord");
  CHECK(FindingKindName(FindingKind::kHardWord) == "moeilijk-woord");
  CHECK(FindingKindName(FindingKind::kPassive) == "lijdende-vorm");
  CHECK(FindingKindName(FindingKind::kNounStyle) == "naamwoordstijl");
  CHECK(FindingKindName(FindingKind::kAddressForm) == "aanspreekvorm");
}

TEST_CASE("AddFinding appends a finding with its texts", "[taal]") {
  std::vector<Finding> findings;
  AddFinding(&findings, FindingKind::kHardWord, Diagnostic::Level::kWarning, 7, "moeilijk woord \"indien\"", "indien",
             "schrijf: als");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].kind == FindingKind::kHardWord);
  CHECK(findings[0].line == 7);
  CHECK(findings[0].problem == "moeilijk woord \"indien\"");
  CHECK(findings[0].text == "indien");
  CHECK(findings[0].suggestion == "schrijf: als");
}

}  // namespace
}  // namespace nietpluis
