// Tests of how language check results are shown: diagnostics, score lines, JSON and report HTML.
#include "site/language_report.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace nietpluis {
namespace {

using Catch::Matchers::Contains;

Finding LongSentence(Diagnostic::Level level) {
  return Finding{FindingKind::kLongSentence,
                 level,
                 7,
                 "zin van 21 woorden (B1: hoogstens 15): \"Heeft uw buurman geen hulp nodig, ...\"",
                 "Heeft uw buurman geen hulp nodig, dan ...",
                 "maak er twee of meer korte zinnen van"};
}

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

LanguageConfig ReportConfig() {
  LanguageConfig config;
  config.sentence_warning = 5;
  config.sentence_error = 8;
  config.hard_words = {{"indien", "als"}};
  config.plain_words = {"buurman"};
  return config;
}

// A page with a long sentence holding a hard word, markup characters in its text, and a mixed
// form of address. The blocks must outlive the result, whose pieces point into them.
const std::vector<TextBlock>& ReportText() {
  static const std::vector<TextBlock> text = [] {
    TextBlock heading;
    heading.kind = TextBlockKind::kHeading;
    heading.runs.push_back(TextRun{"Vragen over B&B", 5});
    TextBlock paragraph;
    paragraph.runs.push_back(TextRun{"Indien u twijfelt, bel de B&B of lees <script>de hulp</script> na.", 7});
    paragraph.runs.push_back(TextRun{" Je mag ook mailen.", 8});
    return std::vector<TextBlock>{heading, paragraph};
  }();
  return text;
}

CheckedPage ReportPage() {
  SyllableCounter counter;
  CheckedPage page;
  page.file = "content/pages/vragen.md";
  page.title = "Vragen & <script>alert('x')</script>";
  page.url_path = "vragen/";
  page.language = CheckLanguage(ReportText(), ReportConfig(), counter);
  return page;
}

TEST_CASE("FindingDiagnostic keeps the level, or makes every finding a warning", "[taal][verslag]") {
  const Finding error = LongSentence(Diagnostic::Level::kError);
  Diagnostic strict = FindingDiagnostic("content/pages/x.md", error, false);
  CHECK(strict.is_error());
  CHECK(strict.file == "content/pages/x.md");
  CHECK(strict.line == 7);
  CHECK(strict.ToString() ==
        "content/pages/x.md:7: zin van 21 woorden (B1: hoogstens 15): \"Heeft uw buurman geen hulp nodig, ...\"; "
        "maak er twee of meer korte zinnen van");
  Diagnostic relaxed = FindingDiagnostic("content/pages/x.md", error, true);
  CHECK_FALSE(relaxed.is_error());
  CHECK(relaxed.ToString() ==
        "content/pages/x.md:7: waarschuwing: zin van 21 woorden (B1: hoogstens 15): \"Heeft uw buurman geen hulp "
        "nodig, ...\"; maak er twee of meer korte zinnen van");
  // A warning stays a warning either way.
  const Finding warning = LongSentence(Diagnostic::Level::kWarning);
  CHECK_FALSE(FindingDiagnostic("x.md", warning, false).is_error());
  CHECK_FALSE(FindingDiagnostic("x.md", warning, true).is_error());
}

TEST_CASE("ScoreLine: exact text, singular and plural", "[taal][verslag]") {
  LanguageScore score;
  score.sentences = 14;
  score.words = 125;
  score.average_sentence_length = 125.0 / 14;  // 8.93
  score.long_word_share = 0.03;
  score.flesch_douma = 79.4;
  score.warnings = 2;
  score.errors = 0;
  CHECK(ScoreLine("content/pages/x.md", score) ==
        "content/pages/x.md: 14 zinnen, gemiddeld 8,9 woorden per zin, 3% lange woorden, Flesch-Douma 79 (vrij "
        "makkelijk); 2 waarschuwingen, 0 fouten");
  score.sentences = 1;
  score.words = 25;
  score.average_sentence_length = 25;
  score.long_word_share = 0.126;
  score.flesch_douma = 42.5;
  score.warnings = 1;
  score.errors = 1;
  CHECK(ScoreLine("a.md", score) ==
        "a.md: 1 zin, gemiddeld 25,0 woorden per zin, 13% lange woorden, Flesch-Douma 43 (moeilijk); 1 waarschuwing, "
        "1 fout");
}

TEST_CASE("ScoreLine: the label fits the rounded score", "[taal][verslag]") {
  // 89.6 is shown as 90, so the label must be that of 90: "heel makkelijk".
  LanguageScore score;
  score.sentences = 3;
  score.words = 12;
  score.average_sentence_length = 4;
  score.flesch_douma = 89.6;
  CHECK_THAT(ScoreLine("a.md", score), Contains("Flesch-Douma 90 (heel makkelijk)"));
}

TEST_CASE("LanguageJson has the documented shape", "[taal][verslag][json]") {
  std::vector<CheckedPage> pages;
  pages.push_back(ReportPage());
  CheckedPage empty;
  empty.file = "content/pages/leeg.md";
  empty.title = "Leeg";
  pages.push_back(std::move(empty));
  const nlohmann::json json = LanguageJson(pages);

  REQUIRE(json.is_object());
  REQUIRE(json.contains("bestanden"));
  const nlohmann::json& files = json["bestanden"];
  REQUIRE(files.is_array());
  REQUIRE(files.size() == 2);
  const nlohmann::json& file = files[0];
  CHECK(file["pad"] == "content/pages/vragen.md");

  const nlohmann::json& score = file["score"];
  const LanguageScore& expected = pages[0].language.score;
  CHECK(score["zinnen"] == 3);
  CHECK(score["zinnen"] == expected.sentences);
  CHECK(score["woorden"] == expected.words);
  CHECK(score["woorden"] == 3 + 11 + 4);
  CHECK(score["gemiddelde_zinslengte"].get<double>() == Approx(18.0 / 3));
  CHECK(score["flesch_douma"].get<double>() == Approx(expected.flesch_douma));
  const nlohmann::json& counts = score["aantallen"];
  REQUIRE(counts.is_object());
  CHECK(counts.size() == 7);
  CHECK(counts["lange-zin"] == 1);
  CHECK(counts["lang-woord"] == 0);
  CHECK(counts["moeilijk-woord"] == 1);
  CHECK(counts["lijdende-vorm"] == 0);
  CHECK(counts["naamwoordstijl"] == 0);
  CHECK(counts["aanspreekvorm"] == 1);

  const nlohmann::json& findings = file["bevindingen"];
  REQUIRE(findings.is_array());
  REQUIRE(findings.size() == 3);
  for (const nlohmann::json& finding : findings) {
    INFO(finding.dump());
    CHECK(finding["regel"].is_number_integer());
    CHECK(finding["soort"].is_string());
    CHECK((finding["niveau"] == "fout" || finding["niveau"] == "waarschuwing"));
    CHECK(finding["tekst"].is_string());
    CHECK(finding["suggestie"].is_string());
  }
  CHECK(findings[0]["regel"] == 7);
  CHECK(findings[0]["soort"] == "lange-zin");
  CHECK(findings[0]["niveau"] == "fout");
  CHECK(findings[0]["tekst"] == "Indien u twijfelt, bel de B&B of lees <script>de hulp</script> na.");
  CHECK(findings[0]["suggestie"] == "maak er twee of meer korte zinnen van");
  CHECK(findings[1]["regel"] == 7);
  CHECK(findings[1]["soort"] == "moeilijk-woord");
  CHECK(findings[1]["niveau"] == "waarschuwing");
  CHECK(findings[1]["tekst"] == "indien");
  CHECK(findings[1]["suggestie"] == "schrijf \"als\": \"Als u twijfelt, bel de B&B ...\"");
  CHECK(findings[2]["regel"] == 8);
  CHECK(findings[2]["soort"] == "aanspreekvorm");
  CHECK(findings[2]["niveau"] == "fout");
  CHECK(findings[2]["tekst"] == "Je");

  // A page without text still has every key.
  const nlohmann::json& other = files[1];
  CHECK(other["pad"] == "content/pages/leeg.md");
  CHECK(other["bevindingen"] == nlohmann::json::array());
  CHECK(other["score"]["zinnen"] == 0);
  CHECK(other["score"]["aantallen"].size() == 7);
  // It round-trips through text.
  CHECK(nlohmann::json::parse(json.dump()) == json);
}

TEST_CASE("ReportSectionHtml escapes the page's text and title and marks what was found", "[taal][verslag][html]") {
  const CheckedPage page = ReportPage();
  const std::string html = ReportSectionHtml(page, 3, "../");
  INFO(html);
  CHECK(Count(html, "<script") == 0);
  CHECK(Count(html, "</script") == 0);
  CHECK_THAT(html, Contains("<h2 id=\"pagina-3\">Vragen &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</h2>"));
  CHECK_THAT(html, Contains("aria-labelledby=\"pagina-3\""));
  CHECK_THAT(html, Contains("<a href=\"../vragen/\">bekijk de pagina</a>"));
  // The heading is a paragraph of its own.
  CHECK_THAT(html, Contains("<p class=\"taal-kop\">Vragen over B&amp;B</p>"));
  // The long sentence is marked, and the hard word inside it, and the "je" next to "u".
  CHECK_THAT(html, Contains("<p><mark class=\"taal-zin\"><mark class=\"taal-woord\">Indien</mark> u twijfelt, bel de "
                            "B&amp;B of lees &lt;script&gt;de hulp&lt;/script&gt; na.</mark> <mark "
                            "class=\"taal-woord\">Je</mark> mag ook mailen.</p>"));
  CHECK(Count(html, "<mark class=\"taal-zin\">") == 1);
  CHECK(Count(html, "<mark class=\"taal-woord\">") == 2);
  CHECK(Count(html, "<mark") == Count(html, "</mark>"));
  // The findings, with the error marked as such and every text escaped.
  CHECK_THAT(html, Contains("<li class=\"taal-fout\">Regel 7: <strong>fout</strong>: zin van 11 woorden (B1: "
                            "hoogstens 5): &quot;Indien u twijfelt, bel de B&amp;B ...&quot;. <span "
                            "class=\"taal-suggestie\">maak er twee of meer korte zinnen van.</span></li>"));
  CHECK_THAT(html, Contains("<li class=\"taal-waarschuwing\">Regel 7: moeilijk woord &quot;indien&quot;. <span "
                            "class=\"taal-suggestie\">schrijf &quot;als&quot;: &quot;Als u twijfelt, bel de B&amp;B ...&quot;.</span></li>"));
  CHECK_THAT(html, Contains("<p class=\"taal-score\">3 zinnen, gemiddeld 6,0 woorden per zin"));
}

TEST_CASE("ReportSummaryHtml lists every page with an escaped title and a link to its section", "[taal][verslag][html]") {
  std::vector<CheckedPage> pages;
  pages.push_back(ReportPage());
  const std::string html = ReportSummaryHtml(pages);
  INFO(html);
  CHECK(Count(html, "<script") == 0);
  CHECK_THAT(html, Contains("<a href=\"#pagina-0\">Vragen &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>"));
  CHECK_THAT(html, Contains("<td>6,0</td><td>2</td><td>1</td></tr>"));
}

TEST_CASE("A report of more than 100 pages gets report pages of 100 behind the overview", "[taal][verslag][html]") {
  CHECK(ReportPartCount(0) == 0);
  CHECK(ReportPartCount(100) == 0);
  CHECK(ReportPartCount(101) == 2);
  CHECK(ReportPartCount(200) == 2);
  CHECK(ReportPartCount(201) == 3);
  CHECK(ReportPartCount(5003) == 51);
  CHECK(ReportPartFile(0) == "deel-1.html");
  CHECK(ReportPartFile(50) == "deel-51.html");

  std::vector<CheckedPage> pages(150);
  for (std::size_t i = 0; i < pages.size(); ++i) pages[i].title = "Pagina " + std::to_string(i);
  const std::string table = ReportSummaryHtml(pages, 2);
  INFO(table);
  CHECK_THAT(table, Contains("<a href=\"deel-1.html#pagina-0\">Pagina 0</a>"));
  CHECK_THAT(table, Contains("<a href=\"deel-1.html#pagina-99\">Pagina 99</a>"));
  CHECK_THAT(table, Contains("<a href=\"deel-2.html#pagina-100\">Pagina 100</a>"));
  CHECK_THAT(table, Contains("<a href=\"deel-2.html#pagina-149\">Pagina 149</a>"));
  CHECK(Count(table, "<tr><th scope=\"row\">") == 150);
  CHECK(Count(ReportSummaryHtml(pages), "<a href=\"#pagina-") == 150);
  // Rows the check made already are taken as they are.
  for (std::size_t i = 0; i < pages.size(); ++i) pages[i].report_row_html = ReportSummaryRowHtml(pages[i], i, 2);
  CHECK(ReportSummaryHtml(pages, 2) == table);
  pages[7].report_row_html = "<tr><td>al gemaakt</td></tr>\n";
  CHECK_THAT(ReportSummaryHtml(pages, 2), Contains("</tr>\n<tr><td>al gemaakt</td></tr>\n<tr>"));

  const ReportPageText one = ReportOverviewText(0);
  CHECK(one.title == "Taalcheck: is de tekst op B1?");
  CHECK_THAT(one.intro_html, Contains("<mark class=\"taal-zin\">Zo</mark>"));
  CHECK_THAT(one.intro_html, !Contains("aparte"));
  CHECK_THAT(ReportOverviewText(2).intro_html,
             Contains("<p>De site heeft veel pagina's. Daarom staat de tekst van de pagina's niet hier, maar op 2 "
                      "aparte pagina's. Klik in de tabel op een pagina om de tekst te zien.</p>"));
  const ReportPageText part = ReportPartText(1, 2, 100, 150, 150);
  CHECK(part.title == "Taalcheck, deel 2 van 2");
  CHECK(part.description == "De taalcheck van pagina 101 tot en met 150 van de 150 pagina's.");
  CHECK_THAT(part.intro_html, Contains("<mark class=\"taal-woord\">Zo</mark>"));
  CHECK_THAT(part.intro_html,
             Contains("<p>Hier staan pagina 101 tot en met 150 van de 150. <a href=\"./\">Terug naar het overzicht</a>.</p>"));
}

}  // namespace
}  // namespace nietpluis
