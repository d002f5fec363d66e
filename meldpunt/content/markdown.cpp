// cmark-based rendering. cmark runs in its default safe mode: raw HTML and javascript: URLs are dropped.
#include "content/markdown.h"

#include <cmark.h>

#include <cstdlib>
#include <memory>

namespace nietpluis {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

bool IsBlock(cmark_node_type type) { return type >= CMARK_NODE_FIRST_BLOCK && type <= CMARK_NODE_LAST_BLOCK; }

// Plain text of a node's inline children (link text, alt text, heading text).
std::string PlainText(cmark_node* node) {
  std::string text;
  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(node));
  for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* current = cmark_iter_get_node(iter.get());
    if (ev != CMARK_EVENT_ENTER) continue;
    switch (cmark_node_get_type(current)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        text += cmark_node_get_literal(current);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        text += ' ';
        break;
      default:
        break;
    }
  }
  return text;
}

// Whether one of the node's ancestors is of `type`.
bool Inside(cmark_node* node, cmark_node_type type) {
  for (cmark_node* parent = cmark_node_parent(node); parent; parent = cmark_node_parent(parent)) {
    if (cmark_node_get_type(parent) == type) return true;
  }
  return false;
}

// Appends to the current block's last run when it is on the same line, so a sentence reads whole.
void AddText(RenderedMarkdown& out, const char* text, int line) {
  if (out.text.empty()) return;  // text outside paragraphs and headings (tables, HTML) is not checked
  std::vector<TextRun>& runs = out.text.back().runs;
  if (!runs.empty() && runs.back().line == line) {
    runs.back().text += text;
  } else {
    runs.push_back(TextRun{text, line});
  }
}

}  // namespace

RenderedMarkdown RenderMarkdown(std::string_view markdown, int first_line, const UrlRewriter& rewrite) {
  RenderedMarkdown out;
  std::unique_ptr<cmark_node, NodeDeleter> document(
      cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_VALIDATE_UTF8));

  // cmark gives lines for blocks only; inline lines are the block's line plus the breaks seen so far.
  int line = first_line;
  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(document.get()));
  for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    if (IsBlock(type) && type != CMARK_NODE_DOCUMENT) line = first_line + cmark_node_get_start_line(node) - 1;
    switch (type) {
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        ++line;
        AddText(out, " ", line);
        break;
      case CMARK_NODE_PARAGRAPH:
        out.text.emplace_back();
        // A paragraph in a list item, tight or loose, is that item: read and checked on its own.
        if (Inside(node, CMARK_NODE_ITEM)) out.text.back().kind = TextBlockKind::kListItem;
        break;
      case CMARK_NODE_HEADING:
        out.headings.push_back(Heading{cmark_node_get_heading_level(node), line, PlainText(node)});
        out.text.emplace_back();
        out.text.back().kind = TextBlockKind::kHeading;
        break;
      case CMARK_NODE_TEXT:
        if (!Inside(node, CMARK_NODE_IMAGE)) AddText(out, cmark_node_get_literal(node), line);
        break;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        out.raw_html_lines.push_back(line);
        break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: {
        const char* url = cmark_node_get_url(node);
        LinkRef link{url ? url : "", line, type == CMARK_NODE_IMAGE, PlainText(node)};
        if (auto replacement = rewrite(link.url)) cmark_node_set_url(node, replacement->c_str());
        out.links.push_back(std::move(link));
        break;
      }
      default:
        break;
    }
  }

  char* html = cmark_render_html(document.get(), CMARK_OPT_DEFAULT);
  out.html = html;
  std::free(html);
  return out;
}

}  // namespace nietpluis
