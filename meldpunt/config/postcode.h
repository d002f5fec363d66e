// A Dutch postcode as a resident types it ("1234ab", "1234 AB ") and as we store it ("1234 AB").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nietpluis {

struct Postcode {
  int digits = 0;       // the PC4 part, 1000..9999
  std::string letters;  // two upper-case letters

  std::string Normalised() const { return std::to_string(digits) + " " + letters; }
};

// Accepts lower case and a missing or extra space. Refuses what PostNL never hands out: a leading 0
// and the letter pairs SA, SD and SS.
std::optional<Postcode> ParsePostcode(std::string_view text);

}  // namespace nietpluis
