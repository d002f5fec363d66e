// The B1 rules. They are heuristics tuned for plain Dutch: they point a writer at a place to look,
// and every rule is tested against sentences that must and must not be flagged.
#include "language/language_check.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/text.h"

namespace nietpluis {
namespace {

using Level = Diagnostic::Level;

const std::unordered_set<std::string> kAbbreviations = {
    "bijv.", "bv.", "o.a.", "d.w.z.", "m.a.w.", "ca.", "nr.", "tel.", "t.a.v.", "i.p.v.", "i.v.m.", "m.b.t.",
    "n.a.v.", "t.o.v.", "m.i.v.", "mevr.", "dhr.", "zgn.", "evt.", "incl.", "excl.", "jl.", "a.s.", "z.s.m.",
    "resp.", "vs.", "mr.", "dr."};
// These often close a list at the end of a sentence: it ends there if a capital follows.
const std::unordered_set<std::string> kClosingAbbreviations = {"enz.", "etc.", "e.d."};

const std::unordered_set<std::string> kWordenForms = {"word", "wordt", "worden", "werd", "werden"};
const std::unordered_set<std::string> kZijnForms = {"is", "zijn", "ben", "bent", "was", "waren"};
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
const std::unordered_set<std::string> kUForms = {"u", "uw"};
const std::unordered_set<std::string> kJeForms = {"je", "jij", "jou", "jouw", "jullie", "jezelf"};
const std::vector<std::vector<std::string>> kNounPhrases = {
    {"in", "behandeling"}, {"tot", "uitvoering"}, {"in", "overweging"}, {"ter", "beschikking"},
    {"in", "ontvangst"},   {"tot", "stand"},      {"in", "aanmerking"}, {"ten", "uitvoer"}};

// Leading and trailing characters that are not part of a word: ASCII, and typographic quotes,
// dashes and the ellipsis in UTF-8.
constexpr bool IsAsciiPunctuation(char c) {
  switch (c) {
    case '"': case '\'': case '(': case ')': case '[': case ']': case '{': case '}': case ',': case ';':
    case ':': case '!': case '?': case '.': case '*': case '/':
      return true;
    default:
      return false;
  }
}

const std::vector<std::string_view> kUtf8Punctuation = {
    "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9E",
    "\xC2\xAB",     "\xC2\xBB",     "\xE2\x80\xA6", "\xE2\x80\x93", "\xE2\x80\x94"};

// Length of the punctuation mark at the start (or, with `at_end`, the end) of `text`; 0 for none.
std::size_t PunctuationAt(std::string_view text, bool at_end) {
  if (text.empty()) return 0;
  const char edge = at_end ? text.back() : text.front();
  if (IsAsciiPunctuation(edge)) return 1;
  if (static_cast<unsigned char>(edge) < 0x80) return 0;
  for (std::string_view mark : kUtf8Punctuation) {
    if (at_end ? EndsWith(text, mark) : StartsWith(text, mark)) return mark.size();
  }
  return 0;
}

std::size_t PunctuationPrefix(std::string_view text) {
  std::size_t total = 0;
  while (std::size_t n = PunctuationAt(text.substr(total), false)) total += n;
  return total;
}

std::size_t PunctuationSuffix(std::string_view text) {
  std::size_t total = 0;
  while (std::size_t n = PunctuationAt(text.substr(0, text.size() - total), true)) total += n;
  return total;
}

constexpr bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Byte classes by table, for the loop that runs over every byte of a site's text.
enum ByteClass : unsigned char { kSpaceByte = 1, kMayBePunctuation = 2 };
constexpr std::array<unsigned char, 256> kByteClasses = [] {
  std::array<unsigned char, 256> classes{};
  for (unsigned c = 0; c < 256; ++c) {
    if (IsAsciiSpace(static_cast<char>(c))) classes[c] |= kSpaceByte;
    // Every UTF-8 mark in kUtf8Punctuation starts and ends with a byte of 0x80 or more.
    if (IsAsciiPunctuation(static_cast<char>(c)) || c >= 0x80) classes[c] |= kMayBePunctuation;
  }
  return classes;
}();
bool IsSpaceByte(char c) { return kByteClasses[static_cast<unsigned char>(c)] & kSpaceByte; }
bool MayBePunctuation(char c) { return kByteClasses[static_cast<unsigned char>(c)] & kMayBePunctuation; }

// The first space byte in [at, end), or end; sixteen bytes at a time (GCC vector extensions) while
// they fit, since this runs over every word of a site.
const char* FindSpace(const char* at, const char* end) {
  using Bytes = unsigned char __attribute__((vector_size(16)));
  for (; end - at >= 16; at += 16) {
    Bytes bytes;
    std::memcpy(&bytes, at, 16);
    const Bytes space = (bytes == ' ') | (bytes - 9 < 5);  // ' ', \t, \n, \v, \f, \r
    std::uint64_t low, high;
    std::memcpy(&low, &space, 8);
    std::memcpy(&high, reinterpret_cast<const char*>(&space) + 8, 8);
    if (low) return at + __builtin_ctzll(low) / 8;
    if (high) return at + 8 + __builtin_ctzll(high) / 8;
  }
  while (at < end && !IsSpaceByte(*at)) ++at;
  return at;
}

bool EndsSentence(std::string_view trailing) {
  return trailing.find_first_of(".!?") != std::string_view::npos || trailing.find("\xE2\x80\xA6") != std::string_view::npos;
}

// URLs, e-mail addresses, phone numbers, times and postcode digits are not words to count or check.
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


std::string Snippet(const Sentence& sentence, int max_words) {
  std::string text;
  int words = 0;
  for (const Piece& piece : sentence.pieces) {
    if (piece.is_word && ++words > max_words) return std::string(Trim(text)) + " ...";
    text += piece.text;
  }
  return std::string(Trim(text));
}

std::string SentenceText(const Sentence& sentence) {
  std::string text;
  for (const Piece& piece : sentence.pieces) text += piece.text;
  return std::string(Trim(text));
}

bool EndsLikeParticiple(const std::string& w) { return EndsWith(w, "d") || EndsWith(w, "t") || EndsWith(w, "en"); }

// "ge" + a stem of at least `min_stem` letters: "ge-bracht". "geeft" and "geen" are not.
bool GeParticiple(std::string_view w, std::size_t min_stem) {
  return StartsWith(w, "ge") && w.size() >= 2 + min_stem && w[2] != 'e';
}


class WordAnalysis {
 public:
  explicit WordAnalysis(const LanguageConfig& config) : config_(config) {}

