// Unit tests for meldpunt/site_config: loading content/site.toml and the exact message for each mistake in it.
#include "config/site_config.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

namespace nietpluis {
namespace {

using testing::MinimalSiteToml;
using testing::TempDir;
using testing::WriteMinimalContent;
using testing::WriteText;

// `text` with its one occurrence of `from` replaced by `to`; fails the test if `from` is not there exactly once.
std::string Replace(const std::string& text, const std::string& from, const std::string& to) {
  std::size_t pos = text.find(from);
  INFO("looking for: " << from);
  REQUIRE(pos != std::string::npos);
  REQUIRE(text.find(from, pos + 1) == std::string::npos);
  std::string out = text;
  out.replace(pos, from.size(), to);
  return out;
}

// `text` without the part from `begin` up to (not including) `end`.
std::string RemoveFromUpTo(const std::string& text, const std::string& begin, const std::string& end) {
  std::size_t from = text.find(begin);
  REQUIRE(from != std::string::npos);
  std::size_t to = text.find(end, from);
  REQUIRE(to != std::string::npos);
  return text.substr(0, from) + text.substr(to);
}

// The 1-based line of `text` on which `needle` starts; a needle may begin with "\n" to match a whole key.
int LineOf(const std::string& text, const std::string& needle) {
  std::size_t pos = text.find(needle);
  INFO("looking for: " << needle);
  REQUIRE(pos != std::string::npos);
  pos += needle.find_first_not_of('\n');
  int line = 1;
  for (std::size_t i = 0; i < pos; ++i) line += text[i] == '\n' ? 1 : 0;
  return line;
}

std::vector<std::string> Messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics.all()) out.push_back(d.ToString());
  return out;
}

// A content folder like WriteMinimalContent's, with `toml` as its site.toml.
class Fixture {
 public:
  explicit Fixture(const std::string& toml) : toml_(toml) {
    WriteMinimalContent(dir_.path());
    WriteText(dir_ / "site.toml", toml_);
    config_ = LoadSiteConfig(dir_.path(), &diagnostics_);
  }

  int Line(const std::string& needle) const { return LineOf(toml_, needle); }
  // "<tmp>/site.toml:<line of needle>: "
  std::string At(const std::string& needle) const { return file() + ":" + std::to_string(Line(needle)) + ": "; }
  std::string file() const { return (dir_.path() / "site.toml").string(); }
  const TempDir& dir() const { return dir_; }
  const SiteConfig& config() const { return config_; }
  const Diagnostics& diagnostics() const { return diagnostics_; }
  std::vector<std::string> messages() const { return Messages(diagnostics_); }

 private:
  TempDir dir_;
  std::string toml_;
  SiteConfig config_;
  Diagnostics diagnostics_;
};

