// Parsing Dutch postcodes.
#include "config/postcode.h"

#include <cctype>

namespace nietpluis {

std::optional<Postcode> ParsePostcode(std::string_view text) {
  std::string compact;
  for (char c : text) {
    if (c == ' ' || c == '\t') continue;
    compact += c;
  }
  if (compact.size() != 6) return std::nullopt;
  for (int i = 0; i < 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(compact[i]))) return std::nullopt;
  }
  if (compact[0] == '0') return std::nullopt;
  Postcode postcode;
  postcode.digits = std::stoi(compact.substr(0, 4));
  for (int i = 4; i < 6; ++i) {
    unsigned char c = static_cast<unsigned char>(compact[i]);
    if (!std::isalpha(c) || c > 127) return std::nullopt;
    postcode.letters += static_cast<char>(std::toupper(c));
  }
  if (postcode.letters == "SA" || postcode.letters == "SD" || postcode.letters == "SS") return std::nullopt;
  return postcode;
}

}  // namespace nietpluis
