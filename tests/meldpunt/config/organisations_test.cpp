// Unit tests for meldpunt/config/organisations: the organisations written once, read by the site, the
// kiosk and the intake; overlap refused by every loader in the same words; drift named.
#include "config/organisations.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "config/kiosk_config.h"
#include "config/site_config.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::Messages;
using testing::MinimalSiteToml;
using testing::ReplaceOnce;
using testing::TempDir;
using testing::WriteMinimalContent;
using testing::WriteText;

const std::string kShared = R"([[organisatie]]
id = "noord"
naam = "Welzijn Noord"
postcodes = ["1000-1049"]
website = "https://www.noord.nl/"
[organisatie.doorsturen]
type = "https"
url = "https://intake.noord.nl/meldingen"
geheim_bestand = "/etc/nietpluis/geheim/noord.key"

[[organisatie]]
id = "zuid"
naam = "Buurtwerk Zuid"
postcodes = ["1050-1099"]
[organisatie.doorsturen]
type = "email"
smtp_url = "smtps://mail.zuid.nl:465"
van = "zuil@proef.nl"
naar = "meldpunt@zuid.nl"
)";

const std::string kKiosk = "[kiosk]\nid = \"zuil\"\nlocatie = \"Buurthuis\"\ndata_dir = \"data\"\ninhoud = \"inhoud\"\n";

// A content folder whose site.toml lists no organisations, with `shared` as organisaties.toml.
void WriteContent(const std::filesystem::path& content, const std::string& shared) {
  WriteMinimalContent(content);
  WriteText(content / "site.toml",
            ReplaceOnce(MinimalSiteToml(), "[[organisatie]]\nnaam = \"Welzijn Proef\"\npostcodes = [\"1000-1099\", \"1234\"]\n", ""));
  WriteText(content / "organisaties.toml", shared);
}

TEST_CASE("The site publishes and the kiosk routes the areas of one organisaties.toml", "[organisations]") {
  TempDir dir;
  WriteContent(dir / "inhoud", kShared);
  WriteText(dir / "kiosk.toml", kKiosk);
  Diagnostics diagnostics;
  SiteConfig site = LoadSiteConfig(dir / "inhoud", &diagnostics);
  KioskConfig kiosk = LoadKioskConfig(dir / "kiosk.toml", false, &diagnostics);
  CHECK(Messages(diagnostics, dir.path()).empty());
  REQUIRE(site.organisations.size() == 2);
  REQUIRE(kiosk.organisations.size() == 2);
  CHECK(site.organisations_file == (dir / "inhoud/organisaties.toml").string());
  CHECK(kiosk.organisations_file == (dir / "inhoud/organisaties.toml").string());
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(site.organisations[i].name == kiosk.organisations[i].name);
    CHECK(DescribePostcodeArea(site.organisations[i].postcodes) == DescribePostcodeArea(kiosk.organisations[i].postcodes));
  }
  CHECK(site.organisations[0].website == "https://www.noord.nl/");
  CHECK(kiosk.organisations[1].delivery.smtp_url == "smtps://mail.zuid.nl:465");
  // Nothing the site publishes differs from where this kiosk sends reports.
  CHECK(CompareWithPublished(site.organisations, site.organisations_file, kiosk.organisations).empty());
}

