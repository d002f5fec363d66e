// Unit tests for meldpunt/kiosk_config: reading kiosk.toml, its secrets, and the exact message for each mistake.
#include "config/kiosk_config.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_support.h"

namespace nietpluis {
namespace {

using testing::SourceDir;
using testing::TempDir;
using testing::WriteMinimalContent;
using testing::WriteText;

const std::string kValid = R"([kiosk]
id = "proef-zuil"
locatie = "Buurthuis Proef"
listen = "127.0.0.1:18080"
data_dir = "data"
terug_naar_start_na_s = 60
inhoud = "inhoud"

[[organisatie]]
id = "noord"
naam = "Welzijn Noord"
postcodes = ["1000-1049"]
[organisatie.doorsturen]
type = "https"
url = "https://intake.noord.nl/meldingen"
geheim_bestand = "geheim/noord.key"
ca_bestand = "geheim/ca.pem"
time_out_s = 12

[[organisatie]]
id = "zuid"
naam = "Buurtwerk Zuid"
postcodes = ["1050-1099", "1234"]
[organisatie.doorsturen]
type = "email"
smtp_url = "smtps://mail.zuid.nl:465"
van = "zuil@voorbeeld.nl"
naar = "meldpunt@zuid.nl"
gebruiker = "zuil"
wachtwoord_bestand = "geheim/zuid.wachtwoord"

[bezorging]
eerste_wachttijd_s = 2
hoogste_wachttijd_s = 30
)";

std::string Replace(const std::string& text, const std::string& from, const std::string& to) {
  std::size_t pos = text.find(from);
  INFO("looking for: " << from);
  REQUIRE(pos != std::string::npos);
  std::string out = text;
  out.replace(pos, from.size(), to);
  return out;
}

int LineOf(const std::string& text, const std::string& needle) {
  std::size_t pos = text.find(needle);
  REQUIRE(pos != std::string::npos);
  int line = 1;
  for (std::size_t i = 0; i < pos; ++i) line += text[i] == '\n' ? 1 : 0;
  return line;
}

void WriteSecret(const std::filesystem::path& file, const std::string& text, std::filesystem::perms mode) {
  WriteText(file, text);
  std::filesystem::permissions(file, mode);
}

class Fixture {
 public:
  explicit Fixture(const std::string& toml, bool read_secrets = true) : toml_(toml) {
    WriteMinimalContent(dir_ / "inhoud");
    WriteSecret(dir_ / "geheim/noord.key", "sleutel-noord\n", std::filesystem::perms::owner_read);
    WriteSecret(dir_ / "geheim/zuid.wachtwoord", "wachtwoord-zuid\n",
                std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    WriteText(dir_ / "geheim/ca.pem", "-----BEGIN CERTIFICATE-----\n");
    WriteText(file(), toml);
    config_ = LoadKioskConfig(file(), read_secrets, &diagnostics_);
  }
  std::string file() const { return (dir_ / "kiosk.toml").string(); }
  std::string At(const std::string& needle) const { return file() + ":" + std::to_string(LineOf(toml_, needle)) + ": "; }
  // These tables are kiosk.toml's own [[organisatie]] tables, as an older kiosk has them: the note
  // that suggests organisaties.toml is left out here (organisations_test.cpp checks it).
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics_.all()) {
      if (d.is_error() || d.problem.find("de organisaties staan in kiosk.toml") == std::string::npos) {
        out.push_back(d.ToString());
      }
    }
    return out;
  }
  const KioskConfig& config() const { return config_; }
  const TempDir& dir() const { return dir_; }

 private:
  TempDir dir_;
  std::string toml_;
  Diagnostics diagnostics_;
  KioskConfig config_;
};

