// Fuzzes the postcode of the form and the postcode areas of the configuration: a parsed postcode or
// range is in range, prints as text that parses to the same value, and agrees with a plain reading.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>

#include "base/text.h"
#include "config/postcode.h"
#include "config/postcode_area.h"
#include "fuzz_support.h"

namespace {

using nietpluis::fuzz::IsPc4;

bool Digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "1234AB" once spaces and tabs are out: four digits, no leading 0, two letters that PostNL hands out.
bool ExpectPostcode(std::string_view text) {
  std::string compact;
  for (char c : text) {
    if (c != ' ' && c != '\t') compact += c;
  }
  if (compact.size() != 6 || !Digits(compact.substr(0, 4)) || compact[0] == '0') return false;
  std::string letters;
  for (char c : compact.substr(4)) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    letters += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return letters != "SA" && letters != "SD" && letters != "SS";
}

void CheckPostcode(std::string_view text) {
  auto postcode = nietpluis::ParsePostcode(text);
  FUZZ_CHECK(postcode.has_value() == ExpectPostcode(text));
  if (!postcode) return;
  FUZZ_CHECK(IsPc4(postcode->digits));
  const std::string shown = postcode->Normalised();
  FUZZ_CHECK_MSG(shown.size() == 7 && shown[4] == ' ' && std::isupper(static_cast<unsigned char>(shown[5])) &&
                     std::isupper(static_cast<unsigned char>(shown[6])),
                 shown);
  auto again = nietpluis::ParsePostcode(shown);
  FUZZ_CHECK(again && again->digits == postcode->digits && again->letters == postcode->letters);
}

void CheckRange(std::string_view text) {
  auto range = nietpluis::ParsePostcodeRange(text);
  std::size_t dash = text.find('-');
  auto pc4 = [](std::string_view part) {
    part = nietpluis::Trim(part);
    return part.size() == 4 && Digits(part) && part[0] != '0';
  };
  const bool expected = dash == std::string_view::npos
                            ? pc4(text)
                            : pc4(text.substr(0, dash)) && pc4(text.substr(dash + 1)) &&
                                  std::stoi(std::string(nietpluis::Trim(text.substr(0, dash)))) <=
                                      std::stoi(std::string(nietpluis::Trim(text.substr(dash + 1))));
  FUZZ_CHECK(range.has_value() == expected);
  if (!range) return;
  FUZZ_CHECK(IsPc4(range->first) && IsPc4(range->last) && range->first <= range->last);
  FUZZ_CHECK(range->Contains(range->first) && range->Contains(range->last) && !range->Contains(range->first - 1) &&
             !range->Contains(range->last + 1));
  const std::string written = std::to_string(range->first) + "-" + std::to_string(range->last);
  auto again = nietpluis::ParsePostcodeRange(written);
  FUZZ_CHECK(again && again->first == range->first && again->last == range->last);
  const std::string described = nietpluis::DescribePostcodeAreas({*range});
  FUZZ_CHECK_MSG(described.find(std::to_string(range->first)) != std::string::npos &&
                     described.find(std::to_string(range->last)) != std::string::npos,
                 described);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = nietpluis::fuzz::AsText(data, size);
  CheckPostcode(text);
  CheckRange(text);
  return 0;
}
