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

#include "base/env.h"
#include "base/status.h"
#include "language/language_check.h"
#include "language/language_config.h"

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

  // One page's results as an entry: all of it but its text part, which follows this head in the
  // file, so the text the report holds anyway is not copied again.
  static std::string EntryHead(LanguageCacheKey key, const LanguageScore& score, const std::vector<Finding>& findings,
                               std::string_view text_html);
  // A whole entry (head and text) back into results; false for a damaged entry.
  static bool Read(std::string_view entry, LanguageScore* score, std::vector<Finding>* findings,
                   std::string* text_html);
  static LanguageCacheKey KeyOfEntry(std::string_view entry);

  struct Stored {
    std::string_view head, text;
  };
  // Whether the file holds exactly these entries already, so that it need not be written.
  bool Holds(const std::vector<Stored>& entries) const;
  // Writes `entries` as the new cache file, replacing the old one in one step. Of entries with the
  // same key (pages with the same text) the first is kept.
  Status Save(Env* env, const std::vector<Stored>& entries) const;

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