TEST_CASE("A complete kiosk.toml loads with its secrets and its site.toml", "[kiosk_config]") {
  Fixture f(kValid);
  CHECK(f.messages().empty());
  const KioskConfig& c = f.config();
  CHECK(c.id == "proef-zuil");
  CHECK(c.location == "Buurthuis Proef");
  CHECK(c.listen_host == "127.0.0.1");
  CHECK(c.listen_port == 18080);
  CHECK(c.data_dir == f.dir().path() / "data");
  CHECK(c.idle_reset_s == 60);
  CHECK(c.mode == KioskConfig::Mode::kKiosk);
  CHECK(c.site.meldpunt == "Meldpunt Proef");
  CHECK(c.first_retry_s == 2);
  CHECK(c.max_retry_s == 30);
  REQUIRE(c.organisations.size() == 2);
  const DeliveryTarget& https = c.organisations[0].delivery;
  CHECK(https.kind == DeliveryTarget::Kind::kHttps);
  CHECK(https.url == "https://intake.noord.nl/meldingen");
  CHECK(https.secret == "sleutel-noord");
  CHECK(https.ca_file == (f.dir() / "geheim/ca.pem").string());
  CHECK(https.timeout_s == 12);
  const DeliveryTarget& email = c.organisations[1].delivery;
  CHECK(email.kind == DeliveryTarget::Kind::kEmail);
  CHECK(email.smtp_url == "smtps://mail.zuid.nl:465");
  CHECK(email.from == "zuil@voorbeeld.nl");
  CHECK(email.to == "meldpunt@zuid.nl");
  CHECK(email.user == "zuil");
  CHECK(email.password == "wachtwoord-zuid");
  CHECK(email.timeout_s == 30);

  CHECK(c.OrganisationFor(Postcode{1000, "AB"})->id == "noord");
  CHECK(c.OrganisationFor(Postcode{1049, "AB"})->id == "noord");
  CHECK(c.OrganisationFor(Postcode{1050, "AB"})->id == "zuid");
  CHECK(c.OrganisationFor(Postcode{1234, "AB"})->id == "zuid");
  CHECK(c.OrganisationFor(Postcode{1100, "AB"}) == nullptr);
  CHECK(c.OrganisationById("zuid")->name == "Buurtwerk Zuid");
  CHECK(c.OrganisationById("oost") == nullptr);
}

TEST_CASE("A refused report is kept as long as the privacy statement says, unless kiosk.toml says otherwise with a warning",
          "[kiosk_config]") {
  {
    Fixture f(kValid);  // no line of its own: site.toml's number (the minimal site's default, 30)
    CHECK(f.config().refused_kept_days == f.config().site.privacy.refused_kept_days);
    CHECK(f.config().refused_kept_days == 30);
  }
  const std::string own = Replace(kValid, "hoogste_wachttijd_s = 30\n", "hoogste_wachttijd_s = 30\ngeweigerd_bewaren_dagen = 14\n");
  Fixture f(own);
  CHECK(f.config().refused_kept_days == 14);
  CHECK(f.messages() == std::vector<std::string>{
                            f.At("geweigerd_bewaren_dagen") +
                            "waarschuwing: geweigerd_bewaren_dagen is 14, maar de privacyverklaring belooft 30 dagen (" +
                            (f.dir() / "inhoud/site.toml").string() + "); haal de regel hier weg; dan geldt het getal uit site.toml"});
}

TEST_CASE("status reads kiosk.toml without opening the secrets", "[kiosk_config]") {
  Fixture f(Replace(kValid, "geheim/noord.key", "geheim/bestaat-niet.key"), false);
  CHECK(f.messages().empty());
  CHECK(f.config().organisations[0].delivery.secret.empty());
}

TEST_CASE("The example content/kiosk.toml is complete apart from the secrets of a real installation", "[kiosk_config]") {
  Diagnostics diagnostics;
  KioskConfig config = LoadKioskConfig(SourceDir() / "content" / "kiosk.toml", false, &diagnostics);
  for (const Diagnostic& d : diagnostics.all()) INFO(d.ToString());
  CHECK(diagnostics.all().empty());
  CHECK(config.id == "buurthuis-de-kroon");
  CHECK(config.data_dir == "/var/lib/nietpluis");
  CHECK(config.organisations.size() == 2);
  // The kiosk's organisations are the site's: the same names serve the same areas.
  REQUIRE(config.site.organisations.size() == config.organisations.size());
  for (std::size_t i = 0; i < config.organisations.size(); ++i) {
    CHECK(config.organisations[i].name == config.site.organisations[i].name);
    CHECK(config.organisations[i].postcodes.ranges.size() == config.site.organisations[i].postcodes.ranges.size());
  }
}

