// Tests of checking pages as they are loaded: pages set aside while the patterns load, and the cache.
#include "site/page_language.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "config/site_config.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;

const LanguageConfig& ExampleConfig() {
  static const LanguageConfig config = [] {
    Diagnostics diagnostics;
    const std::filesystem::path content = testing::SourceDir() / "content";
    return LoadLanguageConfig(content, LoadSiteConfig(content, &diagnostics).LanguageSettings(), &diagnostics);
  }();
  return config;
}

std::vector<std::filesystem::path> CorpusFiles() {
  std::vector<std::filesystem::path> files;
  for (const char* name : {"aanspreekvorm.md", "lange-zinnen.md", "lijdende-vorm.md", "naamwoordstijl.md", "schoon.md",
                           "tekens.md", "woorden.md"}) {
    files.push_back(testing::SourceDir() / "tests/taal/corpus" / name);
  }
  return files;
}

// "file: N findings, score ..., report ..." per page: everything a build takes from a result.
std::vector<std::string> Results(const std::vector<CheckedPage>& pages) {
  std::vector<std::string> lines;
  for (const CheckedPage& page : pages) {
    std::string line = page.file + " " + page.title + " " + page.url_path + ": " + ScoreLine(page.file, page.language.score);
    for (const Finding& finding : page.language.findings) {
      line += " | " + std::to_string(finding.line) + " " + finding.problem + " / " + finding.text + " / " + finding.suggestion;
    }
    std::string section;
    AppendReportSection(page, &section);
    lines.push_back(line + " || " + section);
  }
  return lines;
}

std::vector<CheckedPage> Loaded(PageLanguageCheck& check, bool patterns_loading, std::vector<Page>* pages) {
  check.SetPatternsLoading([patterns_loading] { return patterns_loading; });
  Diagnostics diagnostics;
  *pages = LoadPages(Env::Default(), CorpusFiles(), &diagnostics,
                     [&](unsigned worker, std::size_t i, Page& page) { check.CheckOrSetAside(worker, i, page); });
  CHECK(diagnostics.all().empty());
  check.CheckSetAside();
  return check.TakeResults();
}

TEST_CASE("Pages set aside while the patterns load are checked afterwards, with the same results",
          "[taal][pagina]") {
  Diagnostics diagnostics;
  const std::vector<Page> plain = LoadPages(Env::Default(), CorpusFiles(), &diagnostics);
  const std::vector<std::string> expected = Results(CheckPagesLanguage(plain, ExampleConfig()));
  REQUIRE(expected.size() == 7);

  PageLanguageCheck aside(ExampleConfig(), CorpusFiles().size());
  std::vector<Page> pages;
  CHECK(Results(Loaded(aside, true, &pages)) == expected);
  // Set aside means taken: the loaded pages no longer hold their text.
  for (const Page& page : pages) CHECK(page.text.empty());

  PageLanguageCheck direct(ExampleConfig(), CorpusFiles().size());
  CHECK(Results(Loaded(direct, false, &pages)) == expected);
  for (const Page& page : pages) CHECK_FALSE(page.text.empty());  // the caller drops it
}

TEST_CASE("With a cache, pages it knows come from it and its entries change only with the pages",
          "[taal][pagina][cache]") {
  TempDir dir;
  Diagnostics diagnostics;
  const std::vector<Page> plain = LoadPages(Env::Default(), CorpusFiles(), &diagnostics);
  const std::vector<std::string> expected = Results(CheckPagesLanguage(plain, ExampleConfig()));

  const LanguageCache empty = LanguageCache::Open(Env::Default(), dir / "site", ExampleConfig());
  REQUIRE(empty.enabled());
  PageLanguageCheck first(ExampleConfig(), CorpusFiles().size(), &empty);
  std::vector<Page> pages;
  const std::vector<CheckedPage> checked = Loaded(first, false, &pages);
  CHECK(Results(checked) == expected);
  const std::vector<LanguageCache::Stored> entries = LanguageCacheEntries(checked);
  CHECK(entries.size() == 7);
  CHECK_FALSE(empty.Holds(entries));
  REQUIRE(empty.Save(Env::Default(), entries).ok());

  // Every page from the cache, also those a loading pattern file would have set aside.
  const LanguageCache full = LanguageCache::Open(Env::Default(), dir / "site", ExampleConfig());
  CHECK(full.size() == 7);
  PageLanguageCheck second(ExampleConfig(), CorpusFiles().size(), &full);
  const std::vector<CheckedPage> from_cache = Loaded(second, true, &pages);
  CHECK(Results(from_cache) == expected);
  for (const Page& page : pages) CHECK_FALSE(page.text.empty());  // nothing was set aside
  CHECK(full.Holds(LanguageCacheEntries(from_cache)));             // nothing to write

  // One page fewer: the cache is written again, without it.
  PageLanguageCheck fewer(ExampleConfig(), 6, &full);
  std::vector<std::filesystem::path> six = CorpusFiles();
  six.pop_back();
  const std::vector<Page> six_pages = LoadPages(Env::Default(), six, &diagnostics);
  for (std::size_t i = 0; i < six_pages.size(); ++i) fewer.Check(0, i, six_pages[i]);
  const std::vector<CheckedPage> six_checked = fewer.TakeResults();
  CHECK(LanguageCacheEntries(six_checked).size() == 6);
  CHECK_FALSE(full.Holds(LanguageCacheEntries(six_checked)));
}

}  // namespace
}  // namespace nietpluis
