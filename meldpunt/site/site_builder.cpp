// The build pipeline: load, check, render in parallel, stage, swap.
#include "site/site_builder.h"

#include <algorithm>
#include <cstring>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <thread>
#include <vector>

#include "base/file_list.h"
#include "base/parallel.h"
#include "config/site_config.h"
#include "content/campaign.h"
#include "content/generated_pages.h"
#include "content/menu.h"
#include "content/page.h"
#include "language/language_cache.h"
#include "language/language_config.h"
#include "language/syllables.h"
#include "print/print_material.h"
#include "render/form_fields.h"
#include "render/template_context.h"
#include "render/templates.h"
#include "site/language_report.h"
#include "site/page_language.h"
#include "site/print_overview.h"
#include "site/print_wording.h"
#include "site/site_checks.h"
#include "site/sitemap.h"
#include "site/staged_output.h"

namespace nietpluis {
namespace {

constexpr const char* kSectionsPlaceholder = "<!-- nietpluis: taal-secties -->";

class SiteBuilder {
 public:
  explicit SiteBuilder(const BuildOptions& options) : options_(options) {}

  BuildSummary Run() {
    Load();
    if (!diagnostics_.HasErrors()) {
      CheckTemplateLinks();
      CheckSite(pages_, options_.content_dir, LayoutLinkedSlugs(), &diagnostics_);
      CheckPrintMaterial();
    }
    if (!diagnostics_.HasErrors() && options_.check_language) CheckText();
    if (!diagnostics_.HasErrors()) Write();
    diagnostics_.SortByLocation();
    summary_.diagnostics = std::move(diagnostics_);
    return std::move(summary_);
  }

 private:
  void Load() {
    // The check's hyphenation patterns load while the configuration is read; after a build with a
    // language cache most pages need no check, so they load only when a page does.
    std::jthread patterns;
    if (options_.check_language && !std::filesystem::exists(LanguageCache::FileFor(options_.out_dir))) {
      patterns = PreloadSyllablePatterns();
    }
    config_ = LoadSiteConfig(options_.content_dir, &diagnostics_);
    if (options_.check_language) {
      language_config_ = LoadLanguageConfig(options_.content_dir, config_.LanguageSettings(), &diagnostics_);
      // The language cache is read while the templates load and the pages are listed.
      cache_reader_ = std::jthread(
          [this] { language_cache_ = LanguageCache::Open(options_.env, options_.out_dir, language_config_); });
    }
    Result<TemplateSet> templates = TemplateSet::Load(options_.env, options_.templates_dir, &diagnostics_);
    if (templates.ok()) templates_ = std::move(templates).value();
    LoadPages();
    campaigns_ = LoadCampaigns(options_.content_dir, &diagnostics_);
    AddMissingGeneratedPages(&pages_, &diagnostics_);
    menu_ = BuildMenu(pages_);
  }

  void LoadPages() {
    const std::filesystem::path pages_dir = options_.content_dir / "pages";
    const std::size_t errors_before = diagnostics_.error_count();
    std::vector<std::filesystem::path> files = FilesIn(options_.content_dir, pages_dir, {".md"}, &diagnostics_);
    if (files.empty()) {
      // When the only pages were refused links, that is the message to read.
      if (diagnostics_.error_count() > errors_before) return;
      diagnostics_.Add(Error(pages_dir.string(), 0, "hier staan geen pagina's (.md)",
                             "maak een pagina met: nietpluis new pagina \"Titel\""));
      return;
    }
    if (cache_reader_.joinable()) cache_reader_.join();
    if (options_.check_language) language_check_.emplace(language_config_, files.size(), &language_cache_);
    // Each page's text is checked, and dropped, by the thread that has just made it.
    auto check = [this](unsigned worker, std::size_t i, Page& page) {
      if (language_check_) language_check_->CheckOrSetAside(worker, i, page);
      std::vector<TextBlock>().swap(page.text);
    };
    pages_ = nietpluis::LoadPages(options_.env, files, &diagnostics_, check);
    if (language_check_) language_check_->CheckSetAside();
  }

