// Making and checking follow-up codes: rejection sampling from RAND_bytes, a mod-31 check symbol.
#include "intake/follow_code.h"

#include <openssl/rand.h>

#include <algorithm>

namespace nietpluis {
namespace {

constexpr int kModulus = static_cast<int>(kFollowAlphabet.size());  // 31, a prime
static_assert(kFollowAlphabet.size() == 31);

// The value of a symbol in the alphabet, or -1.
int ValueOf(char symbol) {
  const std::size_t at = kFollowAlphabet.find(symbol);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

// Position i (0-based) of all eight symbols weighs 8 - i: the check symbol weighs 1. The weights are
// distinct and non-zero mod 31, so a changed symbol changes the sum by w * d (d != 0) and a swap of
// neighbours by (w_i - w_{i+1}) * d = d; neither is 0 mod a prime, so the sum no longer is 0.
int Weight(std::size_t position) { return static_cast<int>(kFollowCodeSymbols - position); }

}  // namespace

char FollowCheckSymbol(std::string_view random_symbols) {
  int sum = 0;
  for (std::size_t i = 0; i < random_symbols.size() && i < kFollowRandomSymbols; ++i) {
    // A symbol outside the alphabet (only a caller's mistake) counts as 0, so the index stays in range.
    sum = (sum + Weight(i) * std::max(0, ValueOf(random_symbols[i]))) % kModulus;
  }
  // The check symbol c makes sum + 1 * c == 0 mod 31.
  return kFollowAlphabet[static_cast<std::size_t>((kModulus - sum) % kModulus)];
}

std::optional<std::string> NewFollowCode() {
  // Bytes below 248 (8 * 31) map evenly onto the alphabet; the rest are drawn again.
  constexpr unsigned kAccept = 8 * kModulus;
  std::string code;
  while (code.size() < kFollowRandomSymbols) {
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) return std::nullopt;
    for (unsigned char byte : bytes) {
      if (byte < kAccept && code.size() < kFollowRandomSymbols) code += kFollowAlphabet[byte % kModulus];
    }
  }
  code += FollowCheckSymbol(code);
  return ShowFollowCode(code);
}

ParsedFollowCode ParseFollowCode(std::string_view typed) {
  std::string symbols;
  for (char c : typed) {
    if (c == '-' || c == ' ' || c == '\t') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (ValueOf(c) < 0 || symbols.size() == kFollowCodeSymbols) {
      return {ParsedFollowCode::Kind::kNotACode, ""};
    }
    symbols += c;
  }
  if (symbols.empty()) return {ParsedFollowCode::Kind::kEmpty, ""};
  if (symbols.size() != kFollowCodeSymbols) return {ParsedFollowCode::Kind::kNotACode, ""};
  int sum = 0;
  for (std::size_t i = 0; i < symbols.size(); ++i) sum = (sum + Weight(i) * ValueOf(symbols[i])) % kModulus;
  if (sum != 0) return {ParsedFollowCode::Kind::kWrongCheck, ""};
  return {ParsedFollowCode::Kind::kOk, symbols};
}

std::string ShowFollowCode(std::string_view canonical) {
  const std::size_t half = canonical.size() / 2;
  return std::string(canonical.substr(0, half)) + "-" + std::string(canonical.substr(half));
}

}  // namespace nietpluis
