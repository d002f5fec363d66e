// Tests of reading our own HTML as blocks for speech.
#include "speech/html_speech.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

using K = SpeechBlockKind;

TEST_CASE("html speech: headings, paragraphs and list items become blocks, links by their text only") {
  const std::string html =
      "<h2 id=\"x\">Wat is <em>niet pluis</em>?</h2>\n<p>Lees <a href=\"https://example.org/a\">hoe u meldt</a>.\n"
      "Het is gratis.</p>\n<ul>\n<li>Een buurman &amp; een buurvrouw</li>\n<li><p>Iemand in de war</p></li>\n</ul>\n"
      "<p>Daarna&nbsp;niets&#46;</p>";
  CHECK(SpeechBlocksFromHtml(html) == std::vector<SpeechBlock>{
                                          {K::kHeading, "Wat is niet pluis?"},
                                          {K::kParagraph, "Lees hoe u meldt. Het is gratis."},
                                          {K::kListItem, "Een buurman & een buurvrouw"},
                                          {K::kListItem, "Iemand in de war"},
                                          {K::kParagraph, "Daarna niets."},
                                      });
}

TEST_CASE("html speech: buttons, hidden parts, scripts, typed text and field values are never read") {
  const std::string html =
      "<form><fieldset><legend><h1>Waar maakt u zich zorgen over?</h1></legend>"
      "<p class=\"hint\">U mag meer dan \xc3\xa9\xc3\xa9n ding kiezen.</p>"
      "<input type=\"checkbox\" id=\"a\" value=\"geheim-waarde\"><label for=\"a\">Iemand is eenzaam</label>"
      "<textarea name=\"toelichting\">Mijn buurman Jan de Vries</textarea>"
      "<div class=\"toetsenbord\" data-toetsenbord hidden><div><button>q</button></div><p>Tik eerst op een vak.</p></div>"
      "<div aria-hidden=\"true\">versiering</div>"
      "<button class=\"knop\">Verder</button><script>var x = '<p>niet</p>';</script>"
      "<!-- <p>commentaar</p> --></fieldset></form><p class=\"verborgen-niet\">Einde</p>";
  CHECK(SpeechBlocksFromHtml(html) == std::vector<SpeechBlock>{
                                          {K::kHeading, "Waar maakt u zich zorgen over?"},
                                          {K::kParagraph, "U mag meer dan \xc3\xa9\xc3\xa9n ding kiezen."},
                                          {K::kParagraph, "Iemand is eenzaam"},
                                          {K::kParagraph, "Einde"},
                                      });
}

TEST_CASE("html speech: a section is the content of its first element, without the tag itself") {
  const std::string page = "<body><main id=\"inhoud\"><h1>Titel</h1></main><aside class=\"gevaar\"><p>Bel</p></aside>";
  CHECK(HtmlSection(page, "<main", "</main>") == "<h1>Titel</h1>");
  CHECK(HtmlSection(page, "<aside class=\"gevaar", "</aside>") == "<p>Bel</p>");
  CHECK(HtmlSection(page, "<nav", "</nav>").empty());
}

}  // namespace
}  // namespace nietpluis
