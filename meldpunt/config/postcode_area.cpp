// Parsing and describing PC4 postcode areas.
#include "config/postcode_area.h"

#include <cctype>

#include "base/dutch_format.h"
#include "base/text.h"
#include "config/toml_reader.h"

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

bool SamePlace(std::string_view a, std::string_view b) {
  a = Trim(a);
  b = Trim(b);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

bool PostcodeArea::HasPlace(std::string_view place) const {
  if (Trim(place).empty()) return false;
  for (const std::string& mine : places) {
    if (SamePlace(mine, place)) return true;
  }
  return false;
}

PostcodeArea::Match PostcodeArea::MatchOf(const Postcode& postcode, std::string_view place) const {
  const std::string normalised = postcode.Normalised();
  for (const std::string& exception : pc6) {
    if (exception == normalised) return Match::kPc6;
  }
  if (HasPlace(place)) return Match::kPlace;
  for (const PostcodeRange& range : ranges) {
    if (range.Contains(postcode.digits)) return Match::kRange;
  }
  return Match::kNone;
}

std::string DescribePostcodeArea(const PostcodeArea& area) {
  std::vector<std::string> parts;
  if (!area.ranges.empty()) parts.push_back(DescribePostcodeAreas(area.ranges));
  if (!area.places.empty()) parts.push_back((area.places.size() == 1 ? "woonplaats " : "woonplaatsen ") + JoinDutch(area.places));
  if (!area.pc6.empty()) parts.push_back((area.pc6.size() == 1 ? "postcode " : "postcodes ") + JoinDutch(area.pc6));
  if (parts.empty()) return "geen postcodes";
  return JoinDutch(parts);
}

PostcodeArea ReadPostcodeArea(TomlReader& reader, const std::string& owner) {
  PostcodeArea area;
  std::optional<std::vector<std::string>> places = reader.StringArray("woonplaatsen", false);
  std::optional<std::vector<std::string>> exceptions = reader.StringArray("uitzonderingen", false);
  // PC4 ranges were the only kind once, and stay required for an organisation that names no other.
  const bool other_kinds = (places && !places->empty()) || (exceptions && !exceptions->empty());
  std::optional<std::vector<std::string>> ranges = reader.StringArray("postcodes", !other_kinds);
  area.ranges_line = reader.LineOf("postcodes");
  area.places_line = reader.LineOf("woonplaatsen");
  area.pc6_line = reader.LineOf("uitzonderingen");
  for (const std::string& text : ranges.value_or(std::vector<std::string>{})) {
    auto range = ParsePostcodeRange(text);
    if (!range) {
      reader.AddError("postcodes", "'" + text + "' is geen postcodegebied",
                      "schrijf vier cijfers (\"1234\") of een reeks (\"1000-1099\")");
      continue;
    }
    area.ranges.push_back(*range);
  }
  for (const std::string& text : places.value_or(std::vector<std::string>{})) {
    if (Trim(text).empty()) {
      reader.AddError("woonplaatsen", "een woonplaats is leeg", "schrijf de naam zoals in het adressenbestand, zoals \"Voorbeeld\"");
      continue;
    }
    area.places.emplace_back(Trim(text));
  }
  for (const std::string& text : exceptions.value_or(std::vector<std::string>{})) {
    std::optional<Postcode> postcode = ParsePostcode(text);
    if (!postcode) {
      reader.AddError("uitzonderingen", "'" + text + "' is geen hele postcode",
                      "schrijf vier cijfers en twee letters, zoals \"1234 AB\"");
      continue;
    }
    area.pc6.push_back(postcode->Normalised());
  }
  if (ranges && ranges->empty() && !other_kinds) {
    reader.AddError("postcodes", "'" + owner + "' heeft geen postcodes",
                    "zet minstens één postcode (\"1234\") of reeks (\"1000-1099\") tussen de [ ]");
  }
  return area;
}

}  // namespace nietpluis
