// Dutch spelling rules for stems: open and closed syllables (maak/maken, bel/bellen) and the
// voiced endings (geef/geven, reis/reizen).
#include "language/inflection.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <utility>

#include "base/text.h"

namespace nietpluis {
namespace {

bool IsVowel(char c) { return c && std::strchr("aeiouy", c); }
bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !IsVowel(c); }

void AddUnique(std::vector<std::string>* list, std::string word) {
  if (word.size() < 2) return;
  for (const std::string& present : *list) {
    if (present == word) return;
  }
  list->push_back(std::move(word));
}

// A stem as it stands before an ending that starts with a vowel ("bel" in bellen, "maak" in maken),
// back to how it stands alone.
void AddClosedStems(const std::string& base, std::vector<std::string>* out) {
  const std::size_t n = base.size();
  if (n < 2) return;
  auto devoiced = [](std::string stem) {
    if (EndsWith(stem, "v")) stem.back() = 'f';
    if (EndsWith(stem, "z")) stem.back() = 's';
    return stem;
  };
  if (IsVowel(base[n - 1])) {  // zien -> zie, doen -> doe
    AddUnique(out, base + "e");
    AddUnique(out, base);
    return;
  }
  if (n >= 3 && base[n - 1] == base[n - 2] && IsConsonant(base[n - 1])) {  // bell-en -> bel
    AddUnique(out, base.substr(0, n - 1));
    return;
  }
  // An open syllable: one vowel between consonants writes its long sound with one letter (mak-en).
  const bool open = n >= 3 && IsConsonant(base[n - 1]) && IsVowel(base[n - 2]) && base[n - 2] != 'i' &&
                    IsConsonant(base[n - 3]);
  if (open) {
    AddUnique(out, devoiced(base.substr(0, n - 1) + base[n - 2] + base[n - 1]));
    // A schwa before l, r or n (behandel-en, verander-en) is not doubled.
    if (base[n - 2] == 'e' && std::strchr("lrn", base[n - 1])) AddUnique(out, devoiced(base));
    return;
  }
  AddUnique(out, devoiced(base));
}

}  // namespace

std::vector<std::string> IkStems(const std::string& infinitive) {
  std::vector<std::string> stems;
  if (infinitive.size() < 4 || !EndsWith(infinitive, "en")) return stems;
  AddClosedStems(infinitive.substr(0, infinitive.size() - 2), &stems);
  return stems;
}

std::vector<std::string> StemCandidates(const std::string& lower) {
  std::vector<std::string> out{lower};
  const std::size_t n = lower.size();
  auto strip = [&](const char* ending) -> std::string {
    const std::size_t k = std::strlen(ending);
    return n > k + 1 && EndsWith(lower, ending) ? lower.substr(0, n - k) : std::string();
  };
  // Endings after which the stem stands as before a vowel (huiz-en, grot-e, bell-er). Not "-eren":
  // the few plurals with it are listed (kinderen, eieren), and as a verb ending it would make
  // consult-eren or adress-eren a form of a plain noun.
  for (const char* ending : {"en", "e", "ere", "er", "ste"}) {
    if (std::string base = strip(ending); !base.empty()) {
      AddUnique(&out, base);
      AddClosedStems(base, &out);
    }
  }
  // Endings after which the stem stands as it is (werk-t, werk-te, bel-de, huis-je, auto's).
  for (const char* ending : {"s", "'s", "t", "te", "ten", "de", "den", "je", "tje", "pje", "etje", "st", "d"}) {
    if (std::string base = strip(ending); !base.empty()) AddUnique(&out, base);
  }
  // Participles: ge-werk-t, ge-bel-d; their stems are the "ik" stems.
  if (StartsWith(lower, "ge") && n > 5 && (EndsWith(lower, "d") || EndsWith(lower, "t"))) {
    AddUnique(&out, lower.substr(2, n - 3));
  }
  // A strong verb's participle often keeps the infinitive's vowel: ge-wassen, ge-lopen, ge-slapen.
  if (StartsWith(lower, "ge") && n > 6 && EndsWith(lower, "en")) AddUnique(&out, lower.substr(2));
  return out;
}

