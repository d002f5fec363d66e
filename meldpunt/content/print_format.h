// The print formats a campaign can order: their names in content, their labels and their trim sizes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nietpluis {

enum class PrintFormat { kPosterA4, kPosterA3, kFlyerA5, kCard };

struct PrintFormatInfo {
  PrintFormat format;
  const char* key;    // as written in a campaign file: "poster-a4"
  const char* label;  // as a person reads it: "poster A4"
  double width_mm;    // trim size, before any bleed
  double height_mm;
  int pages;          // the wallet card has a front and a back
};

constexpr double kPointsPerMm = 72.0 / 25.4;
// What a print shop cuts away: the background runs this far past the trim edge.
constexpr double kBleedMm = 3.0;

const std::vector<PrintFormatInfo>& AllPrintFormats();
const PrintFormatInfo& InfoOf(PrintFormat format);
std::optional<PrintFormat> PrintFormatFromKey(std::string_view key);
std::vector<std::string> PrintFormatKeys();

}  // namespace nietpluis