  // Before anything is written: the campaigns' pages and tags, and that every text fits every format.
  void CheckPrintMaterial() {
    std::vector<std::string> slugs;
    for (const Page& page : pages_) slugs.push_back(page.slug);
    const std::size_t errors_before = diagnostics_.error_count();
    CheckCampaigns(campaigns_, slugs, &diagnostics_);
    if (diagnostics_.error_count() > errors_before || campaigns_.empty()) return;
    Result<PieceWording> wording = LoadPieceWording(options_.env, options_.templates_dir, templates_->emergency_numbers());
    if (!wording.ok()) return diagnostics_.Add(wording.error());
    auto shop = PrintShop::Prepare(config_, campaigns_, wording.value(), options_.templates_dir, options_.content_dir,
                                   options_.env, &diagnostics_);
    if (shop.ok()) print_shop_ = std::move(shop).value();
  }

  void CheckText() {
    language_ = language_check_->TakeResults();
    cache_entries_ = LanguageCacheEntries(language_);
    if (language_cache_.Holds(cache_entries_)) cache_entries_.clear();  // nothing new to keep
    // The report needs the scores and sections, not the findings: their texts move into the diagnostics.
    for (CheckedPage& page : language_) {
      for (Finding& finding : page.language.findings) {
        diagnostics_.Add(FindingDiagnostic(page.file, std::move(finding), !options_.strict));
      }
    }
  }

  std::vector<FooterLink> Footer() const {
    std::vector<FooterLink> footer;
    auto add = [&](const std::string& label, auto matches) {
      for (const Page& page : pages_) {
        if (matches(page)) {
          footer.push_back(FooterLink{label, page.slug});
          return;
        }
      }
    };
    add("Contact", [](const Page& p) { return p.slug == "contact"; });
    add("Meldzuilen", [](const Page& p) { return p.generate == GeneratedKind::kKioskLocations; });
    add("Privacy", [](const Page& p) { return p.generate == GeneratedKind::kPrivacy; });
    add("Toegankelijkheid", [](const Page& p) { return p.generate == GeneratedKind::kAccessibility; });
    return footer;
  }

  // Pages every page links to through the layout: the footer and the templates' own links.
  std::vector<std::string> LayoutLinkedSlugs() const {
    std::vector<std::string> slugs;
    for (const FooterLink& link : Footer()) slugs.push_back(link.slug);
    for (const TemplateLink& link : templates_->page_links()) slugs.push_back(link.slug);
    return slugs;
  }