TEST_CASE("The minimal site.toml loads without diagnostics", "[site_config]") {
  Fixture f(MinimalSiteToml());
  CHECK(f.messages().empty());
  CHECK_FALSE(f.diagnostics().HasErrors());

  const SiteConfig& c = f.config();
  CHECK(c.language == "nl");
  CHECK(c.municipality == "Gemeente Proef");
  CHECK(c.meldpunt == "Meldpunt Proef");
  CHECK(c.base_url == "https://www.proef.nl/nietpluis/");
  CHECK(c.BasePath() == "/nietpluis/");

  CHECK(c.contact.phone == "14 0999");
  CHECK(c.contact.phone_hours == "op werkdagen van 9.00 tot 17.00 uur");
  CHECK(c.contact.email == "meldpunt@proef.nl");
  CHECK(c.contact.postal_address == "");

  REQUIRE(c.organisations.size() == 1);
  const Organisation& o = c.organisations[0];
  CHECK(o.name == "Welzijn Proef");
  REQUIRE(o.postcodes.ranges.size() == 2);
  CHECK(o.postcodes.ranges[0].first == 1000);
  CHECK(o.postcodes.ranges[0].last == 1099);
  CHECK(o.postcodes.ranges[1].first == 1234);
  CHECK(o.postcodes.ranges[1].last == 1234);
  CHECK(o.website == "");
  CHECK(o.phone == "");

  REQUIRE(c.kiosks.size() == 1);
  CHECK(c.kiosks[0].name == "Buurthuis Het Anker");
  CHECK(c.kiosks[0].address == "Ankerweg 1, 1011 AA Proef");
  CHECK(c.kiosks[0].opening_hours == "op werkdagen van 9.00 tot 17.00 uur");

  CHECK(c.privacy.controller == "Gemeente Proef");
  CHECK(c.privacy.dpo_email == "privacy@proef.nl");
  CHECK(c.privacy.retention == "tot de hulp klaar is");

  CHECK(c.accessibility.status == "voldoet gedeeltelijk");
  CHECK(c.accessibility.year == 2026);
  CHECK(c.accessibility.month == 11);
  CHECK(c.accessibility.day == 1);
  CHECK(c.accessibility.method == "met axe-core");
  CHECK(c.accessibility.contact_email == "meldpunt@proef.nl");

  CHECK(c.style.logo == std::filesystem::path("beeld/logo.svg"));
  CHECK(c.style.text == "#1b1b1b");
  CHECK(c.style.background == "#ffffff");
  CHECK(c.style.primary == "#0b4a6f");
  CHECK(c.style.primary_text == "#ffffff");
  CHECK(c.style.danger == "#8b1a1a");
  CHECK(c.style.danger_background == "#fff4f4");
  CHECK(c.style.focus == "#ffbf47");
}

TEST_CASE("intake_url is read, and must be an https address ending in a slash", "[site_config]") {
  {
    Fixture f("intake_url = \"https://meldpunt.proef.nl/\"\n" + MinimalSiteToml());
    CHECK(f.messages().empty());
    CHECK(f.config().intake_url == "https://meldpunt.proef.nl/");
    CHECK(f.config().IntakeOrigin() == "https://meldpunt.proef.nl");
  }
  {
    Fixture f("intake_url = \"https://www.proef.nl:8443/intake/\"\n" + MinimalSiteToml());
    CHECK(f.config().IntakeOrigin() == "https://www.proef.nl:8443");
  }
  {
    // Plain http to this computer is for tests.
    Fixture f("intake_url = \"http://127.0.0.1:9000/\"\n" + MinimalSiteToml());
    CHECK(f.messages().empty());
    CHECK(f.config().IntakeOrigin() == "http://127.0.0.1:9000");
  }
  {
    Fixture f("intake_url = \"http://meldpunt.proef.nl/\"\n" + MinimalSiteToml());
    CHECK(f.messages() == std::vector<std::string>{f.At("intake_url") + "intake_url 'http://meldpunt.proef.nl/' begint niet met "
                                                   "https://; schrijf het volledige adres van het meldformulier, zoals "
                                                   "https://meldpunt.gemeente.nl/"});
  }
  {
    Fixture f("intake_url = \"https://meldpunt.proef.nl\"\n" + MinimalSiteToml());
    CHECK(f.messages() == std::vector<std::string>{f.At("intake_url") + "intake_url 'https://meldpunt.proef.nl' eindigt niet op "
                                                   "/; zet een / aan het eind: \"https://meldpunt.proef.nl/\""});
  }
  {
    Fixture f("intake_url = \"https://meldpunt.proef.nl/\\\" onload=\\\"x/\"\n" + MinimalSiteToml());
    REQUIRE(f.messages().size() == 1);
    CHECK(f.messages()[0].find("is geen gewoon webadres; schrijf alleen het adres, zoals https://meldpunt.gemeente.nl/") !=
          std::string::npos);
  }
}

