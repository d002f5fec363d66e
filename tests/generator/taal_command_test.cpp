// End-to-end tests of `nietpluis taal` and of the language check inside `nietpluis build`.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace nietpluis {
namespace {

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using testing::Binary;
using testing::Quote;
using testing::Run;

// Line 6 of the page holds one sentence of 25 words and nothing else to find.
constexpr const char* kLongPage =
    "---\n"
    "title: Bellen\n"
    "description: Wanneer u ons belt.\n"
    "menu: 3\n"
    "---\n"
    "Als u denkt dat het met uw buurman niet goed gaat, dan mag u ons altijd bellen of een mail sturen, ook in "
    "het weekend.\n";
constexpr const char* kLongSentence =
    "Als u denkt dat het met uw buurman niet goed gaat, dan mag u ons altijd bellen of een mail sturen, ook in het "
    "weekend.";
constexpr const char* kFinding =
    "content/pages/lang.md:6: zin van 25 woorden (B1: hoogstens 15): \"Als u denkt dat het met ...\"; maak er twee "
    "of meer korte zinnen van";

// The minimal site plus the page above, in `dir`/content.
void WriteContentWithLongSentence(const testing::TempDir& dir) {
  testing::WriteMinimalContent(dir / "content");
  testing::WriteText(dir / "content/pages/lang.md", kLongPage);
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_CASE("nietpluis taal on the example content has no errors", "[taal][cli]") {
  const std::string content = (testing::SourceDir() / "content").string();
  testing::CommandResult result = Run(Quote(Binary()) + " taal --content " + Quote(content));
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  // A score line for each page of content/pages, and any finding only as a warning.
  std::size_t pages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SourceDir() / "content/pages")) {
    if (entry.path().extension() == ".md") ++pages;
  }
  std::size_t score_lines = 0;
  for (const std::string& line : Lines(result.out)) {
    REQUIRE_THAT(line, StartsWith(content + "/pages/"));
    if (line.find(" zinnen, gemiddeld ") != std::string::npos || line.find(" zin, gemiddeld ") != std::string::npos) {
      ++score_lines;
      CHECK_THAT(line, Contains(" 0 fouten"));
    } else {
      CHECK_THAT(line, Contains(": waarschuwing: "));
    }
  }
  CHECK(score_lines == pages);
}

TEST_CASE("nietpluis taal: a 25-word sentence is an error, then a score line per page", "[taal][cli]") {
  testing::TempDir dir;
  WriteContentWithLongSentence(dir);
  testing::CommandResult result = Run(Quote(Binary()) + " taal --content content", dir.path());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 1);
  CHECK(result.err.empty());
  CHECK(Lines(result.out) ==
        std::vector<std::string>{
            kFinding,
            // Every page's title is read too, as its first sentence.
            // "Hoe meld ik iets?" and "Bel ons.": 6 words, 6 syllables: 206.84 - 0.77 * 100 - 0.93 * 3, clamped
            "content/pages/hoe-meld-ik.md: 2 zinnen, gemiddeld 3,0 woorden per zin, 0% lange woorden, Flesch-Douma 100 "
            "(heel makkelijk); 0 waarschuwingen, 0 fouten",
            // "Wanneer belt u iemand anders?" and "Bel 112.", where the number is not a word: 6 words,
            // 9 syllables: 206.84 - 0.77 * 150 - 0.93 * 3 = 88.55
            "content/pages/iemand-anders-bellen.md: 2 zinnen, gemiddeld 3,0 woorden per zin, 0% lange woorden, "
            "Flesch-Douma 89 (makkelijk); 0 waarschuwingen, 0 fouten",
            // "Welkom" and "Lees over ons.": 4 words, 6 syllables: 206.84 - 0.77 * 150 - 0.93 * 2 = 89.48
            "content/pages/index.md: 2 zinnen, gemiddeld 2,0 woorden per zin, 0% lange woorden, Flesch-Douma 89 "
            "(makkelijk); 0 waarschuwingen, 0 fouten",
            // "Bellen" and the 25-word sentence: 26 words, 32 syllables: 206.84 - 0.77 * 123.1 - 0.93 * 13 = 99.98
            "content/pages/lang.md: 2 zinnen, gemiddeld 13,0 woorden per zin, 0% lange woorden, Flesch-Douma 100 (heel "
            "makkelijk); 0 waarschuwingen, 1 fout",
            // "Over ons", "Wie zijn wij?" and "Terug naar start.": 8 words
            "content/pages/over.md: 3 zinnen, gemiddeld 2,7 woorden per zin, 0% lange woorden, Flesch-Douma 100 (heel "
            "makkelijk); 0 waarschuwingen, 0 fouten"});
}

