// Tests the whole build in-process: what it writes, what it refuses, and that failures change nothing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <string>

#include "config/site_config.h"
#include "content/page.h"
#include "fault_env.h"
#include "language/language_cache.h"
#include "site/site_builder.h"
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
  std::string Staff(const std::string& file) const { return ReadText(dir / ("site-intern/" + file)); }
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
  CHECK(summary.pages == 9);  // 4 written + privacy, toegankelijkheid, kiosk-locaties, melden + 404
  CHECK(summary.staff_pages == 2);  // the staff folder's index and the language report
  CHECK(last_done == 8);
  CHECK(last_total == 8);
  for (const char* file : {"index.html", "over/index.html", "privacy/index.html", "toegankelijkheid/index.html",
                           "kiosk-locaties/index.html", "melden/index.html", "404.html", "sitemap.xml", "robots.txt", "assets/style.css",
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
  CHECK(over.find("<a class=\"nummer\" href=\"tel:140999\">14 0999</a>") != std::string::npos);
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
  // Legal basis, right to object and how long a refused report stays (default 30 days).
  CHECK(privacy.find("een taak van algemeen belang (artikel 6, lid 1, onder e)") != std::string::npos);
  CHECK(privacy.find("<strong>bezwaar maken</strong>") != std::string::npos);
  CHECK(privacy.find("Dan bewaren wij de melding nog 30 dagen.") != std::string::npos);
  std::string kiosks = f.Out("kiosk-locaties/index.html");
  CHECK(kiosks.find("Buurthuis Het Anker") != std::string::npos);
  CHECK(kiosks.find("Ankerweg 1, 1011 AA Proef") != std::string::npos);
  std::string a11y = f.Out("toegankelijkheid/index.html");
  CHECK(a11y.find("1 november 2026") != std::string::npos);
  CHECK(a11y.find("voldoet gedeeltelijk") != std::string::npos);
}

TEST_CASE("without intake_url the page Melden gives the phone number and the meldzuilen", "[build]") {
  Fixture f;
  REQUIRE(BuildSite(f.options).written);
  const std::string page = f.Out("melden/index.html");
  CHECK(page.find("<h1>Melden</h1>") != std::string::npos);
  CHECK(page.find("<p>Bel het meldpunt: <a href=\"tel:140999\">14 0999</a>, op werkdagen van 9.00 tot 17.00 uur.</p>") !=
        std::string::npos);
  CHECK(page.find("<li>Buurthuis Het Anker, Ankerweg 1, 1011 AA Proef</li>") != std::string::npos);
  CHECK(page.find("<form") == std::string::npos);
  CHECK(page.find("form-action 'self'; base-uri") != std::string::npos);
  CHECK(page.find("connect-src 'self'; form-action") != std::string::npos);
  CHECK(page.find("adres.js") == std::string::npos);
}

TEST_CASE("with intake_url the page Melden holds the form, posting to the intake, which the CSP allows", "[build]") {
  Fixture f;
  WriteText(f.dir / "content/site.toml", "intake_url = \"https://meldpunt.proef.nl/\"\n" + testing::MinimalSiteToml());
  WriteText(f.dir / "content/pages/melden.md",
            "---\ntitle: Wilt u iets melden?\ndescription: Het formulier.\nmenu: 3\nmenu_title: Melden\n"
            "generate: melden\n---\nVertel het ons hier.\n");
  BuildSummary summary = BuildSite(f.options);
  CHECK(f.Messages(summary).empty());
  REQUIRE(summary.written);
  const std::string page = f.Out("melden/index.html");
  CHECK(page.find("<h1>Wilt u iets melden?</h1>\n<p>Vertel het ons hier.</p>") != std::string::npos);
  CHECK(page.find("<form class=\"meldformulier\" method=\"post\" action=\"https://meldpunt.proef.nl/melding\" novalidate>") !=
        std::string::npos);
  CHECK(page.find("form-action 'self' https://meldpunt.proef.nl; base-uri") != std::string::npos);
  CHECK(page.find("<script src=\"../assets/bron.js\" defer></script>") != std::string::npos);
  CHECK(std::filesystem::is_regular_file(f.dir / "site/assets/bron.js"));
  // The address lookup while typing (issue 19): the intake's origin may be asked, and only that one.
  CHECK(page.find("connect-src 'self' https://meldpunt.proef.nl; form-action") != std::string::npos);
  CHECK(page.find("<script src=\"../assets/adres.js\" defer></script>") != std::string::npos);
  CHECK(page.find("<div class=\"adres-live\" id=\"adres-live\" aria-live=\"polite\" "
                  "data-adres-zoeken=\"https://meldpunt.proef.nl/adres\"></div>") != std::string::npos);
  CHECK(page.find("<template id=\"adres-live-gevonden\">") != std::string::npos);
  CHECK(std::filesystem::is_regular_file(f.dir / "site/assets/adres.js"));
  // The same questions as the kiosk, on one page; autocomplete only for the reporter's own details.
  for (const char* part : {"<legend><h2>Waar woont de persoon?</h2></legend>", "<legend><h2>Waar maakt u zich zorgen over?</h2></legend>",
                           "<label for=\"toelichting\">Wilt u iets meer vertellen?</label>",
                           "<legend><h2>Wilt u uw naam geven?</h2></legend>",
                           "name=\"postcode\" type=\"text\" value=\"\" autocomplete=\"off\"",
                           "name=\"naam\" type=\"text\" value=\"\" autocomplete=\"name\"",
                           "name=\"telefoon\" type=\"tel\" value=\"\" autocomplete=\"tel\"",
                           "name=\"email\" type=\"email\" value=\"\" autocomplete=\"email\"",
                           "value=\"anoniem\" checked", "<input id=\"website\" name=\"website\" type=\"text\" value=\"\" tabindex=\"-1\"",
                           "<button class=\"knop knop-groot\">Verstuur de melding</button>"}) {
    INFO(part);
    CHECK(page.find(part) != std::string::npos);
  }
  CHECK(page.find("data-toetsenbord") == std::string::npos);
  CHECK(page.find("<li><a href=\"../melden/\" aria-current=\"page\">Melden</a></li>") != std::string::npos);
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
        "  <url><loc>https://www.proef.nl/nietpluis/melden/</loc></url>\n"
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
  // 230 written, 4 generated, 404; in the staff folder its index, the overview and three parts.
  CHECK(summary.pages == 230 + 4 + 1);
  CHECK(summary.staff_pages == 1 + 1 + 3);
  CHECK_FALSE(std::filesystem::exists(f.dir / "site-intern/_taal/deel-4.html"));

  const std::string overview = f.Staff("_taal/index.html");
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
    const std::string part = f.Staff("_taal/" + (*it)[1].str());
    CAPTURE((*it)[0].str());
    CHECK_THAT(part, Catch::Matchers::Contains("<h2 id=\"" + (*it)[2].str() + "\">"));
    ++links;
  }
  CHECK(links == 230);

  for (int part = 1; part <= 3; ++part) {
    CAPTURE(part);
    const std::string html = f.Staff("_taal/deel-" + std::to_string(part) + ".html");
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
  CHECK_THAT(f.Staff("_taal/deel-3.html"),
             Catch::Matchers::Contains("content/pages/pagina-226.md &middot; <a href=\"../../site/pagina-226/\">bekijk de pagina</a>"));
  CHECK_THAT(f.Out("sitemap.xml"), !Catch::Matchers::Contains("_taal"));

  // With 100 pages again the report is one page, and the parts are gone from the site.
  for (int i = 97; i <= 226; ++i) REQUIRE(std::filesystem::remove(NumberedPage(f, i)));
  REQUIRE(BuildSite(f.options).written);
  CHECK(Count(f.Staff("_taal/index.html"), "<section class=\"taal-pagina\"") == 100);
  CHECK_FALSE(std::filesystem::exists(f.dir / "site-intern/_taal/deel-1.html"));
}

constexpr const char* kLongSentence =
    "Als u twijfelt over iets wat u ziet bij de buren, dan kunt u ons altijd bellen of mailen.";
constexpr const char* kLongSentenceWarning =
    "content/pages/lang.md:5: waarschuwing: zin van 19 woorden (B1: hoogstens 15): \"Als u twijfelt over iets "
    "wat ...\"; maak er twee of meer korte zinnen van";

void WriteLongPage(Fixture& f, const std::string& text) {
  WriteText(f.dir / "content/pages/lang.md",
            "---\ntitle: Lang\ndescription: Een pagina om te meten.\n---\n" + text + "\n\nTerug naar [start](/).\n");
}

// The cache as the build opens it, and the key the build computes for a page's text.
LanguageCache BuildsCache(const Fixture& f) {
  Diagnostics diagnostics;
  SiteConfig site = LoadSiteConfig(f.options.content_dir, &diagnostics);
  return LanguageCache::Open(Env::Default(), f.options.out_dir,
                             LoadLanguageConfig(f.options.content_dir, site.LanguageSettings(), &diagnostics));
}
LanguageCacheKey KeyOfPage(const Fixture& f, const LanguageCache& cache, const std::string& name) {
  Diagnostics diagnostics;
  std::optional<Page> page = LoadPage(Env::Default(), f.dir / ("content/pages/" + name), name, &diagnostics);
  REQUIRE(page);
  return cache.KeyOf(page->text);
}

TEST_CASE("a rebuild takes a page whose text did not change from the language cache", "[build][taal][cache]") {
  Fixture f;
  WriteLongPage(f, kLongSentence);
  BuildSummary first = BuildSite(f.options);
  REQUIRE(first.written);
  CHECK(f.Messages(first) == std::vector<std::string>{kLongSentenceWarning});
  CHECK(std::filesystem::is_regular_file(f.dir / ".site.taalcheck"));
  const std::string report = f.Staff("_taal/index.html");
  CHECK_THAT(report, Catch::Matchers::Contains(std::string("<mark class=\"taal-zin\">") + kLongSentence + "</mark>"));

  // From the cache: the same warning and the same report.
  BuildSummary second = BuildSite(f.options);
  CHECK(f.Messages(second) == f.Messages(first));
  CHECK(f.Staff("_taal/index.html") == report);

  // The cache is really what the second build read: an entry made up for over.md shows in the report.
  const LanguageCache cache = BuildsCache(f);
  REQUIRE(cache.enabled());
  CHECK(cache.size() == 5);
  std::vector<LanguageCache::Stored> entries;
  for (const char* name : {"index.md", "hoe-meld-ik.md", "iemand-anders-bellen.md", "lang.md"}) {
    entries.push_back({*cache.Find(KeyOfPage(f, cache, name)), ""});
  }
  const std::string made_up = "<div class=\"taal-tekst\">\n<p>uit de cache</p>\n</div>\n";
  const std::string head = LanguageCache::EntryHead(KeyOfPage(f, cache, "over.md"), LanguageScore{}, {}, made_up);
  entries.push_back({head, made_up});
  REQUIRE(cache.Save(Env::Default(), entries).ok());
  REQUIRE(BuildSite(f.options).written);
  CHECK_THAT(f.Staff("_taal/index.html"), Catch::Matchers::Contains("<p>uit de cache</p>"));

  // A page whose text changed is checked again.
  WriteLongPage(f, "Bel ons gerust.");
  BuildSummary changed = BuildSite(f.options);
  CHECK(f.Messages(changed).empty());
  CHECK_THAT(f.Staff("_taal/index.html"), !Catch::Matchers::Contains("<mark class=\"taal-zin\">Als u"));
  CHECK_THAT(f.Staff("_taal/index.html"), Catch::Matchers::Contains("<p>Bel ons gerust.</p>"));
}

TEST_CASE("other language settings make a rebuild check every page again", "[build][taal][cache]") {
  Fixture f;
  WriteLongPage(f, kLongSentence);
  REQUIRE(BuildSite(f.options).written);
  WriteText(f.dir / "content/site.toml", testing::MinimalSiteToml() + "\n[taalcheck]\nzin_waarschuwing = 20\nzin_fout = 25\n");
  BuildSummary summary = BuildSite(f.options);
  REQUIRE(summary.written);
  CHECK(f.Messages(summary).empty());  // 19 words are fine now
  CHECK_THAT(f.Staff("_taal/index.html"), !Catch::Matchers::Contains("<mark class=\"taal-zin\">Als u"));
}

TEST_CASE("a damaged language cache is not used and is written anew", "[build][taal][cache]") {
  Fixture f;
  WriteLongPage(f, kLongSentence);
  REQUIRE(BuildSite(f.options).written);
  std::string damaged = ReadText(f.dir / ".site.taalcheck");
  for (std::size_t at = 24; at < damaged.size(); at += 11) damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
  WriteText(f.dir / ".site.taalcheck", damaged);
  BuildSummary summary = BuildSite(f.options);
  REQUIRE(summary.written);
  CHECK(f.Messages(summary) == std::vector<std::string>{kLongSentenceWarning});
  CHECK_THAT(f.Staff("_taal/index.html"), Catch::Matchers::Contains(std::string("<mark class=\"taal-zin\">") + kLongSentence));
  CHECK(BuildsCache(f).size() == 5);
}

// Writes everything but the language cache, as on a disk where only that file cannot be made.
class NoCacheEnv : public EnvWrapper {
 public:
  Result<std::string> ReadFile(const std::filesystem::path& path) override { return base_->ReadFile(path); }
  Status WriteFile(const std::filesystem::path& path, std::string_view contents) override {
    if (path.filename().string().find(".taalcheck") != std::string::npos) {
      return Error(path.string(), 0, "kan niet schrijven (Permission denied)", "kijk of u in deze map mag schrijven");
    }
    return base_->WriteFile(path, contents);
  }
  Status CreateDirectories(const std::filesystem::path& path) override { return base_->CreateDirectories(path); }
  Status Rename(const std::filesystem::path& from, const std::filesystem::path& to) override {
    return base_->Rename(from, to);
  }
  Status Exchange(const std::filesystem::path& a, const std::filesystem::path& b) override {
    return base_->Exchange(a, b);
  }
  Status RemoveAll(const std::filesystem::path& path) override { return base_->RemoveAll(path); }

 private:
  Env* base_ = Env::Default();
};

TEST_CASE("a language cache that cannot be written changes nothing else", "[build][taal][cache]") {
  Fixture f;
  NoCacheEnv env;
  f.options.env = &env;
  WriteLongPage(f, kLongSentence);
  BuildSummary summary = BuildSite(f.options);
  REQUIRE(summary.written);
  CHECK(f.Messages(summary) == std::vector<std::string>{kLongSentenceWarning});
  CHECK_FALSE(std::filesystem::exists(f.dir / ".site.taalcheck"));
  for (const auto& entry : std::filesystem::directory_iterator(f.dir.path())) {
    CHECK(entry.path().filename().string().find("taalcheck") == std::string::npos);  // no leftover half file
  }
}

TEST_CASE("a build without the check neither reads nor writes the language cache", "[build][taal][cache]") {
  Fixture f;
  f.options.check_language = false;
  REQUIRE(BuildSite(f.options).written);
  CHECK_FALSE(std::filesystem::exists(f.dir / ".site.taalcheck"));
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
                                 ":10: link naar /iemand-anders-bellen/ gaat naar een pagina die niet bestaat; maak de "
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

TEST_CASE("the stylesheet's fonts are shipped as real WOFF2 files under their licences", "[build][fonts]") {
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
  CHECK(count == 8);  // Atkinson Hyperlegible, and the digits of Open Sans (a zero without a slash)
  CHECK(testing::ReadText(fonts / "OFL.txt").find("SIL Open Font License") != std::string::npos);
  CHECK(testing::ReadText(fonts / "OpenSans-LICENSE.txt").find("License: Apache-2.0") != std::string::npos);
}

}  // namespace nietpluis

namespace nietpluis {
namespace {


// Every regular file below `dir` whose text is `text`.
std::vector<std::string> FilesHolding(const std::filesystem::path& dir, const std::string& text) {
  std::vector<std::string> found;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && !entry.is_symlink() && ReadText(entry.path()) == text) {
      found.push_back(entry.path().lexically_relative(dir).generic_string());
    }
  }
  return found;
}

void CopyTemplates(const std::filesystem::path& to) {
  std::filesystem::copy(testing::TemplatesDir(), to, std::filesystem::copy_options::recursive);
}

}  // namespace

