// Preparing text for the voice: a scanner that, at the start of each word, tries the pronunciation
// list, web and e-mail addresses, postcodes, times and phone numbers, and copies everything else.
#include "speech/speech_text.h"

#include <array>
#include <cctype>
#include <optional>

#include "base/text.h"

namespace nietpluis {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
// Letters and digits, and every byte of a non-ASCII character (Dutch letters with accents).
bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}
bool EndsWordAt(std::string_view text, std::size_t at) { return at >= text.size() || !IsWordChar(text[at]); }

struct Match {
  std::size_t length = 0;
  std::string spoken;
};

// "voorbeeld.nl" -> "voorbeeld punt nl".
std::string SayDots(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '.') {
      out += " punt ";
    } else {
      out += c;
    }
  }
  return out;
}

// A sign that ends a sentence or clause, not part of an address written at the end of one.
bool IsTrailingSign(char c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')'; }

// "https://www.voorbeeld.nl/nietpluis/" is said as "voorbeeld punt nl": the name people type, not the path.
std::optional<Match> WebAddressAt(std::string_view text) {
  std::string_view rest = text;
  std::size_t skipped = 0;
  for (std::string_view scheme : {"https://", "http://"}) {
    if (StartsWith(rest, scheme)) {
      rest.remove_prefix(scheme.size());
      skipped = scheme.size();
      break;
    }
  }
  const bool www = StartsWith(rest, "www.");
  if (skipped == 0 && !www) return std::nullopt;
  std::size_t end = 0;
  while (end < rest.size() && !std::isspace(static_cast<unsigned char>(rest[end]))) ++end;
  while (end > 0 && IsTrailingSign(rest[end - 1])) --end;
  std::string_view address = rest.substr(0, end);
  if (www) address.remove_prefix(4);
  const std::string_view host = address.substr(0, address.find('/'));
  if (host.empty()) return std::nullopt;
  return Match{skipped + end, SayDots(host)};
}

bool IsEmailChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' || c == '+'; }

// "nietpluis@voorbeeld.nl" -> "nietpluis apenstaartje voorbeeld punt nl".
std::optional<Match> EmailAt(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size() && IsEmailChar(text[at])) ++at;
  if (at == 0 || at >= text.size() || text[at] != '@') return std::nullopt;
  std::size_t end = at + 1;
  while (end < text.size() && IsEmailChar(text[end])) ++end;
  while (end > at + 1 && IsTrailingSign(text[end - 1])) --end;
  const std::string_view address = text.substr(0, end);
  if (!LooksLikeEmail(address)) return std::nullopt;
  return Match{end, SayDots(address.substr(0, at)) + " apenstaartje " + SayDots(address.substr(at + 1))};
}

// "1012 AB" or "1012AB": the digits one by one, then the letters by their names.
std::optional<Match> PostcodeAt(std::string_view text) {
  if (text.size() < 6 || text[0] == '0') return std::nullopt;
  for (int i = 0; i < 4; ++i) {
    if (!IsDigit(text[i])) return std::nullopt;
  }
  std::size_t letters = 4;
  if (text[letters] == ' ') ++letters;
  if (letters + 2 > text.size() || !IsUpper(text[letters]) || !IsUpper(text[letters + 1]) ||
      !EndsWordAt(text, letters + 2)) {
    return std::nullopt;
  }
  return Match{letters + 2, SpellDigits(text.substr(0, 4)) + ", " + SpellLetters(text.substr(letters, 2))};
}

