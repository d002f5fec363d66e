// Plain compounds and participles. The participle rule knows the look-alikes that are not one, and
// the verbs whose perfect takes "zijn" (is gegaan): those are active, not passive.
#include "language/word_analysis.h"

#include <cstring>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

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

bool EndsInAny(const std::string& w, std::initializer_list<const char*> endings, std::string* root) {
  for (const char* ending : endings) {
    if (EndsWith(w, ending)) {
      *root = w.substr(0, w.size() - std::strlen(ending));
      return true;
    }
  }
  return false;
}

bool IsConsonant(char c) { return c >= 'b' && c <= 'z' && !std::strchr("aeiouy", c); }

}  // namespace

bool LooksOfficial(const std::string& w) {
  std::string root;
  // The forms with a written "ee" leave no doubt that the "eer" is stressed: signal-eert.
  if (EndsInAny(w, {"eerden", "eerde", "eert", "eerd"}, &root)) {
    if (StartsWith(root, "ge")) root = root.substr(2);
    return root.size() >= 5 && IsConsonant(root.back());
  }
  // The infinitive does not show it (signal-eren, but verander-en): only endings that are never a schwa.
  if (EndsInAny(w, {"ueren", "iëren", "iteren"}, &root)) return root.size() >= 3;
  if (EndsInAny(w, {"eren"}, &root)) return root.size() >= 5 && std::strchr("cslmgp", root.back());
  if (EndsInAny(w, {"ieel", "iële", "ueel", "uele", "oneel", "onele", "ureel", "urele"}, &root)) return root.size() >= 3;
  if (EndsInAny(w, {"tief", "tieve", "iteit", "iteiten"}, &root)) return root.size() >= 3;
  return false;
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

}  // namespace nietpluis
