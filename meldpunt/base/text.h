// Small string helpers: trimming, collapsing white space, prefixes, typo suggestions, e-mail shape and phone digits.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nietpluis {

std::string_view Trim(std::string_view text);
// Every run of white space as one space, none at either end: text as a browser shows it.
std::string CollapseSpaces(std::string_view text);
bool StartsWith(std::string_view text, std::string_view prefix);
bool EndsWith(std::string_view text, std::string_view suffix);

// Levenshtein distance in bytes; enough to catch typos in keys and slugs.
std::size_t EditDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is close enough to be a plausible typo, else "".
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

// Rough shape check of an e-mail address: one @, something on both sides, a dot in the domain.
bool LooksLikeEmail(std::string_view text);

// Digits only, for tel: links ("14 0123" -> "140123", "0800-2000" -> "08002000").
std::string PhoneDigits(std::string_view phone);

}  // namespace nietpluis
