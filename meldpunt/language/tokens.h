// Cutting running text into chunks at spaces, and a chunk into its punctuation and its core: what
// counts as a word, where a sentence ends, which dots belong to an abbreviation. The functions a
// site's every byte passes through are inline here: the splitter's loop inlines them all.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "base/text.h"

namespace nietpluis {

// Leading and trailing characters that are not part of a word: ASCII, and typographic quotes,
// dashes and the ellipsis in UTF-8.
inline constexpr bool IsAsciiPunctuation(char c) {
  switch (c) {
    case '"': case '\'': case '(': case ')': case '[': case ']': case '{': case '}': case ',': case ';':
    case ':': case '!': case '?': case '.': case '*': case '/':
      return true;
    default:
      return false;
  }
}

inline constexpr std::array<std::string_view, 10> kUtf8Punctuation = {
    "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9E",
    "\xC2\xAB",     "\xC2\xBB",     "\xE2\x80\xA6", "\xE2\x80\x93", "\xE2\x80\x94"};

// Length of the punctuation mark at the start (or, with `at_end`, the end) of `text`; 0 for none.
inline std::size_t PunctuationAt(std::string_view text, bool at_end) {
  if (text.empty()) return 0;
  const char edge = at_end ? text.back() : text.front();
  if (IsAsciiPunctuation(edge)) return 1;
  if (static_cast<unsigned char>(edge) < 0x80) return 0;
  for (std::string_view mark : kUtf8Punctuation) {
    if (at_end ? EndsWith(text, mark) : StartsWith(text, mark)) return mark.size();
  }
  return 0;
}

inline std::size_t PunctuationPrefix(std::string_view text) {
  std::size_t total = 0;
  while (std::size_t n = PunctuationAt(text.substr(total), false)) total += n;
  return total;
}

inline std::size_t PunctuationSuffix(std::string_view text) {
  std::size_t total = 0;
  while (std::size_t n = PunctuationAt(text.substr(0, text.size() - total), true)) total += n;
  return total;
}

inline constexpr bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Byte classes by table, for the loop that runs over every byte of a site's text.
enum ByteClass : unsigned char { kSpaceByte = 1, kMayBePunctuation = 2 };
inline constexpr std::array<unsigned char, 256> kByteClasses = [] {
  std::array<unsigned char, 256> classes{};
  for (unsigned c = 0; c < 256; ++c) {
    if (IsAsciiSpace(static_cast<char>(c))) classes[c] |= kSpaceByte;
    // Every UTF-8 mark in kUtf8Punctuation starts and ends with a byte of 0x80 or more.
    if (IsAsciiPunctuation(static_cast<char>(c)) || c >= 0x80) classes[c] |= kMayBePunctuation;
  }
  return classes;
}();
inline bool IsSpaceByte(char c) { return kByteClasses[static_cast<unsigned char>(c)] & kSpaceByte; }
inline bool MayBePunctuation(char c) { return kByteClasses[static_cast<unsigned char>(c)] & kMayBePunctuation; }

// The first space byte in [at, end), or end; sixteen bytes at a time (GCC vector extensions) while
// they fit, since this runs over every word of a site.
inline const char* FindSpace(const char* at, const char* end) {
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

// Whether the punctuation after a word ends its sentence: . ! ? or an ellipsis.
inline bool EndsSentence(std::string_view trailing) {
  return trailing.find_first_of(".!?") != std::string_view::npos || trailing.find("\xE2\x80\xA6") != std::string_view::npos;
}

// URLs, e-mail addresses, phone numbers, times and postcode digits are not words to count or check.
bool IsWordLike(std::string_view core);
// "1234": the digits of a postcode.
bool IsFourDigits(std::string_view text);
// "AB": the letters of a postcode, after its digits.
bool IsTwoCapitals(std::string_view text);
// `lower` (without its dot) is an abbreviation whose dot does not end a sentence: "bijv".
bool IsAbbreviation(const std::string& lower);
// `lower` often closes a list at the end of a sentence ("enz"): it ends there if a capital follows.
bool IsClosingAbbreviation(const std::string& lower);

}  // namespace nietpluis
