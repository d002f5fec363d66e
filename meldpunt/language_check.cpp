// The B1 rules. They are heuristics tuned for plain Dutch: they point a writer at a place to look,
// and every rule is tested against sentences that must and must not be flagged.
#include "language_check.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_set>

#include "text.h"

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
bool IsAsciiPunctuation(char c) {
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

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

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

class SentenceBuilder {
 public:
  explicit SentenceBuilder(std::vector<Sentence>* out) : out_(out) {}

  void Block(const TextBlock& block, std::size_t index) {
    block_ = index;
    heading_ = block.is_heading;
    for (const TextRun& run : block.runs) Run(run);
    closing_abbreviation_ = false;
    Finish();
  }

 private:
  void Run(const TextRun& run) {
    std::size_t i = 0;
    const std::string& text = run.text;
    while (i < text.size()) {
      std::size_t end = i;
      const bool space = IsAsciiSpace(text[i]);
      while (end < text.size() && IsAsciiSpace(text[end]) == space) ++end;
      std::string_view chunk(text.data() + i, end - i);
      if (space) {
        Add(Piece{chunk, false, false, false}, run.line);
      } else {
        Chunk(chunk, run.line);
      }
      i = end;
    }
  }

  void Chunk(std::string_view chunk, int line) {
    std::size_t lead = PunctuationPrefix(chunk);
    std::size_t trail = lead < chunk.size() ? PunctuationSuffix(chunk.substr(lead)) : 0;
    std::string_view core = chunk.substr(lead, chunk.size() - lead - trail);
    std::string_view trailing = chunk.substr(chunk.size() - trail);
    if (closing_abbreviation_) {
      closing_abbreviation_ = false;
      if (!core.empty() && std::isupper(static_cast<unsigned char>(core.front()))) Finish();
    }
    if (lead > 0) Add(Piece{chunk.substr(0, lead), false, false, false}, line);
    if (!core.empty()) {
      bool word = IsWordLike(core) && !(IsTwoCapitals(core) && IsFourDigits(previous_core_));
      Add(Piece{core, word, word, false}, line);
      previous_core_ = core;
    }
    if (trail > 0) Add(Piece{trailing, false, false, false}, line);
    const bool dot = trailing == "." && core.size() < 8;
    if (dot && kClosingAbbreviations.count(LowerDutch(core) + ".")) {
      closing_abbreviation_ = true;
      return;
    }
    const bool abbreviation = dot && kAbbreviations.count(LowerDutch(core) + ".");
    if (EndsSentence(trailing) && !abbreviation) Finish();
  }

  void Add(Piece piece, int line) {
    piece.line = line;
    if (current_.pieces.capacity() == 0) current_.pieces.reserve(32);
    if (current_.pieces.empty()) {
      if (!piece.is_word && Trim(piece.text).empty()) return;  // no leading spaces
      current_.line = line;
    }
    if (piece.is_word && current_.words++ == 0) current_.line = line;
    current_.pieces.push_back(std::move(piece));
  }

  void Finish() {
    while (!current_.pieces.empty() && Trim(current_.pieces.back().text).empty()) current_.pieces.pop_back();
    if (current_.words > 0) {
      current_.block = block_;
      current_.is_heading = heading_;
      out_->push_back(std::move(current_));
    }
    current_ = Sentence{};
  }

  std::vector<Sentence>* out_;
  Sentence current_;
  std::size_t block_ = 0;
  bool heading_ = false;
  std::string_view previous_core_;
  bool closing_abbreviation_ = false;  // the last word was "enz.": a capital next starts a new sentence
};

// Word pieces of a sentence, by index into its pieces.
std::vector<std::size_t> WordIndexes(const Sentence& sentence) {
  std::vector<std::size_t> indexes;
  for (std::size_t i = 0; i < sentence.pieces.size(); ++i) {
    if (sentence.pieces[i].is_word) indexes.push_back(i);
  }
  return indexes;
}

// Names by their first word, so a sentence is only compared with the names that could start there.
using NameIndex = std::unordered_multimap<std::string_view, const std::vector<std::string>*>;

// Joins a configured name written over several words into one word that is counted but not checked.
void MergeNames(Sentence& sentence, const NameIndex& names) {
  std::vector<std::size_t> words = WordIndexes(sentence);
  for (std::size_t w = 0; w < words.size(); ++w) {
    const std::string_view first_word = sentence.pieces[words[w]].text;
    if (!std::isupper(static_cast<unsigned char>(first_word.front()))) continue;  // names start with a capital
    // Of the names starting with this word, the longest that matches wins.
    const std::vector<std::string>* best = nullptr;
    auto [begin, end] = names.equal_range(first_word);
    for (auto it = begin; it != end; ++it) {
      const std::vector<std::string>& candidate = *it->second;
      if (w + candidate.size() > words.size() || (best && candidate.size() <= best->size())) continue;
      bool match = true;
      for (std::size_t k = 1; k < candidate.size() && match; ++k) {
        match = sentence.pieces[words[w + k]].text == candidate[k];
      }
      if (match) best = &candidate;
    }
    if (!best || best->size() < 2) {
      if (best) sentence.pieces[words[w]].checked = false;  // a one-word name
      continue;
    }
    const std::size_t first = words[w], last = words[w + best->size() - 1];
    // Only a name written in one stretch of source text can become one piece.
    bool contiguous = true;
    for (std::size_t p = first + 1; p <= last && contiguous; ++p) {
      const Piece& before = sentence.pieces[p - 1];
      contiguous = before.text.data() + before.text.size() == sentence.pieces[p].text.data() &&
                   (sentence.pieces[p].is_word || Trim(sentence.pieces[p].text).empty());
    }
    if (!contiguous) continue;
    const Piece& end_piece = sentence.pieces[last];
    Piece& merged = sentence.pieces[first];
    merged.text = std::string_view(merged.text.data(),
                                   static_cast<std::size_t>(end_piece.text.data() + end_piece.text.size() - merged.text.data()));
    merged.checked = false;
    sentence.pieces.erase(sentence.pieces.begin() + static_cast<std::ptrdiff_t>(first) + 1,
                          sentence.pieces.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    sentence.words -= static_cast<int>(best->size()) - 1;
    words = WordIndexes(sentence);
  }
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

}  // namespace

struct LanguageChecker::WordInfo {
  int syllables = 0;
  bool long_word = false;          // at least the limit in syllables, and not plain or a plain compound
  const std::string* hard = nullptr;  // the plain alternative when this word alone is hard
  bool phrase_start = false;       // may start a hard phrase of several words
  bool worden = false, zijn = false;
  bool participle_after_worden = false, participle_after_zijn = false;
  bool u_form = false, je_form = false;
  bool ing_noun = false;    // an -ing noun that is not listed as plain
  bool infinitive = false;  // looks like an infinitive that is not listed as plain
};

struct LanguageChecker::Cache {
  std::unordered_map<std::string, WordInfo> words;
  std::unordered_set<std::string> phrase_starts;
  NameIndex names;
};

namespace {

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

using WordInfo = LanguageChecker::WordInfo;

class PageChecker {
 public:
  explicit PageChecker(LanguageChecker& checker) : checker_(checker), config_(checker.config()) {}

  PageLanguage Run(const std::vector<TextBlock>& text) {
    SentenceBuilder builder(&page_.sentences);
    for (std::size_t i = 0; i < text.size(); ++i) builder.Block(text[i], i);
    for (Sentence& sentence : page_.sentences) {
      if (!checker_.names().empty()) MergeNames(sentence, checker_.names());
      CheckSentence(sentence);
    }
    CheckAddressForm();
    std::stable_sort(page_.findings.begin(), page_.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.line < b.line; });
    CountFindings();
    return std::move(page_);
  }

 private:
  void Add(FindingKind kind, Level level, int line, std::string problem, std::string text, std::string suggestion) {
    page_.findings.push_back(Finding{kind, level, line, std::move(problem), std::move(text), std::move(suggestion)});
  }

  void CheckSentence(Sentence& sentence) {
    words_.clear();
    lower_.clear();
    infos_.clear();
    for (std::size_t i = 0; i < sentence.pieces.size(); ++i) {
      if (!sentence.pieces[i].is_word) continue;
      words_.push_back(i);
      lower_.push_back(LowerDutch(sentence.pieces[i].text));
      infos_.push_back(sentence.pieces[i].checked ? &checker_.Info(lower_.back()) : nullptr);
    }
    Score(sentence);
    CheckLength(sentence);
    CheckHardWords(sentence);
    CheckLongWords(sentence);
    CheckPassive(sentence);
    CheckNounStyle(sentence);
    for (std::size_t w = 0; w < words_.size(); ++w) {
      if (!infos_[w]) continue;
      if (infos_[w]->u_form) u_forms_.push_back({&sentence, words_[w]});
      if (infos_[w]->je_form) je_forms_.push_back({&sentence, words_[w]});
    }
  }

  void Score(const Sentence& sentence) {
    LanguageScore& score = page_.score;
    ++score.sentences;
    score.words += sentence.words;
    for (const WordInfo* info : infos_) {
      if (!info) continue;
      ++score.scored_words;
      score.syllables += info->syllables;
      if (info->syllables >= config_.long_word_syllables) ++score.long_words;
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

  void FlagHard(Sentence& sentence, std::size_t w, std::size_t length, const std::string& phrase,
                const std::string& alternative) {
    for (std::size_t k = 0; k < length; ++k) {
      sentence.pieces[words_[w + k]].flagged = true;
      hard_words_.insert(w + k);
    }
    Add(FindingKind::kHardWord, Level::kWarning, sentence.pieces[words_[w]].line, "moeilijk woord \"" + phrase + "\"", phrase,
        "schrijf: " + alternative);
  }

  void CheckHardWords(Sentence& sentence) {
    hard_words_.clear();
    for (std::size_t w = 0; w < words_.size(); ++w) {
      if (!infos_[w]) continue;
      bool found = false;
      if (infos_[w]->phrase_start) {
        for (std::size_t length = std::min(config_.longest_hard_phrase, words_.size() - w); length >= 2 && !found;
             --length) {
          std::string phrase = lower_[w];
          for (std::size_t k = 1; k < length; ++k) phrase += " " + lower_[w + k];
          auto it = config_.hard_words.find(phrase);
          if (it == config_.hard_words.end()) continue;
          FlagHard(sentence, w, length, phrase, it->second);
          w += length - 1;
          found = true;
        }
      }
      if (!found && infos_[w]->hard) FlagHard(sentence, w, 1, lower_[w], *infos_[w]->hard);
    }
  }

  void CheckLongWords(Sentence& sentence) {
    for (std::size_t w = 0; w < words_.size(); ++w) {
      if (!infos_[w] || !infos_[w]->long_word || hard_words_.count(w)) continue;
      Piece& piece = sentence.pieces[words_[w]];
      piece.flagged = true;
      Add(FindingKind::kLongWord, Level::kWarning, piece.line,
          "lang woord \"" + std::string(piece.text) + "\" (" + std::to_string(infos_[w]->syllables) + " lettergrepen)",
          std::string(piece.text), "zoek een korter woord, of zeg het met een paar gewone woorden");
    }
  }

  void CheckPassive(Sentence& sentence) {
    for (std::size_t a = 0; a < words_.size(); ++a) {
      if (!infos_[a] || (!infos_[a]->worden && !infos_[a]->zijn)) continue;
      const bool after_zijn = !infos_[a]->worden;
      for (std::size_t p = 0; p < words_.size(); ++p) {
        if (p == a || !infos_[p]) continue;
        if (!(after_zijn ? infos_[p]->participle_after_zijn : infos_[p]->participle_after_worden)) continue;
        sentence.flagged = true;
        std::string pair = p > a ? lower_[a] + " ... " + lower_[p] : lower_[p] + " ... " + lower_[a];
        Add(FindingKind::kPassive, Level::kWarning, sentence.line,
            "lijdende vorm \"" + pair + "\": \"" + Snippet(sentence, 6) + "\"", SentenceText(sentence),
            "zeg wie het doet, bijvoorbeeld \"de buurtwerker belt u\" in plaats van \"u wordt gebeld\"");
        return;
      }
    }
  }

  void CheckNounStyle(Sentence& sentence) {
    auto add = [&](std::size_t first, std::size_t last) {
      std::string phrase = lower_[first];
      for (std::size_t k = first + 1; k <= last; ++k) phrase += " " + lower_[k];
      for (std::size_t k = first; k <= last; ++k) sentence.pieces[words_[k]].flagged = true;
      Add(FindingKind::kNounStyle, Level::kWarning, sentence.line, "naamwoordstijl \"" + phrase + "\"", phrase,
          "schrijf het met een werkwoord, bijvoorbeeld \"als wij uw melding bekijken\"");
    };
    for (std::size_t w = 0; w + 1 < words_.size(); ++w) {
      if (!infos_[w] || lower_[w + 1] != "van") continue;
      const bool after_article = w > 0 && (lower_[w - 1] == "de" || lower_[w - 1] == "het" || lower_[w - 1] == "een");
      if (infos_[w]->ing_noun) {
        add(after_article ? w - 1 : w, w + 1);
      } else if (infos_[w]->infinitive && w > 0 && lower_[w - 1] == "het") {
        add(w - 1, w + 1);
      }
    }
    for (const auto& phrase : kNounPhrases) {
      for (std::size_t w = 0; w + phrase.size() <= words_.size(); ++w) {
        if (std::equal(phrase.begin(), phrase.end(), lower_.begin() + static_cast<std::ptrdiff_t>(w))) {
          add(w, w + phrase.size() - 1);
        }
      }
    }
  }

  void CheckAddressForm() {
    if (u_forms_.empty() || je_forms_.empty()) return;
    // The less used form is the slip; with a tie the meldpunt's own choice, "u", wins.
    bool je_is_minority = je_forms_.size() <= u_forms_.size();
    const auto& minority = je_is_minority ? je_forms_ : u_forms_;
    const std::string used = je_is_minority ? "u" : "je";
    for (const auto& [sentence, index] : minority) {
      Piece& piece = sentence->pieces[index];
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

  LanguageChecker& checker_;
  const LanguageConfig& config_;
  PageLanguage page_;
  // Per sentence, reused: word piece indexes, lower-case words, their analysis (null when unchecked).
  std::vector<std::size_t> words_;
  std::vector<std::string> lower_;
  std::vector<const WordInfo*> infos_;
  std::unordered_set<std::size_t> hard_words_;
  std::vector<std::pair<Sentence*, std::size_t>> u_forms_, je_forms_;
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
    : config_(config), syllables_(syllables), cache_(std::make_unique<Cache>()) {
  for (const auto& [phrase, alternative] : config.hard_words) {
    std::size_t space = phrase.find(' ');
    if (space != std::string::npos) cache_->phrase_starts.insert(phrase.substr(0, space));
  }
  for (const auto& name : config.names) cache_->names.emplace(name.front(), &name);
}

const NameIndex& LanguageChecker::names() const { return cache_->names; }

LanguageChecker::~LanguageChecker() = default;

const LanguageChecker::WordInfo& LanguageChecker::Info(const std::string& lower) {
  auto it = cache_->words.find(lower);
  if (it != cache_->words.end()) return it->second;
  WordAnalysis analysis(config_);
  WordInfo info;
  info.syllables = syllables_.Count(lower);
  const bool plain = analysis.IsPlain(lower);
  auto hard = config_.hard_words.find(lower);
  if (hard != config_.hard_words.end()) info.hard = &hard->second;
  info.phrase_start = cache_->phrase_starts.count(lower) > 0;
  info.long_word = info.syllables >= config_.long_word_syllables && !plain && !info.hard && !analysis.IsPlainCompound(lower);
  info.worden = kWordenForms.count(lower) > 0;
  info.zijn = kZijnForms.count(lower) > 0;
  info.participle_after_worden = analysis.IsParticiple(lower, false);
  info.participle_after_zijn = analysis.IsParticiple(lower, true);
  info.u_form = kUForms.count(lower) > 0;
  info.je_form = kJeForms.count(lower) > 0;
  info.ing_noun = (EndsWith(lower, "ing") || EndsWith(lower, "ingen")) && lower.size() >= 6 && !plain;
  info.infinitive = EndsWith(lower, "en") && lower.size() >= 4 && !plain;  // doen, gaan, zien
  return cache_->words.emplace(lower, info).first->second;
}

PageLanguage LanguageChecker::Check(const std::vector<TextBlock>& text) { return PageChecker(*this).Run(text); }

PageLanguage CheckLanguage(const std::vector<TextBlock>& text, const LanguageConfig& config, SyllableCounter& syllables) {
  LanguageChecker checker(config, syllables);
  return checker.Check(text);
}

}  // namespace nietpluis