  bool IsPlain(const std::string& word) const { return config_.plain_words.count(word) > 0; }

  // Whether `word` splits into plain words, allowing the Dutch linking s, e and en between them.
  bool IsPlainCompound(const std::string& word) const {
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

  // `strict` is for "zijn": be-/ver-/ont- words after "is" are mostly adjectives (bekend, verdrietig).
  bool IsParticiple(const std::string& w, bool strict) const {
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

 private:
  bool SegmentsIntoPlainWords(const std::string& word) const {
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

  const LanguageConfig& config_;
};

// FNV-style mixing over 8 bytes at a time: words are short, and this runs once per word of a site.
std::uint64_t HashText(std::string_view text) {
  std::uint64_t hash = 0x9E3779B97F4A7C15ull ^ text.size();
  const char* p = text.data();
  std::size_t n = text.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t block;
    std::memcpy(&block, p, 8);
    hash = (hash ^ block) * 0xFF51AFD7ED558CCDull;
    hash ^= hash >> 32;
  }
  // The last bytes, read in at most two overlapping loads (never past the end of the text).
  std::uint64_t tail = 0;
  if (n >= 4) {
    std::uint32_t first, last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    tail = first | (static_cast<std::uint64_t>(last) << 32);
  } else if (n > 0) {
    tail = static_cast<unsigned char>(p[0]) | (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
           (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
  }
  hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53ull;
  return hash ^ (hash >> 29);
}

// Whether two texts of `n` bytes agree in their first and last sizeof(Word) bytes, which for
// n <= 2 * sizeof(Word) is all of them.
template <typename Word>
bool SameEnds(const char* x, const char* y, std::size_t n) {
  Word x_first, x_last, y_first, y_last;
  std::memcpy(&x_first, x, sizeof(Word));
  std::memcpy(&x_last, x + n - sizeof(Word), sizeof(Word));
  std::memcpy(&y_first, y, sizeof(Word));
  std::memcpy(&y_last, y + n - sizeof(Word), sizeof(Word));
  return x_first == y_first && x_last == y_last;
}

// Equal texts, compared with at most four loads for words up to 16 bytes.
bool SameText(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  if (n > 16) return std::memcmp(x, y, n) == 0;
  if (n >= 8) return SameEnds<std::uint64_t>(x, y, n);
  if (n >= 4) return SameEnds<std::uint32_t>(x, y, n);
  return n == 0 || (x[0] == y[0] && x[n / 2] == y[n / 2] && x[n - 1] == y[n - 1]);
}

// Entries by their `text`, with open addressing: std::unordered_map would hash with a slower
// function and chase a node per lookup. Entries never move, so pointers to them stay valid.
template <typename Entry>
class TextTable {
 public:
  template <typename Make>
  Entry& FindOrAdd(std::string_view text, Make make) {
    const std::uint64_t hash = HashText(text);
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (!slot.entry) break;
      if (slot.hash == hash && SameText(slot.entry->text, text)) return *slot.entry;
    }
    return Add(hash, make(text));
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    Entry* entry = nullptr;
  };

  // Out of line: a site's words are nearly all found, not added.
  [[gnu::noinline]] Entry& Add(std::uint64_t hash, Entry&& made) {
    Entry& entry = entries_.emplace_back(std::move(made));
    if (2 * entries_.size() > slots_.size()) Grow();
    Insert(hash, &entry);
    return entry;
  }

  void Insert(std::uint64_t hash, Entry* entry) {
    std::size_t i = hash & mask_;
    while (slots_[i].entry) i = (i + 1) & mask_;
    slots_[i] = Slot{hash, entry};
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.entry) Insert(slot.hash, slot.entry);
    }
  }

  std::vector<Slot> slots_ = std::vector<Slot>(1024);
  std::size_t mask_ = 1023;
  std::deque<Entry> entries_;
};

// What the rules need to know about one lower-case word; worked out the first time a checked word
// needs it. `triggers` says which rules can fire on the word, so a sentence runs only those.
struct WordInfo {
  int syllables = 0;
  bool long_word = false;             // at least the limit in syllables, and not plain or a plain compound
  const std::string* hard = nullptr;  // the plain alternative when this word alone is hard
  bool phrase_start = false;          // may start a hard phrase of several words
  bool worden = false, zijn = false;
  bool participle_after_worden = false, participle_after_zijn = false;
  bool u_form = false, je_form = false;
  bool ing_noun = false;    // an -ing noun that is not listed as plain
  bool infinitive = false;  // looks like an infinitive that is not listed as plain
  unsigned triggers = 0;
};

enum Trigger : unsigned {
  kTriggerHard = 1u << 0,
  kTriggerLong = 1u << 1,
  kTriggerAuxiliary = 1u << 2,
  kTriggerParticiple = 1u << 3,
  kTriggerNoun = 1u << 4,           // -ing noun or infinitive
  kTriggerAddress = 1u << 5,        // u/uw or a je form (the two below)
  kTriggerVan = 1u << 6,            // the word is "van" (checked or not: the rules read names' words too)
  kTriggerNounPhrase = 1u << 7,     // the word starts one of kNounPhrases
  kTriggerPhraseStart = 1u << 8,    // the word may start a hard phrase
  kTriggerPhraseSecond = 1u << 9,   // the word may come second in a hard phrase
  kTriggerUForm = 1u << 10,
  kTriggerJeForm = 1u << 11,
};

// Bit `kNounPhraseBit[i] + k` of LowerWord::noun_phrase_words: the word is word k of kNounPhrases[i].
const std::vector<unsigned> kNounPhraseBit = [] {
  std::vector<unsigned> first_bits;
  unsigned bit = 0;
  for (const auto& phrase : kNounPhrases) {
    first_bits.push_back(bit);
    bit += static_cast<unsigned>(phrase.size());
  }
  if (bit > 32) std::abort();  // the phrases' words no longer fit the mask
  return first_bits;
}();

// One distinct word in lower case.
struct LowerWord {
  std::string text;
  unsigned triggers = 0;  // kTriggerVan, kTriggerNounPhrase, kTriggerPhraseSecond
  bool article = false;   // de, het, een
  bool het = false;
  std::uint32_t noun_phrase_words = 0;
  std::uint32_t noun_phrases_started = 0;  // bit i: the word is the first of kNounPhrases[i]
  bool analysed = false;
  WordInfo info;
};

// One distinct core of a chunk (the chunk without leading and trailing punctuation), as written.
// What is read for every word comes first, with the text, so that it shares the entry's first cache
// line; entries are aligned to lines.
struct alignas(64) Lexeme {
  bool word_like = false;
  bool two_capitals = false;          // "AB": not a word after a postcode's four digits
  bool four_digits = false;
  bool abbreviation = false;          // "bijv": its dot does not end a sentence
  bool closing_abbreviation = false;  // "enz": its dot ends a sentence only when a capital follows
  bool name_start = false;            // starts with a capital and some configured name starts with it
  // Copies of what the rules read for every word, so the tokenizer touches only this entry.
  unsigned lower_triggers = 0;
  std::uint32_t noun_phrases_started = 0;
  unsigned info_triggers = 0;
  int syllables = 0;
  const WordInfo* info = nullptr;  // the lower-case word's analysis, once a checked word needed it
  std::string text;
  LowerWord* lower = nullptr;
};

// Names by their first word, so a sentence is only compared with the names that could start there.
using NameIndex = std::unordered_multimap<std::string_view, const std::vector<std::string>*>;

}  // namespace

// Everything a checker keeps from page to page: what it learnt about words, and buffers.
struct LanguageChecker::State {
  State(const LanguageConfig& language_config, SyllableCounter& counter)
      : config(language_config), syllables(counter), analysis(language_config) {
    for (const auto& [phrase, alternative] : config.hard_words) {
      for (std::size_t space = phrase.find(' '); space != std::string::npos; space = phrase.find(' ', space + 1)) {
        phrase_prefixes.insert(phrase.substr(0, space));
      }
      const std::size_t first_space = phrase.find(' ');
      if (first_space == std::string::npos) continue;
      phrase_starts.insert(phrase.substr(0, first_space));
      // What the phrase built from a sentence can hold after its first word and one space: up to each
      // later space, or to the end (a merged name's lower case can hold spaces itself).
      for (std::size_t end = phrase.find(' ', first_space + 1);; end = phrase.find(' ', end + 1)) {
        const std::size_t length = end == std::string::npos ? std::string::npos : end - first_space - 1;
        phrase_seconds.insert(phrase.substr(first_space + 1, length));
        if (end == std::string::npos) break;
      }
    }
    for (const auto& name : config.names) names.emplace(name.front(), &name);
  }

