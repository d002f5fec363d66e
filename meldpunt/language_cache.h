// The B1 check's results from the build before, per page text, so that a rebuild checks only the pages
// whose text changed. A file of our own beside the output folder (".site.taalcheck" beside "site").
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "env.h"
#include "language_check.h"
#include "language_config.h"
#include "status.h"

namespace nietpluis {

struct LanguageCacheKey {
  std::uint64_t high = 0, low = 0;
  bool operator==(const LanguageCacheKey&) const = default;
};

// The cache is only ever a shortcut: a missing, foreign, outdated or damaged file, or a program
// without a build ID to tell its versions apart, means every page is checked as if it were not there.
class LanguageCache {
 public:
  // A cache that finds nothing and stores nothing.
  LanguageCache() = default;

  // Where the cache of an output folder lives: beside it, like the staging folder.
  static std::filesystem::path FileFor(const std::filesystem::path& out_dir);
  // Reads the cache of `out_dir` for checks with `config`. Entries made by another build of the program,
  // with other hyphenation patterns or with other settings are not used.
  static LanguageCache Open(Env* env, const std::filesystem::path& out_dir, const LanguageConfig& config);

  bool enabled() const { return fingerprint_ != 0; }
  std::size_t size() const { return entries_.size(); }

  // What a page's results depend on: its text, and what the fingerprint covers. Thread-safe.
  LanguageCacheKey KeyOf(const std::vector<TextBlock>& text) const;
  // A stored entry for `key`, or nothing. Thread-safe.
  std::optional<std::string_view> Find(LanguageCacheKey key) const;

  // One page's results as an entry, and back. Read gives false for a damaged entry.
  static std::string Entry(LanguageCacheKey key, const LanguageScore& score, const std::vector<Finding>& findings,
                           std::string_view text_html);
  static bool Read(std::string_view entry, LanguageScore* score, std::vector<Finding>* findings, std::string* text_html);
  static LanguageCacheKey KeyOfEntry(std::string_view entry);

  // Writes `entries` as the new cache file, replacing the old one in one step.
  Status Save(Env* env, const std::vector<std::string>& entries) const;

 private:
  struct KeyHash {
    std::size_t operator()(const LanguageCacheKey& key) const { return static_cast<std::size_t>(key.low); }
  };

  std::filesystem::path file_;
  std::uint64_t fingerprint_ = 0;  // 0: disabled
  std::string data_;               // the file as read; entries_ point into it
  std::unordered_map<LanguageCacheKey, std::string_view, KeyHash> entries_;
};

}  // namespace nietpluis
