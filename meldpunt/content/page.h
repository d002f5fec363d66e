// A page of the site: its front matter, rendered body and the links the checks look at.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/env.h"
#include "base/status.h"
#include "content/front_matter.h"
#include "content/markdown.h"

namespace nietpluis {

struct Page {
  std::string source_file;  // "content/pages/x.md"; for a generated page without a file, ""
  std::string slug;         // "" for the home page
  int slug_line = 1;
  std::string title;
  std::string description;
  std::optional<int> menu;
  int menu_line = 0;  // of `menu:` in the file
  std::string menu_title;
  GeneratedKind generate = GeneratedKind::kNone;
  std::string body_html;
  std::vector<LinkRef> links;
  std::vector<Heading> headings;
  std::vector<int> raw_html_lines;
  // What a reader reads first to last, the title included: the language check reads it, and
  // read-aloud speaks it. Dropped once checked unless read-aloud needs it.
  std::vector<TextBlock> text;

  bool is_home() const { return slug.empty(); }
  // Where the page lives below the site root: "" or "wat-is-niet-pluis/".
  std::string UrlPath() const { return is_home() ? "" : slug + "/"; }
  std::string OutputFile() const { return UrlPath() + "index.html"; }
  // Prefix that leads from this page back to the site root, so the site works in any folder.
  std::string Root() const { return is_home() ? "" : "../"; }
  // The file to name in messages about this page.
  std::string Where() const { return source_file.empty() ? "(gemaakt uit site.toml)" : source_file; }
};

// The relative URL for a root-absolute internal link ("/hoe-meld-ik/#x" seen from `root`), or
// nothing when `url` is not of that form.
std::optional<std::string> RelativeInternalUrl(std::string_view url, const std::string& root);

// Reads and renders one page file. `display_path` is the path shown in messages.
std::optional<Page> LoadPage(Env* env, const std::filesystem::path& file, const std::string& display_path,
                             Diagnostics* diagnostics);

// The title as the page's first heading, then the Markdown's blocks: the page's text as it reads.
std::vector<TextBlock> TitleAndText(const std::string& title, int title_line, std::vector<TextBlock> body);

// Called on the worker thread that loaded a page, right after loading it, with the worker's number
// (below WorkerCount()) and the page's index in the files: work on the page's text belongs here,
// while it is fresh, and the text can be dropped by the thread that made it.
using PageLoaded = std::function<void(unsigned worker, std::size_t index, Page& page)>;

// Loads `files` in parallel, in their order; a page that cannot be read is left out and reported.
std::vector<Page> LoadPages(Env* env, const std::vector<std::filesystem::path>& files, Diagnostics* diagnostics,
                            const PageLoaded& loaded = {});

}  // namespace nietpluis
