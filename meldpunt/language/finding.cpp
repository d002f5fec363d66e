// The names of the kinds of finding, as the report and `nietpluis taal` show them.
#include "language/finding.h"

namespace nietpluis {

std::string_view FindingKindName(FindingKind kind) {
  switch (kind) {
    case FindingKind::kLongSentence: return "lange-zin";
    case FindingKind::kLongWord: return "lang-woord";
    case FindingKind::kHardWord: return "moeilijk-woord";
    case FindingKind::kPassive: return "lijdende-vorm";
    case FindingKind::kNounStyle: return "naamwoordstijl";
    case FindingKind::kAddressForm: return "aanspreekvorm";
    case FindingKind::kSpelling: return "spelling";
  }
  return "";
}

}  // namespace nietpluis
