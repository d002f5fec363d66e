// Measures the B1 language check alone on a content folder: pages and words per second, cold and
// with a warm word cache. Usage: language_check_speed CONTENT_DIR
#include <chrono>
#include <iostream>
#include <optional>

#include "base/parallel.h"
#include "config/site_config.h"
#include "language/language_config.h"
#include "site/page_language.h"

int main(int argc, char** argv) {
  using namespace nietpluis;
  if (argc != 2) {
    std::cerr << "usage: language_check_speed CONTENT_DIR\n";
    return 2;
  }
  const std::filesystem::path content = argv[1];
  Diagnostics diagnostics;
  SiteConfig site = LoadSiteConfig(content, &diagnostics);
  LanguageConfig config = LoadLanguageConfig(content, site.LanguageSettings(), &diagnostics);
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(content / "pages")) files.push_back(entry.path());
  std::vector<Page> pages;
  for (const auto& file : files) {
    if (auto page = LoadPage(Env::Default(), file, file.string(), &diagnostics)) pages.push_back(std::move(*page));
  }
  for (int run = 0; run < 3; ++run) {
    auto start = std::chrono::steady_clock::now();
    std::vector<CheckedPage> checked = CheckPagesLanguage(pages, config);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    long words = 0, findings = 0;
    std::size_t report = 0;
    for (const CheckedPage& page : checked) {
      words += page.language.score.words;
      findings += static_cast<long>(page.language.findings.size());
      report += page.report_head_html.size() + page.report_text_html.size();
    }
    std::cout << "run " << run << ": " << checked.size() << " pages, " << words << " words, " << findings
              << " findings, report " << report / 1024 << " KiB in " << seconds << " s = " << words / seconds / 1e6
              << " M words/s on " << WorkerCount() << " threads\n";
  }
  return 0;
}