  LowerWord& LowerOf(std::string_view lower) {
    return lower_words.FindOrAdd(lower, [this](std::string_view text) {
      LowerWord word;
      word.text = std::string(text);
      if (text == "van") word.triggers |= kTriggerVan;
      word.het = text == "het";
      word.article = word.het || text == "de" || text == "een";
      if (phrase_seconds.count(std::string(text))) word.triggers |= kTriggerPhraseSecond;
      for (std::size_t i = 0; i < kNounPhrases.size(); ++i) {
        if (kNounPhrases[i].front() == text) {
          word.triggers |= kTriggerNounPhrase;
          word.noun_phrases_started |= 1u << i;
        }
        for (std::size_t k = 0; k < kNounPhrases[i].size(); ++k) {
          if (kNounPhrases[i][k] == text) word.noun_phrase_words |= 1u << (kNounPhraseBit[i] + k);
        }
      }
      return word;
    });
  }

  Lexeme& LexemeOf(std::string_view core) {
    return lexemes.FindOrAdd(core, [this](std::string_view text) {
      Lexeme lexeme;
      lexeme.text = std::string(text);
      lexeme.word_like = IsWordLike(text);
      lexeme.two_capitals = IsTwoCapitals(text);
      lexeme.four_digits = IsFourDigits(text);
      const std::string lower = LowerDutch(text);
      if (text.size() < 8) {
        lexeme.abbreviation = kAbbreviations.count(lower + ".") > 0;
        lexeme.closing_abbreviation = kClosingAbbreviations.count(lower + ".") > 0;
      }
      lexeme.name_start = std::isupper(static_cast<unsigned char>(text.front())) && names.count(text) > 0;
      lexeme.lower = &LowerOf(lower);
      lexeme.lower_triggers = lexeme.lower->triggers;
      lexeme.noun_phrases_started = lexeme.lower->noun_phrases_started;
      return lexeme;
    });
  }

