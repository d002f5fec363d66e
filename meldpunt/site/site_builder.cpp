// The build pipeline: load, check, render in parallel, stage, swap. Each step is a file of its own
// (site_inputs, build_language, footer, page_writer, site_files, language_report_pages, build_print);
// this one orders them and stops before anything is written when a step found an error.
#include "site/site_builder.h"

#include <algorithm>
#include <atomic>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include "base/parallel.h"
#include "render/footer.h"
#include "site/build_language.h"
#include "site/build_print.h"
#include "site/build_speech.h"
#include "content/campaign_fading.h"
#include "site/results_page.h"
#include "site/language_report_pages.h"
#include "site/page_share_images.h"
#include "site/page_writer.h"
#include "site/site_checks.h"
#include "site/site_files.h"
#include "site/site_inputs.h"
#include "site/staff_files.h"
#include "site/staged_output.h"
#include "site/template_images.h"

namespace nietpluis {
namespace {

class SiteBuilder {
 public:
  explicit SiteBuilder(const BuildOptions& options) : options_(options), speech_(options), language_(options) {}

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
    CheckTemplateImages(*inputs_.templates, options_.content_dir, options_.env, &diagnostics_);
    CheckFooter(inputs_.config, inputs_.pages, options_.content_dir, &diagnostics_);
    footer_ = FooterLinks(inputs_.config, inputs_.pages, inputs_.texts);
    CheckSite(inputs_.pages, options_.content_dir, LayoutLinkedSlugs(), &diagnostics_);
    print_shop_ = PreparePrint(options_, inputs_, &diagnostics_);
    // After an error the build stops anyway, and missing print fonts would be reported twice.
    if (!diagnostics_.HasErrors()) share_images_ = PageShareImages::Prepare(options_, inputs_, &diagnostics_);
    CheckResults();
    speech_.Start(inputs_.config, &diagnostics_);
  }

  // The intakes' counts for the results page, and campaigns whose effect has had time to fade.
  void CheckResults() {
    if (inputs_.campaigns.empty()) return;
    result_counts_ = LoadResultCounts(options_.env, options_.content_dir, &diagnostics_);
    std::time_t now = static_cast<std::time_t>(options_.clock->NowSeconds());
    std::tm local{};
    localtime_r(&now, &local);
    WarnFadingCampaigns(inputs_.campaigns, CalendarDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday},
                        inputs_.config.results.fading_months, &diagnostics_);
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
    auto staff_staged = StagedOutput::Begin(options_.env, options_.StaffDir());
    if (!staff_staged.ok()) {
      diagnostics_.Add(staff_staged.error());
      return;
    }
    staff_output_ = std::move(staff_staged).value();
    PageWriter writer(inputs_.config, *inputs_.templates, inputs_.form_texts, inputs_.menu, footer_, *output_);
    writer.SetShareImages(share_images_.get());
    // The staff pages get no public menu or footer: their folder is not the site.
    PageWriter staff(inputs_.config, *inputs_.templates, inputs_.form_texts, {}, {}, *staff_output_);
    if (speech_.enabled()) writer.SetReadAloud(&speech_);
    WritePages(writer);
    speech_.TakeWarnings(&diagnostics_);
    summary_.audio_made = speech_.made();
    summary_.audio_reused = speech_.reused();
    summary_.audio_seconds_spoken = speech_.seconds_spoken();
    // The next build's language cache is written while the site files are, when a core is free again.
    if (language_.enabled()) language_.SaveCacheInBackground();
    share_images_->Write(*output_, &diagnostics_);
    summary_.share_images_drawn = share_images_->drawn();
    summary_.share_images_reused = share_images_->reused();
    if (!diagnostics_.HasErrors()) {
      diagnostics_.Add(WriteNotFoundPage(writer, inputs_));
      if (language_.enabled()) diagnostics_.Add(WriteLanguageReport(staff, language_.pages()));
      WriteSiteExtras(options_, inputs_, *output_, &diagnostics_);
      // The same assets again: a problem with them was said once already.
      if (!diagnostics_.HasErrors()) WriteStaffExtras(options_, inputs_, *staff_output_, &diagnostics_);
    }
    if (!diagnostics_.HasErrors() && print_shop_) {
      summary_.print_files = WritePrint(*print_shop_, staff, *output_, inputs_,
                                        "../" + SiteFolderName(options_.out_dir) + "/", &diagnostics_);
    }
    // Beside the print overview, through the same writer, for the same people.
    if (!diagnostics_.HasErrors() && print_shop_) diagnostics_.Add(WriteResultsPage(staff, inputs_, result_counts_));
    if (!diagnostics_.HasErrors()) {
      diagnostics_.Add(WriteStaffIndex(staff, inputs_, language_.enabled(), print_shop_ != nullptr));
    }
    summary_.pages = inputs_.pages.size() + writer.pages_written();
    summary_.staff_pages = staff.pages_written();
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

  // The staff folder first: a site whose report is missing is worse than a report of a site not yet swapped.
  void Commit() {
    Status staff = staff_output_->Commit();
    diagnostics_.Add(staff);
    if (!staff.ok()) return;
    summary_.staff_written = true;
    Status status = output_->Commit();
    diagnostics_.Add(status);
    summary_.written = status.ok();
    // Only now: had the swap failed, the old site would still use the audio a prune removes.
    if (summary_.written) speech_.PruneCache();
  }

  const BuildOptions& options_;
  Diagnostics diagnostics_;
  BuildSummary summary_;
  SiteInputs inputs_;
  std::vector<FooterLink> footer_;
  std::unique_ptr<PrintShop> print_shop_;
  std::unique_ptr<PageShareImages> share_images_;
  std::vector<WeekCount> result_counts_;  // content/resultaten/, added up
  std::unique_ptr<StagedOutput> output_;
  std::unique_ptr<StagedOutput> staff_output_;
  BuildSpeech speech_;
  BuildLanguage language_;  // last: its threads are joined before what they use goes
};

}  // namespace

BuildSummary BuildSite(const BuildOptions& options) { return SiteBuilder(options).Run(); }

namespace {

// "site/" -> "site"; "." and ".." by their real names.
std::filesystem::path OutFolder(const std::filesystem::path& out_dir) {
  std::filesystem::path out = out_dir.lexically_normal();
  if (!out.has_filename()) out = out.parent_path();
  if (out.empty() || out.filename() == "." || out.filename() == "..") out = std::filesystem::absolute(out).lexically_normal();
  if (!out.has_filename()) out = out.parent_path();
  return out;
}

}  // namespace

std::string SiteFolderName(const std::filesystem::path& out_dir) { return OutFolder(out_dir).filename().string(); }

std::filesystem::path BuildOptions::StaffDir() const {
  if (!staff_dir.empty()) return staff_dir;
  const std::filesystem::path out = OutFolder(out_dir);
  return out.parent_path() / (out.filename().string() + "-intern");
}

}  // namespace nietpluis
