// Rendering a page into the layout and writing it: the content pages, and the pages the build
// makes itself (404, the language report, the print overview) through the same layout.
#pragma once

#include <atomic>
#include <cstddef>
#include <string>
#include <vector>

#include "base/status.h"
#include "config/site_config.h"
#include "content/menu.h"
#include "content/page.h"
#include "render/template_context.h"
#include "render/templates.h"
#include "render/texts.h"
#include "site/page_share_images.h"
#include "site/build_speech.h"
#include "site/staged_output.h"

namespace nietpluis {

// What every page shares: the layout's menu and footer and the site's values. Its methods may be
// called from several threads at once, each with a Renderer of its own (the Mustache engine keeps
// state while rendering).
class PageWriter {
 public:
  PageWriter(const SiteConfig& config, const TemplateSet& templates, const Texts& form_texts, std::vector<MenuItem> menu,
             std::vector<FooterLink> footer, StagedOutput& output);

  // Each page's share image; without it (staff pages) no page names one.
  void SetShareImages(const PageShareImages* share_images) { share_images_ = share_images; }
  // The view's share image: the one chosen for `slug` ("" the home page's).
  void AddShareImage(PageView* view, const std::string& slug) const;

  const TemplateSet& templates() const { return templates_; }
  const TemplateData& site_data() const { return site_data_; }
  StagedOutput& output() { return output_; }

  // A content page, with its generated part when it has one.
  Status WritePage(Renderer& renderer, const Page& page);
  // A fragment template (generated part, 404 body) with the site's values and this page's root.
  Result<std::string> RenderFragment(Renderer& renderer, const std::string& name, const std::string& root);
  Result<std::string> RenderInLayout(Renderer& renderer, const PageView& view);
  // A page whose body is a rendered template, in the layout; counts it in pages_written().
  Status WriteInLayout(Renderer& renderer, PageView view, Result<std::string> body, const std::string& file);
  // From now on each content page gets its "Lees voor" player and audio from `speech`.
  void SetReadAloud(BuildSpeech* speech) { speech_ = speech; }
  // Pages written by WriteInLayout, and by callers through CountPages.
  std::size_t pages_written() const { return pages_written_; }
  void CountPages(std::size_t pages) { pages_written_ += pages; }

  // A page one folder down in the staff folder, for the people who make the site, not for residents:
  // without the public menu, out of the sitemap, and search engines told to skip it.
  static PageView StaffPage(std::string title, std::string description);

 private:
  // The layout's values with the player's when there is audio.
  Result<std::string> RenderInLayout(Renderer& renderer, const PageView& view, const PageAudio* audio);
  // The page "Melden": the same form as the intake's, empty, posting to intake_url.
  Result<std::string> RenderReportForm(Renderer& renderer, const std::string& root);

  const SiteConfig& config_;
  const TemplateSet& templates_;
  const Texts& form_texts_;
  const std::vector<MenuItem> menu_;
  const std::vector<FooterLink> footer_;
  const TemplateData site_data_;
  StagedOutput& output_;
  const PageShareImages* share_images_ = nullptr;
  std::atomic<std::size_t> pages_written_{0};
  BuildSpeech* speech_ = nullptr;
};

}  // namespace nietpluis
