// What the B1 check reports: the kinds of finding and one finding at a place in a page.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace nietpluis {

enum class FindingKind { kLongSentence, kLongWord, kHardWord, kPassive, kNounStyle, kAddressForm, kSpelling };
constexpr std::size_t kFindingKinds = 7;

// "lange-zin", "lang-woord", "moeilijk-woord", "lijdende-vorm", "naamwoordstijl", "aanspreekvorm",
// "spelling".
std::string_view FindingKindName(FindingKind kind);

struct Finding {
  FindingKind kind;
  Diagnostic::Level level;
  int line = 0;
  std::string problem;     // "zin van 24 woorden (B1: hoogstens 15): \"Wanneer u ...\""
  std::string text;        // the sentence or word concerned
  std::string suggestion;  // what to write instead, or what to do
};

inline void AddFinding(std::vector<Finding>* findings, FindingKind kind, Diagnostic::Level level, int line,
                       std::string problem, std::string text, std::string suggestion) {
  findings->push_back(Finding{kind, level, line, std::move(problem), std::move(text), std::move(suggestion)});
}

}  // namespace nietpluis