TEST_CASE("Optional keys are read when present", "[site_config]") {
  std::string toml = Replace(MinimalSiteToml(), "email = \"meldpunt@proef.nl\"\n\n[[organisatie]]",
                             "email = \"meldpunt@proef.nl\"\npostadres = \"Postbus 1, 1000 AA Proef\"\n\n"
                             "[[organisatie]]");
  toml = Replace(toml, "postcodes = [\"1000-1099\", \"1234\"]\n",
                 "postcodes = [\"1000-1099\", \"1234\"]\nwebsite = \"https://www.welzijnproef.nl/\"\n"
                 "telefoon = \"0800-2000\"\n");
  Fixture f(toml);
  CHECK(f.messages().empty());
  CHECK(f.config().contact.postal_address == "Postbus 1, 1000 AA Proef");
  REQUIRE(f.config().organisations.size() == 1);
  CHECK(f.config().organisations[0].website == "https://www.welzijnproef.nl/");
  CHECK(f.config().organisations[0].phone == "0800-2000");
}

TEST_CASE("BasePath is the path part of basis_url", "[site_config]") {
  SiteConfig config;
  config.base_url = "https://www.proef.nl/";
  CHECK(config.BasePath() == "/");
  config.base_url = "https://www.proef.nl/zorg/nietpluis/";
  CHECK(config.BasePath() == "/zorg/nietpluis/");
  config.base_url = "https://www.proef.nl";
  CHECK(config.BasePath() == "/");
  config.base_url = "";
  CHECK(config.BasePath() == "/");
}

TEST_CASE("A missing site.toml is reported without a line", "[site_config]") {
  TempDir dir;
  Diagnostics diagnostics;
  LoadSiteConfig(dir.path(), &diagnostics);
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{(dir.path() / "site.toml").string() +
                                 ": bestand ontbreekt; maak site.toml; kopieer het voorbeeld uit content/"});
  CHECK(diagnostics.error_count() == 1);
}

TEST_CASE("A TOML syntax error names its line", "[site_config]") {
  Fixture f(Replace(MinimalSiteToml(), "\nemail = \"meldpunt@proef.nl\"", "\nemail = meldpunt@proef.nl"));
  CHECK(f.messages() ==
        std::vector<std::string>{
            f.At("email = meldpunt") +
            "geen geldige TOML (Error while parsing value: could not determine value type); kijk deze regel na: "
            "tekst staat tussen aanhalingstekens, elke sleutel één keer"});
}

TEST_CASE("A key given twice is a TOML error on its second line", "[site_config]") {
  Fixture f(Replace(MinimalSiteToml(), "taal = \"nl\"\n", "taal = \"nl\"\ntaal = \"en\"\n"));
  CHECK(f.messages() ==
        std::vector<std::string>{
            f.At("taal = \"en\"") +
            "geen geldige TOML (Error while parsing key-value pair: cannot redefine existing string 'taal'); "
            "kijk deze regel na: tekst staat tussen aanhalingstekens, elke sleutel één keer"});
}

TEST_CASE("An unknown key close to a known one is reported with a suggestion", "[site_config]") {
  Fixture f(Replace(MinimalSiteToml(), "telefoon = \"14 0999\"", "telefon = \"14 0999\""));
  CHECK(f.messages() ==
        std::vector<std::string>{
            f.At("[contact]") + "[contact] mist 'telefoon'; voeg een regel toe zoals telefoon = \"...\"",
            f.At("telefon =") + "onbekende sleutel 'telefon' in [contact]; bedoelt u 'telefoon'?"});
}

TEST_CASE("A misspelt table name is reported with a suggestion", "[site_config]") {
  Fixture f(Replace(MinimalSiteToml(), "[contact]", "[contakt]"));
  CHECK(f.messages() ==
        std::vector<std::string>{
            f.file() + ":1: de tabel [contact] ontbreekt; voeg [contact] toe; zie docs/inhoud.md",
            f.At("[contakt]") + "onbekende sleutel 'contakt'; bedoelt u 'contact'?"});
}

