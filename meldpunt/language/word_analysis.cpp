// Plain compounds and participles. The participle rule knows the look-alikes that are not one, and
// the verbs whose perfect takes "zijn" (is gegaan): those are active, not passive.
#include "language/word_analysis.h"

#include <cstring>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/text.h"

namespace nietpluis {
namespace {

const std::unordered_set<std::string> kSeparableParticles = {
    "op", "af", "aan", "door", "langs", "mee", "uit", "in", "terug", "over", "na", "toe",
    "weg", "voor", "bij", "neer", "samen", "vast", "los", "thuis", "binnen", "buiten"};
// Words that look like participles but are not, and participles of verbs that form their perfect
// with "zijn" (is gegaan, is gebeurd): those are active, not passive.
const std::unordered_set<std::string> kNotPassiveParticiples = {
    "geven",     "gebeuren",  "gebruiken",   "geloven",    "genieten",   "gemeente",   "gewoon",     "gezond",
    "gezellig",  "gevoel",    "gesprek",     "geheim",     "gebied",     "gedrag",     "gebouw",     "geluid",
    "gedicht",   "gezicht",   "gevaar",      "getal",      "gelukkig",   "geduld",     "gezin",      "geworden",
    "geweest",   "gegaan",    "gekomen",     "gebleven",   "gebeurd",    "gestorven",  "geboren",    "gelegen",
    "geleden",   "gevallen",  "gelopen",     "gereden",    "gegroeid",   "gestegen",   "gedaald",    "gelukt",
    "geslaagd",  "begonnen",  "vertrokken",  "verdwenen",  "verhuisd",   "overleden",  "ontstaan",   "opgegroeid",
    "teruggekomen", "langsgekomen", "meegegaan", "thuisgekomen", "aangekomen", "opgestaan", "gerust", "geliefd",
    "gewend",    "gemiddeld", "geschikt",    "gesloten",   "geopend",    "genoeg",     "gelijk",     "gezegend",
    "gewond",    "geweld",    "gevolg",      "gedeelte",   "gebed",      "gezag",      "gerecht",    "gewicht",
    "geschied",  "gebit",     "getuigen",    "gedachten",  "gevoelens",  "gebeurtenis", "gezinnen", "gemeenten",
    "gesprekken", "gebieden", "gebouwen",   "gedichten",  "getallen",   "gezichten",  "geheimen",   "gevaren",
    "geschrokken", "geweest"};

bool EndsLikeParticiple(const std::string& w) { return EndsWith(w, "d") || EndsWith(w, "t") || EndsWith(w, "en"); }

// "ge" + a stem of at least `min_stem` letters: "ge-bracht". "geeft" and "geen" are not.
bool GeParticiple(std::string_view w, std::size_t min_stem) {
  return StartsWith(w, "ge") && w.size() >= 2 + min_stem && w[2] != 'e';
}

}  // namespace

bool WordAnalysis::IsPlainCompound(const std::string& word) const {
  std::size_t start = 0;
  while (start <= word.size()) {
    std::size_t dash = word.find('-', start);
    std::string part = word.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
    if (!part.empty() && !IsPlain(part) && !SegmentsIntoPlainWords(part)) return false;
    if (dash == std::string::npos) break;
    start = dash + 1;
  }
  return true;
}

bool WordAnalysis::IsParticiple(const std::string& w, bool strict) const {
  if (w.size() < 5 || !EndsLikeParticiple(w) || kNotPassiveParticiples.count(w) || IsPlain(w)) return false;
  if (GeParticiple(w, 3)) return true;
  for (const std::string& particle : kSeparableParticles) {
    // "door-ge-geven" is a participle, "door-geeft" and "door-geven" are not.
    if (StartsWith(w, particle) && GeParticiple(std::string_view(w).substr(particle.size()), 4)) return true;
  }
  if (strict) return false;
  if (EndsWith(w, "end")) return false;  // present participles are adjectives: vervelend, bedreigend
  for (const char* prefix : {"be", "ver", "ont", "her"}) {
    if (StartsWith(w, prefix) && w.size() >= std::strlen(prefix) + 4) return true;
  }
  return false;
}

bool WordAnalysis::SegmentsIntoPlainWords(const std::string& word) const {
  constexpr std::size_t kShortestPart = 3;
  std::vector<int> parts(word.size() + 1, -1);  // parts needed to reach this position, -1 = unreachable
  parts[0] = 0;
  for (std::size_t end = kShortestPart; end <= word.size(); ++end) {
    for (std::size_t begin = 0; begin + kShortestPart <= end; ++begin) {
      if (parts[begin] < 0) continue;
      std::string piece = word.substr(begin, end - begin);
      bool plain = IsPlain(piece);
      for (const char* link : {"s", "e", "en"}) {
        const std::size_t n = std::strlen(link);
        if (!plain && EndsWith(piece, link) && piece.size() > n + 2) plain = IsPlain(piece.substr(0, piece.size() - n));
      }
      if (plain && (parts[end] < 0 || parts[begin] + 1 < parts[end])) parts[end] = parts[begin] + 1;
    }
  }
  // One part is a plain word with an ending (bibliotheek-en, wijkagent-en); more parts a compound.
  return parts[word.size()] >= 1;
}

}  // namespace nietpluis