TEST_CASE("a link in content/beeld to a file outside content is refused and never opened for writing", "[build][link]") {
  Fixture f;
  testing::OutsideFile outside("geheim.png");
  std::filesystem::create_directories(f.dir / "content/beeld");
  std::filesystem::create_symlink(outside.file, f.dir / "content/beeld/x.png");
  for (const char* out : {"site", "diep/in/de/map/site"}) {
    f.options.out_dir = f.dir / out;
    BuildSummary summary = BuildSite(f.options);
    CHECK_FALSE(summary.written);
    CHECK(f.Messages(summary) ==
          std::vector<std::string>{"content/beeld/x.png: verwijst naar een bestand buiten de map content; zet het "
                                   "bestand zelf in de map content in plaats van een link ernaar"});
    CHECK(outside.Untouched());
    CHECK(FilesHolding(f.dir.path(), "geheim").empty());
  }
}

TEST_CASE("a link in content/beeld to a folder outside content is refused", "[build][link]") {
  Fixture f;
  testing::OutsideFile outside("geheim.png");
  std::filesystem::create_directories(f.dir / "content/beeld");
  std::filesystem::create_directory_symlink(outside.dir.path(), f.dir / "content/beeld/map");
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  CHECK(f.Messages(summary) ==
        std::vector<std::string>{"content/beeld/map: verwijst naar een map buiten de map content; zet de bestanden "
                                 "zelf in de map content in plaats van een link ernaar"});
  CHECK(outside.Untouched());
  CHECK(FilesHolding(f.dir.path(), "geheim").empty());
}