TEST_CASE("Woonplaatsen and PC6 exceptions of organisaties.toml reach the site and the kiosk alike, and twice is refused",
          "[organisations]") {
  TempDir dir;
  const std::string areas = ReplaceOnce(kShared, "postcodes = [\"1050-1099\"]",
                                        "postcodes = [\"1050-1099\"]\nwoonplaatsen = [\"Klein Dorp\"]\nuitzonderingen = [\"1049 ZZ\"]");
  WriteContent(dir / "inhoud", areas);
  WriteText(dir / "kiosk.toml", kKiosk);
  {
    Diagnostics diagnostics;
    SiteConfig site = LoadSiteConfig(dir / "inhoud", &diagnostics);
    KioskConfig kiosk = LoadKioskConfig(dir / "kiosk.toml", false, &diagnostics);
    CHECK(Messages(diagnostics, dir.path()).empty());
    REQUIRE(site.organisations.size() == 2);
    CHECK(DescribePostcodeArea(site.organisations[1].postcodes) ==
          "postcodes 1050 tot en met 1099, woonplaats Klein Dorp en postcode 1049 ZZ");
    CHECK(DescribePostcodeArea(kiosk.organisations[1].postcodes) == DescribePostcodeArea(site.organisations[1].postcodes));
    CHECK(kiosk.OrganisationFor(*ParsePostcode("1049 ZZ"))->id == "zuid");
    CHECK(kiosk.OrganisationFor(*ParsePostcode("1049 ZY"))->id == "noord");
    CHECK(kiosk.OrganisationFor(*ParsePostcode("2000 AA"), "klein dorp")->id == "zuid");
  }
  const std::string twice = ReplaceOnce(areas, "postcodes = [\"1000-1049\"]",
                                        "postcodes = [\"1000-1049\"]\nwoonplaatsen = [\"Klein Dorp\"]\nuitzonderingen = [\"1049 ZZ\"]");
  WriteText(dir / "inhoud/organisaties.toml", twice);
  Diagnostics diagnostics;
  LoadSiteConfig(dir / "inhoud", &diagnostics);
  CHECK(Messages(diagnostics, dir.path()) ==
        std::vector<std::string>{"inhoud/organisaties.toml:17: woonplaats Klein Dorp hoort bij 'Welzijn Noord' en bij "
                                 "'Buurtwerk Zuid'; geef elke woonplaats aan één organisatie",
                                 "inhoud/organisaties.toml:18: postcode 1049 ZZ hoort bij 'Welzijn Noord' en bij "
                                 "'Buurtwerk Zuid'; zet elke uitzondering bij één organisatie"});
}

TEST_CASE("Overlapping areas are refused by the site, the kiosk and an older kiosk.toml in the same words", "[organisations]") {
  TempDir dir;
  const std::string overlapping = ReplaceOnce(kShared, "postcodes = [\"1050-1099\"]", "postcodes = [\"1045-1099\"]");
  WriteContent(dir / "inhoud", overlapping);
  WriteText(dir / "kiosk.toml", kKiosk);
  const std::string message = ": postcode 1045 hoort bij 'Welzijn Noord' en bij 'Buurtwerk Zuid'; geef elk postcodegebied "
                              "aan één organisatie";
  {
    Diagnostics diagnostics;
    LoadSiteConfig(dir / "inhoud", &diagnostics);
    CHECK(Messages(diagnostics, dir.path()) == std::vector<std::string>{"inhoud/organisaties.toml:14" + message});
  }
  {
    Diagnostics diagnostics;
    LoadKioskConfig(dir / "kiosk.toml", false, &diagnostics);
    // Once for the site's reading of the file, once for the kiosk's: both refuse it.
    CHECK(Messages(diagnostics, dir.path()) ==
          std::vector<std::string>{"inhoud/organisaties.toml:14" + message, "inhoud/organisaties.toml:14" + message});
  }
  {
    // An older kiosk.toml with its own tables, and a site.toml that still lists its own.
    WriteText(dir / "inhoud/organisaties.toml", "");
    std::filesystem::remove(dir / "inhoud/organisaties.toml");
    WriteText(dir / "inhoud/site.toml",
              ReplaceOnce(MinimalSiteToml(), "[[organisatie]]\nnaam = \"Welzijn Proef\"\npostcodes = [\"1000-1099\", \"1234\"]\n",
                          "[[organisatie]]\nnaam = \"Welzijn Noord\"\npostcodes = [\"1000-1049\"]\n\n[[organisatie]]\n"
                          "naam = \"Buurtwerk Zuid\"\npostcodes = [\"1045-1099\"]\n"));
    Diagnostics site;
    LoadSiteConfig(dir / "inhoud", &site);
    CHECK(Messages(site, dir.path()) == std::vector<std::string>{"inhoud/site.toml:17" + message});
    WriteText(dir / "kiosk.toml", kKiosk + "\n" + overlapping);
    Diagnostics kiosk;
    LoadKioskConfig(dir / "kiosk.toml", false, &kiosk);
    const std::vector<std::string> messages = Messages(kiosk, dir.path());
    CHECK(std::count(messages.begin(), messages.end(), "kiosk.toml:20" + message) == 1);
  }
}

