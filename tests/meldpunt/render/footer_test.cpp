// Tests of the footer policy: the links site.toml names, or the default, and the check of the pages.
#include "render/footer.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "base/env.h"
#include "base/file_list.h"
#include "content/generated_pages.h"
#include "test_support.h"

namespace nietpluis {
namespace {

Page PageAt(const std::string& slug, GeneratedKind generate = GeneratedKind::kNone) {
  Page page;
  page.slug = slug;
  page.generate = generate;
  return page;
}

Texts DefaultTexts() {
  return Texts::FromMap({{kFooterContact, "Contact"},
                         {kFooterKiosks, "Meldzuilen"},
                         {kFooterPrivacy, "Privacy"},
                         {kFooterAccessibility, "Toegankelijkheid"}});
}

std::vector<std::string> Shown(const std::vector<FooterLink>& footer) {
  std::vector<std::string> shown;
  for (const FooterLink& link : footer) shown.push_back(link.label + " -> /" + link.slug);
  return shown;
}

TEST_CASE("Without [[voettekst]] the footer is contact, meldzuilen, privacy and toegankelijkheid", "[build][voettekst]") {
  std::vector<Page> pages = {PageAt(""), PageAt("verklaring", GeneratedKind::kAccessibility), PageAt("contact"),
                             PageAt("avg", GeneratedKind::kPrivacy), PageAt("zuilen", GeneratedKind::kKioskLocations)};
  CHECK(Shown(FooterLinks(SiteConfig{}, pages, DefaultTexts())) ==
        std::vector<std::string>{"Contact -> /contact", "Meldzuilen -> /zuilen", "Privacy -> /avg",
                                 "Toegankelijkheid -> /verklaring"});
  // No page "contact": no link to it.
  pages.erase(pages.begin() + 2);
  CHECK(Shown(FooterLinks(SiteConfig{}, pages, DefaultTexts())).front() == "Meldzuilen -> /zuilen");
}

TEST_CASE("[[voettekst]] names the footer's links, in its order, the home page too", "[build][voettekst]") {
  SiteConfig config;
  config.footer = {{"Over ons", "/over/", 3}, {"Start", "/", 6}, {"Privacy", "/privacy", 9}};
  std::vector<Page> pages = {PageAt(""), PageAt("over"), PageAt("privacy", GeneratedKind::kPrivacy), PageAt("contact")};
  Diagnostics diagnostics;
  CheckFooter(config, pages, "content", &diagnostics);
  CHECK(diagnostics.all().empty());
  CHECK(Shown(FooterLinks(config, pages, DefaultTexts())) ==
        std::vector<std::string>{"Over ons -> /over", "Start -> /", "Privacy -> /privacy"});
}

TEST_CASE("A [[voettekst]] page that does not exist, or is no link, is an error at its line", "[build][voettekst]") {
  SiteConfig config;
  config.footer = {{"Contact", "/kontakt/", 4}, {"Over", "over", 7}};
  std::vector<Page> pages = {PageAt(""), PageAt("contact")};
  Diagnostics diagnostics;
  CheckFooter(config, pages, "content", &diagnostics);
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics.all()) messages.push_back(d.ToString());
  CHECK(messages == std::vector<std::string>{
                        "content/site.toml:4: voettekst: de pagina /kontakt/ bestaat niet; bedoelt u /contact/?",
                        "content/site.toml:7: voettekst: 'over' is geen link naar een pagina van de site; schrijf de "
                        "pagina zoals een link op de site, zoals /contact/"});
}

TEST_CASE("The example site's [[voettekst]] gives the footer the default gives", "[build][voettekst]") {
  const std::filesystem::path content = testing::SourceDir() / "content";
  Diagnostics diagnostics;
  SiteConfig config = LoadSiteConfig(content, &diagnostics);
  std::vector<Page> pages =
      LoadPages(Env::Default(), FilesIn(content, content / "pages", {".md"}, &diagnostics), &diagnostics);
  AddMissingGeneratedPages(&pages, &diagnostics);
  Result<Texts> texts = Texts::Load(Env::Default(), testing::TemplatesDir() / "teksten" / "nietpluis.toml", FooterTextKeys());
  REQUIRE(texts.ok());
  for (const Diagnostic& d : diagnostics.all()) FAIL(d.ToString());
  REQUIRE(config.footer.size() == 4);
  CheckFooter(config, pages, content, &diagnostics);
  CHECK(diagnostics.all().empty());
  SiteConfig without = config;
  without.footer.clear();
  CHECK(Shown(FooterLinks(config, pages, texts.value())) == Shown(FooterLinks(without, pages, texts.value())));
  CHECK(Shown(FooterLinks(config, pages, texts.value())) ==
        std::vector<std::string>{"Contact -> /contact", "Meldzuilen -> /kiosk-locaties", "Privacy -> /privacy",
                                 "Toegankelijkheid -> /toegankelijkheid"});
}

}  // namespace
}  // namespace nietpluis
