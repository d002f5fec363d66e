// WCAG relative luminance and contrast ratio.
#include "base/colour.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace nietpluis {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

double Channel(int value) {
  double c = value / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double Luminance(Colour c) { return 0.2126 * Channel(c.red) + 0.7152 * Channel(c.green) + 0.0722 * Channel(c.blue); }

}  // namespace

std::optional<Colour> ParseColour(std::string_view text) {
  if (text.empty() || text[0] != '#') return std::nullopt;
  std::string hex(text.substr(1));
  if (hex.size() == 3) hex = {hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]};
  if (hex.size() != 6) return std::nullopt;
  int values[6];
  for (std::size_t i = 0; i < 6; ++i) {
    values[i] = HexValue(hex[i]);
    if (values[i] < 0) return std::nullopt;
  }
  return Colour{values[0] * 16 + values[1], values[2] * 16 + values[3], values[4] * 16 + values[5]};
}

double ContrastRatio(Colour a, Colour b) {
  double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace nietpluis
