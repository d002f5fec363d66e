// Syllable counting: libhyphen for where to split, Dutch vowel groups for how many syllables.
#include "language/syllables.h"

#include <hyphen.h>

#include <array>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace nietpluis {
namespace {

constexpr const char* kPatternFiles[] = {"/usr/share/hyphen/hyph_nl_NL.dic", "/usr/share/hyphen/hyph_nl.dic"};

std::atomic<bool> preload_started{false};
std::atomic<bool> patterns_ready{false};

HyphenDict* SharedPatterns() {
  static HyphenDict* dictionary = [] {
    HyphenDict* found = nullptr;
    for (const char* file : kPatternFiles) {
      if ((found = hnj_hyphen_load(file))) break;
    }
    patterns_ready = true;
    return found;
  }();
  return dictionary;
}

// The patterns are ISO-8859-1; Dutch letters all fit. Returns false for anything that does not.
bool ToLatin1(const std::string& utf8, std::string* latin1) {
  latin1->clear();
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      latin1->push_back(static_cast<char>(c));
    } else if ((c == 0xC2 || c == 0xC3) && i + 1 < utf8.size()) {
      unsigned char next = static_cast<unsigned char>(utf8[++i]);
      latin1->push_back(static_cast<char>(((c & 0x03) << 6) | (next & 0x3F)));
    } else {
      return false;
    }
  }
  return true;
}

// In ISO-8859-1: plain vowels, accented vowels, and the diaeresis forms that start a new syllable.
bool IsVowel(unsigned char c) {
  if (std::strchr("aeiouy", c) && c) return true;
  return (c >= 0xE0 && c <= 0xE6) || (c >= 0xE8 && c <= 0xEF) || (c >= 0xF2 && c <= 0xF6) ||
         (c >= 0xF9 && c <= 0xFC) || c == 0xFD || c == 0xFF;
}
bool HasDiaeresis(unsigned char c) { return c == 0xE4 || c == 0xEB || c == 0xEF || c == 0xF6 || c == 0xFC; }

// Longest first: one syllable each.
constexpr std::array<const char*, 20> kClusters = {"aai", "ooi", "oei", "eeu", "ieu", "eau", "aa", "ee", "oo", "uu",
                                                   "ie",  "oe",  "eu",  "ui",  "ei",  "ij",  "ou", "au", "ai", "ey"};

// A diaeresis only says "a new syllable starts here"; within it the letter pairs as usual: na-ïef,
// re-ëel, be-ëindigen.
// Accents change neither the sound count nor the pairing: één, café, geëerd (after its split).
char WithoutDiaeresis(unsigned char c) {
  if ((c >= 0xE0 && c <= 0xE5)) return 'a';
  if (c >= 0xE8 && c <= 0xEB) return 'e';
  if (c >= 0xEC && c <= 0xEF) return 'i';
  if (c >= 0xF2 && c <= 0xF6) return 'o';
  if (c >= 0xF9 && c <= 0xFC) return 'u';
  return static_cast<char>(c);
}

int CountVowelGroups(const std::string& latin1_in) {
  std::string latin1 = latin1_in;
  for (char& c : latin1) c = WithoutDiaeresis(static_cast<unsigned char>(c));
  int count = 0;
  std::size_t i = 0;
  while (i < latin1.size()) {
    unsigned char c = static_cast<unsigned char>(latin1[i]);
    if (!IsVowel(c)) {
      ++i;
      continue;
    }
    ++count;
    std::size_t length = 1;
    for (const char* cluster : kClusters) {
      std::size_t n = std::strlen(cluster);
      if (latin1.compare(i, n, cluster) == 0) {
        length = n;
        break;
      }
    }
    // A following vowel outside the cluster, like the "o" in "bi-os-coop" or an "ë", is counted as
    // its own syllable on the next round.
    i += length;
  }
  return count;
}

