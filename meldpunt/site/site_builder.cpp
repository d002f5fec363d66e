// The build pipeline: load, check, render in parallel, stage, swap. Each step is a file of its own
// (site_inputs, build_language, footer, page_writer, site_files, language_report_pages, build_print);
// this one orders them and stops before anything is written when a step found an error.
#include "site/site_builder.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "base/parallel.h"
#include "site/build_language.h"
#include "site/build_print.h"
#include "site/footer.h"
#include "site/language_report_pages.h"
#include "site/page_writer.h"
#include "site/site_checks.h"
#include "site/site_files.h"
#include "site/site_inputs.h"
#include "site/staged_output.h"

namespace nietpluis {
namespace {

class SiteBuilder {
 public:
  explicit SiteBuilder(const BuildOptions& options) : options_(options), language_(options) {}

  BuildSummary Run() {
    inputs_ = LoadSiteInputs(options_, &language_, &diagnostics_);
    if (!diagnostics_.HasErrors()) Check();
    if (!diagnostics_.HasErrors() && language_.enabled()) language_.TakeFindings(&diagnostics_);
    if (!diagnostics_.HasErrors()) Write();
    diagnostics_.SortByLocation();
    summary_.diagnostics = std::move(diagnostics_);
    return std::move(summary_);
  }

 private:
  // Across pages, before anything is written.
  void Check() {
    CheckTemplateLinks();
    CheckFooter(inputs_.config, inputs_.pages, options_.content_dir, &diagnostics_);
    footer_ = FooterLinks(inputs_.config, inputs_.pages, inputs_.texts);
    CheckSite(inputs_.pages, options_.content_dir, LayoutLinkedSlugs(), &diagnostics_);
    print_shop_ = PreparePrint(options_, inputs_, &diagnostics_);
  }

  // Pages every page links to through the layout: the footer and the templates' own links.
  std::vector<std::string> LayoutLinkedSlugs() const {
    std::vector<std::string> slugs;
    for (const FooterLink& link : footer_) slugs.push_back(link.slug);
    for (const TemplateLink& link : inputs_.templates->page_links()) slugs.push_back(link.slug);
    return slugs;
  }

  // A template that links to a page the content lacks would put a dead link on every page.
  void CheckTemplateLinks() {
    const std::vector<Page>& pages = inputs_.pages;
    for (const TemplateLink& link : inputs_.templates->page_links()) {
      bool exists = std::any_of(pages.begin(), pages.end(), [&](const Page& p) { return p.slug == link.slug; });
      if (exists) continue;
      diagnostics_.Add(Error(link.file, link.line, "link naar /" + link.slug + "/ gaat naar een pagina die niet bestaat",
                             "maak de pagina " + (options_.content_dir / "pages" / (link.slug + ".md")).string() +
                                 " of pas het sjabloon aan"));
    }
  }

  void Write() {
    auto staged = StagedOutput::Begin(options_.env, options_.out_dir);
    if (!staged.ok()) {
      diagnostics_.Add(staged.error());
      return;
    }
    output_ = std::move(staged).value();
    PageWriter writer(inputs_.config, *inputs_.templates, inputs_.form_texts, inputs_.menu, footer_, *output_);
    WritePages(writer);
    // The next build's language cache is written while the site files are, when a core is free again.
    if (language_.enabled()) language_.SaveCacheInBackground();
    if (!diagnostics_.HasErrors()) {
      diagnostics_.Add(WriteNotFoundPage(writer, inputs_));
      if (language_.enabled()) diagnostics_.Add(WriteLanguageReport(writer, language_.pages()));
      WriteSiteExtras(options_, inputs_, *output_, &diagnostics_);
    }
    if (!diagnostics_.HasErrors() && print_shop_) {
      summary_.print_files = WritePrint(*print_shop_, writer, inputs_, &diagnostics_);
    }
    summary_.pages = inputs_.pages.size() + writer.pages_written();
    if (!diagnostics_.HasErrors()) Commit();
  }

  // In parallel, one Renderer per worker thread.
  void WritePages(PageWriter& writer) {
    const std::vector<Page>& pages = inputs_.pages;
    std::vector<Diagnostics> found(WorkerCount());
    std::vector<std::unique_ptr<Renderer>> renderers(WorkerCount());
    std::atomic<std::size_t> done{0};
    ParallelFor(pages.size(), [&](unsigned worker, std::size_t i) {
      if (!renderers[worker]) renderers[worker] = std::make_unique<Renderer>(*inputs_.templates);
      found[worker].Add(writer.WritePage(*renderers[worker], pages[i]));
      if (options_.progress) options_.progress(++done, pages.size());
    });
    for (const Diagnostics& d : found) diagnostics_.Append(d);
  }

  void Commit() {
    Status status = output_->Commit();
    diagnostics_.Add(status);
    summary_.written = status.ok();
  }

  const BuildOptions& options_;
  Diagnostics diagnostics_;
  BuildSummary summary_;
  SiteInputs inputs_;
  std::vector<FooterLink> footer_;
  std::unique_ptr<PrintShop> print_shop_;
  std::unique_ptr<StagedOutput> output_;
  BuildLanguage language_;  // last: its threads are joined before what they use goes
};

}  // namespace

BuildSummary BuildSite(const BuildOptions& options) { return SiteBuilder(options).Run(); }

}  // namespace nietpluis
