// The Dutch dictionary of OpenTaal through Hunspell (Debian's hunspell-nl): whether it knows a word
// as written, the stems its affix rules give, and suggestions for a word it does not know.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class Hunspell;

namespace nietpluis {

inline constexpr const char* kDutchAffixFile = "/usr/share/hunspell/nl.aff";
inline constexpr const char* kDutchDictionaryFile = "/usr/share/hunspell/nl.dic";

// Thread-safe: Hunspell is not, so every call takes a lock. The B1 check asks once per distinct word
// and worker (its lexicon remembers the answer), so the lock is rarely contended.
class DutchDictionary {
 public:
  // The process's one dictionary, loaded the first time it is asked for (about 0.3 s of CPU, so a
  // site whose words are all on our lists never loads it); null when hunspell-nl is not installed.
  static DutchDictionary* Shared();

  DutchDictionary(const std::string& affix_file, const std::string& dictionary_file);
  ~DutchDictionary();
  DutchDictionary(const DutchDictionary&) = delete;
  DutchDictionary& operator=(const DutchDictionary&) = delete;

  // Whether `word` (UTF-8, as written) is spelt right. A word with hyphens is right when it is as a
  // whole or when each of its parts is ("niet-pluisgevoel"). Words too long for Hunspell or not
  // valid UTF-8 count as known: they are not for the spelling rule to judge.
  bool Knows(std::string_view word);
  // The stems Hunspell's affix rules give ("buurtwerkers" -> "buurtwerker"; "belde" -> "bel").
  std::vector<std::string> Stems(std::string_view word);
  // At most `max` suggestions, best first. Slow (0.05 to 0.2 s a word), so kept per word for all
  // threads.
  std::vector<std::string> Suggest(std::string_view word, std::size_t max);

 private:
  bool KnowsLocked(const std::string& word);

  std::unique_ptr<Hunspell> hunspell_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::vector<std::string>> suggestions_;
};

}  // namespace nietpluis