TEST_CASE("An unknown key far from any known one is reported without a suggestion", "[site_config]") {
  SECTION("in a table") {
    Fixture f(Replace(MinimalSiteToml(), "telefoon_uren =", "fax = \"0123 456789\"\ntelefoon_uren ="));
    CHECK(f.messages() == std::vector<std::string>{f.At("fax =") +
                                                   "onbekende sleutel 'fax' in [contact]; haal de regel weg of "
                                                   "kijk de naam na in docs/inhoud.md"});
  }
  SECTION("in an array of tables") {
    Fixture f(Replace(MinimalSiteToml(), "adres = \"Ankerweg", "rolstoel = true\nadres = \"Ankerweg"));
    CHECK(f.messages() == std::vector<std::string>{f.At("rolstoel =") +
                                                   "onbekende sleutel 'rolstoel' in [[kiosk]]; haal de regel weg "
                                                   "of kijk de naam na in docs/inhoud.md"});
  }
  SECTION("at the top level") {
    Fixture f(Replace(MinimalSiteToml(), "taal = \"nl\"\n", "taal = \"nl\"\nthema = \"donker\"\n"));
    CHECK(f.messages() == std::vector<std::string>{f.At("thema =") +
                                                   "onbekende sleutel 'thema'; haal de regel weg of kijk de naam "
                                                   "na in docs/inhoud.md"});
  }
}

TEST_CASE("A missing required key is reported with an example line", "[site_config]") {
  SECTION("at the top level, on line 1") {
    Fixture f(Replace(MinimalSiteToml(), "gemeente = \"Gemeente Proef\"\n", ""));
    CHECK(f.messages() == std::vector<std::string>{f.file() + ":1: mist 'gemeente'; voeg een regel toe zoals "
                                                              "gemeente = \"...\""});
  }
  SECTION("in a table, on the table's line") {
    Fixture f(Replace(MinimalSiteToml(), "\nemail = \"meldpunt@proef.nl\"\n", "\n"));
    CHECK(f.messages() == std::vector<std::string>{f.At("[contact]") +
                                                   "[contact] mist 'email'; voeg een regel toe zoals email = "
                                                   "\"...\""});
  }
  SECTION("in an array of tables, on that table's line") {
    Fixture f(Replace(MinimalSiteToml(), "naam = \"Welzijn Proef\"\n", ""));
    CHECK(f.messages() == std::vector<std::string>{f.At("[[organisatie]]") +
                                                   "[[organisatie]] mist 'naam'; voeg een regel toe zoals naam = "
                                                   "\"...\""});
  }
  SECTION("a date") {
    Fixture f(Replace(MinimalSiteToml(), "datum = 2026-11-01\n", ""));
    CHECK(f.messages() == std::vector<std::string>{f.At("[toegankelijkheid]") +
                                                   "[toegankelijkheid] mist 'datum'; voeg een regel toe zoals "
                                                   "datum = 2026-11-01"});
  }
  SECTION("a list") {
    Fixture f(Replace(MinimalSiteToml(), "postcodes = [\"1000-1099\", \"1234\"]\n", ""));
    CHECK(f.messages() == std::vector<std::string>{f.At("[[organisatie]]") +
                                                   "[[organisatie]] mist 'postcodes'; voeg een regel toe zoals "
                                                   "postcodes = [\"...\"]"});
  }
}

TEST_CASE("How long refused reports stay is 30 days unless set, and must be 1 to 365", "[site_config]") {
  CHECK(Fixture(MinimalSiteToml()).config().privacy.refused_kept_days == 30);
  Fixture set(Replace(MinimalSiteToml(), "bewaartermijn = \"tot de hulp klaar is\"\n",
                      "bewaartermijn = \"tot de hulp klaar is\"\ngeweigerd_bewaren_dagen = 14\n"));
  CHECK(set.messages().empty());
  CHECK(set.config().privacy.refused_kept_days == 14);
  Fixture wrong(Replace(MinimalSiteToml(), "bewaartermijn = \"tot de hulp klaar is\"\n",
                        "bewaartermijn = \"tot de hulp klaar is\"\ngeweigerd_bewaren_dagen = 0\n"));
  CHECK(wrong.messages() == std::vector<std::string>{wrong.At("geweigerd_bewaren_dagen = 0") +
                                                     "geweigerd_bewaren_dagen moet tussen 1 en 365 liggen; schrijf een "
                                                     "aantal dagen, zoals geweigerd_bewaren_dagen = 30"});
}

