// Dutch word forms by rule: the stems a form may come from (for plain words), the "ik" stems of an
// infinitive (bellen -> bel, maken -> maak), the verb an -ing noun hides (afhandeling ->
// afhandelen) and the infinitive of a participle (gebeld -> bellen). The rules over-generate on
// purpose; a caller checks each candidate against a word list or the dictionary.
#pragma once

#include <string>
#include <vector>

namespace nietpluis {

// `lower` itself, then what it may be a form of: without a plural or verb ending, a diminutive, an
// inflected or compared adjective ending ("huizen" -> "huis", "grote" -> "groot", "werkte" -> "werk").
std::vector<std::string> StemCandidates(const std::string& lower);

// The forms a listed word takes in running text, by rule. For a verb (an infinitive ending in "en"):
// the "ik" stem, the present, the past, the participles ("constateren" -> constateer, constateert,
// constateerde, constateerden, geconstateerd, constaterend, constaterende; "informeren" ->
// geïnformeerd; "toezenden" -> toezendt, toegezonden is strong and not made). For another word: its
// plural and inflected forms ("termijn" -> termijnen, "adequaat" -> adequate, "potentieel" ->
// potentiële, "bevoegdheid" -> bevoegdheden). Over-generates on purpose: a form that is no Dutch word
// never occurs in a text; a caller must let a listed plain word win over a made form ("monitor" of "monitoren").
std::vector<std::string> FormsOf(const std::string& word);

// The same form of `other` as `form` is of `lemma`, for advice in the writer's sentence: "constateert"
// of "constateren" -> "ziet" of "zien"; "termijnen" of "termijn" -> "tijden". Candidates by rule, best
// first (irregular verbs give forms that are no word: "geefde"); a caller keeps only real words.
std::vector<std::string> FormsLike(const std::string& form, const std::string& lemma, const std::string& other);

// The "ik" stems an infinitive may have: "bellen" -> "bel", "maken" -> "maak", "geven" -> "geef",
// "doen" -> "doe"; "behandelen" -> "behandel" and "behandeel" (the rule cannot tell a schwa).
// Empty when `infinitive` does not end in "en".
std::vector<std::string> IkStems(const std::string& infinitive);

// The infinitive an -ing noun is made from: "afhandeling(en)" -> "afhandelen". Empty otherwise.
std::string VerbOfIngNoun(const std::string& noun);

// Infinitives a past participle may come from: "gebeld" -> "bellen", "gemaakt" -> "maken",
// "doorgegeven" -> "doorgeven", "behandeld" -> "behandelen".
std::vector<std::string> InfinitivesOfParticiple(const std::string& participle);

// The particle a separable verb starts with ("doorgeven" -> "door"), or "".
std::string SeparableParticle(const std::string& verb);

// The present form after "hij" or a singular subject: "bellen" -> "belt".
std::string ThirdPerson(const std::string& infinitive);

}  // namespace nietpluis
