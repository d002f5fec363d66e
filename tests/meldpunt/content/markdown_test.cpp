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

TEST_CASE("the text is one block per heading, paragraph and list item, tight or loose, with source lines",
          "[markdown]") {
  const char* text =
      "## Kop\n"
      "\n"
      "Een zin\n"
      "over twee regels.\n"
      "\n"
      "- krap punt\n"
      "- nog een\n"
      "\n"
      "1. los punt\n"
      "\n"
      "   met een tweede alinea\n"
      "\n"
      "> geciteerd\n";
  RenderedMarkdown out = RenderMarkdown(text, 4, KeepAll);
  REQUIRE(out.text.size() == 7);
  CHECK(out.text[0].kind == TextBlockKind::kHeading);
  CHECK(out.text[1].kind == TextBlockKind::kParagraph);
  REQUIRE(out.text[1].runs.size() == 2);
  CHECK(out.text[1].runs[0].text == "Een zin");
  CHECK(out.text[1].runs[0].line == 6);
  CHECK(out.text[1].runs[1].text == " over twee regels.");
  CHECK(out.text[1].runs[1].line == 7);
  for (std::size_t i : {2, 3, 4, 5}) CHECK(out.text[i].kind == TextBlockKind::kListItem);
  CHECK(out.text[3].runs.at(0).text == "nog een");
  CHECK(out.text[5].runs.at(0).text == "met een tweede alinea");
  CHECK(out.text[6].kind == TextBlockKind::kParagraph);
  CHECK_FALSE(out.text[6].is_heading());
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
