// Parsing and describing PC4 postcode areas.
#include "config/postcode_area.h"

#include <cctype>

#include "base/dutch_format.h"
#include "base/text.h"

namespace nietpluis {
namespace {

std::optional<int> ParsePc4(std::string_view text) {
  text = Trim(text);
  if (text.size() != 4 || text[0] == '0') return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<PostcodeRange> ParsePostcodeRange(std::string_view text) {
  std::size_t dash = text.find('-');
  if (dash == std::string_view::npos) {
    auto single = ParsePc4(text);
    if (!single) return std::nullopt;
    return PostcodeRange{*single, *single};
  }
  auto first = ParsePc4(text.substr(0, dash));
  auto last = ParsePc4(text.substr(dash + 1));
  if (!first || !last || *first > *last) return std::nullopt;
  return PostcodeRange{*first, *last};
}

std::string DescribePostcodeAreas(const std::vector<PostcodeRange>& ranges) {
  std::vector<std::string> parts;
  bool plural = ranges.size() > 1;
  for (const PostcodeRange& range : ranges) {
    if (range.first == range.last) {
      parts.push_back(std::to_string(range.first));
    } else {
      parts.push_back(std::to_string(range.first) + " tot en met " + std::to_string(range.last));
      plural = true;
    }
  }
  return (plural ? "postcodes " : "postcode ") + JoinDutch(parts);
}

}  // namespace nietpluis
