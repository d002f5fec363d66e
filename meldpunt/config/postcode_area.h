// The postcode areas an organisation serves: PC4 numbers and ranges such as "1000-1099", whole
// woonplaatsen, and single postcodes (PC6) as exceptions where one PC4 is split between two teams.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/postcode.h"

namespace nietpluis {

class TomlReader;

struct PostcodeRange {
  int first = 0;  // PC4, 1000..9999
  int last = 0;   // inclusive

  bool Contains(int pc4) const { return pc4 >= first && pc4 <= last; }
};

// Parses "1234" or "1000-1099". Empty when the text is not a PC4 number or range.
std::optional<PostcodeRange> ParsePostcodeRange(std::string_view text);

// "postcode 1234", "postcodes 1000 tot en met 1099 en 1234".
std::string DescribePostcodeAreas(const std::vector<PostcodeRange>& ranges);

// An organisation's whole area. A postcode belongs to it by, strongest first: one of its PC6
// exceptions; its woonplaats (known only from the address register); one of its PC4 ranges.
struct PostcodeArea {
  std::vector<PostcodeRange> ranges;
  std::vector<std::string> places;  // woonplaatsen as the register spells them; matched without regard to case
  std::vector<std::string> pc6;     // exceptions, normalised: "1234 AB"
  int ranges_line = 0;              // in kiosk.toml, for messages about overlaps
  int places_line = 0;
  int pc6_line = 0;

  enum class Match { kNone, kRange, kPlace, kPc6 };
  // How `postcode` belongs here; `place` is the postcode's woonplaats, or empty when unknown.
  Match MatchOf(const Postcode& postcode, std::string_view place) const;
  bool HasPlace(std::string_view place) const;
};

// "postcodes 1000 tot en met 1099, woonplaats Voorbeeld en postcode 1234 AB".
std::string DescribePostcodeArea(const PostcodeArea& area);

// Reads `postcodes`, `woonplaatsen` and `uitzonderingen` of one [[organisatie]]; at least one of them
// must name something. `owner` names the organisation in messages.
PostcodeArea ReadPostcodeArea(TomlReader& reader, const std::string& owner);

// Case-insensitive for ASCII letters, as woonplaatsen are typed in kiosk.toml.
bool SamePlace(std::string_view a, std::string_view b);

}  // namespace nietpluis
