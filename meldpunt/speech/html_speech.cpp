// A small reader of our own HTML for speech: tags decide where a block starts and ends, and what is
// skipped; the text in between is collected.
#include "speech/html_speech.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <string>

#include "base/text.h"

namespace nietpluis {
namespace {

// Elements whose content is never read: controls, scripts and what a resident types.
constexpr std::array<std::string_view, 9> kSkipped = {"button", "script", "style", "textarea", "select",
                                                      "template", "noscript", "svg", "audio"};
// Elements that end a block where they open or close.
constexpr std::array<std::string_view, 15> kBlocks = {"p",  "div", "li",    "dt",     "dd",      "label",  "legend", "td",
                                                      "th", "tr",  "table", "section", "article", "aside", "form"};

bool Contains(const auto& list, std::string_view name) {
  for (std::string_view item : list) {
    if (item == name) return true;
  }
  return false;
}

bool IsHeading(std::string_view name) { return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'; }

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  bool self_closing = false;
  bool hidden = false;  // `hidden` or aria-hidden="true"
  std::size_t end = 0;  // just past '>'
};

// The tag starting at `html[at] == '<'`; nothing for a comment or something that is not a tag.
std::optional<Tag> ReadTag(std::string_view html, std::size_t at) {
  const std::size_t close = html.find('>', at);
  if (close == std::string_view::npos) return std::nullopt;
  Tag tag;
  tag.end = close + 1;
  std::string_view inside = html.substr(at + 1, close - at - 1);
  if (StartsWith(inside, "!") || StartsWith(inside, "?")) {
    if (StartsWith(inside, "!--")) {
      const std::size_t end = html.find("-->", at);
      tag.end = end == std::string_view::npos ? html.size() : end + 3;
    }
    return tag;  // no name: a comment or doctype, skipped
  }
  if (StartsWith(inside, "/")) {
    tag.closing = true;
    inside.remove_prefix(1);
  }
  std::size_t name_end = 0;
  while (name_end < inside.size() && std::isalnum(static_cast<unsigned char>(inside[name_end]))) ++name_end;
  for (char c : inside.substr(0, name_end)) tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string_view attributes = inside.substr(name_end);
  tag.self_closing = EndsWith(attributes, "/");
  // `hidden` as an attribute of its own, not part of a value such as class="verborgen".
  std::size_t found = attributes.find(" hidden");
  while (found != std::string_view::npos) {
    const std::size_t after = found + 7;
    if (after >= attributes.size() || attributes[after] == ' ' || attributes[after] == '=' || attributes[after] == '/' ||
        attributes[after] == '>') {
      tag.hidden = true;
      break;
    }
    found = attributes.find(" hidden", after);
  }
  if (attributes.find("aria-hidden=\"true\"") != std::string_view::npos) tag.hidden = true;
  return tag;
}

bool IsVoid(std::string_view name) {
  static constexpr std::array<std::string_view, 10> kVoid = {"br",   "img",  "input",  "meta", "link",
                                                              "hr",   "wbr",  "source", "area", "col"};
  return Contains(kVoid, name);
}

// "&amp;" -> "&", "&#233;" -> "é"; an unknown entity stays as written.
std::size_t DecodeEntity(std::string_view html, std::size_t at, std::string* out) {
  const std::size_t semicolon = html.find(';', at);
  if (semicolon == std::string_view::npos || semicolon - at > 10) {
    *out += '&';
    return at + 1;
  }
  const std::string_view name = html.substr(at + 1, semicolon - at - 1);
  unsigned long code = 0;
  if (name == "amp") code = '&';
  else if (name == "lt") code = '<';
  else if (name == "gt") code = '>';
  else if (name == "quot") code = '"';
  else if (name == "apos") code = '\'';
  else if (name == "nbsp") code = ' ';
  else if (StartsWith(name, "#x") || StartsWith(name, "#X")) code = std::strtoul(std::string(name.substr(2)).c_str(), nullptr, 16);
  else if (StartsWith(name, "#")) code = std::strtoul(std::string(name.substr(1)).c_str(), nullptr, 10);
  if (code == 0 || code > 0x10FFFF) {
    *out += '&';
    return at + 1;
  }
  if (code < 0x80) {
    *out += static_cast<char>(code);
  } else if (code < 0x800) {
    *out += static_cast<char>(0xC0 | (code >> 6));
    *out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    *out += static_cast<char>(0xE0 | (code >> 12));
    *out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (code >> 18));
    *out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (code & 0x3F));
  }
  return semicolon + 1;
}