TEST_CASE("An older kiosk.toml with its own organisations keeps working, with a note that suggests the shared file",
          "[organisations]") {
  TempDir dir;
  WriteMinimalContent(dir / "inhoud");
  WriteText(dir / "kiosk.toml", kKiosk + "\n" + kShared);
  Diagnostics diagnostics;
  KioskConfig kiosk = LoadKioskConfig(dir / "kiosk.toml", false, &diagnostics);
  CHECK_FALSE(diagnostics.HasErrors());
  CHECK(Messages(diagnostics, dir.path()) ==
        std::vector<std::string>{"kiosk.toml:7: waarschuwing: de organisaties staan in kiosk.toml, apart van de site; zet ze "
                                 "in inhoud/organisaties.toml en haal ze hier weg; dan lezen site, kiosk en formulier dezelfde gebieden"});
  REQUIRE(kiosk.organisations.size() == 2);
  CHECK(kiosk.organisations_file == (dir / "kiosk.toml").string());
}

TEST_CASE("controleer names what the site publishes that the kiosk would refuse or send elsewhere", "[organisations]") {
  // The issue's example: the site publishes 1000-1049, an older kiosk.toml still says 1000-1039.
  TempDir dir;
  WriteMinimalContent(dir / "inhoud");
  WriteText(dir / "inhoud/site.toml",
            ReplaceOnce(MinimalSiteToml(), "[[organisatie]]\nnaam = \"Welzijn Proef\"\npostcodes = [\"1000-1099\", \"1234\"]\n",
                        "[[organisatie]]\nnaam = \"Welzijn Noord\"\npostcodes = [\"1000-1049\"]\n\n[[organisatie]]\n"
                        "naam = \"Buurtwerk Zuid\"\npostcodes = [\"1050-1099\"]\n"));
  WriteText(dir / "kiosk.toml", kKiosk + "\n" +
                                    ReplaceOnce(ReplaceOnce(kShared, "[\"1000-1049\"]", "[\"1000-1039\"]"), "[\"1050-1099\"]",
                                                "[\"1060-1099\"]"));
  Diagnostics diagnostics;
  KioskConfig kiosk = LoadKioskConfig(dir / "kiosk.toml", false, &diagnostics);
  REQUIRE_FALSE(diagnostics.HasErrors());
  Diagnostics drift;
  for (Diagnostic& warning : CompareWithPublished(kiosk.site.organisations, kiosk.site.organisations_file, kiosk.organisations)) {
    drift.Add(warning);
  }
  const std::string remedy = "; zet de organisaties in organisaties.toml naast site.toml en haal ze uit kiosk.toml; dan lezen "
                             "site en kiosk dezelfde gebieden";
  CHECK(Messages(drift, dir.path()) ==
        std::vector<std::string>{
            "inhoud/site.toml:13: waarschuwing: de site noemt postcodes 1040 tot en met 1049 bij 'Welzijn Noord', maar deze "
            "kiosk neemt ze niet aan" + remedy,
            "inhoud/site.toml:17: waarschuwing: de site noemt postcodes 1050 tot en met 1059 bij 'Buurtwerk Zuid', maar deze "
            "kiosk neemt ze niet aan" + remedy});
}

TEST_CASE("Organisations in both site.toml and organisaties.toml are refused: two lists could differ", "[organisations]") {
  TempDir dir;
  WriteMinimalContent(dir / "inhoud");
  WriteText(dir / "inhoud/organisaties.toml", kShared);
  Diagnostics diagnostics;
  LoadSiteConfig(dir / "inhoud", &diagnostics);
  CHECK(Messages(diagnostics, dir.path()) ==
        std::vector<std::string>{"inhoud/site.toml:11: de organisaties staan in site.toml en in organisaties.toml; haal de "
                                 "[[organisatie]]-blokken uit site.toml; organisaties.toml geldt voor de site en de kiosk"});
}

}  // namespace
}  // namespace nietpluis