TEST_CASE("Every page has its own share picture unless [delen] plaatje_per_pagina is false", "[site_config]") {
  CHECK(Fixture(MinimalSiteToml()).config().share.picture_per_page);
  Fixture off(MinimalSiteToml() + "\n[delen]\nplaatje_per_pagina = false\n");
  CHECK(off.messages().empty());
  CHECK_FALSE(off.config().share.picture_per_page);
  Fixture wrong(MinimalSiteToml() + "\n[delen]\nplaatje_per_pagina = \"nee\"\n");
  CHECK(wrong.messages() == std::vector<std::string>{wrong.At("plaatje_per_pagina =") +
                                                     "'plaatje_per_pagina' moet true of false (zonder aanhalingstekens) zijn; kijk het voorbeeld "
                                                     "na in docs/inhoud.md"});
}

TEST_CASE("A value of the wrong type is reported with the type expected", "[site_config]") {
  const std::string remedy = "; kijk het voorbeeld na in docs/inhoud.md";
  SECTION("a number where text is expected") {
    Fixture f(Replace(MinimalSiteToml(), "telefoon = \"14 0999\"", "telefoon = 140999"));
    CHECK(f.messages() == std::vector<std::string>{f.At("telefoon = 140999") +
                                                   "'telefoon' moet tekst tussen aanhalingstekens zijn" + remedy});
  }
  SECTION("text where a date is expected") {
    Fixture f(Replace(MinimalSiteToml(), "datum = 2026-11-01", "datum = \"2026-11-01\""));
    CHECK(f.messages() ==
          std::vector<std::string>{f.At("datum =") +
                                   "'datum' moet een datum zoals 2026-11-01 (zonder aanhalingstekens) zijn" + remedy});
    CHECK(f.config().accessibility.year == 0);
  }
  SECTION("text where a list is expected") {
    Fixture f(Replace(MinimalSiteToml(), "postcodes = [\"1000-1099\", \"1234\"]", "postcodes = \"1234\""));
    CHECK(f.messages() == std::vector<std::string>{f.At("postcodes =") +
                                                   "'postcodes' moet een lijst zoals [\"a\", \"b\"] zijn" + remedy});
  }
  SECTION("numbers in a list of text") {
    Fixture f(Replace(MinimalSiteToml(), "postcodes = [\"1000-1099\", \"1234\"]", "postcodes = [1234]"));
    CHECK(f.messages() == std::vector<std::string>{f.At("postcodes =") +
                                                   "'postcodes' moet een lijst met alleen tekst tussen "
                                                   "aanhalingstekens zijn" +
                                                   remedy});
  }
  SECTION("a single table where [[...]] is expected") {
    Fixture f(Replace(MinimalSiteToml(), "[[organisatie]]", "[organisatie]"));
    CHECK(f.messages() ==
          std::vector<std::string>{f.At("[organisatie]") +
                                   "'organisatie' moet een lijst van tabellen, geschreven als [[organisatie]] zijn" +
                                   remedy});
    CHECK(f.config().organisations.empty());
  }
  SECTION("[[...]] where a single table is expected") {
    Fixture f(Replace(MinimalSiteToml(), "[privacy]", "[[privacy]]"));
    CHECK(f.messages() == std::vector<std::string>{f.At("[[privacy]]") +
                                                   "'privacy' moet een tabel [privacy] zijn" + remedy});
  }
}

TEST_CASE("An empty required value is reported", "[site_config]") {
  Fixture f(Replace(MinimalSiteToml(), "\nemail = \"meldpunt@proef.nl\"", "\nemail = \"\""));
  CHECK(f.messages() == std::vector<std::string>{f.At("\nemail = \"\"") +
                                                 "'email' is leeg; vul een waarde in tussen de aanhalingstekens"});
}