namespace {

// Prefixes after which a participle takes no "ge": verstrekt, beëindigd, ontvangen, herzien.
constexpr const char* kUnstressedPrefixes[] = {"be", "ge", "her", "ont", "ver", "er"};
// Particles that stay in front of "ge" (toe-ge-zonden, waar-ge-nomen); a verb that starts with one
// may also be inseparable (over-handigd), so both participles are made.
constexpr const char* kFormParticles[] = {"aan", "af", "bij", "door", "in", "mee", "na", "op", "over", "toe",
                                          "uit", "vast", "voor", "waar", "weg", "terug", "samen", "tegemoet"};

// "ge" before a stem, with the diaeresis Dutch writes before e, i and u: geëvalueerd, geïnformeerd.
std::string WithGe(const std::string& stem) {
  if (StartsWith(stem, "e")) return "ge\xc3\xab" + stem.substr(1);
  if (StartsWith(stem, "i")) return "ge\xc3\xaf" + stem.substr(1);
  if (StartsWith(stem, "u")) return "ge\xc3\xbc" + stem.substr(1);
  return "ge" + stem;
}

// The "ik" stems of an infinitive whose stem ends in "ër": creëren -> creëer, definiëren -> definieer.
// A verb in -eren after a vowel has its stress on "eer" (evalu-eren -> evalueer), which IkStems'
// rule for open syllables does not see.
std::vector<std::string> StemsOf(const std::string& infinitive) {
  const std::string base = infinitive.substr(0, infinitive.size() - 2);
  if (EndsWith(base, "i\xc3\xabr")) return {base.substr(0, base.size() - 4) + "ieer"};
  if (EndsWith(base, "\xc3\xabr")) return {base.substr(0, base.size() - 3) + "\xc3\xab" "er"};
  std::vector<std::string> stems = IkStems(infinitive);
  if (EndsWith(infinitive, "ueren") || EndsWith(infinitive, "ieren")) {
    const std::string stressed = infinitive.substr(0, infinitive.size() - 4) + "eer";
    if (std::find(stems.begin(), stems.end(), stressed) == stems.end()) stems.insert(stems.begin(), stressed);
  }
  return stems;
}

// Which form a made form is, so that the same form of another word can be made (FormsLike).
enum Slot { kStem, kThird, kPast, kPastPlural, kParticiple, kParticipleE, kPresentParticiple, kPresentParticipleE,
            kPluralS, kPluralApostrophe, kInflectedE, kPluralEn, kPluralHeden };

using Slotted = std::vector<std::pair<Slot, std::string>>;

void AddVerbForms(const std::string& infinitive, Slotted* out) {
  // 't kofschip: the consonant before "en" decides between -te and -de (werk-te, lev-de, reiz-de).
  const char last = infinitive[infinitive.size() - 3];
  const bool voiceless = std::strchr("tkfsp", last) || EndsWith(infinitive.substr(0, infinitive.size() - 2), "ch");
  const std::string past = voiceless ? "te" : "de";
  out->emplace_back(kPresentParticiple, infinitive + "d");  // constaterend, constaterende
  out->emplace_back(kPresentParticipleE, infinitive + "de");
  for (const std::string& stem : StemsOf(infinitive)) {
    const bool ends_t = EndsWith(stem, "t"), ends_d = EndsWith(stem, "d");
    const std::string end = voiceless ? (ends_t ? "" : "t") : (ends_d ? "" : "d");
    out->emplace_back(kStem, stem);
    out->emplace_back(kThird, ends_t ? stem : stem + "t");
    out->emplace_back(kPast, stem + past);
    out->emplace_back(kPastPlural, stem + past + "n");
    // The participle and its inflected form: verstrekt, de verstrekte gegevens.
    std::vector<std::string> participles;
    bool unstressed = false;
    for (const char* prefix : kUnstressedPrefixes) unstressed = unstressed || StartsWith(stem, prefix);
    if (unstressed) participles.push_back(stem + end);
    for (const char* particle : kFormParticles) {
      const std::size_t k = std::strlen(particle);
      if (StartsWith(stem, particle) && stem.size() > k + 2) {
        participles.push_back(particle + WithGe(stem.substr(k)) + end);
        participles.push_back(stem + end);
      }
    }
    if (!unstressed) participles.push_back(WithGe(stem) + end);
    for (const std::string& participle : participles) {
      out->emplace_back(kParticiple, participle);
      out->emplace_back(kParticipleE, participle + "e");
    }
  }
}

void AddOtherForms(const std::string& word, Slotted* out) {
  const std::size_t n = word.size();
  if (EndsWith(word, "heid")) out->emplace_back(kPluralHeden, word.substr(0, n - 4) + "heden");  // bevoegdheden
  struct Ending {
    const char* from;
    const char* to;
  };
  static constexpr Ending kEndings[] = {{"ieel", "i\xc3\xable"},        // potentiële
                                        {"\xc3\xab" "el", "\xc3\xable"},  // reële
                                        {"ief", "ieve"}};               // facultatieve
  for (const Ending& ending : kEndings) {
    if (EndsWith(word, ending.from)) out->emplace_back(kInflectedE, word.substr(0, n - std::strlen(ending.from)) + ending.to);
  }
  if (EndsWith(word, "e")) {  // marge -> marges, zienswijze -> zienswijzen
    out->emplace_back(kPluralS, word + "s");
    out->emplace_back(kPluralEn, word + "n");
    if (EndsWith(word, "ie")) out->emplace_back(kPluralEn, word + "\xc3\xab" "n");  // strategieën
    return;
  }
  out->emplace_back(kPluralS, word + "s");
  out->emplace_back(kPluralApostrophe, word + "'s");
  // Before an ending that starts with a vowel: a double vowel is written once (adequaat -> adequate,
  // perceel -> percelen), a short vowel doubles the consonant (geschil -> geschillen; made as well
  // as the schwa's form, maatregelen, since a rule cannot tell them), f after a long vowel turns v.
  std::vector<std::string> bases{word};
  if (n >= 4 && IsConsonant(word[n - 1]) && word[n - 2] == word[n - 3] && IsVowel(word[n - 2])) {
    std::string single = word.substr(0, n - 2) + word.substr(n - 1);
    if (EndsWith(single, "f")) single.back() = 'v';
    if (EndsWith(single, "s")) single.back() = 'z';
    bases = {single};
  } else if (n >= 3 && IsConsonant(word[n - 1]) && IsVowel(word[n - 2]) && !IsVowel(word[n - 3])) {
    bases.push_back(word + word[n - 1]);
  } else if (EndsWith(word, "ief")) {
    bases = {word.substr(0, n - 1) + "v"};
  }
  for (const std::string& base : bases) {
    out->emplace_back(kInflectedE, base + "e");
    out->emplace_back(kPluralEn, base + "en");
  }
}

Slotted SlottedForms(const std::string& word) {
  Slotted out;
  if (word.size() >= 4 && EndsWith(word, "en")) {  // zien, doen, constateren
    AddVerbForms(word, &out);
  } else {
    AddOtherForms(word, &out);
  }
  return out;
}

}  // namespace

