// Unit tests for meldpunt/campaign: reading content/campagnes/*.toml and the exact message for each mistake.
#include "content/campaign.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace nietpluis {
namespace {

using testing::MinimalCampaignToml;

using testing::TempDir;
using testing::WriteText;

struct Fixture {
  TempDir dir;
  Diagnostics diagnostics;

  void Write(const std::string& name, const std::string& toml) { WriteText(dir / ("content/campagnes/" + name), toml); }
  std::vector<Campaign> Load() { return LoadCampaigns(dir / "content", &diagnostics); }
  std::vector<std::string> Messages() const { return testing::Messages(diagnostics, dir.path()); }
};

const std::vector<std::string> kSiteSlugs = {"", "over", "hoe-meld-ik", "iemand-anders-bellen"};

}  // namespace

TEST_CASE("a campaign file gives its texts, period, page, placements and the default formats", "[campaign]") {
  Fixture f;
  f.Write("proef.toml", MinimalCampaignToml());
  std::vector<Campaign> campaigns = f.Load();
  CHECK(f.Messages().empty());
  REQUIRE(campaigns.size() == 1);
  const Campaign& c = campaigns[0];
  CHECK(c.id == "proef");
  CHECK(c.name == "Proefcampagne");
  CHECK((c.start.year == 2026 && c.start.month == 12 && c.start.day == 1));
  CHECK((c.end.year == 2027 && c.end.month == 1 && c.end.day == 31));
  CHECK(c.headline == "Niet pluis? Meld het.");
  CHECK(c.lines == std::vector<std::string>{"Ziet u iets bij de buren?", "Wij gaan langs."});
  CHECK(c.call == "Meld het ons");
  CHECK(c.page_slug == "over");
  CHECK(c.formats == std::vector<PrintFormat>{PrintFormat::kPosterA4, PrintFormat::kPosterA3, PrintFormat::kFlyerA5,
                                              PrintFormat::kCard});
  CHECK_FALSE(c.bleed);
  REQUIRE(c.placements.size() == 2);
  CHECK(c.placements[0].tag == "huisarts-proef");
  CHECK(c.placements[0].name == "Huisarts Proef");
  CHECK(c.placements[0].line == 9);
  CHECK(c.placements[1].tag == "buurthuis-anker");
  CHECK((c.headline_line == 4 && c.lines_line == 5 && c.page_line == 6));
  Diagnostics checked;
  CheckCampaigns(campaigns, kSiteSlugs, &checked);
  CHECK(checked.all().empty());
}

TEST_CASE("formats, call to action and bleed are read when given; duplicates count once", "[campaign]") {
  Fixture f;
  f.Write("proef.toml", testing::ReplaceOnce(MinimalCampaignToml(), "pagina = \"/over/\"\n",
                                "pagina = \"/\"\nformaten = [\"kaart\", \"flyer-a5\", \"kaart\"]\noproep = \"Bel ons\"\n"
                                "afloop = true\n"));
  std::vector<Campaign> campaigns = f.Load();
  CHECK(f.Messages().empty());
  REQUIRE(campaigns.size() == 1);
  CHECK(campaigns[0].formats == std::vector<PrintFormat>{PrintFormat::kCard, PrintFormat::kFlyerA5});
  CHECK(campaigns[0].call == "Bel ons");
  CHECK(campaigns[0].bleed);
  CHECK(campaigns[0].page_slug == "");
}

TEST_CASE("campaigns come in the order they start, not by file name", "[campaign]") {
  Fixture f;
  f.Write("a-later.toml", testing::ReplaceOnce(testing::ReplaceOnce(MinimalCampaignToml(), "van = 2026-12-01", "van = 2027-03-01"), "tot = 2027-01-31",
                                  "tot = 2027-04-01"));
  f.Write("b-earlier.toml", testing::ReplaceOnce(testing::ReplaceOnce(MinimalCampaignToml(), "huisarts-proef", "huisarts-b"), "buurthuis-anker",
                                    "buurthuis-b"));
  std::vector<Campaign> campaigns = f.Load();
  REQUIRE(campaigns.size() == 2);
  CHECK(campaigns[0].id == "b-earlier");
  CHECK(campaigns[1].id == "a-later");
}