bool EndsWithText(const std::string& text, const char* ending) {
  std::size_t n = std::strlen(ending);
  return text.size() >= n && text.compare(text.size() - n, n, ending) == 0;
}

}  // namespace

std::string LowerDutch(std::string_view word) {
  std::string out(word);
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

std::jthread PreloadSyllablePatterns() {
  // Set before the thread starts: the first worker may look before the thread has run at all.
  preload_started = true;
  return std::jthread([] { SharedPatterns(); });
}

bool SyllablePatternsLoading() { return preload_started && !patterns_ready; }

SyllableCounter::SyllableCounter() : dictionary_(SharedPatterns()) {}

int SyllableCounter::Count(std::string_view word) {
  std::string lower = LowerDutch(word);
  auto it = cache_.find(lower);
  if (it != cache_.end()) return it->second;
  int count = CountUncached(lower);
  cache_.emplace(std::move(lower), count);
  return count;
}

// English words common in Dutch text whose final e is silent or whose vowels make one sound. Only
// whole words and "-team"/"-mail" compounds: an ending alone would also catch Dutch "zware", "visite".
constexpr std::array<std::pair<const char*, int>, 10> kLoanWords = {
    {{"team", 1}, {"mail", 1}, {"website", 2}, {"online", 2}, {"offline", 2}, {"software", 2}, {"hardware", 2},
     {"homepage", 3}, {"game", 1}, {"live", 1}}};

int SyllableCounter::CountUncached(const std::string& lower) {
  for (const auto& [word, syllables] : kLoanWords) {
    if (lower == word) return syllables;
  }
  for (const char* ending : {"team", "mail"}) {
    if (lower.size() > 4 && EndsWithText(lower, ending)) {
      std::string rest = lower.substr(0, lower.size() - 4);
      if (!rest.empty() && rest.back() == '-') rest.pop_back();
      return CountUncached(rest) + 1;
    }
  }
  // "-tion" and "-sion" in loanwords end in one syllable, "sjon": sta-tion, pen-sion.
  if (lower.size() > 4 && (EndsWithText(lower, "tion") || EndsWithText(lower, "sion"))) {
    return CountUncached(lower.substr(0, lower.size() - 3)) + 1;
  }
  int total = 0;
  std::size_t start = 0;
  while (start <= lower.size()) {
    std::size_t dash = lower.find('-', start);
    std::string part = lower.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
    if (!part.empty()) total += CountPart(part);
    if (dash == std::string::npos) break;
    start = dash + 1;
  }
  return total;
}

int SyllableCounter::CountPart(const std::string& lower_part) {
  std::string latin1;
  if (!ToLatin1(lower_part, &latin1)) return CountVowelGroups(lower_part);
  const auto* dictionary = static_cast<const HyphenDict*>(dictionary_);
  if (!dictionary || latin1.size() > 100) return CountVowelGroups(latin1);

  std::vector<char> hyphens(latin1.size() + 5, 0);
  std::vector<char> hyphenated(latin1.size() * 3 + 5, 0);
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  hnj_hyphen_hyphenate3(const_cast<HyphenDict*>(dictionary), latin1.c_str(), static_cast<int>(latin1.size()),
                        hyphens.data(), hyphenated.data(), &rep, &pos, &cut, 1, 1, 1, 1);
  if (rep) {
    for (std::size_t i = 0; i < latin1.size(); ++i) std::free(rep[i]);
    std::free(rep);
    std::free(pos);
    std::free(cut);
  }
  int total = 0;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < latin1.size(); ++i) {
    bool split_after = (hyphens[i] & 1) != 0;
    bool diaeresis_next = i + 1 < latin1.size() && HasDiaeresis(static_cast<unsigned char>(latin1[i + 1]));
    if (split_after || diaeresis_next || i + 1 == latin1.size()) {
      total += CountVowelGroups(latin1.substr(begin, i + 1 - begin));
      begin = i + 1;
    }
  }
  return total;
}

}  // namespace nietpluis
