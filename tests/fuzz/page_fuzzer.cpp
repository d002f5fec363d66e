// Fuzzes a page file through LoadPage: front matter, Markdown and the rewriting of internal links.
// The page comes from a disk seam that holds only the input, so nothing touches the real disk.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>

#include "base/env.h"
#include "base/slug.h"
#include "base/text.h"
#include "base/utf8.h"
#include "content/front_matter.h"
#include "content/page.h"
#include "fuzz_support.h"

namespace {

using namespace nietpluis;
using namespace nietpluis::fuzz;

class OnePageEnv : public Env {
 public:
  OnePageEnv(std::filesystem::path file, std::string_view text) : file_(std::move(file)), text_(text) {}
  Result<std::string> ReadFile(const std::filesystem::path& path) override {
    if (path == file_) return std::string(text_);
    return Refuse(path);
  }
  Status WriteFile(const std::filesystem::path& path, std::string_view) override { return Refuse(path); }
  Status CreateDirectories(const std::filesystem::path& path) override { return Refuse(path); }
  Status Rename(const std::filesystem::path& from, const std::filesystem::path&) override { return Refuse(from); }
  Status Exchange(const std::filesystem::path& a, const std::filesystem::path&) override { return Refuse(a); }
  Status RemoveAll(const std::filesystem::path& path) override { return Refuse(path); }
  Result<std::vector<DirEntry>> ListDirectory(const std::filesystem::path& path) override { return Refuse(path); }
  FileInfo Stat(const std::filesystem::path& path) override { return Refuse(path), FileInfo{}; }
  FileInfo LinkStat(const std::filesystem::path& path) override { return Refuse(path), FileInfo{}; }
  Result<std::filesystem::path> ReadLink(const std::filesystem::path& path) override { return Refuse(path); }
  Result<std::filesystem::path> Resolve(const std::filesystem::path& path) override { return Refuse(path); }

 private:
  static Diagnostic Refuse(const std::filesystem::path& path) {
    Fail("LoadPage only reads its own file", __FILE__, __LINE__, path.string());
  }
  std::filesystem::path file_;
  std::string_view text_;
};

bool StartsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

// The tags cmark writes in safe mode; raw HTML from the writer becomes a comment.
bool IsCmarkTag(std::string_view rest) {
  if (StartsWith(rest, "<!-- raw HTML omitted -->")) return true;
  std::size_t at = rest.size() > 1 && rest[1] == '/' ? 2 : 1;
  std::size_t end = at;
  while (end < rest.size() && std::isalnum(static_cast<unsigned char>(rest[end]))) ++end;
  static const std::vector<std::string_view> tags = {"p",  "h1", "h2",     "h3",         "h4", "h5", "h6",
                                                     "a",  "img", "em",    "strong",     "code", "pre", "blockquote",
                                                     "ul", "ol", "li",     "hr",         "br"};
  std::string_view name = rest.substr(at, end - at);
  return std::find(tags.begin(), tags.end(), name) != tags.end() && end < rest.size() &&
         (rest[end] == ' ' || rest[end] == '>' || rest[end] == '/');
}

// Scripts and dangerous URLs are gone, and internal links are relative, so the site works in any folder.
void CheckHtml(const std::string& html) {
  FUZZ_CHECK(IsValidUtf8(html));
  FUZZ_CHECK(CountIgnoringCase(html, "<script") == 0);
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    FUZZ_CHECK_MSG(IsCmarkTag(std::string_view(html).substr(at)), html.substr(at, 40));
  }
  for (std::string_view attribute : {"href=\"", "src=\""}) {
    for (std::size_t at = html.find(attribute); at != std::string::npos; at = html.find(attribute, at + 1)) {
      std::string_view url = std::string_view(html).substr(at + attribute.size());
      url = url.substr(0, url.find('"'));
      FUZZ_CHECK_MSG(!StartsWithIgnoringCase(url, "javascript:") && !StartsWithIgnoringCase(url, "vbscript:") &&
                         !StartsWithIgnoringCase(url, "file:"),
                     std::string(url));
      FUZZ_CHECK_MSG(!StartsWithIgnoringCase(url, "data:") || StartsWithIgnoringCase(url, "data:image/"), std::string(url));
      FUZZ_CHECK_MSG(!StartsWith(url, "/") || StartsWith(url, "//"), std::string(url));
    }
  }
}

void CheckLines(const Page& page, int first, int last) {
  auto in_body = [&](int line) { return line >= first && line <= last; };
  for (const Heading& heading : page.headings) {
    FUZZ_CHECK(heading.level >= 1 && heading.level <= 6 && in_body(heading.line));
  }
  for (const LinkRef& link : page.links) FUZZ_CHECK_MSG(in_body(link.line), std::to_string(link.line));
  for (int line : page.raw_html_lines) FUZZ_CHECK(in_body(line));
  // The title comes first, as a heading, at its line in the front matter; the rest is the body's.
  std::size_t body_blocks = 0;
  if (!page.title.empty()) {
    FUZZ_CHECK(!page.text.empty() && page.text[0].is_heading() && page.text[0].runs.size() == 1);
    FUZZ_CHECK(page.text[0].runs[0].text == page.title);
    const int line = page.text[0].runs[0].line;
    FUZZ_CHECK_MSG(line >= 1 && line < first, std::to_string(line));
    body_blocks = 1;
  }
  for (std::size_t b = body_blocks; b < page.text.size(); ++b) {
    for (const TextRun& run : page.text[b].runs) {
      FUZZ_CHECK_MSG(in_body(run.line), std::to_string(run.line) + ": " + run.text);
      FUZZ_CHECK(IsValidUtf8(run.text));
    }
  }
}

void CheckFrontMatter(const FrontMatter& front) {
  for (const std::string* text : {&front.title, &front.description, &front.menu_title}) FUZZ_CHECK(IsValidUtf8(*text));
  FUZZ_CHECK(!Trim(front.title).empty() && Trim(front.title) == front.title);
  FUZZ_CHECK(!Trim(front.description).empty() && Trim(front.description) == front.description);
  FUZZ_CHECK(!front.menu || *front.menu >= 1);
  FUZZ_CHECK(front.slug.empty() || IsValidSlug(front.slug));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = AsText(data, size);
  // The home page links from the site root, every other page from one folder down.
  const std::string display = size % 2 == 0 ? "content/pages/index.md" : "content/pages/hoe-meld-ik.md";
  OnePageEnv env(display, text);
  Diagnostics split_diagnostics, diagnostics;
  Result<SplitPage> split = ParsePage(text, display, &split_diagnostics);
  std::optional<Page> page = LoadPage(&env, display, display, &diagnostics);
  CheckDiagnostics(diagnostics, display, text);
  FUZZ_CHECK(page.has_value() == split.ok());
  FUZZ_CHECK(diagnostics.error_count() >= split_diagnostics.error_count());
  if (!page) return 0;
  if (split.value().body.data() != nullptr) {
    const std::size_t offset = static_cast<std::size_t>(split.value().body.data() - text.data());
    FUZZ_CHECK(offset <= text.size());
    FUZZ_CHECK_MSG(split.value().body_first_line == static_cast<int>(Count(text.substr(0, offset), "\n")) + 1,
                   std::to_string(split.value().body_first_line));
  }
  if (!split_diagnostics.HasErrors()) CheckFrontMatter(split.value().front);
  CheckHtml(page->body_html);
  CheckLines(*page, split.value().body_first_line, LastLine(text));
  return 0;
}
