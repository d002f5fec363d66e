// Tests the template set: escaping by the renderer, inlined partials, layered data, broken templates.
#include <catch2/catch.hpp>

#include "render/templates.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using kainjow::mustache::object;
using testing::ReadText;
using testing::TempDir;
using testing::TemplatesDir;
using testing::WriteText;

// Every template folder holds the emergency numbers: the shipped ones.
void WriteEmergencyNumbers(const std::filesystem::path& dir) {
  WriteText(EmergencyNumbersFile(dir), ReadText(EmergencyNumbersFile(TemplatesDir())));
}

struct Templates {
  TempDir dir;
  Diagnostics diagnostics;

  Templates(const std::string& layout, const std::string& partial = "") {
    WriteText(dir / "layout.mustache", layout);
    WriteText(dir / "404.mustache", "niet gevonden");
    WriteEmergencyNumbers(dir.path());
    if (!partial.empty()) WriteText(dir / "partials/gevaar.mustache", partial);
  }

  Result<TemplateSet> Load() { return TemplateSet::Load(Env::Default(), dir.path(), &diagnostics); }
};

}  // namespace

TEST_CASE("values are escaped unless the template asks for raw HTML", "[templates]") {
  Templates t("<p>{{titel}}</p>{{{inhoud}}}");
  auto set = t.Load();
  REQUIRE(set.ok());
  Renderer renderer(set.value());
  auto html = renderer.Render("layout", TemplateData{object{{"titel", "<script>\"&'"}, {"inhoud", "<em>ok</em>"}}});
  REQUIRE(html.ok());
  CHECK(html.value() == "<p>&lt;script&gt;&quot;&amp;&apos;</p><em>ok</em>");
}

TEST_CASE("partials are inlined and see the page's values", "[templates]") {
  Templates t("<body>{{> gevaar}}</body>", "<a href=\"{{root}}bellen/\">bel</a>");
  auto set = t.Load();
  REQUIRE(set.ok());
  Renderer renderer(set.value());
  auto html = renderer.Render("layout", TemplateData{object{{"root", "../"}}});
  REQUIRE(html.ok());
  CHECK(html.value() == "<body><a href=\"../bellen/\">bel</a></body>");
}

TEST_CASE("page values shadow site values, and site values fill the rest", "[templates]") {
  Templates t("{{naam}} / {{gemeente}}");
  auto set = t.Load();
  REQUIRE(set.ok());
  Renderer renderer(set.value());
  TemplateData site{object{{"naam", "site"}, {"gemeente", "Gemeente Proef"}}};
  auto html = renderer.Render("layout", TemplateData{object{{"naam", "pagina"}}}, &site);
  REQUIRE(html.ok());
  CHECK(html.value() == "pagina / Gemeente Proef");
}

TEST_CASE("an unknown partial and an unclosed section are reported with the file", "[templates]") {
  Templates t("{{> bestaatniet}}{{#menu}}");
  Result<TemplateSet> set = t.Load();
  REQUIRE_FALSE(set.ok());
  REQUIRE(t.diagnostics.all().size() == 2);
  // The error returned is the first of those reported, not one more.
  CHECK(set.error().ToString() == t.diagnostics.all()[0].ToString());
  const std::string file = (t.dir / "layout.mustache").string();
  CHECK(t.diagnostics.all()[0].ToString() == file + ": het deelsjabloon 'bestaatniet' bestaat niet; zet "
                                                    "partials/bestaatniet.mustache in de map met sjablonen");
  CHECK(t.diagnostics.all()[1].ToString().rfind(file + ": sjabloon klopt niet (Unclosed section \"menu\"", 0) == 0);
}

TEST_CASE("a partial that includes itself is stopped", "[templates]") {
  Templates t("{{> gevaar}}", "x{{> gevaar}}");
  CHECK_FALSE(t.Load().ok());
  REQUIRE_FALSE(t.diagnostics.all().empty());
  CHECK(t.diagnostics.all()[0].problem == "deelsjablonen roepen elkaar steeds opnieuw aan ('gevaar')");
}

TEST_CASE("a missing layout is reported", "[templates]") {
  TempDir dir;
  WriteText(dir / "404.mustache", "x");
  WriteEmergencyNumbers(dir.path());
  Diagnostics diagnostics;
  CHECK_FALSE(TemplateSet::Load(Env::Default(), dir.path(), &diagnostics).ok());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].ToString() == (dir / "layout.mustache").string() +
                                               ": kan niet lezen (No such file or directory); kijk of het bestand "
                                               "bestaat en leesbaar is");
}

TEST_CASE("the template set carries the emergency numbers of its folder", "[templates]") {
  Templates t("x");
  auto set = t.Load();
  REQUIRE(set.ok());
  CHECK(set.value().emergency_numbers().urgent.number == "112");
  CHECK(set.value().emergency_numbers().others.size() == 3);
}

TEST_CASE("a templates folder without its emergency numbers is reported with the rest", "[templates]") {
  Templates t("{{> bestaatniet}}");
  std::filesystem::remove(EmergencyNumbersFile(t.dir.path()));
  Result<TemplateSet> set = t.Load();
  REQUIRE_FALSE(set.ok());
  REQUIRE(t.diagnostics.all().size() == 2);
  CHECK(t.diagnostics.all()[1].ToString() == (t.dir / "teksten/noodnummers.toml").string() +
                                                 ": kan niet lezen (No such file or directory); kijk of het bestand "
                                                 "bestaat en leesbaar is");
  CHECK(set.error().problem == "het deelsjabloon 'bestaatniet' bestaat niet");
}

}  // namespace nietpluis