  // The analysis of a checked word, worked out the first time any of its spellings needs it.
  const WordInfo& InfoOf(Lexeme& lexeme) {
    if (!lexeme.info) {
      lexeme.info = &InfoOf(*lexeme.lower);
      lexeme.info_triggers = lexeme.info->triggers;
      lexeme.syllables = lexeme.info->syllables;
    }
    return *lexeme.info;
  }

  const WordInfo& InfoOf(LowerWord& word) {
    if (!word.analysed) {
      word.info = Analyse(word.text);
      word.analysed = true;
    }
    return word.info;
  }

  WordInfo Analyse(const std::string& lower) {
    WordInfo info;
    info.syllables = syllables.Count(lower);
    const bool plain = analysis.IsPlain(lower);
    auto hard = config.hard_words.find(lower);
    if (hard != config.hard_words.end()) info.hard = &hard->second;
    info.phrase_start = phrase_starts.count(lower) > 0;
    info.long_word = info.syllables >= config.long_word_syllables && !plain && !info.hard && !analysis.IsPlainCompound(lower);
    info.worden = kWordenForms.count(lower) > 0;
    info.zijn = kZijnForms.count(lower) > 0;
    info.participle_after_worden = analysis.IsParticiple(lower, false);
    info.participle_after_zijn = analysis.IsParticiple(lower, true);
    info.u_form = kUForms.count(lower) > 0;
    info.je_form = kJeForms.count(lower) > 0;
    info.ing_noun = (EndsWith(lower, "ing") || EndsWith(lower, "ingen")) && lower.size() >= 6 && !plain;
    info.infinitive = EndsWith(lower, "en") && lower.size() >= 4 && !plain;  // doen, gaan, zien
    if (info.hard) info.triggers |= kTriggerHard;
    if (info.phrase_start) info.triggers |= kTriggerPhraseStart;
    if (info.long_word) info.triggers |= kTriggerLong;
    if (info.worden || info.zijn) info.triggers |= kTriggerAuxiliary;
    if (info.participle_after_worden || info.participle_after_zijn) info.triggers |= kTriggerParticiple;
    if (info.ing_noun || info.infinitive) info.triggers |= kTriggerNoun;
    if (info.u_form) info.triggers |= kTriggerAddress | kTriggerUForm;
    if (info.je_form) info.triggers |= kTriggerAddress | kTriggerJeForm;
    return info;
  }

  const LanguageConfig& config;
  SyllableCounter& syllables;
  WordAnalysis analysis;
  std::unordered_set<std::string> phrase_starts;    // first words of hard phrases
  std::unordered_set<std::string> phrase_prefixes;  // every hard phrase cut before each of its spaces
  std::unordered_set<std::string> phrase_seconds;   // what can follow a phrase's first word
  NameIndex names;
  TextTable<Lexeme> lexemes;
  TextTable<LowerWord> lower_words;
  // Buffers handed back by ReleaseText.
  std::vector<Piece> spare_pieces;
  std::vector<Sentence> spare_sentences;
  // A page's working lists, kept for the next page.
  struct WordRef {
    std::size_t piece;  // index into the page's pieces
    Lexeme* lexeme;
  };
  struct Scratch {
    std::vector<WordRef> words_in_sentence;
    std::vector<const WordInfo*> infos;  // per word of a sentence: its analysis, null when unchecked
    std::vector<bool> hard_words;        // per word of a sentence: part of a hard word or phrase
    std::string phrase, found_phrase;
    std::vector<std::pair<std::size_t, std::size_t>> extents;  // each sentence's first piece and count
    std::vector<std::size_t> u_forms, je_forms;                 // pieces
  } scratch;
};

namespace {

using State = LanguageChecker::State;

// One page in one pass: each chunk of text is split off its punctuation, looked up once, and added
// to the page's pieces; when a sentence ends its names are merged and the rules run over its words.
class PageChecker {
 public:
  PageChecker(State& state, PageLanguage& page)
      : state_(state),
        config_(state.config),
        page_(page),
        words_in_sentence_(state.scratch.words_in_sentence),
        infos_(state.scratch.infos),
        hard_words_(state.scratch.hard_words),
        phrase_(state.scratch.phrase),
        found_phrase_(state.scratch.found_phrase),
        extents_(state.scratch.extents),
        u_forms_(state.scratch.u_forms),
        je_forms_(state.scratch.je_forms) {
    words_in_sentence_.clear();
    extents_.clear();
    u_forms_.clear();
    je_forms_.clear();
  }

  void Run(const std::vector<TextBlock>& text) {
    for (std::size_t i = 0; i < text.size(); ++i) Block(text[i], i);
    CheckAddressForm();
    std::stable_sort(page_.findings.begin(), page_.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.line < b.line; });
    CountFindings();
    // Only now is the pieces vector done growing.
    for (std::size_t s = 0; s < page_.sentences.size(); ++s) {
      page_.sentences[s].pieces = std::span<Piece>(page_.pieces.data() + extents_[s].first, extents_[s].second);
    }
  }

