// Tests the whole build in-process: what it writes, what it refuses, and that failures change nothing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <string>

#include "fault_env.h"
#include "site_builder.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::FaultyEnv;
using testing::ReadText;
using testing::TempDir;
using testing::WriteText;

struct Fixture {
  TempDir dir;
  BuildOptions options;

  Fixture() {
    testing::WriteMinimalContent(dir / "content");
    options.content_dir = dir / "content";
    options.out_dir = dir / "site";
    options.templates_dir = testing::TemplatesDir();
  }

  std::vector<std::string> Messages(const BuildSummary& summary) const {
    std::vector<std::string> lines;
    std::string prefix = dir.path().string() + "/";
    for (const Diagnostic& d : summary.diagnostics.all()) {
      std::string line = d.ToString();
      // Messages name files by full path; compare them relative to the fixture.
      for (std::size_t at; (at = line.find(prefix)) != std::string::npos;) line.erase(at, prefix.size());
      lines.push_back(line);
    }
    return lines;
  }

  std::string Out(const std::string& file) const { return ReadText(dir / ("site/" + file)); }
};

}  // namespace

TEST_CASE("the minimal site builds every page, the generated ones and the site files", "[build]") {
  Fixture f;
  std::size_t last_done = 0, last_total = 0;
  f.options.progress = [&](std::size_t done, std::size_t total) {
    last_done = std::max(last_done, done);
    last_total = total;
  };
  BuildSummary summary = BuildSite(f.options);
  CHECK(f.Messages(summary).empty());
  REQUIRE(summary.written);
  CHECK(summary.pages == 9);  // 4 written + privacy, toegankelijkheid, kiosk-locaties + 404 + language report
  CHECK(last_done == 7);
  CHECK(last_total == 7);
  for (const char* file : {"index.html", "over/index.html", "privacy/index.html", "toegankelijkheid/index.html",
                           "kiosk-locaties/index.html", "404.html", "sitemap.xml", "robots.txt", "assets/style.css",
                           "assets/tokens.css", "assets/logo.svg", "beeld/logo.svg"}) {
    CAPTURE(file);
    CHECK(std::filesystem::is_regular_file(f.dir / ("site/" + std::string(file))));
  }
}

TEST_CASE("pages get the layout: title, menu with the current page, relative links", "[build]") {
  Fixture f;
  REQUIRE(BuildSite(f.options).written);
  std::string over = f.Out("over/index.html");
  CHECK(over.find("<html lang=\"nl\">") != std::string::npos);
  CHECK(over.find("<title>Over ons | Meldpunt Proef</title>") != std::string::npos);
  CHECK(over.find("<meta name=\"description\" content=\"Wie wij zijn.\">") != std::string::npos);
  CHECK(over.find("<link rel=\"canonical\" href=\"https://www.proef.nl/nietpluis/over/\">") != std::string::npos);
  CHECK(over.find("<li><a href=\"../\">Welkom</a></li>") != std::string::npos);
  CHECK(over.find("<li><a href=\"../over/\" aria-current=\"page\">Over ons</a></li>") != std::string::npos);
  CHECK(over.find("<h1>Over ons</h1>") != std::string::npos);
  CHECK(over.find("<p>Terug naar <a href=\"../\">start</a>.</p>") != std::string::npos);
  CHECK(over.find("<a href=\"tel:140999\">14 0999</a>") != std::string::npos);
  std::string home = f.Out("index.html");
  CHECK(home.find("<li><a href=\"./\" aria-current=\"page\">Welkom</a></li>") != std::string::npos);
  CHECK(home.find("<p>Lees <a href=\"over/\">over ons</a>.</p>") != std::string::npos);
}

TEST_CASE("values from content are escaped by the renderer", "[build]") {
  Fixture f;
  WriteText(f.dir / "content/pages/over.md",
            "---\ntitle: \"A <script>x</script> & B\"\ndescription: \"Zeg \\\"hoi\\\"\"\nmenu: 2\n---\n[start](/)\n");
  REQUIRE(BuildSite(f.options).written);
  std::string over = f.Out("over/index.html");
  CHECK(over.find("<script>x") == std::string::npos);
  CHECK(over.find("<h1>A &lt;script&gt;x&lt;/script&gt; &amp; B</h1>") != std::string::npos);
  CHECK(over.find("content=\"Zeg &quot;hoi&quot;\"") != std::string::npos);
}