// The word before `at` in `line`, lower case.
std::string WordBefore(std::string_view line, std::size_t at) {
  std::size_t end = at;
  while (end > 0 && line[end - 1] == ' ') --end;
  std::size_t start = end;
  while (start > 0 && IsWordChar(line[start - 1])) --start;
  std::string word(line.substr(start, end - start));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

// "8.30" after "van", "tot", "om" (or before "uur") -> "8 uur 30"; "17.00 uur" -> "17 uur". Other
// numbers with a dot (amounts, "1.50 meter") are left to the voice.
std::optional<Match> TimeAt(std::string_view line, std::size_t at) {
  const std::string_view text = line.substr(at);
  std::size_t hour_digits = 0;
  while (hour_digits < text.size() && hour_digits < 3 && IsDigit(text[hour_digits])) ++hour_digits;
  if (hour_digits < 1 || hour_digits > 2 || hour_digits + 3 > text.size()) return std::nullopt;
  if ((text[hour_digits] != '.' && text[hour_digits] != ':') || !IsDigit(text[hour_digits + 1]) ||
      !IsDigit(text[hour_digits + 2]) || !EndsWordAt(text, hour_digits + 3)) {
    return std::nullopt;
  }
  const int hour = std::stoi(std::string(text.substr(0, hour_digits)));
  const std::string minutes(text.substr(hour_digits + 1, 2));
  if (hour > 24 || std::stoi(minutes) > 59) return std::nullopt;
  std::size_t length = hour_digits + 3;
  const bool uur_follows = StartsWith(text.substr(length), " uur") && EndsWordAt(text, length + 4);
  static const std::array<std::string_view, 6> kBefore = {"van", "tot", "om", "vanaf", "tussen", "na"};
  const std::string before = WordBefore(line, at);
  bool time_word = uur_follows;
  for (std::string_view word : kBefore) time_word = time_word || before == word;
  if (!time_word) return std::nullopt;
  if (uur_follows) length += 4;
  std::string spoken = std::to_string(hour) + " uur";
  if (minutes != "00") spoken += " " + std::to_string(std::stoi(minutes));
  return Match{length, spoken};
}

// A phone number in its groups ("0800-1234", "14 0123", "+31 20 123 4567", "(020) 123 45 67"),
// each group digit by digit, with a short pause between the groups, as the meldpunt says it on the
// phone. A number counts as a phone number when it starts with 0 or +, or is a 14-number.
std::optional<Match> PhoneNumberAt(std::string_view text) {
  std::size_t at = 0;
  std::string spoken;
  if (text.size() > 1 && text[0] == '+' && IsDigit(text[1])) {
    spoken = "plus ";
    at = 1;
  }
  const bool bracket = at == 0 && text.size() > 1 && text[0] == '(' && IsDigit(text[1]);
  if (bracket) at = 1;
  std::vector<std::string_view> groups;
  std::size_t digits = 0;
  std::size_t number_end = at;  // past the last group taken
  while (at < text.size() && IsDigit(text[at])) {
    std::size_t end = at;
    while (end < text.size() && IsDigit(text[end])) ++end;
    // A later group of one digit is more likely a count ("bel 0800 1234 2 keer") than part of the number.
    if (!groups.empty() && end - at < 2) break;
    groups.push_back(text.substr(at, end - at));
    digits += end - at;
    number_end = end;
    // The separators inside a number: one space or dash, or a closing bracket with or without a space.
    std::size_t next = end;
    if (next < text.size() && text[next] == ')') ++next;
    if (next < text.size() && (text[next] == ' ' || text[next] == '-')) ++next;
    if (next == end || next >= text.size() || !IsDigit(text[next])) break;
    at = next;
  }
  at = number_end;
  if (groups.empty() || !EndsWordAt(text, at)) return std::nullopt;
  const bool plus = !spoken.empty();
  const bool zero = groups.front().front() == '0';
  const bool fourteen = groups.front() == "14" && groups.size() > 1 && digits >= 5;
  if (!(plus && digits >= 6) && !(zero && digits >= 3) && !fourteen) return std::nullopt;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    if (i > 0) spoken += ", ";
    spoken += SpellDigits(groups[i]);
  }
  return Match{at, spoken};
}

