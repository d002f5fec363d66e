// Writing the files every site has besides its pages.
#include "site/site_files.h"

#include <algorithm>
#include <string>
#include <vector>

#include "render/template_context.h"
#include "site/site_texts.h"
#include "site/sitemap.h"

namespace nietpluis {

Status WriteNotFoundPage(PageWriter& writer, const SiteInputs& inputs) {
  Renderer renderer(writer.templates());
  PageView view;
  view.title = inputs.texts.Get(kNotFoundTitle);
  view.description = inputs.texts.Get(kNotFoundDescription);
  view.root = inputs.config.BasePath();  // a host serves 404.html at any depth, so links must not be relative
  view.noindex = true;
  writer.AddShareImage(&view, "");
  Result<std::string> body = writer.RenderFragment(renderer, "404", view.root);
  return writer.WriteInLayout(renderer, std::move(view), std::move(body), "404.html");
}

void WriteAssets(const BuildOptions& options, const SiteInputs& inputs, StagedOutput& output, Diagnostics* diagnostics) {
  const SiteConfig& config = inputs.config;
  diagnostics->Add(output.CopyTree(options.templates_dir, inputs.templates->assets_dir(), "assets"));
  diagnostics->Add(output.Write("assets/tokens.css", HouseStyleCss(config.style)));
  Result<std::string> logo = options.env->ReadFile(options.content_dir / config.style.logo);
  if (logo.ok()) {
    diagnostics->Add(output.Write("assets/logo" + config.style.logo.extension().string(), logo.value()));
  } else {
    diagnostics->Add(logo.error());
  }
}

void WriteSiteExtras(const BuildOptions& options, const SiteInputs& inputs, StagedOutput& output,
                     Diagnostics* diagnostics) {
  const SiteConfig& config = inputs.config;
  std::vector<std::string> paths;
  for (const Page& page : inputs.pages) paths.push_back(page.UrlPath());
  std::sort(paths.begin(), paths.end());
  diagnostics->Add(output.Write("sitemap.xml", SitemapXml(config.base_url, paths)));
  diagnostics->Add(output.Write("robots.txt", RobotsTxt(config.base_url)));
  WriteAssets(options, inputs, output, diagnostics);
  std::filesystem::path images = options.content_dir / "beeld";
  if (std::filesystem::is_directory(images)) {
    diagnostics->Add(output.CopyTree(options.content_dir, images, "beeld"));
  }
}

}  // namespace nietpluis