 private:
  using WordRef = State::WordRef;

  struct WordsSeen {
    unsigned triggers = 0;           // of all words: which rules can fire
    std::uint32_t noun_phrases = 0;  // bit i: the sentence holds the first word of kNounPhrases[i]
  };

  // --- splitting into pieces and sentences -------------------------------------------------

  void Block(const TextBlock& block, std::size_t index) {
    block_ = index;
    heading_ = block.is_heading;
    for (const TextRun& run : block.runs) Run(run);
    closing_abbreviation_ = false;
    Finish();
  }

  // Everything it calls is inlined (Finish excepted): this loop runs once per chunk of a site's text.
  [[gnu::flatten]] void Run(const TextRun& run) {
    const char* at = run.text.data();
    const char* const end = at + run.text.size();
    if (started_) one_stretch_ = false;  // the sentence goes on in another string
    while (at < end) {
      const char* chunk_end = at + 1;
      if (IsSpaceByte(*at)) {
        while (chunk_end < end && IsSpaceByte(*chunk_end)) ++chunk_end;
        Add(std::string_view(at, static_cast<std::size_t>(chunk_end - at)), false, run.line, nullptr);
      } else {
        chunk_end = FindSpace(chunk_end, end);
        Chunk(std::string_view(at, static_cast<std::size_t>(chunk_end - at)), run.line);
      }
      at = chunk_end;
    }
  }

  void Chunk(std::string_view chunk, int line) {
    const std::size_t lead = MayBePunctuation(chunk.front()) ? PunctuationPrefix(chunk) : 0;
    const std::size_t trail =
        lead < chunk.size() && MayBePunctuation(chunk.back()) ? PunctuationSuffix(chunk.substr(lead)) : 0;
    const std::string_view core = chunk.substr(lead, chunk.size() - lead - trail);
    const std::string_view trailing = chunk.substr(chunk.size() - trail);
    if (closing_abbreviation_) {
      closing_abbreviation_ = false;
      if (!core.empty() && std::isupper(static_cast<unsigned char>(core.front()))) Finish();
    }
    if (lead > 0) Add(chunk.substr(0, lead), false, line, nullptr);
    Lexeme* lexeme = nullptr;
    if (!core.empty()) {
      lexeme = &state_.LexemeOf(core);
      const bool word = lexeme->word_like && !(lexeme->two_capitals && previous_four_digits_);
      Add(core, word, line, lexeme);
      previous_four_digits_ = lexeme->four_digits;
    }
    if (trail == 0) return;
    Add(trailing, false, line, nullptr);
    const bool dot = trailing == "." && lexeme;
    if (dot && lexeme->closing_abbreviation) {
      closing_abbreviation_ = true;
      return;
    }
    if (EndsSentence(trailing) && !(dot && lexeme->abbreviation)) Finish();
  }

  static bool IsBlank(std::string_view text) { return Trim(text).empty(); }

  [[gnu::always_inline]] void Add(std::string_view text, bool word, int line, Lexeme* lexeme) {
    std::vector<Piece>& pieces = page_.pieces;
    if (!started_) {
      if (!word && IsBlank(text)) return;  // no leading spaces
      line_ = line;
      started_ = true;
    }
    if (word) {
      if (words_++ == 0) line_ = line;
      words_in_sentence_.push_back(WordRef{pieces.size(), lexeme});
      names_possible_ |= lexeme->name_start;
      // What the rules and the score read of every word, while its entry is at hand. Unless a name
      // gets merged (see Finish), the sentence's words are not looked up again.
      infos_.push_back(lexeme->info ? lexeme->info : &state_.InfoOf(*lexeme));
      seen_.triggers |= lexeme->lower_triggers | lexeme->info_triggers;
      seen_.noun_phrases |= lexeme->noun_phrases_started;
      syllables_ += lexeme->syllables;
      long_words_ += lexeme->syllables >= config_.long_word_syllables;
    }
    pieces.push_back(Piece{text, word, word, false, line});
  }

  [[gnu::noinline]] void Finish() {
    std::vector<Piece>& pieces = page_.pieces;
    while (pieces.size() > first_ && IsBlank(pieces.back().text)) pieces.pop_back();
    if (words_ > 0) {
      Sentence sentence;
      sentence.line = line_;
      sentence.block = block_;
      sentence.is_heading = heading_;
      sentence.words = words_;
      sentence.one_stretch = one_stretch_;
      WordsSeen seen = seen_;
      if (names_possible_) {
        MergeNames(sentence);
        seen = LookUpWords();  // names are neither checked nor scored
      } else {
        AddToScore(static_cast<int>(infos_.size()), syllables_, long_words_);
      }
      ++page_.score.sentences;
      page_.score.words += sentence.words;
      sentence.pieces = std::span<Piece>(pieces.data() + first_, pieces.size() - first_);
      CheckSentence(sentence, seen);
      extents_.emplace_back(first_, pieces.size() - first_);
      page_.sentences.push_back(sentence);
    } else {
      pieces.resize(first_);
    }
    first_ = pieces.size();
    started_ = false;
    words_ = 0;
    line_ = 0;
    one_stretch_ = true;
    names_possible_ = false;
    words_in_sentence_.clear();
    infos_.clear();
    seen_ = WordsSeen{};
    syllables_ = 0;
    long_words_ = 0;
  }

