// Loading a build's inputs, with the B1 check's own loading woven in where it overlaps best.
#include "site/site_inputs.h"

#include <thread>

#include "base/file_list.h"
#include "content/generated_pages.h"
#include "render/form_fields.h"
#include "site/site_texts.h"

namespace nietpluis {
namespace {

std::vector<Page> LoadContentPages(const BuildOptions& options, const SiteConfig& config, BuildLanguage* language,
                                   Diagnostics* diagnostics) {
  const std::filesystem::path pages_dir = options.content_dir / "pages";
  const std::size_t errors_before = diagnostics->error_count();
  std::vector<std::filesystem::path> files = FilesIn(options.content_dir, pages_dir, {".md"}, diagnostics);
  if (files.empty()) {
    // When the only pages were refused links, that is the message to read.
    if (diagnostics->error_count() > errors_before) return {};
    diagnostics->Add(Error(pages_dir.string(), 0, "hier staan geen pagina's (.md)",
                           "maak een pagina met: nietpluis new pagina \"Titel\""));
    return {};
  }
  // Read-aloud speaks the text the check reads, so it is kept for the writing of the pages.
  language->BeforePages(files.size(), options.read_aloud && config.read_aloud.on);
  // Each page's text is checked, and dropped, by the thread that has just made it.
  auto check = [language](unsigned worker, std::size_t i, Page& page) { language->CheckPage(worker, i, page); };
  std::vector<Page> pages = LoadPages(options.env, files, diagnostics, check);
  language->AfterPages();
  return pages;
}

}  // namespace

SiteInputs LoadSiteInputs(const BuildOptions& options, BuildLanguage* language, Diagnostics* diagnostics) {
  SiteInputs inputs;
  std::jthread patterns = language->PreloadPatterns();
  inputs.config = LoadSiteConfig(options.content_dir, diagnostics);
  language->Start(inputs.config, diagnostics);
  Result<Texts> texts = LoadSiteTexts(options.env, options.templates_dir);
  if (texts.ok()) {
    inputs.texts = std::move(texts).value();
  } else {
    diagnostics->Add(texts.error());
  }
  Result<Texts> form_texts = LoadFormTexts(options.env, options.templates_dir);
  if (form_texts.ok()) {
    inputs.form_texts = std::move(form_texts).value();
  } else {
    diagnostics->Add(form_texts.error());
  }
  // Every problem of the templates is in `diagnostics` already.
  Result<TemplateSet> templates = TemplateSet::Load(options.env, options.templates_dir, diagnostics);
  if (templates.ok()) inputs.templates = std::move(templates).value();
  inputs.pages = LoadContentPages(options, inputs.config, language, diagnostics);
  inputs.campaigns = LoadCampaigns(options.content_dir, diagnostics);
  AddMissingGeneratedPages(&inputs.pages, diagnostics);
  inputs.menu = BuildMenu(inputs.pages);
  WarnDuplicateMenuNumbers(inputs.pages, diagnostics);
  return inputs;
}

}  // namespace nietpluis