// An entry of the list at `at`: a written form ending in a letter or digit must end a word there
// ("GGD" not in "GGDX"), one ending in a sign ("o.a.", "&") need not.
std::optional<Match> PronunciationAt(std::string_view text, const Pronunciations& pronunciations) {
  const std::optional<Pronunciation> entry = pronunciations.LongestAt(text);
  if (!entry) return std::nullopt;
  const std::size_t length = entry->written.size();
  if (IsWordChar(entry->written.back()) && !EndsWordAt(text, length)) return std::nullopt;
  return Match{length, entry->spoken};
}

bool EndsSentence(char c) { return c == '.' || c == '!' || c == '?' || c == ':' || c == ';'; }

int PauseAfter(SpeechBlockKind kind) {
  switch (kind) {
    case SpeechBlockKind::kHeading: return kPauseAfterHeadingMs;
    case SpeechBlockKind::kListItem: return kPauseAfterListItemMs;
    case SpeechBlockKind::kParagraph: return kPauseAfterParagraphMs;
  }
  return kPauseAfterParagraphMs;
}

}  // namespace

std::string SpellDigits(std::string_view digits) {
  static const std::array<const char*, 10> kNames = {"nul",  "\xc3\xa9\xc3\xa9n", "twee", "drie",  "vier",
                                                     "vijf", "zes",               "zeven", "acht", "negen"};
  std::string out;
  for (char c : digits) {
    if (!IsDigit(c)) continue;
    if (!out.empty()) out += ' ';
    out += kNames[c - '0'];
  }
  return out;
}

std::string SpellLetters(std::string_view letters) {
  static const std::array<const char*, 26> kNames = {"aa", "bee", "cee", "dee", "ee",  "ef",  "gee", "haa", "ie",
                                                     "jee", "kaa", "el",  "em",  "en",  "oo",  "pee", "kuu", "er",
                                                     "es",  "tee", "uu",  "vee", "wee", "iks", "ij",  "zet"};
  std::string out;
  for (char c : letters) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower < 'a' || lower > 'z') continue;
    if (!out.empty()) out += ' ';
    out += kNames[lower - 'a'];
  }
  return out;
}

std::string PrepareLine(std::string_view text, const Pronunciations& pronunciations) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const bool word_start = i == 0 || !IsWordChar(text[i - 1]);
    std::optional<Match> match;
    // A list entry that starts with a sign ("&", "%") may follow a word or number directly.
    if (word_start || !IsWordChar(text[i])) match = PronunciationAt(text.substr(i), pronunciations);
    if (!match && word_start) {
      const std::string_view rest = text.substr(i);
      if (!(match = WebAddressAt(rest)) && !(match = EmailAt(rest)) && !(match = PostcodeAt(rest)) &&
          !(match = TimeAt(text, i))) {
        match = PhoneNumberAt(rest);
      }
    }
    if (!match) {
      out += text[i++];
      continue;
    }
    if (!out.empty() && out.back() != ' ') out += ' ';
    out += match->spoken;
    i += match->length;
    if (i < text.size() && IsWordChar(text[i])) out += ' ';
  }
  std::string line = CollapseSpaces(out);
  if (!line.empty() && !EndsSentence(line.back())) line += '.';
  return line;
}

PreparedSpeech PrepareSpeech(const std::vector<SpeechBlock>& blocks, const Pronunciations& pronunciations) {
  PreparedSpeech speech;
  for (const SpeechBlock& block : blocks) {
    std::string line = PrepareLine(block.text, pronunciations);
    if (line.empty() || line == ".") continue;
    speech.lines.push_back(SpokenLine{std::move(line), PauseAfter(block.kind), block.text});
  }
  return speech;
}

std::string PreparedSpeech::Text() const {
  std::string text;
  for (const SpokenLine& line : lines) {
    text += "[" + std::to_string(line.pause_ms) + "] " + line.text + "\n";
  }
  return text;
}

std::size_t PreparedSpeech::WordCount() const {
  std::size_t words = 0;
  for (const SpokenLine& line : lines) {
    bool in_word = false;
    for (char c : line.text) {
      const bool word = IsWordChar(c);
      if (word && !in_word) ++words;
      in_word = word;
    }
  }
  return words;
}

}  // namespace nietpluis