TEST_CASE("The example content/intake.toml is the public form's intake with the kiosk's organisations", "[kiosk_config]") {
  Diagnostics diagnostics;
  KioskConfig intake = LoadKioskConfig(SourceDir() / "content" / "intake.toml", false, &diagnostics);
  for (const Diagnostic& d : diagnostics.all()) INFO(d.ToString());
  CHECK(diagnostics.all().empty());
  CHECK(intake.mode == KioskConfig::Mode::kPublic);
  CHECK(intake.public_intake.reports_per_address == 10);
  KioskConfig kiosk = LoadKioskConfig(SourceDir() / "content" / "kiosk.toml", false, &diagnostics);
  REQUIRE(intake.organisations.size() == kiosk.organisations.size());
  for (std::size_t i = 0; i < kiosk.organisations.size(); ++i) {
    CHECK(intake.organisations[i].id == kiosk.organisations[i].id);
    CHECK(intake.organisations[i].name == kiosk.organisations[i].name);
  }
}

TEST_CASE("Mistakes in [kiosk] name the line and what to do", "[kiosk_config]") {
  SECTION("missing id") {
    std::string toml = Replace(kValid, "id = \"proef-zuil\"\n", "");
    Fixture f(toml);
    CHECK(f.messages() == std::vector<std::string>{
                              f.file() + ":1: [kiosk] mist 'id'; voeg een regel toe zoals id = \"...\""});
  }
  SECTION("bad id") {
    Fixture f(Replace(kValid, "\"proef-zuil\"", "\"Proef Zuil\""));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("id = \"Proef") + "'Proef Zuil' is geen geldige id; gebruik kleine letters, cijfers "
                                                     "en streepjes, zoals \"buurthuis-de-kroon\""});
  }
  SECTION("listen without a port") {
    Fixture f(Replace(kValid, "\"127.0.0.1:18080\"", "\"127.0.0.1\""));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("listen") + "'127.0.0.1' is geen adres met poort; schrijf het zoals \"127.0.0.1:8080\""});
  }
  SECTION("idle reset out of range") {
    Fixture f(Replace(kValid, "terug_naar_start_na_s = 60", "terug_naar_start_na_s = 5"));
    CHECK(f.messages() == std::vector<std::string>{f.At("terug_naar") + "5 seconden kan niet; kies een getal van 10 tot 3600"});
  }
  SECTION("unknown mode") {
    Fixture f(Replace(kValid, "inhoud = \"inhoud\"", "inhoud = \"inhoud\"\nmodus = \"online\""));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("modus") + "'online' is geen modus; kies \"kiosk\" (zuil) of \"publiek\" (website)"});
  }
  SECTION("a misspelt key") {
    Fixture f(Replace(kValid, "terug_naar_start_na_s", "terug_naar_start_s"));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("terug_naar_start_s") + "onbekende sleutel 'terug_naar_start_s' in [kiosk]; bedoelt u "
                                                           "'terug_naar_start_na_s'?"});
  }
  SECTION("not TOML") {
    Fixture f(Replace(kValid, "locatie = \"Buurthuis Proef\"", "locatie = Buurthuis Proef"));
    REQUIRE(f.messages().size() == 1);
    CHECK(f.messages()[0].rfind(f.At("locatie") + "geen geldige TOML (", 0) == 0);
  }
}

