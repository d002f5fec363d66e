// Counting syllables of Dutch words, with libhyphen's Dutch patterns (Debian's hyphen-nl).
#pragma once

#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace nietpluis {

// Hyphenation patterns split a word where a reader would; within each part the vowel groups are
// counted with Dutch digraphs (aa, ie, ij, ui, eeu, ...) as one and a diaeresis (ë, ï) starting a new
// syllable. Patterns alone undercount (they never split "a-gen-da" at the edge), vowel groups alone
// overcount hiatus the patterns know ("mu-se-um"). Not thread-safe: keep one per thread; the
// patterns themselves are loaded once and shared.
class SyllableCounter {
 public:
  SyllableCounter();

  // `word` is UTF-8, any case; hyphenated compounds count per part. 0 for a word without vowels.
  int Count(std::string_view word);
  // Whether the Dutch patterns were found; without them only vowel groups are counted.
  bool has_patterns() const { return dictionary_ != nullptr; }

 private:
  int CountUncached(const std::string& lower);
  int CountPart(const std::string& lower_part);

  const void* dictionary_;
  std::unordered_map<std::string, int> cache_;
};

// Starts loading the shared patterns on a thread of its own, which joins when it goes. They take
// milliseconds to load, so a build starts this while it reads its configuration.
std::jthread PreloadSyllablePatterns();
// True from PreloadSyllablePatterns until they are loaded: a SyllableCounter made now would wait.
bool SyllablePatternsLoading();

// UTF-8 lower case for Latin letters, including À-Þ; other bytes pass through.
std::string LowerDutch(std::string_view word);

}  // namespace nietpluis