TEST_CASE("a link that stays inside content is copied as a file of its own", "[build][link]") {
  Fixture f;
  WriteText(f.dir / "content/beeld/origineel.png", "plaatje");
  std::filesystem::create_symlink("origineel.png", f.dir / "content/beeld/kopie.png");
  std::filesystem::create_directories(f.dir / "content/beeld/map");
  std::filesystem::create_symlink("../origineel.png", f.dir / "content/beeld/map/ook.png");
  std::filesystem::create_directory_symlink("map", f.dir / "content/beeld/andere-map");
  BuildSummary summary = BuildSite(f.options);
  CHECK(f.Messages(summary).empty());
  REQUIRE(summary.written);
  for (const char* file : {"beeld/kopie.png", "beeld/map/ook.png", "beeld/andere-map/ook.png"}) {
    INFO(file);
    CHECK(std::filesystem::is_regular_file(std::filesystem::symlink_status(f.dir / "site" / file)));
    CHECK(f.Out(file) == "plaatje");
  }
  CHECK(std::filesystem::is_directory(std::filesystem::symlink_status(f.dir / "site/beeld/andere-map")));
}

TEST_CASE("a content folder that is itself a link builds as before", "[build][link]") {
  Fixture f;
  std::filesystem::rename(f.dir / "content", f.dir / "repo");
  std::filesystem::create_directory_symlink(f.dir / "repo", f.dir / "content");
  BuildSummary summary = BuildSite(f.options);
  CHECK(f.Messages(summary).empty());
  CHECK(summary.written);
}