  // Joins a configured name written over several words into one word that is counted but not checked.
  void MergeNames(Sentence& sentence) {
    std::vector<Piece>& pieces = page_.pieces;
    std::vector<WordRef>& words = words_in_sentence_;
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (!words[w].lexeme->name_start) continue;
      // Of the names starting with this word, the longest that matches wins.
      const std::vector<std::string>* best = nullptr;
      auto [begin, end] = state_.names.equal_range(words[w].lexeme->text);
      for (auto it = begin; it != end; ++it) {
        const std::vector<std::string>& candidate = *it->second;
        if (w + candidate.size() > words.size() || (best && candidate.size() <= best->size())) continue;
        bool match = true;
        for (std::size_t k = 1; k < candidate.size() && match; ++k) match = pieces[words[w + k].piece].text == candidate[k];
        if (match) best = &candidate;
      }
      if (!best || best->size() < 2) {
        if (best) pieces[words[w].piece].checked = false;  // a one-word name
        continue;
      }
      const std::size_t first = words[w].piece, last = words[w + best->size() - 1].piece;
      // Only a name written in one stretch of source text can become one piece.
      bool contiguous = true;
      for (std::size_t p = first + 1; p <= last && contiguous; ++p) {
        const Piece& before = pieces[p - 1];
        contiguous = before.text.data() + before.text.size() == pieces[p].text.data() &&
                     (pieces[p].is_word || IsBlank(pieces[p].text));
      }
      if (!contiguous) continue;
      const Piece& end_piece = pieces[last];
      Piece& merged = pieces[first];
      merged.text = std::string_view(merged.text.data(),
                                     static_cast<std::size_t>(end_piece.text.data() + end_piece.text.size() - merged.text.data()));
      merged.checked = false;
      pieces.erase(pieces.begin() + static_cast<std::ptrdiff_t>(first) + 1,
                   pieces.begin() + static_cast<std::ptrdiff_t>(last) + 1);
      sentence.words -= static_cast<int>(best->size()) - 1;
      // The merged word stands for the whole name; the words after it move up.
      words[w].lexeme = &state_.LexemeOf(merged.text);
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(w) + 1,
                  words.begin() + static_cast<std::ptrdiff_t>(w + best->size()));
      for (std::size_t k = w + 1; k < words.size(); ++k) words[k].piece -= last - first;
    }
  }

  // --- the rules, per sentence -------------------------------------------------------------

  void Add(FindingKind kind, Level level, int line, std::string problem, std::string text, std::string suggestion) {
    page_.findings.push_back(Finding{kind, level, line, std::move(problem), std::move(text), std::move(suggestion)});
  }

  Piece& WordPiece(std::size_t w) { return page_.pieces[words_in_sentence_[w].piece]; }
  const LowerWord& LowerOf(std::size_t w) const { return *words_in_sentence_[w].lexeme->lower; }
  // The lower-case word's triggers as the word's own entry keeps them (see Lexeme).
  unsigned LowerTriggers(std::size_t w) const { return words_in_sentence_[w].lexeme->lower_triggers; }
  const std::string& Lower(std::size_t w) const { return LowerOf(w).text; }

  // The sentence's words once names are merged: each checked word's analysis into infos_, its
  // score, and which rules the words can trigger.
  WordsSeen LookUpWords() {
    const std::size_t count = words_in_sentence_.size();
    infos_.resize(count);
    const WordRef* words = words_in_sentence_.data();
    const WordInfo** infos = infos_.data();
    const Piece* pieces = page_.pieces.data();
    const int long_limit = config_.long_word_syllables;
    unsigned triggers = 0;
    std::uint32_t noun_phrases = 0;
    int scored = 0, syllables = 0, long_words = 0;
    for (std::size_t w = 0; w < count; ++w) {
      Lexeme& lexeme = *words[w].lexeme;
      triggers |= lexeme.lower_triggers;
      noun_phrases |= lexeme.noun_phrases_started;
      const WordInfo* info = nullptr;
      if (pieces[words[w].piece].checked) {
        info = lexeme.info ? lexeme.info : &state_.InfoOf(lexeme);
        triggers |= lexeme.info_triggers;
        ++scored;
        syllables += lexeme.syllables;
        long_words += lexeme.syllables >= long_limit;
      }
      infos[w] = info;
    }
    AddToScore(scored, syllables, long_words);
    return WordsSeen{triggers, noun_phrases};
  }

  void AddToScore(int scored_words, int syllables, int long_words) {
    LanguageScore& score = page_.score;
    score.scored_words += scored_words;
    score.syllables += syllables;
    score.long_words += long_words;
  }

  void CheckSentence(Sentence& sentence, WordsSeen seen) {
    const unsigned triggers = seen.triggers;
    const std::uint32_t noun_phrases = seen.noun_phrases;
    CheckLength(sentence);
    const bool phrases = (triggers & kTriggerPhraseStart) && (triggers & kTriggerPhraseSecond);
    hard_words_checked_ = phrases || (triggers & kTriggerHard);
    if (hard_words_checked_) CheckHardWords(phrases);
    if (triggers & kTriggerLong) CheckLongWords();
    if ((triggers & kTriggerAuxiliary) && (triggers & kTriggerParticiple)) CheckPassive(sentence);
    CheckNounStyle(sentence, triggers, noun_phrases);
    if (triggers & kTriggerAddress) {
      for (std::size_t w = 0; w < infos_.size(); ++w) {
        if (!infos_[w]) continue;
        const unsigned word = words_in_sentence_[w].lexeme->info_triggers;  // infos_[w]->triggers, at hand
        if (word & kTriggerUForm) u_forms_.push_back(words_in_sentence_[w].piece);
        if (word & kTriggerJeForm) je_forms_.push_back(words_in_sentence_[w].piece);
      }
    }
  }

