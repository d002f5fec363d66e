// Making a receiver's answer safe to keep and show.
#include "delivery/receiver_answer.h"

#include <algorithm>
#include <vector>

#include "base/text.h"
#include "base/utf8.h"

namespace nietpluis {
namespace {

// Values of the report as a receiver might echo them. Short ones (a house number "9") would blank
// out ordinary words and numbers, and identify nobody alone; the postcode goes with and without space.
std::vector<std::string> ReportValues(const Report& report) {
  std::vector<std::string> values = {report.address.postcode, report.contact.name, report.contact.phone,
                                     report.contact.email};
  std::string compact = report.address.postcode;
  compact.erase(std::remove(compact.begin(), compact.end(), ' '), compact.end());
  values.push_back(compact);
  // The text word by word too: an answer may quote part of it.
  values.push_back(report.text);
  std::string word;
  for (char c : report.text + " ") {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      values.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  std::vector<std::string> kept;
  for (std::string& value : values) {
    if (value.size() >= 4) kept.push_back(std::move(value));
  }
  // Longest first, so a whole text goes before the words in it.
  std::sort(kept.begin(), kept.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return kept;
}

// ASCII only: enough to match "1012ab" with "1012 AB", and it never changes a byte count.
std::string AsciiLower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

std::string ReplaceAllCaseless(std::string text, const std::string& value) {
  const std::string lower_value = AsciiLower(value);
  std::string lower_text = AsciiLower(text);
  for (std::size_t at = lower_text.find(lower_value); at != std::string::npos;
       at = lower_text.find(lower_value, at + 5)) {
    text.replace(at, value.size(), "[...]");
    lower_text.replace(at, value.size(), "[...]");
  }
  return text;
}

// At most `limit` characters of valid UTF-8, never half a character.
std::string CutCharacters(const std::string& text, std::size_t limit) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) != 0x80 && characters++ == limit) return text.substr(0, i) + "...";
  }
  return text;
}

}  // namespace

std::string ReceiverAnswerLine(std::string_view answer, const Report& report) {
  std::string_view line;
  while (!answer.empty()) {
    const std::size_t end = answer.find_first_of("\r\n");
    line = Trim(answer.substr(0, end));
    if (!line.empty() || end == std::string_view::npos) break;
    answer.remove_prefix(end + 1);
  }
  if (line.empty()) return {};
  std::string text = ReplaceInvalidUtf8(line);
  for (const std::string& value : ReportValues(report)) text = ReplaceAllCaseless(text, value);
  return CutCharacters(MarkInvisible(text, LineBreaks::kMark), kAnswerLineCharacters);
}

std::string WithAnswer(const std::string& status, const std::string& answer_line) {
  return answer_line.empty() ? status : status + ": " + answer_line;
}

}  // namespace nietpluis