TEST_CASE("An address that is not an e-mail address is reported", "[site_config]") {
  const std::string remedy = "; schrijf het zoals naam@gemeente.nl";
  SECTION("[contact] email") {
    Fixture f(Replace(MinimalSiteToml(), "\nemail = \"meldpunt@proef.nl\"", "\nemail = \"meldpunt(at)proef.nl\""));
    CHECK(f.messages() == std::vector<std::string>{f.At("email = \"meldpunt(at)") +
                                                   "'meldpunt(at)proef.nl' is geen geldig e-mailadres" + remedy});
  }
  SECTION("[privacy] fg_email") {
    Fixture f(Replace(MinimalSiteToml(), "fg_email = \"privacy@proef.nl\"", "fg_email = \"privacy@proef\""));
    CHECK(f.messages() == std::vector<std::string>{f.At("fg_email =") +
                                                   "'privacy@proef' is geen geldig e-mailadres" + remedy});
  }
  SECTION("[toegankelijkheid] contact_email") {
    Fixture f(Replace(MinimalSiteToml(), "contact_email = \"meldpunt@proef.nl\"",
                      "contact_email = \"meldpunt @proef.nl\""));
    CHECK(f.messages() == std::vector<std::string>{f.At("contact_email =") +
                                                   "'meldpunt @proef.nl' is geen geldig e-mailadres" + remedy});
  }
}

TEST_CASE("A telephone number without digits is reported", "[site_config]") {
  Fixture f(Replace(MinimalSiteToml(), "telefoon = \"14 0999\"", "telefoon = \"bel ons\""));
  CHECK(f.messages() == std::vector<std::string>{f.At("telefoon =") +
                                                 "'bel ons' is geen telefoonnummer; schrijf het zoals \"14 0123\""});
}

TEST_CASE("A postcode that is not a PC4 number or range is reported", "[site_config]") {
  Fixture f(Replace(MinimalSiteToml(), "\"1234\"]", "\"0123\"]"));
  CHECK(f.messages() == std::vector<std::string>{f.At("postcodes =") +
                                                 "'0123' is geen postcodegebied; schrijf vier cijfers (\"1234\") of "
                                                 "een reeks (\"1000-1099\")"});
  REQUIRE(f.config().organisations.size() == 1);
  REQUIRE(f.config().organisations[0].postcodes.ranges.size() == 1);
  CHECK(f.config().organisations[0].postcodes.ranges[0].first == 1000);
}

TEST_CASE("An organisation website without https:// is reported", "[site_config]") {
  Fixture f(Replace(MinimalSiteToml(), "postcodes = [\"1000-1099\", \"1234\"]\n",
                    "postcodes = [\"1000-1099\", \"1234\"]\nwebsite = \"www.welzijnproef.nl\"\n"));
  CHECK(f.messages() == std::vector<std::string>{f.At("website =") +
                                                 "de website 'www.welzijnproef.nl' begint niet met https://; schrijf "
                                                 "het volledige adres, zoals https://www.welzijn.nl/"});
}

TEST_CASE("basis_url must be a full address", "[site_config]") {
  SECTION("without https://") {
    Fixture f(Replace(MinimalSiteToml(), "basis_url = \"https://www.proef.nl/nietpluis/\"",
                      "basis_url = \"www.proef.nl/nietpluis/\""));
    CHECK(f.messages() == std::vector<std::string>{f.At("basis_url =") +
                                                   "basis_url 'www.proef.nl/nietpluis/' begint niet met https://; "
                                                   "schrijf het volledige adres van de site, zoals "
                                                   "https://www.gemeente.nl/nietpluis/"});
  }
  SECTION("plain http, which would send reports unencrypted") {
    Fixture f(Replace(MinimalSiteToml(), "basis_url = \"https://www.proef.nl/nietpluis/\"",
                      "basis_url = \"http://www.proef.nl/nietpluis/\""));
    CHECK(f.messages() == std::vector<std::string>{f.At("basis_url =") +
                                                   "basis_url 'http://www.proef.nl/nietpluis/' begint niet met "
                                                   "https://; schrijf het volledige adres van de site, zoals "
                                                   "https://www.gemeente.nl/nietpluis/"});
  }
  SECTION("plain http to this computer, as the browser tests serve the site") {
    Fixture f(Replace(MinimalSiteToml(), "basis_url = \"https://www.proef.nl/nietpluis/\"",
                      "basis_url = \"http://127.0.0.1:8123/nietpluis/\""));
    CHECK(f.messages().empty());
  }
  SECTION("without a trailing slash") {
    Fixture f(Replace(MinimalSiteToml(), "basis_url = \"https://www.proef.nl/nietpluis/\"",
                      "basis_url = \"https://www.proef.nl/nietpluis\""));
    CHECK(f.messages() == std::vector<std::string>{f.At("basis_url =") +
                                                   "basis_url 'https://www.proef.nl/nietpluis' eindigt niet op /; zet "
                                                   "een / aan het eind: \"https://www.proef.nl/nietpluis/\""});
  }
}

