// Tests the cross-page checks, asserting the exact message a writer sees for each problem.
#include <catch2/catch.hpp>

#include "content/page.h"
#include "site/site_checks.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;
using testing::WriteText;

class Site {
 public:
  void Add(const std::string& name, const std::string& front, const std::string& body) {
    const std::filesystem::path file = dir_ / ("pages/" + name + ".md");
    WriteText(file, "---\n" + front + "---\n" + body);
    Diagnostics load;
    auto page = LoadPage(Env::Default(), file, "pages/" + name + ".md", &load);
    REQUIRE(load.all().empty());
    pages_.push_back(*page);
  }

  std::vector<std::string> Check(const std::vector<std::string>& always_linked = {}) {
    Diagnostics diagnostics;
    CheckSite(pages_, dir_.path(), always_linked, &diagnostics);
    diagnostics.SortByLocation();
    std::vector<std::string> lines;
    for (const Diagnostic& d : diagnostics.all()) lines.push_back(d.ToString());
    return lines;
  }

  const TempDir& dir() const { return dir_; }

 private:
  TempDir dir_;
  std::vector<Page> pages_;
};

const std::string kFront = "title: T\ndescription: D\n";
const std::string kMenu = "title: T\ndescription: D\nmenu: 1\n";

}  // namespace

TEST_CASE("a consistent site passes", "[checks]") {
  Site site;
  site.Add("index", kMenu, "Naar [b](/b/) en [c](/c/#kop).\n");
  site.Add("b", kFront, "## Kop\n\n### Sub\n\nTerug naar [start](/).\n");
  site.Add("c", kFront, "Mail [ons](mailto:a@b.nl), bel [ons](tel:112), [extern](https://example.org/).\n");
  CHECK(site.Check().empty());
}

TEST_CASE("a link to a page that does not exist names the line and a likely target", "[checks]") {
  Site site;
  site.Add("index", kMenu, "Regel een.\n\nLees [dit](/hoe-meld-ikk/).\n\nOf [dat](/bestaat-niet/).\n");
  site.Add("hoe-meld-ik", kMenu, "Tekst.\n");
  std::string dir = site.dir().path().string();
  CHECK(site.Check() ==
        std::vector<std::string>{
            "pages/index.md:8: link naar /hoe-meld-ikk/ gaat naar een pagina die niet bestaat; bedoelt u /hoe-meld-ik/?",
            "pages/index.md:10: link naar /bestaat-niet/ gaat naar een pagina die niet bestaat; verbeter de link of "
            "maak de pagina " + dir + "/pages/bestaat-niet.md"});
}

TEST_CASE("relative links are refused with the root-absolute form to use", "[checks]") {
  Site site;
  site.Add("index", kMenu, "Zie [b](b.md).\n");
  site.Add("b", kMenu, "Tekst.\n");
  CHECK(site.Check() == std::vector<std::string>{"pages/index.md:6: link 'b.md' is relatief; schrijf interne "
                                                 "links met een / ervoor, zoals /b/"});
}

TEST_CASE("images need alt text, a local file, and that file must exist", "[checks]") {
  Site site;
  WriteText(site.dir() / "beeld/er.png", "png");
  site.Add("index", kMenu,
           "![](/beeld/er.png)\n\n![Een foto](/beeld/weg.png)\n\n![Logo](https://cdn.example.org/x.png)\n");
  std::string dir = site.dir().path().string();
  CHECK(site.Check() ==
        std::vector<std::string>{
            "pages/index.md:6: afbeelding /beeld/er.png heeft geen alt-tekst; beschrijf tussen de [ ] wat er op de "
            "afbeelding te zien is",
            "pages/index.md:8: afbeelding naar /beeld/weg.png gaat naar een bestand dat niet bestaat; zet het bestand "
            "in " + dir + "/beeld/weg.png of verbeter de naam",
            "pages/index.md:10: afbeelding https://cdn.example.org/x.png komt van een andere website; zet het bestand "
            "in " + dir + "/beeld en schrijf /beeld/naam.jpg"});
}

TEST_CASE("two pages with one slug are reported at the second page's slug line", "[checks]") {
  Site site;
  site.Add("index", kMenu, "Tekst.\n");
  site.Add("contact", kMenu, "Tekst.\n");
  site.Add("bellen", "title: T\ndescription: D\nmenu: 3\nslug: contact\n", "Tekst.\n");
  CHECK(site.Check() == std::vector<std::string>{"pages/bellen.md:5: slug 'contact' is al in gebruik door "
                                                 "pages/contact.md; kies een andere slug of bestandsnaam"});
}

TEST_CASE("heading levels may not skip, and # would be a second h1", "[checks]") {
  Site site;
  site.Add("index", kMenu, "# Dubbel\n\n## Goed\n\n#### Te diep\n\n## Weer goed\n\n### Ook goed\n");
  CHECK(site.Check() ==
        std::vector<std::string>{
            "pages/index.md:6: kop 'Dubbel' met één # maakt een tweede h1; de titel is al de h1; begin koppen met ##",
            "pages/index.md:10: kop 'Te diep' slaat een niveau over (h2 naar h4); gebruik ### of voeg eerst een kop "
            "daarboven toe"});
}

TEST_CASE("a page linked from nowhere that links nowhere is an orphan", "[checks]") {
  Site site;
  site.Add("index", kMenu, "Tekst.\n");
  site.Add("wees", kFront, "Geen links.\n");
  site.Add("linkt-weg", kFront, "Naar [start](/).\n");
  site.Add("gelinkt", kFront, "Geen links.\n");
  site.Add("footer", kFront, "Geen links.\n");
  site.Add("wijzer", kFront, "Zie [gelinkt](/gelinkt/).\n");
  CHECK(site.Check({"footer"}) ==
        std::vector<std::string>{"pages/wees.md:1: geen pagina linkt naar deze pagina en deze pagina linkt nergens "
                                 "naar; zet hem in het menu (menu: in de front matter) of link ernaar vanaf een "
                                 "andere pagina"});
}

TEST_CASE("raw HTML and long descriptions are warnings, not errors", "[checks]") {
  Site site;
  site.Add("index", "title: T\ndescription: " + std::string(170, 'x') + "\nmenu: 1\n", "Een <b>vet</b> woord.\n");
  std::vector<std::string> lines = site.Check();
  CHECK(lines == std::vector<std::string>{
                     "pages/index.md:1: waarschuwing: de beschrijving is 170 tekens lang; houd hem onder 160 tekens; "
                     "zoekmachines korten langere af",
                     "pages/index.md:6: waarschuwing: HTML in de tekst wordt niet getoond; schrijf het met Markdown, "
                     "zoals **vet** of [link](/pagina/)",
                     "pages/index.md:6: waarschuwing: HTML in de tekst wordt niet getoond; schrijf het met Markdown, "
                     "zoals **vet** of [link](/pagina/)"});
}

}  // namespace nietpluis