TEST_CASE("The online form's protection is read from [publiek], and only in public mode", "[kiosk_config]") {
  const std::string public_mode = Replace(kValid, "inhoud = \"inhoud\"", "inhoud = \"inhoud\"\nmodus = \"publiek\"");
  SECTION("defaults") {
    Fixture f(public_mode);
    CHECK(f.messages().empty());
    const PublicIntakeSettings& p = f.config().public_intake;
    CHECK(p.max_request_kib == 16);
    CHECK(p.read_timeout_s == 10);
    CHECK(p.request_s == 20);
    CHECK(p.reports_per_address == 10);
    CHECK(p.window_s == 600);
    CHECK(p.ipv6_prefix == 64);
    CHECK(p.proxies == std::vector<std::string>{"127.0.0.1", "::1"});
  }
  SECTION("set") {
    Fixture f(public_mode + "\n[publiek]\ngrootste_verzoek_kib = 8\ntijdslimiet_s = 3\nmeldingen_per_adres = 0\n"
                            "venster_s = 60\nproxy_adressen = [\"10.0.0.5\"]\nipv6_prefixlengte = 56\nheel_verzoek_s = 30\n");
    CHECK(f.messages().empty());
    const PublicIntakeSettings& p = f.config().public_intake;
    CHECK(p.max_request_kib == 8);
    CHECK(p.read_timeout_s == 3);
    CHECK(p.request_s == 30);
    CHECK(p.reports_per_address == 0);
    CHECK(p.window_s == 60);
    CHECK(p.ipv6_prefix == 56);
    CHECK(p.proxies == std::vector<std::string>{"10.0.0.5"});
  }
  SECTION("out of range") {
    const std::string toml = public_mode + "\n[publiek]\ngrootste_verzoek_kib = 2\n";
    Fixture f(toml);
    CHECK(f.messages() == std::vector<std::string>{f.At("grootste_verzoek_kib") + "2 KiB kan niet; kies een getal van 4 tot 1024"});
  }
  SECTION("in kiosk mode") {
    const std::string toml = kValid + "\n[publiek]\nmeldingen_per_adres = 5\n";
    Fixture f(toml);
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("[publiek]") + "[publiek] geldt alleen voor het formulier op de website; zet modus = "
                                                  "\"publiek\" onder [kiosk], of haal [publiek] weg"});
  }
}

TEST_CASE("Mistakes in an organisation name the line and what to do", "[kiosk_config]") {
  SECTION("plain http to another host") {
    Fixture f(Replace(kValid, "https://intake.noord.nl", "http://intake.noord.nl"));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("url = ") + "'http://intake.noord.nl/meldingen' is niet versleuteld; gebruik https://; "
                                               "alleen 127.0.0.1 mag zonder"});
  }
  SECTION("plain http to loopback is allowed for tests") {
    Fixture f(Replace(kValid, "https://intake.noord.nl", "http://127.0.0.1:9"));
    CHECK(f.messages().empty());
  }
  SECTION("not a web address") {
    Fixture f(Replace(kValid, "https://intake.noord.nl/meldingen", "intake.noord.nl"));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("url = ") + "'intake.noord.nl' is geen https-adres; schrijf het volledige adres, "
                                               "zoals https://intake.welzijn.nl/meldingen"});
  }
  SECTION("an unknown delivery type") {
    Fixture f(Replace(kValid, "type = \"https\"", "type = \"fax\""));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("type = \"fax\"") + "'fax' is geen manier van doorsturen; kies \"https\" of \"email\""});
  }
  SECTION("a misspelt delivery key") {
    Fixture f(Replace(kValid, "geheim_bestand", "geheimbestand"));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("[organisatie.doorsturen]\ntype = \"https\"") + "[organisatie.doorsturen] mist "
                                  "'geheim_bestand'; voeg een regel toe zoals geheim_bestand = \"...\"",
                              f.At("geheimbestand") + "onbekende sleutel 'geheimbestand' in [organisatie.doorsturen]; "
                                                      "bedoelt u 'geheim_bestand'?"});
  }
  SECTION("two addresses in one") {
    Fixture f(Replace(kValid, "\"meldpunt@zuid.nl\"", "\"a@zuid.nl, b@zuid.nl\""));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("naar = ") + "'a@zuid.nl, b@zuid.nl' is geen e-mailadres; schrijf één adres, zoals "
                                                "meldpunt@welzijn.nl"});
  }
  SECTION("overlapping areas") {
    Fixture f(Replace(kValid, "[\"1050-1099\", \"1234\"]", "[\"1040-1099\"]"));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("[\"1040-1099\"]") + "postcode 1040 hoort bij 'Welzijn Noord' en bij 'Buurtwerk Zuid'; "
                                                        "geef elk postcodegebied aan één organisatie"});
  }
  SECTION("the same id twice") {
    Fixture f(Replace(kValid, "id = \"zuid\"", "id = \"noord\""));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("[\"1050-1099\"") + "de id 'noord' staat bij twee organisaties; geef elke "
                                                       "organisatie een eigen id"});
  }
  SECTION("a time-out out of range") {
    Fixture f(Replace(kValid, "time_out_s = 12", "time_out_s = 0"));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("time_out_s") + "een wachttijd van 0 seconden kan niet; kies een getal van 1 tot 600"});
  }
  SECTION("a missing private CA file") {
    Fixture f(Replace(kValid, "geheim/ca.pem", "geheim/weg.pem"));
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("ca_bestand") + "het bestand '" + (f.dir() / "geheim/weg.pem").string() +
                              "' bestaat niet; zet het certificaat van uw eigen CA daar neer"});
  }
}

