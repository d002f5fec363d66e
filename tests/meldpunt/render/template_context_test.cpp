// Unit tests for meldpunt/render/template_context: the values every template shares.
#include "render/template_context.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace nietpluis {
namespace {

using kainjow::mustache::object;
using testing::ReadText;
using testing::TemplatesDir;
using testing::WriteText;

// The shipped danger box alone, rendered over SiteContext as every page renders it.
std::string RenderDangerBox(const std::string& layout) {
  testing::TempDir dir;
  WriteText(dir / "layout.mustache", layout);
  WriteText(dir / "404.mustache", "x");
  WriteText(dir / "partials/gevaar.mustache", ReadText(TemplatesDir() / "partials/gevaar.mustache"));
  WriteText(EmergencyNumbersFile(dir.path()), ReadText(EmergencyNumbersFile(TemplatesDir())));
  Diagnostics diagnostics;
  Result<TemplateSet> set = TemplateSet::Load(Env::Default(), dir.path(), &diagnostics);
  REQUIRE(set.ok());
  SiteConfig config;
  config.contact.phone = "14 0123";
  TemplateData site = SiteContext(config, set.value().emergency_numbers());
  Renderer renderer(set.value());
  Result<std::string> html = renderer.Render("layout", TemplateData{object{{"root", "../"}}}, &site);
  REQUIRE(html.ok());
  return html.value();
}

}  // namespace

TEST_CASE("SiteContext gives the danger box the emergency numbers it wrote out before", "[template_context]") {
  // Byte for byte the box of partials/gevaar.mustache (one line on a phone, the list on a wide
  // screen), every number from teksten/noodnummers.toml and a tel: link.
  CHECK(RenderDangerBox("<body>\n{{> gevaar}}\n</body>\n") ==
        "<body>\n"
        "\n"  // the partial's opening comment leaves its line
        "<aside class=\"gevaar gevaar-site\" aria-labelledby=\"gevaar-titel\">\n"
        "  <h2 id=\"gevaar-titel\">Direct gevaar?</h2>\n"
        "  <p class=\"gevaar-112\"><a class=\"nummer\" href=\"tel:112\">Bel 112</a></p>\n"
        "  <ul class=\"gevaar-lijst\">\n"
        "    <li>Politie, geen spoed: <a class=\"nummer\" href=\"tel:09008844\">0900-8844</a></li>\n"
        "    <li>Geweld in huis, ook tegen kinderen: Veilig Thuis <a class=\"nummer\" href=\"tel:08002000\">0800-2000</a> "
        "(gratis, dag en nacht)</li>\n"
        "    <li>Iemand is erg in de war: Meldpunt Zorgwekkend Gedrag <a class=\"nummer\" "
        "href=\"tel:08001205\">0800-1205</a></li>\n"
        "  </ul>\n"
        "  <p class=\"gevaar-meer\"><a href=\"../iemand-anders-bellen/\">Andere nummers<span class=\"gevaar-uitleg\"> en "
        "uitleg</span></a></p>\n"
        "</aside>\n"
        "\n"
        "</body>\n");
}

TEST_CASE("SiteContext gives the kiosk's danger box the emergency numbers it wrote out before", "[template_context]") {
  Diagnostics diagnostics;
  Result<TemplateSet> set = TemplateSet::Load(Env::Default(), TemplatesDir(), &diagnostics);
  REQUIRE(set.ok());
  SiteConfig config;
  config.meldpunt = "Meldpunt Proef";
  config.contact.phone = "14 0123";
  TemplateData site = SiteContext(config, set.value().emergency_numbers());
  Renderer renderer(set.value());
  Result<std::string> html = renderer.Render("kiosk/layout", TemplateData{object{}}, &site);
  REQUIRE(html.ok());
  const std::size_t from = html.value().find("<aside class=\"gevaar\"");
  const std::size_t to = html.value().find("</aside>", from);
  REQUIRE(to != std::string::npos);
  // Byte for byte the box as it was written in kiosk/layout.mustache before.
  CHECK(html.value().substr(from, to - from) ==
        "<aside class=\"gevaar\" aria-labelledby=\"gevaar-titel\">\n"
        "  <h2 id=\"gevaar-titel\">Is er direct gevaar?</h2>\n"
        "  <p class=\"gevaar-112\">Bel 112</p>\n"
        "  <ul class=\"gevaar-lijst\">\n"
        "    <li>Politie, geen spoed: <span class=\"nummer\">0900-8844</span></li>\n"
        "    <li>Geweld in huis, ook tegen kinderen: Veilig Thuis <span class=\"nummer\">0800-2000</span> (gratis, dag en "
        "nacht)</li>\n"
        "    <li>Iemand is erg in de war: Meldpunt Zorgwekkend Gedrag <span class=\"nummer\">0800-1205</span></li>\n"
        "    <li>Vragen over melden: Meldpunt Proef, <span class=\"nummer\">14 0123</span></li>\n"
        "  </ul>\n");
}

TEST_CASE("SiteContext gives every template the emergency numbers as values", "[template_context]") {
  CHECK(RenderDangerBox("{{noodnummers.spoed.nummer}}|{{#noodnummers.lijst}}{{kort}} {{nummer}}.{{/noodnummers.lijst}}") ==
        "112|Politie, geen spoed: 0900-8844.Geweld in huis: Veilig Thuis 0800-2000.Iemand erg in de war: 0800-1205.");
  CHECK(RenderDangerBox("{{noodnummers.zorgwekkend_gedrag.nummer}} {{noodnummers.politie.tel}}") == "0800-1205 09008844");
}

}  // namespace nietpluis
