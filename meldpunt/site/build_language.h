// The B1 check as one build runs it: the word lists, the cache of last build's findings (read and
// written beside the other work), the check of each page on the thread that loads it, and the
// findings as diagnostics.
#pragma once

#include <optional>
#include <thread>
#include <vector>

#include "base/status.h"
#include "config/site_config.h"
#include "content/page.h"
#include "language/language_cache.h"
#include "language/language_config.h"
#include "site/language_report.h"
#include "site/page_language.h"
#include "site/site_builder.h"

namespace nietpluis {

// Does nothing when options.check_language is false. Its steps come in the order of the methods.
class BuildLanguage {
 public:
  explicit BuildLanguage(const BuildOptions& options) : options_(options) {}
  BuildLanguage(const BuildLanguage&) = delete;
  BuildLanguage& operator=(const BuildLanguage&) = delete;

  bool enabled() const { return options_.check_language; }

  // The hyphenation patterns load while the configuration is read; after a build with a language
  // cache most pages need no check, so they load only when a page does. Join it once the
  // configuration is read.
  std::jthread PreloadPatterns() const;
  // Reads the word lists, and starts reading the cache while the templates load and pages are listed.
  void Start(const SiteConfig& config, Diagnostics* diagnostics);
  // Before the pages load: waits for the cache. `keep_text` when read-aloud speaks the pages' text
  // later: the check then leaves it in each page.
  void BeforePages(std::size_t pages, bool keep_text);
  // Checks one page on the thread that loaded it, then drops its running text unless it is kept.
  void CheckPage(unsigned worker, std::size_t index, Page& page);
  // After the pages load: checks the pages set aside while the patterns loaded.
  void AfterPages();
  // The findings become diagnostics: warnings, or errors for error-level findings when strict.
  void TakeFindings(Diagnostics* diagnostics);
  // Writes the next build's cache on a thread of its own, when there is something new. It is only a
  // shortcut, so a failure to write it changes nothing else.
  void SaveCacheInBackground();

  // The checked pages in page order, for the language report.
  const std::vector<CheckedPage>& pages() const { return pages_; }

 private:
  const BuildOptions& options_;
  LanguageConfig config_;
  LanguageCache cache_;
  std::optional<PageLanguageCheck> check_;
  bool keep_text_ = false;
  std::vector<CheckedPage> pages_;
  std::vector<LanguageCache::Stored> cache_entries_;  // views into pages_
  std::jthread cache_reader_;  // last, so they are joined before what they use goes
  std::jthread cache_writer_;
};

}  // namespace nietpluis
