// Design-token colours and their WCAG contrast, so a house style cannot make text unreadable.
#pragma once

#include <optional>
#include <string_view>

namespace nietpluis {

struct Colour {
  int red = 0, green = 0, blue = 0;
};

// "#1a2b3c" or "#abc". Empty for anything else.
std::optional<Colour> ParseColour(std::string_view text);

// WCAG 2 contrast ratio, 1.0 .. 21.0.
double ContrastRatio(Colour a, Colour b);

}  // namespace nietpluis
