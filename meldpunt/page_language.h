// Running the B1 check over pages: in parallel for a build, or over chosen files for `nietpluis taal`.
#pragma once

#include <filesystem>
#include <vector>

#include "env.h"
#include "language_config.h"
#include "language_report.h"
#include "page.h"

namespace nietpluis {

// Checks every page written by hand (generated pages are left out: their text is the templates').
// Each result carries its report section (links made from `report_root`) instead of its sentences,
// which would keep every word of a large site in memory.
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