TEST_CASE("generated pages use site.toml; a content page may set their title and intro", "[build]") {
  Fixture f;
  WriteText(f.dir / "content/pages/privacy.md",
            "---\ntitle: Wat doen wij met uw gegevens?\ndescription: Privacy.\ngenerate: privacy\n---\nEen inleiding.\n");
  REQUIRE(BuildSite(f.options).written);
  std::string privacy = f.Out("privacy/index.html");
  CHECK(privacy.find("<h1>Wat doen wij met uw gegevens?</h1>") != std::string::npos);
  CHECK(privacy.find("<p>Een inleiding.</p>") != std::string::npos);
  CHECK(privacy.find("Welzijn Proef") != std::string::npos);
  CHECK(privacy.find("postcodes 1000 tot en met 1099 en 1234") != std::string::npos);
  std::string kiosks = f.Out("kiosk-locaties/index.html");
  CHECK(kiosks.find("Buurthuis Het Anker") != std::string::npos);
  CHECK(kiosks.find("Ankerweg 1, 1011 AA Proef") != std::string::npos);
  std::string a11y = f.Out("toegankelijkheid/index.html");
  CHECK(a11y.find("1 november 2026") != std::string::npos);
  CHECK(a11y.find("voldoet gedeeltelijk") != std::string::npos);
}

TEST_CASE("a kind generated twice is an error", "[build]") {
  Fixture f;
  WriteText(f.dir / "content/pages/a.md", "---\ntitle: A\ndescription: A.\ngenerate: privacy\n---\n[start](/)\n");
  WriteText(f.dir / "content/pages/b.md", "---\ntitle: B\ndescription: B.\ngenerate: privacy\n---\n[start](/)\n");
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  CHECK(f.Messages(summary) ==
        std::vector<std::string>{"content/pages/b.md:1: generate: privacy staat ook in content/pages/a.md; haal het "
                                 "uit een van de twee pagina's"});
}

TEST_CASE("the 404 page links from the base path so it works at any depth", "[build]") {
  Fixture f;
  REQUIRE(BuildSite(f.options).written);
  std::string page = f.Out("404.html");
  CHECK(page.find("<meta name=\"robots\" content=\"noindex\">") != std::string::npos);
  CHECK(page.find("href=\"/nietpluis/assets/style.css\"") != std::string::npos);
  CHECK(page.find("<h1>Deze pagina bestaat niet</h1>") != std::string::npos);
  CHECK(page.find("rel=\"canonical\"") == std::string::npos);
}

