// Parallel language checking of pages.
#include "site/page_language.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <utility>

#include "base/file_list.h"
#include "base/parallel.h"
#include "config/site_config.h"
#include "language/syllables.h"

namespace nietpluis {
namespace {

// The .md files below `dir`, which lies in `root`; a link out of `root` is reported instead.
std::vector<std::filesystem::path> MarkdownFilesIn(const std::filesystem::path& root, const std::filesystem::path& dir,
                                                   Diagnostics* diagnostics) {
  std::vector<std::filesystem::path> files;
  Result<std::vector<TreeFile>> below = FilesBelow(root, dir);
  if (!below.ok()) {
    diagnostics->Add(below.error());
    return files;
  }
  for (const TreeFile& file : below.value()) {
    if (file.path.extension() == ".md") files.push_back(file.path);
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

struct PageLanguageCheck::Worker {
  explicit Worker(const LanguageConfig& config) : checker(config, syllables) {}
  SyllableCounter syllables;
  LanguageChecker checker;  // its word cache is what makes a 5,000-page check cheap
};

PageLanguageCheck::PageLanguageCheck(const LanguageConfig& config, std::size_t pages, const LanguageCache* cache,
                                     std::string report_root)
    : config_(config),
      cache_(cache && cache->enabled() ? cache : nullptr),
      report_root_(std::move(report_root)),
      workers_(WorkerCount()),
      results_(pages),
      set_aside_(WorkerCount()) {}

PageLanguageCheck::~PageLanguageCheck() = default;

void PageLanguageCheck::Check(unsigned worker, std::size_t index, const Page& page) {
  if (page.source_file.empty()) return;
  LanguageCacheKey key;
  if (!FromCache(index, page, &key)) CheckText(worker, index, page, key);
}

void PageLanguageCheck::CheckOrSetAside(unsigned worker, std::size_t index, Page& page, bool keep_text) {
  if (page.source_file.empty()) return;
  LanguageCacheKey key;
  if (FromCache(index, page, &key)) return;
  if (!workers_[worker] && patterns_loading_()) {
    SetAside& aside = set_aside_[worker].emplace_back(SetAside{index, key, Page{}});
    aside.page.source_file = page.source_file;
    aside.page.slug = page.slug;
    aside.page.title = page.title;
    if (keep_text) {
      aside.page.text = page.text;
    } else {
      aside.page.text = std::move(page.text);
    }
    return;
  }
  CheckText(worker, index, page, key);
}

void PageLanguageCheck::CheckSetAside() {
  std::vector<SetAside> pages;
  for (std::vector<SetAside>& list : set_aside_) {
    std::move(list.begin(), list.end(), std::back_inserter(pages));
    list.clear();
  }
  ParallelFor(pages.size(), [&](unsigned worker, std::size_t i) {
    CheckText(worker, pages[i].index, pages[i].page, pages[i].key);
    std::vector<TextBlock>().swap(pages[i].page.text);  // dropped by the thread that checked it
  });
}

bool PageLanguageCheck::FromCache(std::size_t index, const Page& page, LanguageCacheKey* key) {
  if (!cache_) return false;
  *key = cache_->KeyOf(page.text);
  std::optional<std::string_view> entry = cache_->Find(*key);
  CheckedPage result{page.source_file, page.title, page.UrlPath(), {}, "", "", "", ""};
  if (!entry || !LanguageCache::Read(*entry, &result.language.score, &result.language.findings,
                                     &result.report_text_html)) {
    return false;
  }
  result.cache_entry_head = std::string(entry->substr(0, entry->size() - result.report_text_html.size()));
  result.report_head_html = ReportSectionHeadHtml(result, index, report_root_);
  result.report_row_html = ReportSummaryRowHtml(result, index, ReportPartCount(results_.size()));
  results_[index] = std::move(result);
  return true;
}

void PageLanguageCheck::CheckText(unsigned worker, std::size_t index, const Page& page, LanguageCacheKey key) {
  // The checker, with its word cache and hyphenation patterns, is only made when a page needs it.
  if (!workers_[worker]) workers_[worker] = std::make_unique<Worker>(config_);
  LanguageChecker& checker = workers_[worker]->checker;
  CheckedPage& result = results_[index].emplace(
      CheckedPage{page.source_file, page.title, page.UrlPath(), checker.Check(page.text), "", "", "", ""});
  result.report_text_html = ReportTextHtml(result.language);
  checker.ReleaseText(&result.language);
  if (cache_) {
    result.cache_entry_head =
        LanguageCache::EntryHead(key, result.language.score, result.language.findings, result.report_text_html);
  }
  result.report_head_html = ReportSectionHeadHtml(result, index, report_root_);
  result.report_row_html = ReportSummaryRowHtml(result, index, ReportPartCount(results_.size()));
}

std::vector<CheckedPage> PageLanguageCheck::TakeResults() {
  std::vector<CheckedPage> checked;
  for (std::optional<CheckedPage>& result : results_) {
    if (result) checked.push_back(std::move(*result));
  }
  results_.clear();
  return checked;
}

std::vector<LanguageCache::Stored> LanguageCacheEntries(const std::vector<CheckedPage>& pages) {
  std::vector<LanguageCache::Stored> entries;
  for (const CheckedPage& page : pages) {
    if (!page.cache_entry_head.empty()) entries.push_back({page.cache_entry_head, page.report_text_html});
  }
  return entries;
}

std::vector<CheckedPage> CheckPagesLanguage(const std::vector<Page>& pages, const LanguageConfig& config,
                                            const std::string& report_root) {
  PageLanguageCheck check(config, pages.size(), nullptr, report_root);
  ParallelFor(pages.size(), [&](unsigned worker, std::size_t i) { check.Check(worker, i, pages[i]); });
  return check.TakeResults();
}

LanguageRun CheckContentLanguage(Env* env, const std::filesystem::path& content_dir,
                                 const std::vector<std::filesystem::path>& files) {
  LanguageRun run;
  SiteConfig site = LoadSiteConfig(content_dir, &run.diagnostics);
  LanguageConfig config = LoadLanguageConfig(content_dir, site.LanguageSettings(), &run.diagnostics);
  std::vector<std::filesystem::path> paths;
  if (files.empty()) {
    paths = MarkdownFilesIn(content_dir, content_dir / "pages", &run.diagnostics);
  }
  for (const auto& file : files) {
    if (std::filesystem::is_directory(file)) {
      auto inside = MarkdownFilesIn(file, file, &run.diagnostics);  // the folder named is the edge
      paths.insert(paths.end(), inside.begin(), inside.end());
    } else {
      paths.push_back(file);
    }
  }
  std::vector<Page> pages = LoadPages(env, paths, &run.diagnostics);
  run.pages = CheckPagesLanguage(pages, config);
  return run;
}

}  // namespace nietpluis