class BlockCollector {
 public:
  void Text(char c) { text_ += c; }
  void Space() { text_ += ' '; }
  void Text(const std::string& s) { text_ += s; }
  // Ends the block so far; its kind is what was open when it started.
  void Flush() {
    std::string text = CollapseSpaces(text_);
    text_.clear();
    if (!text.empty()) blocks_.push_back(SpeechBlock{kind_, std::move(text)});
  }
  void SetKind(SpeechBlockKind kind) { kind_ = kind; }
  std::vector<SpeechBlock> Take() {
    Flush();
    return std::move(blocks_);
  }

 private:
  std::string text_;
  SpeechBlockKind kind_ = SpeechBlockKind::kParagraph;
  std::vector<SpeechBlock> blocks_;
};

}  // namespace

std::vector<SpeechBlock> SpeechBlocksFromHtml(std::string_view html) {
  BlockCollector blocks;
  std::string skipping;   // the element whose content is skipped, "" when reading
  int skip_depth = 0;     // how many of that element are open inside the skipped one
  int list_items = 0;     // list items open around the text
  std::size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '<') {
      std::optional<Tag> tag = ReadTag(html, i);
      if (!tag) {
        if (skipping.empty()) blocks.Text(c);
        ++i;
        continue;
      }
      i = tag->end;
      if (tag->name.empty()) continue;
      if (!skipping.empty()) {
        if (tag->name == skipping && !IsVoid(tag->name) && !tag->self_closing) skip_depth += tag->closing ? -1 : 1;
        if (skip_depth == 0) skipping.clear();
        continue;
      }
      if (!tag->closing && !IsVoid(tag->name) && !tag->self_closing && (tag->hidden || Contains(kSkipped, tag->name))) {
        blocks.Flush();
        skipping = tag->name;
        skip_depth = 1;
        continue;
      }
      if (IsHeading(tag->name) || Contains(kBlocks, tag->name) || tag->name == "ul" || tag->name == "ol") {
        blocks.Flush();
        // A paragraph inside a list item (a loose list) is still that item.
        if (tag->name == "li") list_items += tag->closing ? -1 : 1;
        if (list_items < 0) list_items = 0;
        if (!tag->closing && IsHeading(tag->name)) {
          blocks.SetKind(SpeechBlockKind::kHeading);
        } else if (list_items > 0) {
          blocks.SetKind(SpeechBlockKind::kListItem);
        } else {
          blocks.SetKind(SpeechBlockKind::kParagraph);
        }
        continue;
      }
      if (tag->name == "br") blocks.Space();
      continue;
    }
    if (!skipping.empty()) {
      ++i;
      continue;
    }
    if (c == '&') {
      std::string decoded;
      i = DecodeEntity(html, i, &decoded);
      blocks.Text(decoded);
      continue;
    }
    blocks.Text(c);
    ++i;
  }
  return blocks.Take();
}

std::string_view HtmlSection(std::string_view html, std::string_view open, std::string_view close) {
  const std::size_t start = html.find(open);
  if (start == std::string_view::npos) return {};
  const std::size_t content = html.find('>', start);
  if (content == std::string_view::npos) return {};
  const std::size_t end = html.find(close, content);
  if (end == std::string_view::npos) return {};
  return html.substr(content + 1, end - content - 1);
}

}  // namespace nietpluis
