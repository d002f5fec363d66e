// Splitting a compound into plain parts by dynamic programming over where the parts end.
#include "language/compound.h"

#include <cstring>
#include <initializer_list>
#include <vector>

#include "base/text.h"
#include "language/inflection.h"

namespace nietpluis {
namespace {

// Parts shorter than three letters make nonsense splits, except these particles: op-bouw-werker.
bool ShortPartAllowed(const std::string& part) {
  return part == "op" || part == "af" || part == "in" || part == "na" || part == "om" || part == "bij" || part == "toe";
}

}  // namespace

PlainWords::PlainWords(const LanguageConfig& config) {
  for (const auto* list : {&config.common_words, &config.plain_words}) {
    for (const std::string& word : *list) {
      listed_.insert(word);
      index_.insert(word);
      for (std::string& stem : IkStems(word)) index_.insert(std::move(stem));
    }
  }
}

bool PlainWords::IsForm(const std::string& lower) const {
  for (const std::string& candidate : StemCandidates(lower)) {
    if (InIndex(candidate)) return true;
  }
  return IsDerived(lower);
}

// A form of a listed word of three letters or more: "eren" is no form of "er" at the end of
// consult-eren.
bool PlainWords::IsLastPart(const std::string& piece) const {
  for (const std::string& candidate : StemCandidates(piece)) {
    if (candidate.size() >= 3 && InIndex(candidate)) return true;
  }
  return IsDerived(piece);
}

// A plain verb's -ing noun (wandel-ing, verzeker-ingen), a plain adjective's -heid noun
// (gezond-heid, vriendelijk-heden) and a plain noun's -achtig or -loos adjective (regen-achtig,
// zenuw-achtige, werk-loos) are as plain as the word they are made of; toegankelijk-heid is not, as
// long as "toegankelijk" is not listed.
bool PlainWords::IsDerived(const std::string& lower) const {
  for (const char* ending : {"ing", "ingen", "heid", "heden", "achtig", "achtige", "loos", "loze"}) {
    const std::size_t k = std::strlen(ending);
    if (lower.size() >= k + 3 && EndsWith(lower, ending) && InIndex(lower.substr(0, lower.size() - k))) return true;
  }
  return false;
}

bool PlainWords::IsCompound(const std::string& lower) const {
  std::size_t start = 0;
  while (start <= lower.size()) {
    const std::size_t dash = lower.find('-', start);
    const std::string part = lower.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
    if (!part.empty() && !IsForm(part) && !Segments(part)) return false;
    if (dash == std::string::npos) break;
    start = dash + 1;
  }
  return true;
}

bool PlainWords::Segments(const std::string& word) const {
  const std::size_t n = word.size();
  std::vector<char> reachable(n + 1, 0);  // a split into listed parts reaches this position
  reachable[0] = 1;
  auto listed_part = [&](const std::string& piece) {
    if (piece.size() < 3 && !ShortPartAllowed(piece)) return false;
    if (InIndex(piece)) return true;
    for (const char* link : {"s", "e", "en", "er"}) {  // huisarts-en-praktijk, verjaardag-s-feest, kind-er-wagen
      const std::size_t k = std::strlen(link);
      if (piece.size() > k + 2 && EndsWith(piece, link) && InIndex(piece.substr(0, piece.size() - k))) return true;
    }
    // A plural in front, with its stem spelled as before a vowel: pann-en-koek, huiz-en-markt.
    if (piece.size() > 4 && EndsWith(piece, "en")) {
      for (const std::string& stem : IkStems(piece)) {
        if (stem.size() >= 3 && InIndex(stem)) return true;
      }
    }
    return false;
  };
  bool whole = false;
  for (std::size_t begin = 0; begin < n && !whole; ++begin) {
    if (!reachable[begin]) continue;
    for (std::size_t end = begin + 2; end <= n; ++end) {
      const std::string piece = word.substr(begin, end - begin);
      if (end == n && begin > 0) {  // the last part may be a form: buurt-werkers
        if (piece.size() >= 3 && IsLastPart(piece)) whole = true;
      } else if (end < n && listed_part(piece)) {
        reachable[end] = 1;
      }
    }
  }
  return whole;
}

}  // namespace nietpluis
