// What counts as a word, and the abbreviations whose dot does not end a sentence.
#include "language/tokens.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace nietpluis {
namespace {

const std::unordered_set<std::string> kAbbreviations = {
    "bijv.", "bv.", "o.a.", "d.w.z.", "m.a.w.", "ca.", "nr.", "tel.", "t.a.v.", "i.p.v.", "i.v.m.", "m.b.t.",
    "n.a.v.", "t.o.v.", "m.i.v.", "mevr.", "dhr.", "zgn.", "evt.", "incl.", "excl.", "jl.", "a.s.", "z.s.m.",
    "resp.", "vs.", "mr.", "dr."};
// These often close a list at the end of a sentence: it ends there if a capital follows.
const std::unordered_set<std::string> kClosingAbbreviations = {"enz.", "etc.", "e.d."};

}  // namespace

bool IsWordLike(std::string_view core) {
  if (core.empty()) return false;
  if (core.find_first_of("@:") != std::string_view::npos) return false;  // e-mail and web addresses
  // A domain without www. (welzijn.nl) is not a word; an abbreviation (o.a., d.w.z.) is.
  const std::size_t last_dot = core.rfind('.');
  if (last_dot != std::string_view::npos && last_dot >= 2 && core.size() - last_dot > 2) return false;
  bool letter = false;
  for (char c : core) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isdigit(u)) return false;
    if (std::isalpha(u) || u >= 0x80) letter = true;
  }
  return letter;  // a lone "-" or "&" is not a word
}

bool IsFourDigits(std::string_view text) {
  return text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool IsTwoCapitals(std::string_view text) {
  return text.size() == 2 && std::isupper(static_cast<unsigned char>(text[0])) && std::isupper(static_cast<unsigned char>(text[1]));
}

bool IsAbbreviation(const std::string& lower) { return kAbbreviations.count(lower + ".") > 0; }

bool IsClosingAbbreviation(const std::string& lower) { return kClosingAbbreviations.count(lower + ".") > 0; }

}  // namespace nietpluis
