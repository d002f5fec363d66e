// Sentence length, passive voice and noun style. They are heuristics tuned for plain Dutch: they point
// a writer at a place to look, and every rule is tested against sentences that must and must not be
// flagged.
#include "language/sentence_rules.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <unordered_set>

#include "base/text.h"
#include "language/inflection.h"

namespace nietpluis {
namespace {

// Words that open a noun phrase: what follows one is a noun or an adjective, not a participle.
const std::unordered_set<std::string> kDeterminers = {"de",   "het", "een",  "uw",   "mijn", "haar", "ons",
                                                      "onze", "hun", "dit",  "deze", "elk",  "elke", "geen"};
// Words that only ever open a noun phrase ("haar" and "ons" may be objects: "door haar gebeld").
const std::unordered_set<std::string> kArticles = {"de",   "het", "een",  "uw",  "mijn", "onze",
                                                   "dit",  "deze", "elk", "elke", "geen"};
// Words after which "zijn" is "his", not "are".
const std::unordered_set<std::string> kBeforePossessive = {"heeft", "had", "met", "van", "in", "op", "aan", "bij",
                                                           "voor", "naar", "uit", "over", "door", "ziet", "zag"};
// Words that end the phrase after "door" or "van".
const std::unordered_set<std::string> kPhraseEnds = {"van", "in", "op", "met", "en", "of", "om", "als", "dat", "die",
                                                     "omdat", "wanneer", "want", "maar", "aan", "bij", "voor", "naar"};

// Whether only spaces lie between word `w` and the next one (no comma, no full stop).
bool JoinedToNext(const SentenceWords& words, const std::vector<Piece>& pieces, std::size_t w) {
  for (std::size_t p = words.words[w].piece + 1; p < words.words[w + 1].piece; ++p) {
    if (!Trim(pieces[p].text).empty()) return false;
  }
  return true;
}

// The noun phrase from word `first`: a determiner and up to two more words, or one word; empty when
// the sentence ends or a comma comes first.
std::string PhraseAt(const SentenceWords& words, const std::vector<Piece>& pieces, std::size_t first) {
  if (first >= words.words.size()) return "";
  std::string phrase(pieces[words.words[first].piece].text);
  const bool determiner = kDeterminers.count(words.Lower(first)) > 0;
  std::size_t last = first;
  const std::size_t longest = determiner ? 2 : 0;
  while (last - first < longest && last + 1 < words.words.size() && JoinedToNext(words, pieces, last) &&
         !kPhraseEnds.count(words.Lower(last + 1))) {
    ++last;
    phrase += " " + std::string(pieces[words.words[last].piece].text);
    if (!words.infos[last] || !EndsWith(words.Lower(last), "e")) break;  // an adjective in -e: the noun follows
  }
  return phrase;
}

std::string Quoted(const std::string& text) { return "\"" + text + "\""; }

// The first infinitive of the participle that is a Dutch word; empty for none.
std::string InfinitiveOf(const std::string& participle, Lexicon& lexicon) {
  for (const std::string& infinitive : InfinitivesOfParticiple(participle)) {
    if (lexicon.IsDutchWord(infinitive)) return infinitive;
  }
  return "";
}

// The form after "hij" of a verb: the candidate that is a Dutch word ("verwijdert", not "verwijdeert").
std::string ThirdPersonOf(const std::string& verb, Lexicon& lexicon) {
  for (const std::string& stem : IkStems(verb)) {
    const std::string form = EndsWith(stem, "t") ? stem : stem + "t";
    if (lexicon.IsDutchWord(form)) return form;
  }
  return ThirdPerson(verb);
}

std::string PassiveAdvice(const SentenceWords& words, const std::vector<Piece>& pieces, std::size_t a, std::size_t p,
                          const std::string& pair, Lexicon& lexicon) {
  // A listed hard verb is named by its plain alternative: "wordt verstrekt" -> "wij geven ...".
  const std::string found = InfinitiveOf(words.Lower(p), lexicon);
  const std::string infinitive = found.empty() ? found : lexicon.PlainVerbFor(found);
  std::string agent;
  for (std::size_t d = 0; d + 1 < words.words.size() && agent.empty(); ++d) {
    if (d == a || d == p || words.Lower(d) != "door" || !JoinedToNext(words, pieces, d)) continue;
    const bool name = !words.infos[d + 1];  // a configured name, merged into one word
    if (name || kDeterminers.count(words.Lower(d + 1))) agent = PhraseAt(words, pieces, d + 1);
  }
  const std::string instead = " in plaats van " + Quoted(pair);
  if (infinitive.empty()) {
    return "zeg wie het doet en begin de zin daarmee, bijvoorbeeld met \"wij\"" + instead;
  }
  // A separable verb puts its particle at the end: "wij geven ... door".
  const std::string particle = lexicon.IsDutchWord(infinitive.substr(SeparableParticle(infinitive).size()))
                                   ? SeparableParticle(infinitive) : "";
  const std::string verb = infinitive.substr(particle.size());
  const std::string tail = particle.empty() ? " ..." : " ... " + particle;
  if (!agent.empty()) return "zeg wie het doet: " + Quoted(agent + " " + ThirdPersonOf(verb, lexicon) + tail) + instead;
  return "zeg wie het doet: " + Quoted("wij " + verb + tail) + " of " + Quoted("de ... " + ThirdPersonOf(verb, lexicon) + tail) +
         instead;
}

// The verb a fixed phrase without an -ing noun stands for.
std::string VerbOfPhrase(const std::string& phrase) {
  if (phrase == "tot stand") return "maken";
  if (phrase == "in ontvangst") return "krijgen";
  if (phrase == "in aanmerking") return "krijgen";
  if (phrase == "ter beschikking") return "geven";
  if (phrase == "ten uitvoer") return "uitvoeren";
  return "";
}

}  // namespace

void CheckLength(Sentence& sentence, const LanguageConfig& config, std::vector<Finding>* findings) {
  if (sentence.words <= config.sentence_warning) return;
  Diagnostic::Level level = sentence.words > config.sentence_error ? Diagnostic::Level::kError : Diagnostic::Level::kWarning;
  sentence.flagged = true;
  AddFinding(findings, FindingKind::kLongSentence, level, sentence.line,
      "zin van " + std::to_string(sentence.words) + " woorden (B1: hoogstens " +
          std::to_string(config.sentence_warning) + "): \"" + Snippet(sentence, 6) + "\"",
      SentenceText(sentence), "maak er twee of meer korte zinnen van");
}

void CheckPassive(Sentence& sentence, const SentenceWords& words, const std::vector<Piece>& pieces, Lexicon& lexicon,
                  std::vector<Finding>* findings) {
  const std::size_t count = words.infos.size();
  std::size_t best_a = count, best_p = count;
  for (std::size_t a = 0; a < count; ++a) {
    if (!words.infos[a] || (!words.infos[a]->worden && !words.infos[a]->zijn)) continue;
    // "zijn" after a verb or preposition is the possessive: "heeft zijn post", "met zijn hond".
    if (a > 0 && words.Lower(a) == "zijn" && kBeforePossessive.count(words.Lower(a - 1))) continue;
    const bool after_zijn = !words.infos[a]->worden;
    for (std::size_t p = 0; p < count; ++p) {
      if (p == a || !words.infos[p]) continue;
      if (!(after_zijn ? words.infos[p]->participle_after_zijn : words.infos[p]->participle_after_worden)) continue;
      if (p > 0 && kArticles.count(words.Lower(p - 1))) continue;  // "een vermoeden": a noun
      const auto distance = [](std::size_t x, std::size_t y) { return x > y ? x - y : y - x; };
      if (best_a == count || distance(a, p) < distance(best_a, best_p)) {
        best_a = a;
        best_p = p;
      }
    }
  }
  if (best_a == count) return;
  const std::size_t a = best_a, p = best_p;
  sentence.flagged = true;
  const std::string pair = p > a ? words.Lower(a) + " ... " + words.Lower(p) : words.Lower(p) + " ... " + words.Lower(a);
  AddFinding(findings, FindingKind::kPassive, Diagnostic::Level::kWarning, sentence.line,
      "lijdende vorm \"" + pair + "\": \"" + Snippet(sentence, 6) + "\"", SentenceText(sentence),
      PassiveAdvice(words, pieces, a, p, pair, lexicon));
}

void CheckNounStyle(Sentence& sentence, const SentenceWords& words, std::vector<Piece>& pieces, Lexicon& lexicon,
                    std::vector<Finding>* findings) {
  // `verb` is the verb the phrase hides ("" when none is known); `object` starts after the phrase.
  auto add = [&](std::size_t first, std::size_t last, const std::string& verb, std::size_t object) {
    std::string phrase = words.Lower(first);
    for (std::size_t k = first + 1; k <= last; ++k) phrase += " " + words.Lower(k);
    for (std::size_t k = first; k <= last; ++k) pieces[words.words[k].piece].flagged = true;
    std::string advice = "schrijf het met een werkwoord, bijvoorbeeld \"als wij ... bekijken\"";
    if (!verb.empty() && lexicon.IsDutchWord(verb)) {
      std::string what = object < words.words.size() && JoinedToNext(words, pieces, object - 1)
                             ? PhraseAt(words, pieces, object) : "";
      // A listed hard verb is named by its plain alternative: "de verwerking van" -> "gebruiken".
      const std::string plain = lexicon.PlainVerbFor(verb);
      advice = "schrijf het met het werkwoord " + Quoted(plain) +
               (plain == verb ? std::string() : " (voor " + Quoted(verb) + ")") + ": " +
               Quoted("als wij " + (what.empty() ? std::string("...") : LowerDutch(what)) + " " + plain);
    }
    AddFinding(findings, FindingKind::kNounStyle, Diagnostic::Level::kWarning, sentence.line,
               "naamwoordstijl \"" + phrase + "\"", phrase, advice);
  };
  const std::size_t count = words.infos.size();
  const unsigned triggers = words.seen.triggers;
  const std::uint32_t noun_phrases = words.seen.noun_phrases;
  if ((triggers & kTriggerVan) && (triggers & kTriggerNoun)) {
    for (std::size_t w = 0; w + 1 < count; ++w) {
      if (!words.infos[w] || !(words.LowerTriggers(w + 1) & kTriggerVan)) continue;
      const bool after_article = w > 0 && words.LowerOf(w - 1).article;
      if (words.infos[w]->ing_noun) {
        add(after_article ? w - 1 : w, w + 1, VerbOfIngNoun(words.Lower(w)), w + 2);
      } else if (words.infos[w]->infinitive && w > 0 && words.LowerOf(w - 1).het) {
        add(w - 1, w + 1, words.Lower(w), w + 2);
      }
    }
  }
  if (!(triggers & kTriggerNounPhrase)) return;
  for (std::size_t i = 0; i < kNounPhrases.size(); ++i) {
    if (!((noun_phrases >> i) & 1u)) continue;
    const std::size_t length = kNounPhrases[i].size();
    for (std::size_t w = 0; w + length <= count; ++w) {
      if (!((words.words[w].lexeme->noun_phrases_started >> i) & 1u)) continue;
      bool match = true;
      for (std::size_t k = 1; k < length && match; ++k) {
        match = (words.LowerOf(w + k).noun_phrase_words >> (kNounPhraseBit[i] + k)) & 1u;
      }
      if (!match) continue;
      const std::string& noun = kNounPhrases[i].back();
      std::string verb = VerbOfIngNoun(noun);
      if (verb.empty()) verb = VerbOfPhrase(kNounPhrases[i].front() + " " + noun);
      add(w, w + length - 1, verb, count);  // the object of a fixed phrase is not after it
    }
  }
}

}  // namespace nietpluis
