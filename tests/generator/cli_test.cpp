// End-to-end tests of the nietpluis binary: the example content builds into a complete, self-contained
// site, and the CLI's exit codes and messages are what a user sees.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "test_support.h"

namespace nietpluis {
namespace {

using testing::Binary;
using testing::Quote;
using testing::ReadText;
using testing::Run;
using testing::TempDir;
using testing::WriteText;

std::vector<std::filesystem::path> HtmlFiles(const std::filesystem::path& site) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(site)) {
    if (entry.path().extension() == ".html") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> Matches(const std::string& text, const std::regex& pattern) {
  std::vector<std::string> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it) {
    found.push_back((*it)[1].str());
  }
  return found;
}

// Every file of the tree with its contents, to prove a failed build changed nothing.
std::map<std::string, std::string> Snapshot(const std::filesystem::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files[entry.path().string()] = ReadText(entry.path());
  }
  return files;
}

// A build that failed on the content: exit 1, nothing on stdout, exactly `err` on stderr.
void CheckRefused(const testing::CommandResult& result, const std::string& err) {
  CHECK(result.exit_code == 1);
  CHECK(result.out == "");
  CHECK(result.err == err);
}

// Builds the example content once for all tests in this file; without its audio, which takes most of a
// cold build and is tested where it is made (tests/meldpunt/site/build_speech_test.cpp) and below.
const std::filesystem::path& ExampleSite() {
  static TempDir dir;
  static bool built = [] {
    auto result = Run(Binary() + " build --content " + Quote((testing::SourceDir() / "content").string()) +
                      " --out " + Quote((dir / "site").string()) + " --templates " +
                      Quote(testing::TemplatesDir().string()) + " --zonder-voorlezen");
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return true;
  }();
  (void)built;
  static std::filesystem::path site = dir / "site";
  return site;
}

}  // namespace

TEST_CASE("the example content builds every page and prints a one-line summary", "[e2e]") {
  TempDir dir;
  auto result = Run(Binary() + " build --content " + Quote((testing::SourceDir() / "content").string()) + " --out " +
                    Quote((dir / "site").string()) + " --templates " + Quote(testing::TemplatesDir().string()));
  CHECK(result.exit_code == 0);
  CHECK(result.err == "");
  CHECK(std::regex_match(result.out, std::regex("nietpluis: 14 pagina's en 93 drukwerkbestanden gebouwd in "
                                                "[0-9]+,[0-9]{2} s -> .*/site\n"
                                                "nietpluis: 4 pagina's voor de makers, niet voor de website -> "
                                                ".*/site-intern/index.html\n")));
  // [voorlezen] is on in the example content: the home page has its audio.
  CHECK(std::filesystem::exists(dir / "site/voorlezen.mp3"));
  // The staff pages are beside the site, not in it.
  CHECK(std::filesystem::exists(dir / "site-intern/_taal/index.html"));
  CHECK(std::filesystem::exists(dir / "site-intern/drukwerk/index.html"));
  CHECK(std::filesystem::exists(dir / "site-intern/resultaten/index.html"));
  CHECK_FALSE(std::filesystem::exists(dir / "site/resultaten"));
  CHECK_FALSE(std::filesystem::exists(dir / "site/_taal"));
  CHECK_FALSE(std::filesystem::exists(dir / "site/drukwerk"));
  for (const auto& entry : std::filesystem::directory_iterator(testing::SourceDir() / "content/pages")) {
    std::string stem = entry.path().stem().string();
    std::string file = stem == "index" ? "index.html" : stem + "/index.html";
    CAPTURE(file);
    CHECK(std::filesystem::is_regular_file(dir / "site" / file));
  }
}

TEST_CASE("every page has one h1, lang, title, description, the menu and the danger box", "[e2e]") {
  const auto& site = ExampleSite();
  auto files = HtmlFiles(site);
  REQUIRE(files.size() == 14);  // 13 written and 404; the staff pages are in site-intern/
  for (const auto& file : files) {
    CAPTURE(file);
    std::string html = ReadText(file);
    CHECK(Matches(html, std::regex("<(h1)[ >]")).size() == 1);
    CHECK(html.find("<html lang=\"nl\">") != std::string::npos);
    CHECK(std::regex_search(html, std::regex("<title>[^<]+</title>")));
    CHECK(std::regex_search(html, std::regex("<meta name=\"description\" content=\"[^\"]{20,}\">")));
    CHECK(html.find("<nav class=\"menu\" aria-label=\"Hoofdmenu\">") != std::string::npos);
    CHECK(html.find("Wat is niet pluis?</a>") != std::string::npos);
    CHECK(html.find("<a class=\"overslaan\" href=\"#inhoud\">") != std::string::npos);
    CHECK(html.find("<main id=\"inhoud\"") != std::string::npos);
    // The danger box with 112 and the other numbers from the domain brief.
    CHECK(html.find("<h2 id=\"gevaar-titel\">Direct gevaar?</h2>") != std::string::npos);
    for (const char* number : {"tel:112", "tel:09008844", "tel:08002000", "tel:08001205"}) {
      CAPTURE(number);
      CHECK(html.find(number) != std::string::npos);
    }
    CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';") !=
          std::string::npos);
  }
}

