// String helpers for messages and Dutch formatting.
#include "text.h"

#include <algorithm>
#include <cstdint>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <ctime>

namespace nietpluis {

std::string_view Trim(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = 0;
  for (const std::string& candidate : candidates) {
    std::size_t distance = EditDistance(word, candidate);
    if (best.empty() || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  // Beyond a third of the word, a "did you mean" confuses more than it helps.
  std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  return best_distance <= limit ? best : std::string();
}

std::string JoinDutch(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? " en " : ", ";
    out += items[i];
  }
  return out;
}

std::string DutchDate(int year, int month, int day) {
  static constexpr std::array<const char*, 12> kMonths = {"januari", "februari", "maart",     "april",
                                                          "mei",     "juni",     "juli",      "augustus",
                                                          "september", "oktober", "november", "december"};
  if (month < 1 || month > 12) return std::to_string(year);
  return std::to_string(day) + " " + kMonths[static_cast<std::size_t>(month - 1)] + " " + std::to_string(year);
}

std::string DutchDateTime(std::int64_t unix_seconds) {
  std::time_t time = static_cast<std::time_t>(unix_seconds);
  std::tm local{};
  localtime_r(&time, &local);
  char clock[16];
  std::strftime(clock, sizeof clock, "%H.%M", &local);
  return DutchDate(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday) + " om " + clock + " uur";
}

std::string FormatUtc(std::int64_t unix_seconds, const char* format) {
  std::time_t time = static_cast<std::time_t>(unix_seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  char text[64];
  std::strftime(text, sizeof text, format, &utc);
  return text;
}

std::string DutchDecimal(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string out = buffer;
  std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

bool LooksLikeEmail(std::string_view text) {
  std::size_t at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
  std::string_view domain = text.substr(at + 1);
  std::size_t dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == domain.size()) return false;
  return std::none_of(text.begin(), text.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == '<' || c == '>' || c == '"';
  });
}

namespace {

// The length of the well-formed UTF-8 sequence at text[i], or 0 when none starts there.
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  std::uint32_t code = 0;
  if (c < 0x80) {
    return 1;
  } else if ((c & 0xe0) == 0xc0) {
    length = 2, code = c & 0x1f;
  } else if ((c & 0xf0) == 0xe0) {
    length = 3, code = c & 0x0f;
  } else if ((c & 0xf8) == 0xf0) {
    length = 4, code = c & 0x07;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t j = 1; j < length; ++j) {
    unsigned char next = static_cast<unsigned char>(text[i + j]);
    if ((next & 0xc0) != 0x80) return 0;
    code = (code << 6) | (next & 0x3f);
  }
  const std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < smallest[length] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return 0;
  return length;
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = Utf8SequenceLength(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string ReplaceInvalidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = Utf8SequenceLength(text, i);
    out += length == 0 ? std::string_view("\xEF\xBF\xBD") : text.substr(i, length);
    i += length == 0 ? 1 : length;
  }
  return out;
}

namespace {

// The code point of the well-formed sequence of `length` bytes at `text[at]`.
char32_t DecodeUtf8(std::string_view text, std::size_t at, std::size_t length) {
  const auto byte = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[at + i])); };
  switch (length) {
    case 1: return byte(0);
    case 2: return ((byte(0) & 0x1f) << 6) | (byte(1) & 0x3f);
    case 3: return ((byte(0) & 0x0f) << 12) | ((byte(1) & 0x3f) << 6) | (byte(2) & 0x3f);
    default: return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3f) << 12) | ((byte(2) & 0x3f) << 6) | (byte(3) & 0x3f);
  }
}

bool IsInvisible(char32_t c, LineBreaks line_breaks) {
  if (c == '\n' || c == '\r') return line_breaks == LineBreaks::kMark;
  if (c == '\t') return false;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f)     // C0 controls, DEL, C1 controls
         || c == 0x061c || c == 0x200e || c == 0x200f  // bidi marks
         || (c >= 0x202a && c <= 0x202e)              // bidi embeddings and overrides
         || (c >= 0x2066 && c <= 0x2069)              // bidi isolates
         || (c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff  // zero-width characters
         || c == 0x2028 || c == 0x2029;               // line and paragraph separators
}

}  // namespace

std::string MarkInvisible(std::string_view text, LineBreaks line_breaks) {
  // Most messages are plain printable ASCII: nothing to decode.
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; })) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const char32_t c = DecodeUtf8(text, i, length);
    if (IsInvisible(c, line_breaks)) {
      char marked[16];
      std::snprintf(marked, sizeof marked, "[U+%04X]", static_cast<unsigned>(c));
      out += marked;
    } else {
      out.append(text, i, length);
    }
    i += length;
  }
  return out;
}

std::size_t CountCharacters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  }));
}

std::string EscapeMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  AppendEscapedMarkup(text, &out);
  return out;
}

namespace {

// Sixteen bytes at a time (GCC vector extensions): whether text[at, at + 16) holds a byte to escape,
// and at which offset the first one is.
bool SpecialInBlock(const char* at, std::size_t* offset) {
  using Bytes = unsigned char __attribute__((vector_size(16)));
  Bytes bytes;
  std::memcpy(&bytes, at, 16);
  const Bytes special = (bytes == '&') | (bytes == '<') | (bytes == '>') | (bytes == '"') | (bytes == '\'');
  std::uint64_t low, high;
  std::memcpy(&low, &special, 8);
  std::memcpy(&high, reinterpret_cast<const char*>(&special) + 8, 8);
  if (!(low | high)) return false;
  *offset = low ? __builtin_ctzll(low) / 8 : 8 + __builtin_ctzll(high) / 8;
  return true;
}

}  // namespace

void AppendEscapedMarkup(std::string_view text, std::string* out) {
  const std::size_t size = text.size();
  std::size_t start = 0;
  for (std::size_t i = 0; i < size; ++i) {
    // The language report escapes every word of a site; most of it has nothing to escape.
    std::size_t offset = 0;
    for (; i + 16 <= size; i += 16) {
      if (SpecialInBlock(text.data() + i, &offset)) break;
    }
    if (i + 16 <= size) {
      i += offset;
    } else if (size >= 16 && !SpecialInBlock(text.data() + size - 16, &offset)) {
      break;  // the last block, ending where the text ends, holds nothing to escape
    }
    const char* entity = nullptr;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out->append(text.data() + start, i - start);
    *out += entity;
    start = i + 1;
  }
  out->append(text.data() + start, size - start);
}

std::string PhoneDigits(std::string_view phone) {
  std::string digits;
  for (char c : phone) {
    if (std::isdigit(static_cast<unsigned char>(c)) || (c == '+' && digits.empty())) digits += c;
  }
  return digits;
}

}  // namespace nietpluis
