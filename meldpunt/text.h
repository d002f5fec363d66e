// Small string helpers the content model shares: suggestions for typos and Dutch formatting.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nietpluis {

std::string_view Trim(std::string_view text);
bool StartsWith(std::string_view text, std::string_view prefix);
bool EndsWith(std::string_view text, std::string_view suffix);

// Levenshtein distance in bytes; enough to catch typos in keys and slugs.
std::size_t EditDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is close enough to be a plausible typo, else "".
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

// "a", "a en b", "a, b en c".
std::string JoinDutch(const std::vector<std::string>& items);

// 2026-11-01 -> "1 november 2026".
std::string DutchDate(int year, int month, int day);

// "1 december 2026 om 10.03 uur", in local time (the kiosk runs with TZ=Europe/Amsterdam).
std::string DutchDateTime(std::int64_t unix_seconds);

// A moment in UTC written with a strftime `format`, in the C locale's names (what mail and JSON expect).
std::string FormatUtc(std::int64_t unix_seconds, const char* format);

// 1.234 -> "1,23" (Dutch decimal comma).
std::string DutchDecimal(double value, int decimals);

// Rough shape check of an e-mail address: one @, something on both sides, a dot in the domain.
bool LooksLikeEmail(std::string_view text);

// True when `text` is well-formed UTF-8 (no overlong forms, no surrogates).
bool IsValidUtf8(std::string_view text);
// `text` with every byte that starts no well-formed sequence replaced by U+FFFD, for text from a
// library that may quote part of a character.
std::string ReplaceInvalidUtf8(std::string_view text);

// Whether line breaks stay as they are in MarkInvisible: a report's text keeps its lines, a one-line
// message does not.
enum class LineBreaks { kKeep, kMark };
// `text` from someone else made to read as it displays: invalid UTF-8 becomes U+FFFD, and every
// character that is invisible or changes how the text around it displays is shown as "[U+XXXX]":
// control characters (a tab stays), bidi controls such as U+202E, zero-width characters, the line
// and paragraph separators, and \n and \r unless `line_breaks` keeps them.
std::string MarkInvisible(std::string_view text, LineBreaks line_breaks);

// Number of code points in valid UTF-8 text: what a resident counts as characters.
std::size_t CountCharacters(std::string_view text);

// Escapes &, <, >, " and ' for HTML and XML text and attributes.
std::string EscapeMarkup(std::string_view text);
// The same, appended to `out`: for long documents built from many small pieces.
void AppendEscapedMarkup(std::string_view text, std::string* out);

// Digits only, for tel: links ("14 0123" -> "140123", "0800-2000" -> "08002000").
std::string PhoneDigits(std::string_view phone);

}  // namespace nietpluis