  void CheckLength(Sentence& sentence) {
    if (sentence.words <= config_.sentence_warning) return;
    Level level = sentence.words > config_.sentence_error ? Level::kError : Level::kWarning;
    sentence.flagged = true;
    Add(FindingKind::kLongSentence, level, sentence.line,
        "zin van " + std::to_string(sentence.words) + " woorden (B1: hoogstens " +
            std::to_string(config_.sentence_warning) + "): \"" + Snippet(sentence, 6) + "\"",
        SentenceText(sentence), "maak er twee of meer korte zinnen van");
  }

  void FlagHard(std::size_t w, std::size_t length, const std::string& phrase, const std::string& alternative) {
    for (std::size_t k = 0; k < length; ++k) {
      WordPiece(w + k).flagged = true;
      hard_words_[w + k] = true;
    }
    Add(FindingKind::kHardWord, Level::kWarning, WordPiece(w).line, "moeilijk woord \"" + phrase + "\"", phrase,
        "schrijf: " + alternative);
  }

  // The longest hard phrase starting at word `w`, grown a word at a time while it is the start of some
  // listed phrase; 0 for none.
  std::size_t HardPhraseAt(std::size_t w, const std::string** alternative) {
    const std::size_t longest = std::min(config_.longest_hard_phrase, infos_.size() - w);
    std::size_t found = 0;
    phrase_ = Lower(w);
    for (std::size_t length = 2; length <= longest; ++length) {
      phrase_ += ' ';
      phrase_ += Lower(w + length - 1);
      auto it = config_.hard_words.find(phrase_);
      if (it != config_.hard_words.end()) {
        found = length;
        *alternative = &it->second;
        found_phrase_ = phrase_;
      }
      if (!state_.phrase_prefixes.count(phrase_)) break;
    }
    return found;
  }

  void CheckHardWords(bool phrases) {
    hard_words_.assign(infos_.size(), false);
    for (std::size_t w = 0; w < infos_.size(); ++w) {
      if (!infos_[w]) continue;
      const bool phrase_possible =
          phrases && infos_[w]->phrase_start && w + 1 < infos_.size() && (LowerTriggers(w + 1) & kTriggerPhraseSecond);
      if (phrase_possible) {
        const std::string* alternative = nullptr;
        if (std::size_t length = HardPhraseAt(w, &alternative)) {
          FlagHard(w, length, found_phrase_, *alternative);
          w += length - 1;
          continue;
        }
      }
      if (infos_[w]->hard) FlagHard(w, 1, Lower(w), *infos_[w]->hard);
    }
  }

  void CheckLongWords() {
    for (std::size_t w = 0; w < infos_.size(); ++w) {
      if (!infos_[w] || !infos_[w]->long_word || (hard_words_checked_ && hard_words_[w])) continue;
      Piece& piece = WordPiece(w);
      piece.flagged = true;
      Add(FindingKind::kLongWord, Level::kWarning, piece.line,
          "lang woord \"" + std::string(piece.text) + "\" (" + std::to_string(infos_[w]->syllables) + " lettergrepen)",
          std::string(piece.text), "zoek een korter woord, of zeg het met een paar gewone woorden");
    }
  }

  void CheckPassive(Sentence& sentence) {
    for (std::size_t a = 0; a < infos_.size(); ++a) {
      if (!infos_[a] || (!infos_[a]->worden && !infos_[a]->zijn)) continue;
      const bool after_zijn = !infos_[a]->worden;
      for (std::size_t p = 0; p < infos_.size(); ++p) {
        if (p == a || !infos_[p]) continue;
        if (!(after_zijn ? infos_[p]->participle_after_zijn : infos_[p]->participle_after_worden)) continue;
        sentence.flagged = true;
        std::string pair = p > a ? Lower(a) + " ... " + Lower(p) : Lower(p) + " ... " + Lower(a);
        Add(FindingKind::kPassive, Level::kWarning, sentence.line,
            "lijdende vorm \"" + pair + "\": \"" + Snippet(sentence, 6) + "\"", SentenceText(sentence),
            "zeg wie het doet, bijvoorbeeld \"de buurtwerker belt u\" in plaats van \"u wordt gebeld\"");
        return;
      }
    }
  }

  // `noun_phrases`: bit i when the sentence holds the first word of kNounPhrases[i].
  void CheckNounStyle(Sentence& sentence, unsigned triggers, std::uint32_t noun_phrases) {
    auto add = [&](std::size_t first, std::size_t last) {
      std::string phrase = Lower(first);
      for (std::size_t k = first + 1; k <= last; ++k) phrase += " " + Lower(k);
      for (std::size_t k = first; k <= last; ++k) WordPiece(k).flagged = true;
      Add(FindingKind::kNounStyle, Level::kWarning, sentence.line, "naamwoordstijl \"" + phrase + "\"", phrase,
          "schrijf het met een werkwoord, bijvoorbeeld \"als wij uw melding bekijken\"");
    };
    const std::size_t words = infos_.size();
    if ((triggers & kTriggerVan) && (triggers & kTriggerNoun)) {
      for (std::size_t w = 0; w + 1 < words; ++w) {
        if (!infos_[w] || !(LowerTriggers(w + 1) & kTriggerVan)) continue;
        const bool after_article = w > 0 && LowerOf(w - 1).article;
        if (infos_[w]->ing_noun) {
          add(after_article ? w - 1 : w, w + 1);
        } else if (infos_[w]->infinitive && w > 0 && LowerOf(w - 1).het) {
          add(w - 1, w + 1);
        }
      }
    }
    if (!(triggers & kTriggerNounPhrase)) return;
    for (std::size_t i = 0; i < kNounPhrases.size(); ++i) {
      if (!((noun_phrases >> i) & 1u)) continue;
      const std::size_t length = kNounPhrases[i].size();
      for (std::size_t w = 0; w + length <= words; ++w) {
        if (!((words_in_sentence_[w].lexeme->noun_phrases_started >> i) & 1u)) continue;
        bool match = true;
        for (std::size_t k = 1; k < length && match; ++k) {
          match = (LowerOf(w + k).noun_phrase_words >> (kNounPhraseBit[i] + k)) & 1u;
        }
        if (match) add(w, w + length - 1);
      }
    }
  }