TEST_CASE("no campagnes folder means no campaigns and no messages", "[campaign]") {
  Fixture f;
  CHECK(f.Load().empty());
  CHECK(f.Messages().empty());
}

TEST_CASE("the QR code holds base URL, page and bron; the typed address drops https:// and the slash",
          "[campaign]") {
  Campaign campaign;
  campaign.page_slug = "hoe-meld-ik";
  Placement placement{"huisarts-centrum", "Huisartsenpraktijk Centrum", 9};
  const std::string base = "https://www.voorbeeld.nl/nietpluis/";
  CHECK(QrUrl(base, campaign, placement) == "https://www.voorbeeld.nl/nietpluis/hoe-meld-ik/?bron=huisarts-centrum");
  CHECK(TypedWebAddress(base, campaign) == "www.voorbeeld.nl/nietpluis/hoe-meld-ik");
  campaign.page_slug = "";
  CHECK(QrUrl(base, campaign, placement) == "https://www.voorbeeld.nl/nietpluis/?bron=huisarts-centrum");
  CHECK(TypedWebAddress(base, campaign) == "www.voorbeeld.nl/nietpluis");
  CHECK(TypedWebAddress("https://nietpluis.nl/", campaign) == "nietpluis.nl");
}

TEST_CASE("a bron tag with characters that do not belong in a URL is an error with a suggestion", "[campaign]") {
  Fixture f;
  f.Write("proef.toml", testing::ReplaceOnce(testing::ReplaceOnce(MinimalCampaignToml(), "bron = \"huisarts-proef\"", "bron = \"Huisarts Proef!\""),
                                "bron = \"buurthuis-anker\"", "bron = \"anker?x=1&y\""));
  f.Load();
  CHECK(f.Messages() ==
        std::vector<std::string>{
            "content/campagnes/proef.toml:9: de bron 'Huisarts Proef!' heeft tekens die niet in een webadres horen; "
            "gebruik alleen kleine letters, cijfers en streepjes, zoals 'huisarts-proef'",
            "content/campagnes/proef.toml:13: de bron 'anker?x=1&y' heeft tekens die niet in een webadres horen; "
            "gebruik alleen kleine letters, cijfers en streepjes, zoals 'anker-x-1-y'"});
}

TEST_CASE("a page that does not exist is an error on the pagina line, with a suggestion", "[campaign]") {
  Fixture f;
  f.Write("proef.toml", testing::ReplaceOnce(MinimalCampaignToml(), "pagina = \"/over/\"", "pagina = \"/ovr/\""));
  std::vector<Campaign> campaigns = f.Load();
  REQUIRE(f.Messages().empty());
  CheckCampaigns(campaigns, kSiteSlugs, &f.diagnostics);
  CHECK(f.Messages() == std::vector<std::string>{"content/campagnes/proef.toml:6: de QR-code gaat naar /ovr/, maar die "
                                                 "pagina bestaat niet; bedoelt u /over/?"});
}

TEST_CASE("a page must be written as a site link", "[campaign]") {
  Fixture f;
  SECTION("without the leading slash") {
    f.Write("proef.toml", testing::ReplaceOnce(MinimalCampaignToml(), "pagina = \"/over/\"", "pagina = \"over/\""));
    f.Load();
    CHECK(f.Messages() == std::vector<std::string>{"content/campagnes/proef.toml:6: de pagina 'over/' begint niet met "
                                                   "/; schrijf de pagina zoals een link op de site, zoals /over/"});
  }
  SECTION("with a query or a whole address") {
    f.Write("proef.toml", testing::ReplaceOnce(MinimalCampaignToml(), "pagina = \"/over/\"", "pagina = \"/over/?a=b\""));
    f.Load();
    CHECK(f.Messages() == std::vector<std::string>{"content/campagnes/proef.toml:6: '/over/?a=b' is geen pagina van de "
                                                   "site; schrijf alleen de naam van de pagina tussen twee /, zoals "
                                                   "/hoe-meld-ik/"});
  }
}

