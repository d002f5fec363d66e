// Reading the pronunciation list and finding its entries in a text.
#include "speech/pronunciations.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "base/text.h"

namespace nietpluis {

Pronunciations::Pronunciations(std::vector<Pronunciation> entries) : entries_(std::move(entries)) {
  // Longest first, so "b.v." wins over a shorter entry that starts the same way.
  std::stable_sort(entries_.begin(), entries_.end(), [](const Pronunciation& a, const Pronunciation& b) {
    return a.written.size() > b.written.size();
  });
}

std::optional<Pronunciation> Pronunciations::LongestAt(std::string_view text) const {
  for (const Pronunciation& entry : entries_) {
    if (StartsWith(text, entry.written)) return entry;
  }
  if (text.empty() || text[0] < 'A' || text[0] > 'Z') return std::nullopt;
  for (const Pronunciation& entry : entries_) {
    if (entry.written[0] != text[0] - 'A' + 'a' || !StartsWith(text.substr(1), std::string_view(entry.written).substr(1))) {
      continue;
    }
    Pronunciation capital = entry;
    capital.written[0] = text[0];
    if (capital.spoken[0] >= 'a' && capital.spoken[0] <= 'z') capital.spoken[0] = static_cast<char>(capital.spoken[0] - 'a' + 'A');
    return capital;
  }
  return std::nullopt;
}

Pronunciations ParsePronunciations(std::string_view text, const std::string& display_path,
                                   Diagnostics* diagnostics) {
  std::vector<Pronunciation> entries;
  std::map<std::string, int> seen;  // written form -> line
  std::istringstream lines{std::string(text)};
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    const std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    const std::size_t equals = trimmed.find(" = ");
    if (equals == std::string_view::npos) {
      diagnostics->Add(Error(display_path, number, "regel \"" + std::string(trimmed) + "\" heeft geen \" = \"",
                             "schrijf het woord, dan \" = \" en dan hoe de stem het zegt, zoals \"GGD = gee gee dee\""));
      continue;
    }
    Pronunciation entry{std::string(Trim(trimmed.substr(0, equals))), std::string(Trim(trimmed.substr(equals + 3)))};
    if (entry.written.empty() || entry.spoken.empty()) {
      diagnostics->Add(Error(display_path, number, "regel \"" + std::string(trimmed) + "\" mist een kant",
                             "zet links het woord en rechts hoe de stem het zegt"));
      continue;
    }
    if (auto [at, added] = seen.emplace(entry.written, number); !added) {
      diagnostics->Add(Error(display_path, number, "\"" + entry.written + "\" staat al op regel " +
                                                       std::to_string(at->second),
                             "laat één van de twee regels staan"));
      continue;
    }
    entries.push_back(std::move(entry));
  }
  return Pronunciations(std::move(entries));
}

Result<Pronunciations> LoadPronunciations(Env* env, const std::filesystem::path& file, Diagnostics* diagnostics) {
  Result<std::string> text = env->ReadFile(file);
  if (!text.ok()) {
    Diagnostic error = Error(file.string(), 0, "de uitspraaklijst voor het voorlezen ontbreekt",
                             "zet het bestand terug uit de map templates/voorlezen/ van Nietpluis");
    diagnostics->Add(error);
    return error;
  }
  const std::size_t before = diagnostics->all().size();
  Pronunciations list = ParsePronunciations(text.value(), file.string(), diagnostics);
  if (auto first = diagnostics->FirstErrorFrom(before)) return *first;
  return list;
}

std::filesystem::path PronunciationsFile(const std::filesystem::path& templates_dir) {
  return templates_dir / "voorlezen" / "uitspraak.txt";
}

}  // namespace nietpluis
