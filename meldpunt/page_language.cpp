// Parallel language checking of pages.
#include "page_language.h"

#include <algorithm>
#include <memory>

#include "parallel.h"
#include "site_config.h"
#include "syllables.h"

namespace nietpluis {
namespace {

std::vector<std::filesystem::path> MarkdownFilesIn(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::vector<CheckedPage> CheckPagesLanguage(const std::vector<Page>& pages, const LanguageConfig& config,
                                            const std::string& report_root) {
  std::vector<const Page*> written;
  for (const Page& page : pages) {
    if (!page.source_file.empty()) written.push_back(&page);
  }
  std::vector<CheckedPage> checked(written.size());
  // One checker per worker: its word cache is what makes a 5,000-page check cheap.
  std::vector<std::unique_ptr<SyllableCounter>> counters(WorkerCount());
  std::vector<std::unique_ptr<LanguageChecker>> checkers(WorkerCount());
  ParallelFor(written.size(), [&](unsigned worker, std::size_t i) {
    if (!checkers[worker]) {
      counters[worker] = std::make_unique<SyllableCounter>();
      checkers[worker] = std::make_unique<LanguageChecker>(config, *counters[worker]);
    }
    const Page& page = *written[i];
    CheckedPage& result = checked[i];
    result = CheckedPage{page.source_file, page.title, page.UrlPath(), checkers[worker]->Check(page.text), ""};
    result.report_html = ReportSectionHtml(result, i, report_root);
    checkers[worker]->ReleaseText(&result.language);
  });
  return checked;
}

LanguageRun CheckContentLanguage(Env* env, const std::filesystem::path& content_dir,
                                 const std::vector<std::filesystem::path>& files) {
  LanguageRun run;
  SiteConfig site = LoadSiteConfig(content_dir, &run.diagnostics);
  LanguageConfig config = LoadLanguageConfig(content_dir, site, &run.diagnostics);
  std::vector<std::filesystem::path> paths;
  if (files.empty()) {
    paths = MarkdownFilesIn(content_dir / "pages");
  }
  for (const auto& file : files) {
    if (std::filesystem::is_directory(file)) {
      auto inside = MarkdownFilesIn(file);
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
