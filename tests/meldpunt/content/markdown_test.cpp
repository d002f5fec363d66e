// Tests Markdown rendering: safe HTML, link rewriting, and the lines reported for links and headings.
#include <catch2/catch.hpp>

#include "content/markdown.h"

namespace nietpluis {
namespace {

std::optional<std::string> KeepAll(std::string_view) { return std::nullopt; }

}  // namespace

TEST_CASE("Markdown renders to HTML", "[markdown]") {
  RenderedMarkdown out = RenderMarkdown("## Kop\n\nTekst met *nadruk*.\n", 1, KeepAll);
  CHECK(out.html == "<h2>Kop</h2>\n<p>Tekst met <em>nadruk</em>.</p>\n");
}

TEST_CASE("raw HTML and javascript: links are dropped, and their lines recorded", "[markdown]") {
  RenderedMarkdown out =
      RenderMarkdown("Een <script>alert(1)</script> test.\n\n<div>blok</div>\n\n[x](javascript:alert(1))\n", 5, KeepAll);
  CHECK(out.html.find("<script>") == std::string::npos);
  CHECK(out.html.find("<div>") == std::string::npos);
  CHECK(out.html.find("javascript:") == std::string::npos);
  REQUIRE(out.raw_html_lines.size() == 3);  // <script>, </script>, <div> block
  CHECK(out.raw_html_lines[0] == 5);
  CHECK(out.raw_html_lines[2] == 7);
}

TEST_CASE("links and images are collected with file line numbers", "[markdown]") {
  const char* text =
      "Eerste regel\n"
      "met een [link](/hoe-meld-ik/) op regel twee.\n"
      "\n"
      "- punt\n"
      "- nog een punt met ![foto](/beeld/a.jpg)\n";
  RenderedMarkdown out = RenderMarkdown(text, 10, KeepAll);
  REQUIRE(out.links.size() == 2);
  CHECK(out.links[0].url == "/hoe-meld-ik/");
  CHECK(out.links[0].line == 11);
  CHECK(out.links[0].text == "link");
  CHECK_FALSE(out.links[0].is_image);
  CHECK(out.links[1].url == "/beeld/a.jpg");
  CHECK(out.links[1].line == 14);
  CHECK(out.links[1].is_image);
  CHECK(out.links[1].text == "foto");
}

TEST_CASE("headings are collected with level, line and text", "[markdown]") {
  RenderedMarkdown out = RenderMarkdown("## Een\n\ntekst\n\n### Twee `code`\n", 3, KeepAll);
  REQUIRE(out.headings.size() == 2);
  CHECK(out.headings[0].level == 2);
  CHECK(out.headings[0].line == 3);
  CHECK(out.headings[1].level == 3);
  CHECK(out.headings[1].line == 7);
  CHECK(out.headings[1].text == "Twee code");
}

TEST_CASE("the rewriter replaces link URLs in the HTML but the original is collected", "[markdown]") {
  RenderedMarkdown out = RenderMarkdown("[a](/x/) en [b](https://example.org/)\n", 1, [](std::string_view url) {
    return url == "/x/" ? std::optional<std::string>("../x/") : std::nullopt;
  });
  CHECK(out.html == "<p><a href=\"../x/\">a</a> en <a href=\"https://example.org/\">b</a></p>\n");
  CHECK(out.links[0].url == "/x/");
}

TEST_CASE("link text is escaped in the HTML", "[markdown]") {
  RenderedMarkdown out = RenderMarkdown("[a < b & c](/x/ \"t\\\"itel\")\n", 1, KeepAll);
  CHECK(out.html == "<p><a href=\"/x/\" title=\"t&quot;itel\">a &lt; b &amp; c</a></p>\n");
}

}  // namespace nietpluis