TEST_CASE("A colour that is not #rrggbb or #rgb is reported", "[site_config]") {
  SECTION("a colour name") {
    Fixture f(Replace(MinimalSiteToml(), "kleur_focus = \"#ffbf47\"", "kleur_focus = \"oranje\""));
    CHECK(f.messages() == std::vector<std::string>{f.At("kleur_focus =") +
                                                   "'oranje' is geen kleur; schrijf een kleur zoals \"#0b4a6f\""});
  }
  SECTION("a digit short, in a pair whose contrast is checked") {
    Fixture f(Replace(MinimalSiteToml(), "kleur_tekst = \"#1b1b1b\"", "kleur_tekst = \"#1b1b1\""));
    CHECK(f.messages() == std::vector<std::string>{f.At("kleur_tekst =") +
                                                   "'#1b1b1' is geen kleur; schrijf een kleur zoals \"#0b4a6f\""});
  }
}

TEST_CASE("A colour pair with too little contrast is reported with its ratio", "[site_config]") {
  // #888888 on white: L = ((0x88/255 + 0.055) / 1.055)^2.4 = 0.2462, ratio = 1.05 / 0.2962 = 3.54 -> "3,5".
  // The primary colour is checked as text on the background and as the background of primary text.
  Fixture f(Replace(MinimalSiteToml(), "kleur_primair = \"#0b4a6f\"", "kleur_primair = \"#888888\""));
  const std::string remedy = "; kies een kleur die meer verschilt, zodat iedereen de tekst kan lezen";
  CHECK(f.messages() ==
        std::vector<std::string>{
            f.At("kleur_primair =") +
                "kleur_primair #888888 op kleur_achtergrond #ffffff heeft een contrast van 3,5:1 (nodig: 7:1)" + remedy,
            f.At("kleur_primair_tekst =") +
                "kleur_primair_tekst #ffffff op kleur_primair #888888 heeft een contrast van 3,5:1 (nodig: 7:1)" +
                remedy});
}

TEST_CASE("A colour pair just at 7:1 passes", "[site_config]") {
  // #595959 on white: L = 0.0999, ratio = 1.05 / 0.1499 = 7.005.
  Fixture f(Replace(MinimalSiteToml(), "kleur_primair = \"#0b4a6f\"", "kleur_primair = \"#595959\""));
  CHECK(f.messages().empty());
}

TEST_CASE("A too-low contrast is never shown as meeting 7:1", "[site_config]") {
  // #006900 on white: L = 0.1010, ratio = 1.05 / 0.1510 = 6.952. Rounded to nearest it would print
  // "7,0:1 (nodig: 7:1)", a message that contradicts itself. The ratio shown must stay below 7.
  Fixture f(Replace(MinimalSiteToml(), "kleur_primair = \"#0b4a6f\"", "kleur_primair = \"#006900\""));
  REQUIRE(f.diagnostics().error_count() == 2);
  for (const std::string& message : f.messages()) {
    INFO(message);
    const std::string before = "heeft een contrast van ";
    std::size_t start = message.find(before);
    REQUIRE(start != std::string::npos);
    start += before.size();
    std::size_t end = message.find(":1 (nodig: 7:1)", start);
    REQUIRE(end != std::string::npos);
    std::string shown = message.substr(start, end - start);
    for (char& c : shown) c = c == ',' ? '.' : c;
    CHECK(std::strtod(shown.c_str(), nullptr) < 7.0);
  }
}

