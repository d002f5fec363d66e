// The follow-up code a reporter gets on the thank-you screen ("K7MQ-4PXW"): random, easy to read
// aloud and type, with a check character that catches every single typo and adjacent swap.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nietpluis {

// 31 symbols: the digits 2-9 and the capitals without I, L and O, so 0/O, 1/I/L never meet. 31 is
// prime, which is what lets a weighted sum catch every adjacent swap.
inline constexpr std::string_view kFollowAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
// Seven random symbols (31^7 = 2.75e10 codes, 34.7 bits) and one check symbol.
inline constexpr std::size_t kFollowRandomSymbols = 7;
inline constexpr std::size_t kFollowCodeSymbols = kFollowRandomSymbols + 1;

// A new code from OpenSSL's CSPRNG, as shown: "XXXX-XXXX". Nothing when the random source fails.
std::optional<std::string> NewFollowCode();

// The check symbol for seven symbols of the alphabet (their weighted sum, mod 31).
char FollowCheckSymbol(std::string_view random_symbols);

// What a typed code is: its canonical form ("XXXXXXXX"), or why not.
struct ParsedFollowCode {
  enum class Kind { kOk, kEmpty, kNotACode, kWrongCheck };
  Kind kind = Kind::kEmpty;
  std::string canonical;  // only for kOk
};
// Accepts any case, with or without dashes and spaces between the symbols.
ParsedFollowCode ParseFollowCode(std::string_view typed);

// "XXXXXXXX" as shown: "XXXX-XXXX".
std::string ShowFollowCode(std::string_view canonical);

}  // namespace nietpluis
