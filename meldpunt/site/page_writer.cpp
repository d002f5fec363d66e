// Rendering a page into the layout and writing it.
#include "site/page_writer.h"

#include <utility>

#include "content/generated_pages.h"
#include "render/form_fields.h"

namespace nietpluis {

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
  return renderer.Render("layout", LayoutContext(config_, view, menu_, footer_), &site_data_);
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
  if (page.generate != GeneratedKind::kNone) {
    Result<std::string> generated = page.generate == GeneratedKind::kReport
                                        ? RenderReportForm(renderer, view.root)
                                        : RenderFragment(renderer, GeneratedTemplateName(page.generate), view.root);
    if (!generated.ok()) return generated.error();
    view.content_html += generated.value();
  }
  Result<std::string> html = RenderInLayout(renderer, view);
  if (!html.ok()) return html.error();
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

PageView PageWriter::StaffPage(std::string title, std::string description) {
  PageView view;
  view.title = std::move(title);
  view.description = std::move(description);
  view.root = "../";
  view.noindex = true;
  return view;
}

}  // namespace nietpluis