  // --- per page ------------------------------------------------------------------------------

  void CheckAddressForm() {
    if (u_forms_.empty() || je_forms_.empty()) return;
    // The less used form is the slip; with a tie the meldpunt's own choice, "u", wins.
    bool je_is_minority = je_forms_.size() <= u_forms_.size();
    const auto& minority = je_is_minority ? je_forms_ : u_forms_;
    const std::string used = je_is_minority ? "u" : "je";
    for (std::size_t index : minority) {
      Piece& piece = page_.pieces[index];
      piece.flagged = true;
      Add(FindingKind::kAddressForm, Level::kError, piece.line,
          "\"" + std::string(piece.text) + "\" naast \"" + used + "\" op deze pagina", std::string(piece.text),
          "spreek de lezer overal op dezelfde manier aan, met \"" + used + "\"");
    }
  }

  void CountFindings() {
    LanguageScore& score = page_.score;
    if (score.sentences > 0) score.average_sentence_length = static_cast<double>(score.words) / score.sentences;
    if (score.scored_words > 0) {
      score.long_word_share = static_cast<double>(score.long_words) / score.scored_words;
      double syllables_per_100 = 100.0 * score.syllables / score.scored_words;
      score.flesch_douma = 206.84 - 0.77 * syllables_per_100 - 0.93 * score.average_sentence_length;
    }
    for (const Finding& finding : page_.findings) {
      ++score.counts[static_cast<std::size_t>(finding.kind)];
      if (finding.level == Level::kError) {
        ++score.errors;
      } else {
        ++score.warnings;
      }
    }
  }

  State& state_;
  const LanguageConfig& config_;
  PageLanguage& page_;
  // The sentence being split off.
  std::size_t first_ = 0;  // its first piece
  bool started_ = false;    // it has a piece
  int words_ = 0;
  int line_ = 0;
  std::size_t block_ = 0;
  bool heading_ = false;
  bool one_stretch_ = true;            // all its pieces so far come from one run
  bool names_possible_ = false;        // a word of it starts a configured name
  WordsSeen seen_;                     // what its words can trigger, and their sums for the score
  int syllables_ = 0, long_words_ = 0;
  bool previous_four_digits_ = false;  // the last core was "1234": a following "AB" is a postcode's
  bool closing_abbreviation_ = false;  // the last word was "enz.": a capital next starts a new sentence
  // The lists below live in the checker's scratch space (see State::Scratch).
  std::vector<WordRef>& words_in_sentence_;
  std::vector<const WordInfo*>& infos_;
  std::vector<bool>& hard_words_;
  bool hard_words_checked_ = false;
  std::string& phrase_;
  std::string& found_phrase_;
  std::vector<std::pair<std::size_t, std::size_t>>& extents_;
  std::vector<std::size_t>& u_forms_;
  std::vector<std::size_t>& je_forms_;
};

}  // namespace

std::string_view FindingKindName(FindingKind kind) {
  switch (kind) {
    case FindingKind::kLongSentence: return "lange-zin";
    case FindingKind::kLongWord: return "lang-woord";
    case FindingKind::kHardWord: return "moeilijk-woord";
    case FindingKind::kPassive: return "lijdende-vorm";
    case FindingKind::kNounStyle: return "naamwoordstijl";
    case FindingKind::kAddressForm: return "aanspreekvorm";
  }
  return "";
}

std::string DoumaLabel(double score) {
  if (score >= 90) return "heel makkelijk";
  if (score >= 80) return "makkelijk";
  if (score >= 70) return "vrij makkelijk";
  if (score >= 60) return "normaal";
  if (score >= 45) return "vrij moeilijk";
  if (score >= 30) return "moeilijk";
  return "heel moeilijk";
}

LanguageChecker::LanguageChecker(const LanguageConfig& config, SyllableCounter& syllables)
    : state_(std::make_unique<State>(config, syllables)) {}

LanguageChecker::~LanguageChecker() = default;

PageLanguage LanguageChecker::Check(const std::vector<TextBlock>& text) {
  PageLanguage page;
  page.pieces = std::move(state_->spare_pieces);
  page.pieces.clear();
  page.sentences = std::move(state_->spare_sentences);
  page.sentences.clear();
  PageChecker(*state_, page).Run(text);
  return page;
}

void LanguageChecker::ReleaseText(PageLanguage* page) {
  page->sentences.clear();
  page->pieces.clear();
  state_->spare_sentences = std::exchange(page->sentences, {});
  state_->spare_pieces = std::exchange(page->pieces, {});
}

PageLanguage CheckLanguage(const std::vector<TextBlock>& text, const LanguageConfig& config, SyllableCounter& syllables) {
  LanguageChecker checker(config, syllables);
  return checker.Check(text);
}

}  // namespace nietpluis