TEST_CASE("a link to the folder it stands in is refused instead of copied forever", "[build][link]") {
  Fixture f;
  WriteText(f.dir / "content/beeld/a.png", "a");
  std::filesystem::create_directory_symlink(".", f.dir / "content/beeld/rond");
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  CHECK(f.Messages(summary) ==
        std::vector<std::string>{"content/beeld/rond: verwijst naar een map waar hij zelf in staat; haal de link weg"});
}

TEST_CASE("a page that is a link to a file outside content is refused", "[build][link]") {
  Fixture f;
  testing::OutsideFile outside("geheim.png");
  WriteText(outside.dir / "stiekem.md", "---\ntitle: Stiekem\ndescription: Van buiten.\nmenu: 3\n---\nTekst.\n");
  std::filesystem::create_symlink(outside.dir / "stiekem.md", f.dir / "content/pages/stiekem.md");
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  CHECK(f.Messages(summary) ==
        std::vector<std::string>{"content/pages/stiekem.md: verwijst naar een bestand buiten de map content; zet het "
                                 "bestand zelf in de map content in plaats van een link ernaar"});
}

TEST_CASE("a logo outside content is refused at its line in site.toml", "[build][link]") {
  Fixture f;
  testing::OutsideFile outside("geheim.png");
  std::filesystem::create_symlink(outside.file, f.dir / "content/logo-link.png");
  std::string toml = testing::MinimalSiteToml();
  const std::size_t at = toml.find("logo = \"");
  REQUIRE(at != std::string::npos);
  const std::size_t end = toml.find('"', at + 8);
  WriteText(f.dir / "content/site.toml", toml.substr(0, at + 8) + "logo-link.png" + toml.substr(end));
  const int line = static_cast<int>(std::count(toml.begin(), toml.begin() + at, '\n')) + 1;
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  CHECK(f.Messages(summary) ==
        std::vector<std::string>{"content/site.toml:" + std::to_string(line) +
                                 ": het logo 'logo-link.png' staat buiten de map content; zet het logo zelf in de "
                                 "map content"});
  CHECK(FilesHolding(f.dir.path(), "geheim").empty());
}