TEST_CASE("nietpluis taal --json: the shape and the numbers", "[taal][cli][json]") {
  testing::TempDir dir;
  WriteContentWithLongSentence(dir);
  testing::CommandResult result = Run(Quote(Binary()) + " taal --json --content content", dir.path());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 1);
  nlohmann::json json;
  REQUIRE_NOTHROW(json = nlohmann::json::parse(result.out));
  REQUIRE(json["bestanden"].is_array());
  const nlohmann::json& files = json["bestanden"];
  REQUIRE(files.size() == 5);
  CHECK(files[0]["pad"] == "content/pages/hoe-meld-ik.md");
  CHECK(files[1]["pad"] == "content/pages/iemand-anders-bellen.md");
  CHECK(files[2]["pad"] == "content/pages/index.md");
  CHECK(files[3]["pad"] == "content/pages/lang.md");
  CHECK(files[4]["pad"] == "content/pages/over.md");

  const nlohmann::json& page = files[3];
  const nlohmann::json& score = page["score"];
  // The title "Bellen" (2 syllables) and the sentence of 25 words and 30 syllables.
  CHECK(score["zinnen"] == 2);
  CHECK(score["woorden"] == 26);
  CHECK(score["gemiddelde_zinslengte"].get<double>() == Approx(13.0));
  CHECK(score["flesch_douma"].get<double>() == Approx(206.84 - 0.77 * (100.0 * 32 / 26) - 0.93 * 13));
  const nlohmann::json& counts = score["aantallen"];
  CHECK(counts == nlohmann::json{{"lange-zin", 1},      {"lang-woord", 0},     {"moeilijk-woord", 0},
                                 {"lijdende-vorm", 0},  {"naamwoordstijl", 0}, {"aanspreekvorm", 0}, {"spelling", 0}});
  REQUIRE(page["bevindingen"].size() == 1);
  const nlohmann::json& finding = page["bevindingen"][0];
  CHECK(finding["regel"] == 6);
  CHECK(finding["soort"] == "lange-zin");
  CHECK(finding["niveau"] == "fout");
  CHECK(finding["tekst"] == kLongSentence);
  CHECK(finding["suggestie"] == "maak er twee of meer korte zinnen van");

  CHECK(files[2]["bevindingen"] == nlohmann::json::array());
  // "Welkom" and "Lees over ons.": 4 words, 6 syllables.
  CHECK(files[2]["score"]["woorden"] == 4);
  CHECK(files[2]["score"]["flesch_douma"].get<double>() == Approx(206.84 - 0.77 * 150 - 0.93 * 2));
}

TEST_CASE("nietpluis taal PATH checks only that file", "[taal][cli]") {
  testing::TempDir dir;
  WriteContentWithLongSentence(dir);
  testing::CommandResult clean = Run(Quote(Binary()) + " taal --content content content/pages/index.md", dir.path());
  INFO(clean.out << clean.err);
  CHECK(clean.exit_code == 0);
  CHECK(Lines(clean.out) == std::vector<std::string>{
                                "content/pages/index.md: 2 zinnen, gemiddeld 2,0 woorden per zin, 0% lange woorden, "
                                "Flesch-Douma 89 (makkelijk); 0 waarschuwingen, 0 fouten"});

  testing::CommandResult flagged = Run(Quote(Binary()) + " taal --content content content/pages/lang.md", dir.path());
  INFO(flagged.out << flagged.err);
  CHECK(flagged.exit_code == 1);
  REQUIRE(Lines(flagged.out).size() == 2);
  CHECK(Lines(flagged.out)[0] == kFinding);
  CHECK_THAT(Lines(flagged.out)[1], StartsWith("content/pages/lang.md: 2 zinnen,"));
}

