// The table of print formats.
#include "content/print_format.h"

namespace nietpluis {

const std::vector<PrintFormatInfo>& AllPrintFormats() {
  // 85 x 55 mm is the European business-card size: it fits a wallet.
  static const std::vector<PrintFormatInfo> formats = {
      {PrintFormat::kPosterA4, "poster-a4", "poster A4", 210, 297, 1},
      {PrintFormat::kPosterA3, "poster-a3", "poster A3", 297, 420, 1},
      {PrintFormat::kFlyerA5, "flyer-a5", "flyer A5", 148, 210, 1},
      {PrintFormat::kCard, "kaart", "kaartje", 85, 55, 2},
  };
  return formats;
}

const PrintFormatInfo& InfoOf(PrintFormat format) {
  for (const PrintFormatInfo& info : AllPrintFormats()) {
    if (info.format == format) return info;
  }
  return AllPrintFormats().front();
}

std::optional<PrintFormat> PrintFormatFromKey(std::string_view key) {
  for (const PrintFormatInfo& info : AllPrintFormats()) {
    if (key == info.key) return info.format;
  }
  return std::nullopt;
}

std::vector<std::string> PrintFormatKeys() {
  std::vector<std::string> keys;
  for (const PrintFormatInfo& info : AllPrintFormats()) keys.emplace_back(info.key);
  return keys;
}

}  // namespace nietpluis