TEST_CASE("a link in the templates to a file outside them is refused", "[build][link]") {
  Fixture f;
  testing::OutsideFile outside("geheim.png");
  CopyTemplates(f.dir / "templates");
  f.options.templates_dir = f.dir / "templates";
  std::filesystem::create_symlink(outside.file, f.dir / "templates/assets/x.css");
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  CHECK(f.Messages(summary) ==
        std::vector<std::string>{"templates/assets/x.css: verwijst naar een bestand buiten de map templates; zet het "
                                 "bestand zelf in de map templates in plaats van een link ernaar"});
  CHECK(outside.Untouched());
  CHECK(FilesHolding(f.dir.path(), "geheim").empty());
}

TEST_CASE("a template that is a link to a file outside the templates is refused", "[build][link]") {
  Fixture f;
  testing::OutsideFile outside("geheim.png");
  CopyTemplates(f.dir / "templates");
  f.options.templates_dir = f.dir / "templates";
  WriteText(outside.dir / "gevaar.mustache", "<p>van buiten</p>");
  std::filesystem::remove(f.dir / "templates/partials/gevaar.mustache");
  std::filesystem::create_symlink(outside.dir / "gevaar.mustache", f.dir / "templates/partials/gevaar.mustache");
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  const std::vector<std::string> messages = f.Messages(summary);
  CHECK(std::count(messages.begin(), messages.end(),
                   "templates/partials/gevaar.mustache: verwijst naar een bestand buiten de map templates; zet het "
                   "bestand zelf in de map templates in plaats van een link ernaar") == 1);
}

}  // namespace nietpluis

