// Tests the template set: escaping by the renderer, inlined partials, layered data, broken templates.
#include <catch2/catch.hpp>

#include "render/templates.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using kainjow::mustache::object;
using testing::TempDir;
using testing::WriteText;

struct Templates {
  TempDir dir;
  Diagnostics diagnostics;

  Templates(const std::string& layout, const std::string& partial = "") {
    WriteText(dir / "layout.mustache", layout);
    WriteText(dir / "404.mustache", "niet gevonden");
    if (!partial.empty()) WriteText(dir / "partials/gevaar.mustache", partial);
  }

  std::optional<TemplateSet> Load() { return TemplateSet::Load(Env::Default(), dir.path(), &diagnostics); }
};

}  // namespace

TEST_CASE("values are escaped unless the template asks for raw HTML", "[templates]") {
  Templates t("<p>{{titel}}</p>{{{inhoud}}}");
  auto set = t.Load();
  REQUIRE(set);
  Renderer renderer(*set);
  auto html = renderer.Render("layout", TemplateData{object{{"titel", "<script>\"&'"}, {"inhoud", "<em>ok</em>"}}});
  REQUIRE(html.ok());
  CHECK(html.value() == "<p>&lt;script&gt;&quot;&amp;&apos;</p><em>ok</em>");
}

TEST_CASE("partials are inlined and see the page's values", "[templates]") {
  Templates t("<body>{{> gevaar}}</body>", "<a href=\"{{root}}bellen/\">bel</a>");
  auto set = t.Load();
  REQUIRE(set);
  Renderer renderer(*set);
  auto html = renderer.Render("layout", TemplateData{object{{"root", "../"}}});
  REQUIRE(html.ok());
  CHECK(html.value() == "<body><a href=\"../bellen/\">bel</a></body>");
}

TEST_CASE("page values shadow site values, and site values fill the rest", "[templates]") {
  Templates t("{{naam}} / {{gemeente}}");
  auto set = t.Load();
  REQUIRE(set);
  Renderer renderer(*set);
  TemplateData site{object{{"naam", "site"}, {"gemeente", "Gemeente Proef"}}};
  auto html = renderer.Render("layout", TemplateData{object{{"naam", "pagina"}}}, &site);
  REQUIRE(html.ok());
  CHECK(html.value() == "pagina / Gemeente Proef");
}

TEST_CASE("an unknown partial and an unclosed section are reported with the file", "[templates]") {
  Templates t("{{> bestaatniet}}{{#menu}}");
  CHECK_FALSE(t.Load());
  REQUIRE(t.diagnostics.all().size() == 2);
  const std::string file = (t.dir / "layout.mustache").string();
  CHECK(t.diagnostics.all()[0].ToString() == file + ": het deelsjabloon 'bestaatniet' bestaat niet; zet "
                                                    "partials/bestaatniet.mustache in de map met sjablonen");
  CHECK(t.diagnostics.all()[1].ToString().rfind(file + ": sjabloon klopt niet (Unclosed section \"menu\"", 0) == 0);
}

TEST_CASE("a partial that includes itself is stopped", "[templates]") {
  Templates t("{{> gevaar}}", "x{{> gevaar}}");
  CHECK_FALSE(t.Load());
  REQUIRE_FALSE(t.diagnostics.all().empty());
  CHECK(t.diagnostics.all()[0].problem == "deelsjablonen roepen elkaar steeds opnieuw aan ('gevaar')");
}

TEST_CASE("a missing layout is reported", "[templates]") {
  TempDir dir;
  WriteText(dir / "404.mustache", "x");
  Diagnostics diagnostics;
  CHECK_FALSE(TemplateSet::Load(Env::Default(), dir.path(), &diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].ToString() == (dir / "layout.mustache").string() +
                                               ": kan niet lezen (No such file or directory); kijk of het bestand "
                                               "bestaat en leesbaar is");
}

}  // namespace nietpluis
