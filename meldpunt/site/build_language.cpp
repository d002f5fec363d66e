// The B1 check's part in a build.
#include "site/build_language.h"

#include <filesystem>
#include <utility>

#include "language/syllables.h"

namespace nietpluis {

std::jthread BuildLanguage::PreloadPatterns() const {
  if (options_.check_language && !std::filesystem::exists(LanguageCache::FileFor(options_.out_dir))) {
    return PreloadSyllablePatterns();
  }
  return {};
}

void BuildLanguage::Start(const SiteConfig& config, Diagnostics* diagnostics) {
  if (!enabled()) return;
  config_ = LoadLanguageConfig(options_.content_dir, config.LanguageSettings(), diagnostics);
  cache_reader_ = std::jthread([this] { cache_ = LanguageCache::Open(options_.env, options_.out_dir, config_); });
}

void BuildLanguage::BeforePages(std::size_t pages, bool keep_text) {
  if (cache_reader_.joinable()) cache_reader_.join();
  keep_text_ = keep_text;
  // The report is in the staff folder beside the site: its links go back into the site's folder.
  if (enabled()) check_.emplace(config_, pages, &cache_, "../../" + SiteFolderName(options_.out_dir) + "/");
}

void BuildLanguage::CheckPage(unsigned worker, std::size_t index, Page& page) {
  if (check_) check_->CheckOrSetAside(worker, index, page, keep_text_);
  if (!keep_text_) std::vector<TextBlock>().swap(page.text);
}

void BuildLanguage::AfterPages() {
  if (check_) check_->CheckSetAside();
}

void BuildLanguage::TakeFindings(Diagnostics* diagnostics) {
  pages_ = check_->TakeResults();
  cache_entries_ = LanguageCacheEntries(pages_);
  if (cache_.Holds(cache_entries_)) cache_entries_.clear();  // nothing new to keep
  // The report needs the scores and sections, not the findings: their texts move into the diagnostics.
  for (CheckedPage& page : pages_) {
    for (Finding& finding : page.language.findings) {
      diagnostics->Add(FindingDiagnostic(page.file, std::move(finding), !options_.strict));
    }
  }
}

void BuildLanguage::SaveCacheInBackground() {
  if (cache_entries_.empty()) return;
  cache_writer_ = std::jthread([this] { cache_.Save(options_.env, cache_entries_); });
}

}  // namespace nietpluis
