// The postcode areas an organisation serves: PC4 numbers and ranges such as "1000-1099".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nietpluis {

struct PostcodeRange {
  int first = 0;  // PC4, 1000..9999
  int last = 0;   // inclusive

  bool Contains(int pc4) const { return pc4 >= first && pc4 <= last; }
};

// Parses "1234" or "1000-1099". Empty when the text is not a PC4 number or range.
std::optional<PostcodeRange> ParsePostcodeRange(std::string_view text);

// "postcode 1234", "postcodes 1000 tot en met 1099 en 1234".
std::string DescribePostcodeAreas(const std::vector<PostcodeRange>& ranges);

}  // namespace nietpluis