namespace nietpluis {
namespace {

// The footer's list of links as the layout renders it.
std::string FooterLinksHtml(const std::string& html) {
  const std::size_t begin = html.find("<ul class=\"voet-links\">");
  const std::size_t end = html.find("</ul>", begin);
  if (begin == std::string::npos || end == std::string::npos) return "";
  std::string links = html.substr(begin, end - begin);
  links.erase(std::remove(links.begin(), links.end(), ' '), links.end());
  links.erase(std::remove(links.begin(), links.end(), '\n'), links.end());
  return links;
}

}  // namespace

TEST_CASE("without [[voettekst]] the footer links to the meldzuilen, privacy and toegankelijkheid", "[build][voettekst]") {
  Fixture f;
  REQUIRE(BuildSite(f.options).written);
  CHECK(FooterLinksHtml(f.Out("over/index.html")) ==
        "<ulclass=\"voet-links\"><li><ahref=\"../kiosk-locaties/\">Meldzuilen</a></li>"
        "<li><ahref=\"../privacy/\">Privacy</a></li><li><ahref=\"../toegankelijkheid/\">Toegankelijkheid</a></li>");
}

TEST_CASE("a site whose [[voettekst]] names another page gets that footer on every page", "[build][voettekst]") {
  Fixture f;
  WriteText(f.dir / "content/site.toml", testing::MinimalSiteToml() +
                                             "\n[[voettekst]]\ntekst = \"Over ons\"\npagina = \"/over/\"\n"
                                             "\n[[voettekst]]\ntekst = \"Privacy\"\npagina = \"/privacy/\"\n");
  BuildSummary summary = BuildSite(f.options);
  CHECK(f.Messages(summary).empty());
  REQUIRE(summary.written);
  const std::string expected = "<ulclass=\"voet-links\"><li><ahref=\"ROOTover/\">Overons</a></li>"
                               "<li><ahref=\"ROOTprivacy/\">Privacy</a></li>";
  auto with_root = [&](const std::string& root) {
    return std::regex_replace(expected, std::regex("ROOT"), root);
  };
  CHECK(FooterLinksHtml(f.Out("over/index.html")) == with_root("../"));
  CHECK(FooterLinksHtml(f.Out("index.html")) == with_root(""));
  CHECK(FooterLinksHtml(f.Out("404.html")) == with_root("/nietpluis/"));
}

TEST_CASE("a [[voettekst]] page that does not exist stops the build before anything is written", "[build][voettekst]") {
  Fixture f;
  const std::string toml = testing::MinimalSiteToml();
  const int line = static_cast<int>(std::count(toml.begin(), toml.end(), '\n')) + 4;
  WriteText(f.dir / "content/site.toml", toml + "\n[[voettekst]]\ntekst = \"Contact\"\npagina = \"/contact/\"\n");
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  CHECK_FALSE(std::filesystem::exists(f.dir / "site"));
  CHECK(f.Messages(summary) == std::vector<std::string>{"content/site.toml:" + std::to_string(line) +
                                                        ": voettekst: de pagina /contact/ bestaat niet; kies een "
                                                        "pagina uit content/pages/"});
}

TEST_CASE("templates without teksten/nietpluis.toml stop the build with a message naming the file", "[build][teksten]") {
  Fixture f;
  CopyTemplates(f.dir / "templates");
  f.options.templates_dir = f.dir / "templates";
  std::filesystem::remove(f.dir / "templates/teksten/nietpluis.toml");
  BuildSummary summary = BuildSite(f.options);
  CHECK_FALSE(summary.written);
  REQUIRE(f.Messages(summary).size() == 1);
  CHECK(f.Messages(summary)[0].rfind("templates/teksten/nietpluis.toml", 0) == 0);
}

}  // namespace nietpluis