TEST_CASE("Secrets must exist, be private and stay out of the content folder", "[kiosk_config]") {
  SECTION("missing key") {
    Fixture f(Replace(kValid, "geheim/noord.key", "geheim/weg.key"));
    const std::string path = (f.dir() / "geheim/weg.key").string();
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("geheim_bestand") + "het bestand '" + path +
                              "' bestaat niet of is geen gewoon bestand; maak het, bijvoorbeeld met: (umask 077; "
                              "openssl rand -hex 32 > " + path + ")"});
  }
  SECTION("missing password") {
    Fixture f(Replace(kValid, "geheim/zuid.wachtwoord", "geheim/weg.wachtwoord"));
    const std::string path = (f.dir() / "geheim/weg.wachtwoord").string();
    CHECK(f.messages() == std::vector<std::string>{
                              f.At("wachtwoord_bestand") + "het bestand '" + path +
                              "' bestaat niet of is geen gewoon bestand; zet het wachtwoord van de mailserver erin en "
                              "maak het alleen leesbaar voor de kiosk (chmod 600 " + path + ")"});
  }
  SECTION("readable by others") {
    Fixture f(kValid);
    std::filesystem::permissions(f.dir() / "geheim/noord.key",
                                 std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    Diagnostics diagnostics;
    LoadKioskConfig(f.file(), true, &diagnostics);
    const std::string path = (f.dir() / "geheim/noord.key").string();
    REQUIRE(diagnostics.error_count() == 1);  // beside the note on kiosk.toml's own organisations
    CHECK(diagnostics.all()[0].ToString() == f.At("geheim_bestand") + "anderen kunnen het geheim '" + path +
                                                 "' lezen; maak het alleen leesbaar voor de kiosk: chmod 600 " + path);
  }
  SECTION("in the content folder") {
    Fixture f(Replace(kValid, "geheim/noord.key", "inhoud/noord.key"));
    WriteSecret(f.dir() / "inhoud/noord.key", "x", std::filesystem::perms::owner_read);
    Diagnostics diagnostics;
    LoadKioskConfig(f.file(), true, &diagnostics);
    REQUIRE(diagnostics.error_count() == 1);  // beside the note on kiosk.toml's own organisations
    CHECK(diagnostics.all()[0].ToString() ==
          f.At("geheim_bestand") + "het geheim 'inhoud/noord.key' staat in de map met de inhoud van de site; zet het "
                                   "buiten die map, bijvoorbeeld in /etc/nietpluis/, en pas het pad aan");
  }
  SECTION("empty") {
    Fixture f(kValid);
    WriteSecret(f.dir() / "geheim/noord.key", " \n", std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    Diagnostics diagnostics;
    LoadKioskConfig(f.file(), true, &diagnostics);
    const std::string path = (f.dir() / "geheim/noord.key").string();
    REQUIRE(diagnostics.error_count() == 1);  // beside the note on kiosk.toml's own organisations
    CHECK(diagnostics.all()[0].ToString() == f.At("geheim_bestand") + "het geheim '" + path +
                                                 "' is leeg; zet er een geheim in, bijvoorbeeld met: openssl rand -hex 32");
  }
}

TEST_CASE("A missing kiosk.toml and a broken site.toml are both reported with their file", "[kiosk_config]") {
  TempDir dir;
  Diagnostics diagnostics;
  LoadKioskConfig(dir / "kiosk.toml", true, &diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].ToString() == (dir / "kiosk.toml").string() +
                                               ": bestand ontbreekt; maak kiosk.toml; kopieer het voorbeeld uit "
                                               "content/kiosk.toml");

  Fixture f(kValid);
  WriteText(f.dir() / "inhoud/site.toml", "taal = \"nl\"\n");
  Diagnostics site;
  LoadKioskConfig(f.file(), true, &site);
  REQUIRE(site.HasErrors());
  CHECK(site.FirstErrorFrom(0)->file == (f.dir() / "inhoud/site.toml").string());
}

}  // namespace
}  // namespace nietpluis

