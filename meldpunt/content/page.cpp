// Loading a page file into the content model.
#include "content/page.h"

#include <iterator>

#include "base/parallel.h"
#include "base/slug.h"
#include "base/text.h"
#include "content/page_scaffold.h"

namespace nietpluis {

std::optional<std::string> RelativeInternalUrl(std::string_view url, const std::string& root) {
  if (!StartsWith(url, "/") || StartsWith(url, "//")) return std::nullopt;
  std::string rest(url.substr(1));
  if (rest.empty() && root.empty()) return std::string("./");
  if (!rest.empty() && (rest[0] == '#' || rest[0] == '?') && root.empty()) return "./" + rest;
  return root + rest;
}

std::optional<Page> LoadPage(Env* env, const std::filesystem::path& file, const std::string& display_path,
                             Diagnostics* diagnostics) {
  Result<std::string> text = env->ReadFile(file);
  if (!text.ok()) {
    Diagnostic error = text.error();
    error.file = display_path;
    diagnostics->Add(error);
    return std::nullopt;
  }
  WarnScaffoldLeftovers(display_path, text.value(), diagnostics);
  Result<SplitPage> parsed = ParsePage(text.value(), display_path, diagnostics);
  if (!parsed.ok()) return std::nullopt;
  const SplitPage& split = parsed.value();

  Page page;
  page.source_file = display_path;
  const FrontMatter& front = split.front;
  std::string stem = file.stem().string();
  page.slug = !front.slug.empty() ? front.slug : (stem == "index" ? "" : stem);
  page.slug_line = front.slug_line;
  if (front.slug.empty() && stem != "index" && !IsValidSlug(stem)) {
    diagnostics->Add(Error(display_path, 1, "de bestandsnaam kan niet in een webadres",
                           "noem het bestand " + Slugify(stem) + ".md, of zet slug: in de front matter"));
  }
  page.title = front.title;
  page.description = front.description;
  page.menu = front.menu;
  page.menu_line = front.menu_line;
  page.menu_title = front.menu_title;
  page.generate = front.generate;

  const std::string root = page.Root();
  RenderedMarkdown body = RenderMarkdown(split.body, split.body_first_line,
                                         [&root](std::string_view url) { return RelativeInternalUrl(url, root); });
  page.body_html = std::move(body.html);
  page.links = std::move(body.links);
  page.headings = std::move(body.headings);
  page.raw_html_lines = std::move(body.raw_html_lines);
  page.text = TitleAndText(page.title, front.title_line, std::move(body.text));
  return page;
}

std::vector<TextBlock> TitleAndText(const std::string& title, int title_line, std::vector<TextBlock> body) {
  std::vector<TextBlock> text;
  text.reserve(body.size() + 1);
  if (!title.empty()) text.push_back(TextBlock{{TextRun{title, title_line}}, TextBlockKind::kHeading});
  std::move(body.begin(), body.end(), std::back_inserter(text));
  return text;
}

std::vector<Page> LoadPages(Env* env, const std::vector<std::filesystem::path>& files, Diagnostics* diagnostics,
                            const PageLoaded& each) {
  std::vector<std::optional<Page>> loaded(files.size());
  std::vector<Diagnostics> found(WorkerCount());
  ParallelFor(files.size(), [&](unsigned worker, std::size_t i) {
    loaded[i] = LoadPage(env, files[i], files[i].string(), &found[worker]);
    if (loaded[i] && each) each(worker, i, *loaded[i]);
  });
  for (const Diagnostics& d : found) diagnostics->Append(d);
  std::vector<Page> pages;
  pages.reserve(files.size());
  for (auto& page : loaded) {
    if (page) pages.push_back(std::move(*page));
  }
  return pages;
}

}  // namespace nietpluis