TEST_CASE("nothing is loaded from another host and every internal link resolves", "[e2e]") {
  const auto& site = ExampleSite();
  const std::regex asset(R"(<(?:link|script|img|source|iframe)\b[^>]*\b(?:src|href)="([^"]*)\")");
  const std::regex anchor(R"(<a\b[^>]*\bhref="([^"]*)\")");
  std::size_t internal_links = 0;
  for (const auto& file : HtmlFiles(site)) {
    CAPTURE(file);
    std::string html = ReadText(file);
    for (const std::string& url : Matches(html, asset)) {
      CAPTURE(url);
      if (url.rfind("https://www.voorbeeld.nl/nietpluis/", 0) == 0) continue;  // rel=canonical names itself
      CHECK(url.find("//") == std::string::npos);
      CHECK(url.find(':') == std::string::npos);
      if (file.filename() == "404.html") continue;  // links from the base path; checked in the unit tests
      CHECK(std::filesystem::is_regular_file(file.parent_path() / url));
    }
    if (file.filename() == "404.html") continue;
    for (const std::string& url : Matches(html, anchor)) {
      if (url.find(':') != std::string::npos || url[0] == '#') continue;
      CAPTURE(url);
      std::string path = url.substr(0, url.find('#'));
      std::filesystem::path target = file.parent_path() / path;
      if (path.empty() || path.back() == '/' || std::filesystem::is_directory(target)) target /= "index.html";
      CHECK(std::filesystem::is_regular_file(target));
      ++internal_links;
    }
  }
  CHECK(internal_links > 100);
  for (const char* css : {"assets/style.css", "assets/tokens.css"}) {
    std::string text = ReadText(site / css);
    for (const std::string& url : Matches(text, std::regex(R"(url\(\"?([^")]+))"))) {
      CAPTURE(url);
      CHECK(url.find("//") == std::string::npos);
      CHECK(std::filesystem::is_regular_file(site / "assets" / url));
    }
  }
}

TEST_CASE("the sitemap lists exactly the public pages", "[e2e]") {
  const auto& site = ExampleSite();
  std::set<std::string> listed;
  for (const std::string& url :
       Matches(ReadText(site / "sitemap.xml"), std::regex("<loc>https://www.voorbeeld.nl/nietpluis/([^<]*)</loc>"))) {
    listed.insert(url);
  }
  std::set<std::string> pages;
  for (const auto& file : HtmlFiles(site)) {
    if (file.filename() == "404.html") continue;
    if (ReadText(file).find("<meta name=\"robots\" content=\"noindex\">") != std::string::npos) continue;
    std::string relative = std::filesystem::relative(file.parent_path(), site).string();
    pages.insert(relative == "." ? "" : relative + "/");
  }
  CHECK(listed == pages);
  CHECK(ReadText(site / "robots.txt").find("Sitemap: https://www.voorbeeld.nl/nietpluis/sitemap.xml") !=
        std::string::npos);
}

TEST_CASE("a failed build exits 1, names file and line, and leaves the old site byte for byte", "[e2e]") {
  TempDir dir;
  std::filesystem::copy(testing::SourceDir() / "content", dir / "content", std::filesystem::copy_options::recursive);
  const std::string build = Binary() + " build --zonder-voorlezen --templates " + Quote(testing::TemplatesDir().string());
  REQUIRE(Run(build, dir.path()).exit_code == 0);
  auto before = Snapshot(dir / "site");
  WriteText(dir / "content/pages/nieuw.md", "---\ntitle: Nieuw\ndescription: Een nieuwe pagina.\nmenu: 20\n---\n"
                                            "Zie [de zuilen](/kiosk-locatie/).\n");
  CheckRefused(Run(build, dir.path()),
               "content/pages/nieuw.md:6: link naar /kiosk-locatie/ gaat naar een pagina die niet bestaat; bedoelt u "
               "/kiosk-locaties/?\n"
               "nietpluis: 1 fout; site is niet veranderd\n");
  CHECK(Snapshot(dir / "site") == before);
}

TEST_CASE("a bad campaign exits 1 with file and line, and leaves the old site with its print material", "[e2e]") {
  TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  WriteText(dir / "content/campagnes/proef.toml", testing::MinimalCampaignToml());
  const std::string build = Binary() + " build --templates " + Quote(testing::TemplatesDir().string());
  auto first = Run(build, dir.path());
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(std::regex_match(first.out, std::regex("nietpluis: 9 pagina's en 23 drukwerkbestanden gebouwd in .*\n"
                                               "nietpluis: 4 pagina's voor de makers, niet voor de website -> "
                                               "site-intern/index.html\n")));
  auto before = Snapshot(dir / "site");
  auto staff_before = Snapshot(dir / "site-intern");
  WriteText(dir / "content/campagnes/proef.toml",
            testing::ReplaceOnce(testing::MinimalCampaignToml(), "bron = \"buurthuis-anker\"", "bron = \"buurthuis/anker\""));
  CheckRefused(Run(build, dir.path()),
               "content/campagnes/proef.toml:13: de bron 'buurthuis/anker' heeft tekens die niet in een webadres "
               "horen; gebruik alleen kleine letters, cijfers en streepjes, zoals 'buurthuis-anker'\n"
               "nietpluis: 1 fout; site is niet veranderd\n");
  CHECK(Snapshot(dir / "site") == before);
  CHECK(Snapshot(dir / "site-intern") == staff_before);
}

TEST_CASE("usage errors exit 2 with a hint; help exits 0", "[e2e][cli]") {
  auto unknown_flag = Run(Binary() + " build --contnt x");
  CHECK(unknown_flag.exit_code == 2);
  CHECK(unknown_flag.err ==
        "nietpluis: onbekende optie '--contnt'; bedoelt u '--content'?\nMeer uitleg: nietpluis build --help\n");
  auto unknown_command = Run(Binary() + " bouw");
  CHECK(unknown_command.exit_code == 2);
  CHECK(unknown_command.err == "nietpluis: onbekende opdracht 'bouw'\nMeer uitleg: nietpluis --help\n");
  auto missing_value = Run(Binary() + " serve --port");
  CHECK(missing_value.exit_code == 2);
  CHECK(missing_value.err == "nietpluis: bij --port hoort een waarde\nMeer uitleg: nietpluis serve --help\n");
  auto bad_port = Run(Binary() + " serve --port 99999");
  CHECK(bad_port.exit_code == 2);
  CHECK(bad_port.err ==
        "nietpluis: --port 99999 is geen poortnummer; kies een getal van 1 tot 65535\nMeer uitleg: nietpluis serve "
        "--help\n");
  CHECK(Run(Binary()).exit_code == 2);
  for (const char* command : {" --help", " build --help", " serve --help", " new --help"}) {
    CAPTURE(command);
    auto help = Run(Binary() + command);
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("Gebruik: nietpluis") != std::string::npos);
  }
}

TEST_CASE("new pagina creates a page that builds once described and linked", "[e2e][cli]") {
  TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  auto created = Run(Binary() + " new pagina 'Hulp bij geldzorgen'", dir.path());
  CHECK(created.exit_code == 0);
  CHECK(created.out ==
        "nietpluis: content/pages/hulp-bij-geldzorgen.md gemaakt; vul de beschrijving in en schrijf de tekst\n");
  std::string text = ReadText(dir / "content/pages/hulp-bij-geldzorgen.md");
  CHECK(text.rfind("---\ntitle: \"Hulp bij geldzorgen\"\ndescription: \"\"\n", 0) == 0);

  const std::string build = Binary() + " build --templates " + Quote(testing::TemplatesDir().string());
  auto first = Run(build, dir.path());
  CHECK(first.exit_code == 1);
  CHECK(first.err.find("content/pages/hulp-bij-geldzorgen.md:1: de beschrijving ontbreekt") != std::string::npos);

  std::size_t at = text.find("description: \"\"");
  text.replace(at, 15, "description: Hulp als u geldzorgen heeft.");
  WriteText(dir / "content/pages/hulp-bij-geldzorgen.md", text);
  auto second = Run(build, dir.path());
  INFO(second.err);
  CHECK(second.exit_code == 0);
  CHECK(std::filesystem::is_regular_file(dir / "site/hulp-bij-geldzorgen/index.html"));

  auto again = Run(Binary() + " new pagina 'Hulp bij geldzorgen'", dir.path());
  CHECK(again.exit_code == 1);
  CHECK(again.err == "content/pages/hulp-bij-geldzorgen.md: deze pagina bestaat al; kies een andere titel of pas de "
                     "bestaande pagina aan\n");
  CHECK(Run(Binary() + " new pagina", dir.path()).exit_code == 2);
  CHECK(Run(Binary() + " new bericht X", dir.path()).exit_code == 2);
}

TEST_CASE("build refuses an output folder it did not make", "[e2e][cli]") {
  TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  WriteText(dir / "eigen/brief.txt", "bewaren");
  auto result = Run(Binary() + " build --out eigen --templates " + Quote(testing::TemplatesDir().string()), dir.path());
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("eigen: deze map bestaat al en is niet door Nietpluis gemaakt") == 0);
  CHECK(ReadText(dir / "eigen/brief.txt") == "bewaren");
}

}  // namespace nietpluis
