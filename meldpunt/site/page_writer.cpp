// Rendering a page into the layout and writing it.
#include "site/page_writer.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "content/generated_pages.h"
#include "render/form_fields.h"

namespace nietpluis {
namespace {

// The player's values for templates/partials/voorlezen.mustache: the file, and the length as the
// template words it ("ongeveer 2 minuten") and as a machine reads it ("PT2M5S").
TemplateData ReadAloudData(const PageAudio& audio) {
  const int seconds = std::max(1, static_cast<int>(audio.seconds + 0.5));
  const int minutes = std::max(1, (seconds + 30) / 60);
  TemplateData data{kainjow::mustache::object{}};
  data.set("bestand", audio.file);
  data.set("spoor", audio.track);
  data.set("duur_iso", "PT" + std::to_string(seconds / 60) + "M" + std::to_string(seconds % 60) + "S");
  data.set("onder_minuut", seconds < 60 ? TemplateData::type::bool_true : TemplateData::type::bool_false);
  data.set("minuten", std::to_string(minutes));
  data.set("een_minuut", minutes == 1 ? TemplateData::type::bool_true : TemplateData::type::bool_false);
  return data;
}

}  // namespace

PageWriter::PageWriter(const SiteConfig& config, const TemplateSet& templates, const Texts& form_texts,
                       std::vector<MenuItem> menu, std::vector<FooterLink> footer, StagedOutput& output)
    : config_(config),
      templates_(templates),
      form_texts_(form_texts),
      menu_(std::move(menu)),
      footer_(std::move(footer)),
      site_data_(SiteContext(config, templates.emergency_numbers())),
      output_(output) {}

Result<std::string> PageWriter::RenderFragment(Renderer& renderer, const std::string& name, const std::string& root) {
  return renderer.Render(name, TemplateData{kainjow::mustache::object{{"root", root}}}, &site_data_);
}

Result<std::string> PageWriter::RenderReportForm(Renderer& renderer, const std::string& root) {
  TemplateData data = FormFieldsData(form_texts_, FormFieldsView{}, false);
  data.set("root", root);
  return renderer.Render(GeneratedTemplateName(GeneratedKind::kReport), data, &site_data_);
}

Result<std::string> PageWriter::RenderInLayout(Renderer& renderer, const PageView& view) {
  return RenderInLayout(renderer, view, nullptr);
}

Result<std::string> PageWriter::RenderInLayout(Renderer& renderer, const PageView& view, const PageAudio* audio) {
  TemplateData data = LayoutContext(config_, view, menu_, footer_);
  if (audio != nullptr) data.set("voorlezen", ReadAloudData(*audio));
  return renderer.Render("layout", data, &site_data_);
}

Status PageWriter::WritePage(Renderer& renderer, const Page& page) {
  PageView view;
  view.title = page.title;
  view.description = page.description;
  view.root = page.Root();
  view.current_slug = page.slug;
  view.has_current = true;
  view.canonical_url = config_.base_url + page.UrlPath();
  view.content_html = page.body_html;
  AddShareImage(&view, page.slug);
  std::string generated_html;  // what a template adds below the Markdown
  if (page.generate != GeneratedKind::kNone) {
    Result<std::string> generated = page.generate == GeneratedKind::kReport
                                        ? RenderReportForm(renderer, view.root)
                                        : RenderFragment(renderer, GeneratedTemplateName(page.generate), view.root);
    if (!generated.ok()) return generated.error();
    generated_html = std::move(generated).value();
    view.content_html += generated_html;
  }
  Result<std::string> html = RenderInLayout(renderer, view);
  if (!html.ok()) return html.error();
  // The audio reads the page as it shows without a player; then the page gets its player.
  if (speech_ != nullptr) {
    if (std::optional<PageAudio> audio = speech_->AudioFor(page, generated_html, html.value(), output_)) {
      html = RenderInLayout(renderer, view, &*audio);
      if (!html.ok()) return html.error();
    }
  }
  return output_.Write(page.OutputFile(), html.value());
}

Status PageWriter::WriteInLayout(Renderer& renderer, PageView view, Result<std::string> body, const std::string& file) {
  if (!body.ok()) return body.error();
  view.content_html = std::move(body).value();
  Result<std::string> html = RenderInLayout(renderer, view);
  if (!html.ok()) return html.error();
  ++pages_written_;
  return output_.Write(file, html.value());
}

void PageWriter::AddShareImage(PageView* view, const std::string& slug) const {
  if (!share_images_) return;
  const ShareImageChoice& choice = share_images_->For(slug);
  view->share_image = choice.file;
  view->share_image_title = choice.title;
}

PageView PageWriter::StaffPage(std::string title, std::string description) {
  PageView view;
  view.title = std::move(title);
  view.description = std::move(description);
  view.root = "../";
  view.noindex = true;
  view.staff = true;
  return view;
}

}  // namespace nietpluis
