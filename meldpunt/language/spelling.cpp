// Hunspell behind a lock, loaded once per process.
#include "language/spelling.h"

#include <hunspell/hunspell.hxx>

#include <filesystem>

namespace nietpluis {
namespace {

// Hunspell refuses words longer than this (MAXWORDUTF8LEN) anyway.
constexpr std::size_t kLongestWord = 100;

bool ValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || (length > 1 && c < 0xC2) || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

bool Judgeable(std::string_view word) { return !word.empty() && word.size() <= kLongestWord && ValidUtf8(word); }

}  // namespace

DutchDictionary* DutchDictionary::Shared() {
  static DutchDictionary* shared = []() -> DutchDictionary* {
    std::error_code error;
    if (!std::filesystem::exists(kDutchAffixFile, error) || !std::filesystem::exists(kDutchDictionaryFile, error)) {
      return nullptr;
    }
    return new DutchDictionary(kDutchAffixFile, kDutchDictionaryFile);  // lives as long as the process
  }();
  return shared;
}

DutchDictionary::DutchDictionary(const std::string& affix_file, const std::string& dictionary_file)
    : hunspell_(std::make_unique<Hunspell>(affix_file.c_str(), dictionary_file.c_str())) {}

DutchDictionary::~DutchDictionary() = default;

bool DutchDictionary::KnowsLocked(const std::string& word) {
  if (hunspell_->spell(word)) return true;
  if (word.find('-') == std::string::npos) return false;
  std::size_t start = 0;
  while (true) {
    const std::size_t dash = word.find('-', start);
    const std::string part = word.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
    if (part.empty() || !hunspell_->spell(part)) return false;
    if (dash == std::string::npos) return true;
    start = dash + 1;
  }
}

bool DutchDictionary::Knows(std::string_view word) {
  // A hyphen at an edge leaves out a part shared with the next or last word: "post- en pakketbezorgers".
  while (!word.empty() && word.front() == '-') word.remove_prefix(1);
  while (!word.empty() && word.back() == '-') word.remove_suffix(1);
  if (!Judgeable(word)) return true;
  std::lock_guard lock(mutex_);
  return KnowsLocked(std::string(word));
}

std::vector<std::string> DutchDictionary::Stems(std::string_view word) {
  if (!Judgeable(word)) return {};
  std::lock_guard lock(mutex_);
  return hunspell_->stem(std::string(word));
}

std::vector<std::string> DutchDictionary::Suggest(std::string_view word, std::size_t max) {
  if (!Judgeable(word)) return {};
  std::lock_guard lock(mutex_);
  auto [it, added] = suggestions_.try_emplace(std::string(word));
  if (added) {
    it->second = hunspell_->suggest(it->first);
    if (it->second.size() > max) it->second.resize(max);
  }
  return it->second;
}

}  // namespace nietpluis