TEST_CASE("one bron tag in two places is an error naming the first", "[campaign]") {
  Fixture f;
  f.Write("a.toml", MinimalCampaignToml());
  f.Write("b.toml", testing::ReplaceOnce(MinimalCampaignToml(), "bron = \"buurthuis-anker\"", "bron = \"buurthuis-b\""));
  std::vector<Campaign> campaigns = f.Load();
  CheckCampaigns(campaigns, kSiteSlugs, &f.diagnostics);
  CHECK(f.Messages() ==
        std::vector<std::string>{"content/campagnes/b.toml:9: de bron 'huisarts-proef' staat ook in "
                                 "content/campagnes/a.toml:9; geef elke plek een eigen bron, zodat het meldpunt de "
                                 "meldingen per plek kan tellen"});
}

TEST_CASE("unknown formats, too many lines, a reversed period and a wrong type are errors", "[campaign]") {
  Fixture f;
  std::string toml = MinimalCampaignToml();
  toml = testing::ReplaceOnce(toml, "tot = 2027-01-31", "tot = 2026-11-30");
  toml = testing::ReplaceOnce(toml, "tekst = [\"Ziet u iets bij de buren?\", \"Wij gaan langs.\"]", "tekst = [\"Een.\", \"Twee.\", \"Drie.\"]");
  toml = testing::ReplaceOnce(toml, "pagina = \"/over/\"\n", "pagina = \"/over/\"\nformaten = [\"flyer-a6\", \"banier\"]\nafloop = \"ja\"\nkopp = 1\n");
  f.Write("proef.toml", toml);
  f.Load();
  f.diagnostics.SortByLocation();
  CHECK(f.Messages() ==
        std::vector<std::string>{
            "content/campagnes/proef.toml:3: de campagne eindigt (tot) voordat hij begint (van); kijk de twee datums na",
            "content/campagnes/proef.toml:5: 'tekst' heeft 3 regels; het drukwerk heeft er één of twee; houd het kort; "
            "de rest staat op de pagina waar de QR-code naartoe gaat",
            "content/campagnes/proef.toml:7: onbekend formaat 'flyer-a6'; bedoelt u 'flyer-a5'?",
            "content/campagnes/proef.toml:7: onbekend formaat 'banier'; kies uit poster-a4, poster-a3, flyer-a5 en kaart",
            "content/campagnes/proef.toml:8: 'afloop' moet true of false (zonder aanhalingstekens) zijn; kijk het "
            "voorbeeld na in docs/inhoud.md",
            "content/campagnes/proef.toml:9: onbekende sleutel 'kopp'; bedoelt u 'kop'?"});
}

TEST_CASE("a file name that cannot be a folder in a URL is an error", "[campaign]") {
  Fixture f;
  f.Write("Winter 2026.toml", MinimalCampaignToml());
  f.Load();
  CHECK(f.Messages() == std::vector<std::string>{"content/campagnes/Winter 2026.toml: de bestandsnaam heeft tekens die "
                                                 "niet in een webadres horen; noem het bestand winter-2026.toml (kleine "
                                                 "letters, cijfers en streepjes)"});
}

TEST_CASE("a campaign without placements says how to add one", "[campaign]") {
  Fixture f;
  std::string toml = MinimalCampaignToml();
  f.Write("proef.toml", toml.substr(0, toml.find("[[plek]]")));
  f.Load();
  CHECK(f.Messages() == std::vector<std::string>{"content/campagnes/proef.toml:1: er staat geen [[plek]] in; voeg "
                                                 "minstens één [[plek]] toe; zie docs/inhoud.md"});
}

}  // namespace nietpluis