TEST_CASE("sitemap lists every page once with its absolute address; robots points to it", "[build]") {
  Fixture f;
  REQUIRE(BuildSite(f.options).written);
  CHECK(f.Out("sitemap.xml") ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        "  <url><loc>https://www.proef.nl/nietpluis/</loc></url>\n"
        "  <url><loc>https://www.proef.nl/nietpluis/hoe-meld-ik/</loc></url>\n"
        "  <url><loc>https://www.proef.nl/nietpluis/iemand-anders-bellen/</loc></url>\n"
        "  <url><loc>https://www.proef.nl/nietpluis/kiosk-locaties/</loc></url>\n"
        "  <url><loc>https://www.proef.nl/nietpluis/over/</loc></url>\n"
        "  <url><loc>https://www.proef.nl/nietpluis/privacy/</loc></url>\n"
        "  <url><loc>https://www.proef.nl/nietpluis/toegankelijkheid/</loc></url>\n"
        "</urlset>\n");
  CHECK(f.Out("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://www.proef.nl/nietpluis/sitemap.xml\n");
}

TEST_CASE("the house style becomes CSS custom properties", "[build]") {
  Fixture f;
  REQUIRE(BuildSite(f.options).written);
  std::string tokens = f.Out("assets/tokens.css");
  CHECK(tokens.find("--kleur-primair: #0b4a6f;") != std::string::npos);
  CHECK(tokens.find("--kleur-focus: #ffbf47;") != std::string::npos);
}

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

// "content/pages/pagina-007.md"
std::filesystem::path NumberedPage(const Fixture& f, int i) {
  return f.dir / ("content/pages/pagina-" + std::to_string(1000 + i).substr(1) + ".md");
}

// `count` pages with one long sentence each, after the fixture's four in the order of file names.
void WriteManyPages(Fixture& f, int count) {
  for (int i = 1; i <= count; ++i) {
    const std::string number = std::to_string(1000 + i).substr(1);
    WriteText(NumberedPage(f, i),
              "---\ntitle: Pagina " + number + "\ndescription: Over pagina " + number + ".\n---\n" +
                  "Als u twijfelt over iets wat u ziet bij de buren, dan kunt u ons altijd bellen of mailen. " +
                  "Terug naar [start](/).\n");
  }
}

TEST_CASE("a large site's language report has an overview and report pages of 100 pages", "[build][taal]") {
  // 230 pages: an overview and report pages with 100, 100 and 30 of them.
  Fixture f;
  WriteManyPages(f, 226);
  BuildSummary summary = BuildSite(f.options);
  REQUIRE(summary.written);
  // 230 written, 3 generated, 404, the overview and three parts.
  CHECK(summary.pages == 230 + 3 + 1 + 1 + 3);
  CHECK_FALSE(std::filesystem::exists(f.dir / "site/_taal/deel-4.html"));

  const std::string overview = f.Out("_taal/index.html");
  CHECK(Count(overview, "<h1") == 1);
  CHECK_THAT(overview, Catch::Matchers::Contains("<h1>Taalcheck: is de tekst op B1?</h1>"));
  CHECK_THAT(overview, Catch::Matchers::Contains("<html lang=\"nl\">"));
  CHECK_THAT(overview, Catch::Matchers::Contains("<meta name=\"robots\" content=\"noindex\">"));
  CHECK_THAT(overview, Catch::Matchers::Contains("op 3 aparte pagina's"));
  CHECK(Count(overview, "<tr><th scope=\"row\">") == 230);
  CHECK(Count(overview, "<section") == 0);  // the text is on the parts
  // Every page in the table links to the part that holds its section.
  const std::regex link("<a href=\"(deel-[0-9]+\\.html)#(pagina-[0-9]+)\">");
  std::size_t links = 0;
  for (auto it = std::sregex_iterator(overview.begin(), overview.end(), link); it != std::sregex_iterator(); ++it) {
    const std::string part = f.Out("_taal/" + (*it)[1].str());
    CAPTURE((*it)[0].str());
    CHECK_THAT(part, Catch::Matchers::Contains("<h2 id=\"" + (*it)[2].str() + "\">"));
    ++links;
  }
  CHECK(links == 230);

  for (int part = 1; part <= 3; ++part) {
    CAPTURE(part);
    const std::string html = f.Out("_taal/deel-" + std::to_string(part) + ".html");
    const std::size_t first = 100 * static_cast<std::size_t>(part - 1);
    CHECK(Count(html, "<section class=\"taal-pagina\"") == (part < 3 ? 100u : 30u));
    CHECK_THAT(html, Catch::Matchers::Contains("<h2 id=\"pagina-" + std::to_string(first) + "\">"));
    CHECK(Count(html, "<h1") == 1);
    CHECK_THAT(html, Catch::Matchers::Contains("<h1>Taalcheck, deel " + std::to_string(part) + " van 3</h1>"));
    CHECK_THAT(html, Catch::Matchers::Contains("<html lang=\"nl\">"));
    CHECK_THAT(html, Catch::Matchers::Contains("<meta name=\"robots\" content=\"noindex\">"));
    CHECK_THAT(html, Catch::Matchers::Contains("<a href=\"./\">Terug naar het overzicht</a>"));
    // Part 1 starts with the fixture's four pages, which have no long sentence.
    CHECK(Count(html, "<mark class=\"taal-zin\">Als u twijfelt") == (part == 1 ? 96u : part == 2 ? 100u : 30u));
    CHECK(Count(html, "<mark") == Count(html, "</mark>"));
  }
  CHECK_THAT(f.Out("_taal/deel-3.html"),
             Catch::Matchers::Contains("content/pages/pagina-226.md &middot; <a href=\"../pagina-226/\">bekijk de pagina</a>"));
  CHECK_THAT(f.Out("sitemap.xml"), !Catch::Matchers::Contains("_taal"));

  // With 100 pages again the report is one page, and the parts are gone from the site.
  for (int i = 97; i <= 226; ++i) REQUIRE(std::filesystem::remove(NumberedPage(f, i)));
  REQUIRE(BuildSite(f.options).written);
  CHECK(Count(f.Out("_taal/index.html"), "<section class=\"taal-pagina\"") == 100);
  CHECK_FALSE(std::filesystem::exists(f.dir / "site/_taal/deel-1.html"));
}

TEST_CASE("content errors are all reported and the old site stays untouched", "[build]") {
  Fixture f;
  REQUIRE(BuildSite(f.options).written);
  const std::string before = f.Out("over/index.html");
  WriteText(f.dir / "content/pages/over.md",
            "---\ntitle: Over ons\ndescription: Wie wij zijn.\nmenu: 2\n---\n[weg](/nergens/)\n\n#### Diep\n");
  WriteText(f.dir / "content/pages/kapot.md", "---\ntitel: Fout\n---\nTekst\n");
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  CHECK(f.Messages(summary) ==
        std::vector<std::string>{
            "content/pages/kapot.md:1: de titel ontbreekt; voeg bovenaan toe: title: Uw titel als vraag van de lezer",
            "content/pages/kapot.md:1: de beschrijving ontbreekt; voeg bovenaan toe: description: één zin over waar "
            "deze pagina over gaat (zoekmachines tonen die)",
            "content/pages/kapot.md:2: onbekende sleutel 'titel' in de front matter; bedoelt u 'title'?"});
  CHECK(f.Out("over/index.html") == before);
  CHECK_FALSE(std::filesystem::exists(f.dir / ".site.bouw"));

  // With the front matter fixed, the cross-page checks speak.
  WriteText(f.dir / "content/pages/kapot.md", "---\ntitle: Heel\ndescription: Heel.\n---\nTekst\n");
  summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  CHECK(f.Messages(summary) ==
        std::vector<std::string>{
            "content/pages/kapot.md:1: geen pagina linkt naar deze pagina en deze pagina linkt nergens naar; zet hem "
            "in het menu (menu: in de front matter) of link ernaar vanaf een andere pagina",
            "content/pages/over.md:6: link naar /nergens/ gaat naar een pagina die niet bestaat; verbeter de link of "
            "maak de pagina content/pages/nergens.md",
            "content/pages/over.md:8: kop 'Diep' slaat een niveau over (h1 naar h4); gebruik ## of voeg eerst een kop "
            "daarboven toe"});
  CHECK(f.Out("over/index.html") == before);
}

TEST_CASE("a full disk halfway through the build leaves the old site as it was", "[build]") {
  Fixture f;
  REQUIRE(BuildSite(f.options).written);
  const std::string before = f.Out("index.html");
  FaultyEnv env(3);
  f.options.env = &env;
  WriteText(f.dir / "content/pages/index.md",
            "---\ntitle: Nieuw\ndescription: Nieuw.\nmenu: 1\n---\nLees [over ons](/over/).\n");
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  REQUIRE(summary.diagnostics.error_count() >= 1);
  CHECK(summary.diagnostics.all()[0].problem == "kan niet schrijven (No space left on device)");
  CHECK(f.Out("index.html") == before);
  CHECK_FALSE(std::filesystem::exists(f.dir / ".site.bouw"));
}

TEST_CASE("a broken template names the file", "[build]") {
  Fixture f;
  std::filesystem::copy(testing::TemplatesDir(), f.dir / "templates", std::filesystem::copy_options::recursive);
  WriteText(f.dir / "templates/layout.mustache", "<html>{{#menu}}<a>{{label}}</a></html>\n");
  f.options.templates_dir = f.dir / "templates";
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  REQUIRE(f.Messages(summary).size() == 1);
  CHECK(f.Messages(summary)[0].rfind("templates/layout.mustache: sjabloon klopt niet (Unclosed section \"menu\"", 0) == 0);
}

TEST_CASE("a template link to a page the content lacks is an error at the template's line", "[build]") {
  Fixture f;
  std::filesystem::remove(f.dir / "content/pages/iemand-anders-bellen.md");
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  CHECK(f.Messages(summary) ==
        std::vector<std::string>{(testing::TemplatesDir() / "partials/gevaar.mustache").string() +
                                 ":9: link naar /iemand-anders-bellen/ gaat naar een pagina die niet bestaat; maak de "
                                 "pagina content/pages/iemand-anders-bellen.md of pas het sjabloon aan"});
}

TEST_CASE("a page only the templates link to is not an orphan", "[build]") {
  Fixture f;  // hoe-meld-ik.md links nowhere and no page links to it; the 404 page does
  BuildSummary summary = BuildSite(f.options);
  CHECK(summary.written);
  CHECK(f.Messages(summary).empty());
}

TEST_CASE("no pages at all is an error that says how to start", "[build]") {
  Fixture f;
  std::filesystem::remove_all(f.dir / "content/pages");
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  CHECK(f.Messages(summary) == std::vector<std::string>{"content/pages: hier staan geen pagina's (.md); maak een "
                                                        "pagina met: nietpluis new pagina \"Titel\""});
}

}  // namespace nietpluis

namespace nietpluis {

TEST_CASE("the stylesheet's fonts are shipped as real WOFF2 files under the SIL OFL", "[build][fonts]") {
  const std::filesystem::path fonts = testing::TemplatesDir() / "assets/fonts";
  std::string css = testing::ReadText(testing::TemplatesDir() / "assets/style.css");
  std::size_t count = 0;
  for (std::size_t at = css.find("url(\"fonts/"); at != std::string::npos; at = css.find("url(\"fonts/", at + 1)) {
    std::size_t end = css.find('"', at + 5);
    std::string name = css.substr(at + 11, end - at - 11);
    CAPTURE(name);
    std::string font = testing::ReadText(fonts / name);
    REQUIRE(font.size() > 4);
    CHECK(font.substr(0, 4) == "wOF2");
    ++count;
  }
  CHECK(count == 4);
  CHECK(testing::ReadText(fonts / "OFL.txt").find("SIL Open Font License") != std::string::npos);
}

}  // namespace nietpluis