TEST_CASE("A logo that does not exist is reported with where to put it", "[site_config]") {
  Fixture f(Replace(MinimalSiteToml(), "logo = \"beeld/logo.svg\"", "logo = \"beeld/logo.png\""));
  CHECK(f.messages() == std::vector<std::string>{f.At("logo =") + "het logo 'beeld/logo.png' bestaat niet; zet het "
                                                                   "bestand in " +
                                                 (f.dir().path() / "beeld/logo.png").string() +
                                                 " of verbeter de naam"});
}

TEST_CASE("An unknown accessibility status is reported with the choices", "[site_config]") {
  Fixture f(Replace(MinimalSiteToml(), "status = \"voldoet gedeeltelijk\"", "status = \"voldoet\""));
  CHECK(f.messages() == std::vector<std::string>{f.At("status =") +
                                                 "'voldoet' is geen status van een toegankelijkheidsverklaring; kies "
                                                 "uit voldoet volledig, voldoet gedeeltelijk, eerste maatregelen "
                                                 "genomen en voldoet niet"});
}

TEST_CASE("A missing table is reported on line 1", "[site_config]") {
  Fixture f(RemoveFromUpTo(MinimalSiteToml(), "[privacy]\n", "[toegankelijkheid]"));
  CHECK(f.messages() ==
        std::vector<std::string>{f.file() +
                                 ":1: de tabel [privacy] ontbreekt; voeg [privacy] toe; zie docs/inhoud.md"});
}

TEST_CASE("A site without [[organisatie]] is reported", "[site_config]") {
  Fixture f(RemoveFromUpTo(MinimalSiteToml(), "[[organisatie]]\n", "[[kiosk]]"));
  CHECK(f.messages() == std::vector<std::string>{f.file() + ":1: er staat geen [[organisatie]] in; voeg minstens "
                                                            "één [[organisatie]] toe; zie docs/inhoud.md"});
  CHECK(f.config().organisations.empty());
}

TEST_CASE("[[kiosk]] is optional", "[site_config]") {
  Fixture f(RemoveFromUpTo(MinimalSiteToml(), "[[kiosk]]\n", "[privacy]"));
  CHECK(f.messages().empty());
  CHECK(f.config().kiosks.empty());
}

TEST_CASE("Every problem in site.toml is reported in one run", "[site_config]") {
  std::string toml = Replace(MinimalSiteToml(), "\nemail = \"meldpunt@proef.nl\"", "\nemail = \"meldpunt\"");
  toml = Replace(toml, "kleur_focus = \"#ffbf47\"", "kleur_focus = \"geel\"");
  Fixture f(toml);
  CHECK(f.diagnostics().error_count() == 2);
}

// An organisation with `postcodes = []` serves no area; the privacy page would list it as "postcode ".
TEST_CASE("An organisation without any postcode area is reported", "[site_config]") {
  Fixture f(Replace(MinimalSiteToml(), "postcodes = [\"1000-1099\", \"1234\"]", "postcodes = []"));
  CHECK(f.messages() == std::vector<std::string>{f.At("postcodes = []") +
                                                 "'Welzijn Proef' heeft geen postcodes; zet minstens één postcode "
                                                 "(\"1234\") of reeks (\"1000-1099\") tussen de [ ]"});
}

// An organisation's number becomes a tel: link too, so it must hold digits like [contact] telefoon.
TEST_CASE("An organisation telephone number without digits is reported", "[site_config]") {
  Fixture f(Replace(MinimalSiteToml(), "postcodes = [\"1000-1099\", \"1234\"]\n",
                    "postcodes = [\"1000-1099\", \"1234\"]\ntelefoon = \"bel ons\"\n"));
  CHECK(f.messages() == std::vector<std::string>{f.At("telefoon = \"bel ons\"") +
                                                 "'bel ons' is geen telefoonnummer; schrijf het zoals \"14 0123\""});
}

}  // namespace
}  // namespace nietpluis