namespace nietpluis {
namespace {

TEST_CASE("Areas may be woonplaatsen and PC6 exceptions; the strongest match routes", "[kiosk_config][address]") {
  Fixture f(Replace(Replace(kValid, "postcodes = [\"1050-1099\", \"1234\"]",
                            "woonplaatsen = [\"Klein Dorp\"]\nuitzonderingen = [\"1049 zz\", \"1049AA\"]"),
                    "[bezorging]", "[adressen]\nbestand = \"bag/adressen.db\"\nverouderd_na_maanden = 6\n\n[bezorging]"));
  REQUIRE(f.messages().empty());
  const KioskConfig& c = f.config();
  CHECK(c.organisations[1].postcodes.places == std::vector<std::string>{"Klein Dorp"});
  CHECK(c.organisations[1].postcodes.pc6 == std::vector<std::string>{"1049 ZZ", "1049 AA"});
  CHECK(DescribePostcodeArea(c.organisations[1].postcodes) == "woonplaats Klein Dorp en postcodes 1049 ZZ en 1049 AA");
  CHECK(c.addresses.file == f.dir() / "bag/adressen.db");
  CHECK(c.addresses.stale_after_months == 6);
  CHECK(c.RoutesByPlace());
  CHECK(c.OrganisationFor(Postcode{1049, "AB"})->id == "noord");
  CHECK(c.OrganisationFor(Postcode{1049, "AA"})->id == "zuid");               // the PC6 exception
  CHECK(c.OrganisationFor(Postcode{1049, "AB"}, "klein dorp")->id == "zuid");  // the woonplaats, in any case
  CHECK(c.OrganisationFor(Postcode{2000, "AB"}, "Klein Dorp")->id == "zuid");
  CHECK(c.OrganisationFor(Postcode{2000, "AB"}) == nullptr);  // without a register a woonplaats matches nothing
}

TEST_CASE("Without [adressen] the register is adressen.db in the data folder, three months fresh", "[kiosk_config][address]") {
  Fixture f(kValid);
  CHECK(f.config().addresses.file == f.dir() / "data/adressen.db");
  CHECK(f.config().addresses.stale_after_months == 3);
  CHECK_FALSE(f.config().RoutesByPlace());
}

TEST_CASE("A woonplaats or a PC6 exception of two organisations is refused with its line", "[kiosk_config][address]") {
  Fixture f(Replace(Replace(kValid, "postcodes = [\"1000-1049\"]",
                            "postcodes = [\"1000-1049\"]\nwoonplaatsen = [\"Voorbeeld\"]\nuitzonderingen = [\"1060 AB\"]"),
                    "postcodes = [\"1050-1099\", \"1234\"]",
                    "postcodes = [\"1050-1099\"]\nwoonplaatsen = [\"voorbeeld\"]\nuitzonderingen = [\"1060AB\"]"));
  CHECK(f.messages() ==
        std::vector<std::string>{
            f.At("woonplaatsen = [\"voorbeeld\"]") +
                "woonplaats Voorbeeld hoort bij 'Welzijn Noord' en bij 'Buurtwerk Zuid'; geef elke woonplaats aan één organisatie",
            f.At("uitzonderingen = [\"1060AB\"]") +
                "postcode 1060 AB hoort bij 'Welzijn Noord' en bij 'Buurtwerk Zuid'; zet elke uitzondering bij één organisatie"});
}

TEST_CASE("A PC6 exception must be a whole postcode, and an area must name something", "[kiosk_config][address]") {
  Fixture bad(Replace(kValid, "postcodes = [\"1050-1099\", \"1234\"]", "postcodes = [\"1050-1099\"]\nuitzonderingen = [\"1060\"]"));
  CHECK(bad.messages() == std::vector<std::string>{bad.At("uitzonderingen") +
                                                   "'1060' is geen hele postcode; schrijf vier cijfers en twee letters, "
                                                   "zoals \"1234 AB\""});
  Fixture none(Replace(kValid, "postcodes = [\"1050-1099\", \"1234\"]", "woonplaatsen = []"));
  REQUIRE(none.messages().size() == 1);
  CHECK_THAT(none.messages()[0], Catch::Contains("mist 'postcodes'"));
}

}  // namespace
}  // namespace nietpluis