std::vector<std::string> FormsOf(const std::string& word) {
  std::vector<std::string> out;
  for (auto& [slot, form] : SlottedForms(word)) {
    if (form != word) AddUnique(&out, std::move(form));  // the word itself is the caller's entry
  }
  return out;
}

std::vector<std::string> FormsLike(const std::string& form, const std::string& lemma, const std::string& other) {
  std::vector<std::string> out;
  const Slotted others = SlottedForms(other);
  for (const auto& [slot, made] : SlottedForms(lemma)) {
    if (made != form) continue;
    for (const auto& [other_slot, other_form] : others) {
      if (other_slot == slot) AddUnique(&out, other_form);
    }
  }
  return out;
}

std::string VerbOfIngNoun(const std::string& noun) {
  for (const char* ending : {"ingen", "ing"}) {
    const std::size_t k = std::strlen(ending);
    if (noun.size() > k + 2 && EndsWith(noun, ending)) return noun.substr(0, noun.size() - k) + "en";
  }
  return "";
}

constexpr const char* kParticles[] = {"door", "op", "af", "aan", "mee", "uit", "in", "terug", "over", "na", "toe",
                                      "weg", "voor", "bij", "neer", "samen", "vast", "los", "langs", "binnen", "buiten"};

std::string SeparableParticle(const std::string& verb) {
  for (const char* front : kParticles) {
    if (StartsWith(verb, front) && verb.size() > std::strlen(front) + 3) return front;
  }
  return "";
}

std::vector<std::string> InfinitivesOfParticiple(const std::string& participle) {
  std::vector<std::string> out;
  // A separable verb's particle stays in front: door-ge-geven -> door-geven.
  std::string particle, rest = participle;
  for (const char* front : kParticles) {
    if (StartsWith(participle, front) && participle.compare(std::strlen(front), 2, "ge") == 0) {
      particle = front;
      rest = participle.substr(std::strlen(front));
      break;
    }
  }
  if (StartsWith(rest, "ge") && rest.size() > 4) rest = rest.substr(2);
  if (EndsWith(rest, "en") && rest.size() > 3) {  // strong: ge-gev-en -> geven
    AddUnique(&out, particle + rest);
    return out;
  }
  if (!EndsWith(rest, "d") && !EndsWith(rest, "t")) return out;
  const std::string stem = rest.substr(0, rest.size() - 1);
  if (stem.size() < 2) return out;
  const std::size_t n = stem.size();
  std::string base = stem;
  if (EndsWith(base, "f")) base.back() = 'v';  // leef-d -> lev-en
  if (EndsWith(base, "s") && !EndsWith(base, "ss")) AddUnique(&out, particle + base.substr(0, n - 1) + "zen");
  // A long vowel written double before one consonant is written single before -en (maak -> maken).
  if (n >= 3 && IsConsonant(base[n - 1]) && base[n - 2] == base[n - 3] && std::strchr("aeou", base[n - 2])) {
    AddUnique(&out, particle + base.substr(0, n - 2) + base.substr(n - 1) + "en");
    return out;
  }
  // A short vowel before one consonant doubles it (bel -> bellen); a schwa does not (behandel-en).
  if (n >= 2 && IsConsonant(base[n - 1]) && IsVowel(base[n - 2]) && (n < 3 || !IsVowel(base[n - 3]))) {
    AddUnique(&out, particle + base + base[n - 1] + "en");
  }
  AddUnique(&out, particle + base + "en");
  return out;
}

std::string ThirdPerson(const std::string& infinitive) {
  const std::vector<std::string> stems = IkStems(infinitive);
  if (stems.empty()) return infinitive;
  const std::string& stem = stems.front();
  return EndsWith(stem, "t") ? stem : stem + "t";
}

}  // namespace nietpluis
