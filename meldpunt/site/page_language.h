// Running the B1 check over pages: in parallel for a build, or over chosen files for `nietpluis taal`.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/env.h"
#include "content/page.h"
#include "language/language_cache.h"
#include "language/language_config.h"
#include "language/syllables.h"
#include "site/language_report.h"

namespace nietpluis {

// Checks pages on the threads that load them (see LoadPages), with one checker and word cache per
// worker thread. Each result carries its report section (links made from `report_root`) instead of
// its sentences, which would keep every word of a large site in memory.
class PageLanguageCheck {
 public:
  // With a `cache`, a page whose text it knows is not checked again, and every page's results are
  // kept as cache entries for the next build.
  PageLanguageCheck(const LanguageConfig& config, std::size_t pages, const LanguageCache* cache = nullptr,
                    std::string report_root = "../");
  ~PageLanguageCheck();

  // Checks `page`, the `index`th of the pages, on worker thread `worker`. Pages of different workers
  // may be checked at the same time. A generated page (no source file) is left out: its text is the
  // templates'.
  void Check(unsigned worker, std::size_t index, const Page& page);
  // The same, except that while the hyphenation patterns are still loading (at the start of a build)
  // a page that needs checking is set aside, its text moved out of `page` (copied when `keep_text`),
  // so the worker can load the next page instead of waiting.
  void CheckOrSetAside(unsigned worker, std::size_t index, Page& page, bool keep_text = false);
  // Checks the pages set aside, in parallel.
  void CheckSetAside();
  // Whether the patterns are still loading; SyllablePatternsLoading unless a test says otherwise.
  void SetPatternsLoading(std::function<bool()> loading) { patterns_loading_ = std::move(loading); }
  // The checked pages in index order.
  std::vector<CheckedPage> TakeResults();

 private:
  struct Worker;
  struct SetAside {
    std::size_t index;
    LanguageCacheKey key;
    Page page;  // only what the check reads
  };
  // Takes the page's results from the cache into its slot; false when the cache does not have them.
  bool FromCache(std::size_t index, const Page& page, LanguageCacheKey* key);
  void CheckText(unsigned worker, std::size_t index, const Page& page, LanguageCacheKey key);

  const LanguageConfig& config_;
  const LanguageCache* cache_;
  const std::string report_root_;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<std::optional<CheckedPage>> results_;
  std::vector<std::vector<SetAside>> set_aside_;  // per worker
  std::function<bool()> patterns_loading_ = SyllablePatternsLoading;
};

// The checked pages' entries for the language cache: views into `pages`.
std::vector<LanguageCache::Stored> LanguageCacheEntries(const std::vector<CheckedPage>& pages);

// Checks every page written by hand, in parallel.
std::vector<CheckedPage> CheckPagesLanguage(const std::vector<Page>& pages, const LanguageConfig& config,
                                            const std::string& report_root = "../");

struct LanguageRun {
  std::vector<CheckedPage> pages;
  Diagnostics diagnostics;  // problems reading site.toml, woorden.toml or the pages themselves
};

// Checks `files` (Markdown pages or folders of them); with none, every page in content_dir/pages.
LanguageRun CheckContentLanguage(Env* env, const std::filesystem::path& content_dir,
                                 const std::vector<std::filesystem::path>& files);

}  // namespace nietpluis
