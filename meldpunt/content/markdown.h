// Markdown to safe HTML with cmark, collecting what the site checks need: links, images, headings.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nietpluis {

struct LinkRef {
  std::string url;  // as written in the Markdown
  int line = 0;
  bool is_image = false;
  std::string text;  // link text, or the image's alt text
};

struct Heading {
  int level = 0;
  int line = 0;
  std::string text;
};

// Running text of one block (paragraph, heading, list item), split where the source line changes.
// The language check reads it, and read-aloud speaks the same blocks (site/page_speech.h), so what
// the check calls one sentence is what the listener hears as one. Code, raw HTML, URLs and images
// are left out.
struct TextRun {
  std::string text;
  int line = 0;
};
enum class TextBlockKind { kParagraph, kHeading, kListItem };
struct TextBlock {
  std::vector<TextRun> runs;
  TextBlockKind kind = TextBlockKind::kParagraph;

  bool is_heading() const { return kind == TextBlockKind::kHeading; }
};

struct RenderedMarkdown {
  std::string html;
  std::vector<TextBlock> text;
  std::vector<LinkRef> links;
  std::vector<Heading> headings;
  std::vector<int> raw_html_lines;  // raw HTML is dropped (cmark's safe mode); writers are told where
};

// Returns the URL to put in the HTML instead of `url`, or nothing to keep it as written.
using UrlRewriter = std::function<std::optional<std::string>(std::string_view url)>;

// `first_line` is the file line of the first Markdown line, so reported lines match the file.
RenderedMarkdown RenderMarkdown(std::string_view markdown, int first_line, const UrlRewriter& rewrite);

}  // namespace nietpluis