  // A template that links to a page the content lacks would put a dead link on every page.
  void CheckTemplateLinks() {
    for (const TemplateLink& link : templates_->page_links()) {
      bool exists = std::any_of(pages_.begin(), pages_.end(), [&](const Page& p) { return p.slug == link.slug; });
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
    site_data_ = SiteContext(config_, templates_->emergency_numbers());
    footer_ = Footer();
    WritePages();
    // The next build's language cache is written while the site files are, when a core is free
    // again. It is only a shortcut, so a failure to write it changes nothing else.
    if (!cache_entries_.empty()) {
      cache_writer_ = std::jthread([this] { language_cache_.Save(options_.env, cache_entries_); });
    }
    if (!diagnostics_.HasErrors()) WriteSiteFiles();
    if (!diagnostics_.HasErrors() && print_shop_) WritePrintMaterial();
    if (!diagnostics_.HasErrors()) Commit();
  }

  void WritePages() {
    std::vector<Diagnostics> found(WorkerCount());
    std::vector<std::unique_ptr<Renderer>> renderers(WorkerCount());
    std::atomic<std::size_t> done{0};
    ParallelFor(pages_.size(), [&](unsigned worker, std::size_t i) {
      if (!renderers[worker]) renderers[worker] = std::make_unique<Renderer>(*templates_);
      found[worker].Add(WritePage(*renderers[worker], pages_[i]));
      if (options_.progress) options_.progress(++done, pages_.size());
    });
    for (const Diagnostics& d : found) diagnostics_.Append(d);
    summary_.pages = pages_.size();
  }

  // A fragment template (generated part, 404 body) with the site's values and this page's root.
  Result<std::string> RenderFragment(Renderer& renderer, const std::string& name, const std::string& root) {
    return renderer.Render(name, TemplateData{kainjow::mustache::object{{"root", root}}}, &site_data_);
  }

  // The page "Melden": the same form as the intake's, empty, posting to intake_url.
  Result<std::string> RenderReportForm(Renderer& renderer, const std::string& root) {
    TemplateData data = FormFieldsData(FormFieldsView{}, false);
    data.set("root", root);
    return renderer.Render(GeneratedTemplateName(GeneratedKind::kReport), data, &site_data_);
  }

  Result<std::string> RenderInLayout(Renderer& renderer, const PageView& view) {
    return renderer.Render("layout", LayoutContext(config_, view, menu_, footer_), &site_data_);
  }

  Status WritePage(Renderer& renderer, const Page& page) {
    PageView view;
    view.title = page.title;
    view.description = page.description;
    view.root = page.Root();
    view.current_slug = page.slug;
    view.has_current = true;
    view.canonical_url = config_.base_url + page.UrlPath();
    view.content_html = page.body_html;
    if (page.generate != GeneratedKind::kNone) {
      Result<std::string> generated =
          page.generate == GeneratedKind::kReport
              ? RenderReportForm(renderer, view.root)
              : RenderFragment(renderer, GeneratedTemplateName(page.generate), view.root);
      if (!generated.ok()) return generated.error();
      view.content_html += generated.value();
    }
    Result<std::string> html = RenderInLayout(renderer, view);
    if (!html.ok()) return html.error();
    return output_->Write(page.OutputFile(), html.value());
  }

  Status WriteNotFoundPage() {
    Renderer renderer(*templates_);
    PageView view;
    view.title = "Deze pagina bestaat niet";
    view.description = "Deze pagina bestaat niet (meer). Kijk op de startpagina of bel ons.";
    view.root = config_.BasePath();  // a host serves 404.html at any depth, so links must not be relative
    view.noindex = true;
    Result<std::string> body = RenderFragment(renderer, "404", view.root);
    return WriteInLayout(renderer, std::move(view), std::move(body), "404.html");
  }

  // A page whose body is a rendered template, in the layout.
  Status WriteInLayout(Renderer& renderer, PageView view, Result<std::string> body, const std::string& file) {
    if (!body.ok()) return body.error();
    view.content_html = std::move(body).value();
    Result<std::string> html = RenderInLayout(renderer, view);
    if (!html.ok()) return html.error();
    ++summary_.pages;
    return output_->Write(file, html.value());
  }

  // A page one folder down for the people who make the site, not for residents: out of the menu and
  // the sitemap, and search engines told to skip it.
  static PageView StaffPage(std::string title, std::string description) {
    PageView view;
    view.title = std::move(title);
    view.description = std::move(description);
    view.root = "../";
    view.noindex = true;
    return view;
  }

  // A large site's sections go on report pages of their own, written in parallel.
  Status WriteLanguageReport() {
    const std::size_t parts = ReportPartCount(language_.size());
    const std::span<const CheckedPage> all(language_);
    Renderer renderer(*templates_);
    Status overview = WriteReportPage(renderer, "_taal/index.html", ReportOverviewText(parts),
                                      ReportSummaryHtml(language_, parts), parts == 0 ? all : all.first(0));
    if (!overview.ok()) return overview;
    std::vector<Status> written(parts);
    std::vector<std::unique_ptr<Renderer>> renderers(WorkerCount());
    ParallelFor(parts, [&](unsigned worker, std::size_t part) {
      if (!renderers[worker]) renderers[worker] = std::make_unique<Renderer>(*templates_);
      const std::size_t first = part * kSectionsPerReportPage;
      const std::size_t end = std::min(first + kSectionsPerReportPage, all.size());
      written[part] = WriteReportPage(*renderers[worker], "_taal/" + ReportPartFile(part),
                                      ReportPartText(part, parts, first, end, all.size()), "",
                                      all.subspan(first, end - first));
    });
    summary_.pages += 1 + parts;
    for (const Status& status : written) {
      if (!status.ok()) return status;
    }
    return Status::Ok();
  }

  Status WriteReportPage(Renderer& renderer, const std::string& file, const ReportPageText& text,
                         const std::string& table_html, std::span<const CheckedPage> sections) {
    PageView view = StaffPage(text.title, text.description);
    view.content_html = text.intro_html + table_html + kSectionsPlaceholder;
    Result<std::string> html = RenderInLayout(renderer, view);
    if (!html.ok()) return html.error();
    // The sections run to megabytes; they are written where the placeholder is, straight from the
    // checked pages, instead of being copied through the template engine's data or into one string.
    const std::string_view layout = html.value();
    const std::size_t at = layout.find(kSectionsPlaceholder);
    if (at == std::string_view::npos) return output_->Write(file, layout);
    std::vector<std::string_view> parts = {layout.substr(0, at)};
    for (const CheckedPage& checked : sections) {
      for (std::string_view part : ReportSectionParts(checked)) parts.push_back(part);
    }
    parts.push_back(layout.substr(at + std::strlen(kSectionsPlaceholder)));
    return output_->WriteParts(file, parts);
  }

  void WritePrintMaterial() {
    print_shop_->Write([this](const std::string& relative, std::string_view bytes) { return output_->Write(relative, bytes); },
                       &diagnostics_);
    summary_.print_files = print_shop_->files_written();
    if (!diagnostics_.HasErrors()) diagnostics_.Add(WritePrintOverview());
  }

  // For the people who run campaigns.
  Status WritePrintOverview() {
    Renderer renderer(*templates_);
    PageView view = StaffPage("Drukwerk: posters, flyers en kaartjes",
                              "Alle posters, flyers, kaartjes en QR-codes van de campagnes, om te bekijken en te downloaden.");
    Result<std::string> body = renderer.Render("drukwerk", PrintOverviewData(print_shop_->Overview()), &site_data_);
    return WriteInLayout(renderer, std::move(view), std::move(body), "drukwerk/index.html");
  }

  void WriteSiteFiles() {
    std::vector<std::string> paths;
    for (const Page& page : pages_) paths.push_back(page.UrlPath());
    std::sort(paths.begin(), paths.end());
    diagnostics_.Add(WriteNotFoundPage());
    if (options_.check_language) diagnostics_.Add(WriteLanguageReport());
    diagnostics_.Add(output_->Write("sitemap.xml", SitemapXml(config_.base_url, paths)));
    diagnostics_.Add(output_->Write("robots.txt", RobotsTxt(config_.base_url)));
    diagnostics_.Add(output_->CopyTree(options_.templates_dir, templates_->assets_dir(), "assets"));
    diagnostics_.Add(output_->Write("assets/tokens.css", HouseStyleCss(config_.style)));
    Result<std::string> logo = options_.env->ReadFile(options_.content_dir / config_.style.logo);
    if (logo.ok()) {
      diagnostics_.Add(output_->Write("assets/logo" + config_.style.logo.extension().string(), logo.value()));
    } else {
      diagnostics_.Add(logo.error());
    }
    std::filesystem::path images = options_.content_dir / "beeld";
    if (std::filesystem::is_directory(images)) {
      diagnostics_.Add(output_->CopyTree(options_.content_dir, images, "beeld"));
    }
  }

  void Commit() {
    Status status = output_->Commit();
    diagnostics_.Add(status);
    summary_.written = status.ok();
  }

  const BuildOptions& options_;
  Diagnostics diagnostics_;
  BuildSummary summary_;
  SiteConfig config_;
  std::optional<TemplateSet> templates_;
  std::vector<Page> pages_;
  std::vector<Campaign> campaigns_;
  std::unique_ptr<PrintShop> print_shop_;
  LanguageConfig language_config_;
  LanguageCache language_cache_;
  std::optional<PageLanguageCheck> language_check_;
  std::vector<CheckedPage> language_;
  std::vector<LanguageCache::Stored> cache_entries_;  // views into language_
  std::vector<MenuItem> menu_;
  std::vector<FooterLink> footer_;
  TemplateData site_data_;
  std::unique_ptr<StagedOutput> output_;
  std::jthread cache_reader_;  // last, so they are joined before what they use goes
  std::jthread cache_writer_;
};

}  // namespace

BuildSummary BuildSite(const BuildOptions& options) { return SiteBuilder(options).Run(); }

}  // namespace nietpluis