TEST_CASE("nietpluis taal reads no page through a link that leads out of content", "[taal][cli][link]") {
  testing::TempDir dir;
  testing::TempDir outside;
  WriteContentWithLongSentence(dir);
  testing::WriteText(outside / "stiekem.md", "---\ntitle: Stiekem\ndescription: Van buiten.\n---\nGeheime tekst.\n");
  std::filesystem::create_symlink(outside / "stiekem.md", dir / "content/pages/stiekem.md");
  testing::CommandResult result = Run(Quote(Binary()) + " taal --content content", dir.path());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 1);
  CHECK(result.err == "content/pages/stiekem.md: verwijst naar een bestand buiten de map content; zet het bestand "
                      "zelf in de map content in plaats van een link ernaar\n");
  CHECK_THAT(result.out, !Contains("Geheime"));
}

TEST_CASE("nietpluis taal with a PATH that does not exist is a usage error", "[taal][cli]") {
  testing::TempDir dir;
  WriteContentWithLongSentence(dir);
  testing::CommandResult result = Run(Quote(Binary()) + " taal --content content x", dir.path());
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(Lines(result.err) ==
        std::vector<std::string>{"nietpluis: 'x' bestaat niet", "Meer uitleg: nietpluis taal --help"});
}

TEST_CASE("nietpluis build --streng stops at a language error and writes no site", "[taal][cli][build]") {
  testing::TempDir dir;
  WriteContentWithLongSentence(dir);
  testing::CommandResult result = Run(Quote(Binary()) + " build --streng --content content --out site", dir.path());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 1);
  CHECK(Lines(result.err) == std::vector<std::string>{kFinding, "nietpluis: 1 fout; site is niet veranderd"});
  CHECK_FALSE(std::filesystem::exists(dir / "site"));
}

TEST_CASE("nietpluis build shows language findings as warnings and writes the report", "[taal][cli][build]") {
  testing::TempDir dir;
  WriteContentWithLongSentence(dir);
  testing::CommandResult result = Run(Quote(Binary()) + " build --content content --out site", dir.path());
  INFO(result.out << result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(Lines(result.err) ==
        std::vector<std::string>{
            "content/pages/lang.md:6: waarschuwing: zin van 25 woorden (B1: hoogstens 15): \"Als u denkt dat het met "
            "...\"; maak er twee of meer korte zinnen van"});
  CHECK_THAT(result.out, Contains("(1 waarschuwing)"));

  const std::string report = testing::ReadText(dir / "site-intern/_taal/index.html");
  REQUIRE_FALSE(report.empty());
  CHECK_THAT(report, Contains("<meta name=\"robots\" content=\"noindex\">"));
  CHECK_THAT(report, Contains("<p class=\"taal-pad\">content/pages/lang.md &middot; <a href=\"../../site/lang/\">bekijk de "
                              "pagina</a></p>"));
  CHECK_THAT(report, Contains("Regel 6: <strong>fout</strong>: zin van 25 woorden (B1: hoogstens 15): &quot;Als u "
                              "denkt dat het met ...&quot;."));
  CHECK_THAT(report, Contains(std::string("<p><mark class=\"taal-zin\">") + kLongSentence + "</mark></p>"));

  const std::string sitemap = testing::ReadText(dir / "site/sitemap.xml");
  REQUIRE_FALSE(sitemap.empty());
  CHECK_THAT(sitemap, Contains("/lang/"));
  CHECK_THAT(sitemap, !Contains("_taal"));
}

TEST_CASE("nietpluis build --zonder-taalcheck writes no report and shows no findings", "[taal][cli][build]") {
  testing::TempDir dir;
  WriteContentWithLongSentence(dir);
  testing::CommandResult result =
      Run(Quote(Binary()) + " build --zonder-taalcheck --streng --content content --out site", dir.path());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK(std::filesystem::exists(dir / "site/index.html"));
  CHECK_FALSE(std::filesystem::exists(dir / "site-intern/_taal"));
}

}  // namespace
}  // namespace nietpluis
