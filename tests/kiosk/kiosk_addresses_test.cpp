// End-to-end tests of the address register in the kiosk program: `adressen importeer`, the report and
// e-mail with street and woonplaats, routing by woonplaats, and the lookup the screens will call.
#include <catch2/catch.hpp>
#include <httplib.h>

#include "kiosk/kiosk_fixture.h"
#include "meldpunt/address/bag_test_data.h"
#include "test_support.h"

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;
using nlohmann::json;

CommandResult Kiosk(const std::string& arguments) { return Run(Quote(KioskBinary()) + " " + arguments); }

std::string ConfigFlag(const KioskProcess& kiosk) { return "--config " + Quote(kiosk.config().string()); }

json Lookup(const KioskProcess& kiosk, const std::string& query, int* status = nullptr) {
  KioskProcess::Response response = kiosk.Get("/adres?" + query);
  if (status) *status = response.status;
  return json::parse(response.body);
}

TEST_CASE("adressen importeer reads the BAG extract; reports then carry street and woonplaats and route by woonplaats",
          "[kiosk_commands][address]") {
  HttpsReceiver north;
  HttpsReceiver other;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1012-1014\"]", north) +
                     HttpsOrganisation("anders", "[]\nwoonplaatsen = [\"Anderstad\"]", other));
  CommandResult refused = Kiosk("controleer " + ConfigFlag(kiosk));
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err, Catch::Contains("'Welzijn anders' werkt in woonplaatsen, maar er is geen adressenbestand"));

  WriteBagExtract(kiosk.dir() / "extract.zip", {Voorbeeld(), Anderstad()});
  CommandResult imported = Kiosk("adressen importeer " + Quote((kiosk.dir() / "extract.zip").string()) + " " + ConfigFlag(kiosk));
  INFO(imported.err);
  CHECK(imported.exit_code == 0);
  CHECK(imported.out == "Adressenbestand gemaakt: " + (kiosk.data_dir() / "adressen.db").string() + "\n"
                        "10 adressen in gebruik uit het BAG-extract (gemeentecode 0998 en 0999), stand van 15-01-2024.\n"
                        "1 huisnummer zonder woning of ander verblijfsobject in gebruik is overgeslagen.\n"
                        "Start de meldzuil opnieuw, zodat hij de nieuwe adressen gebruikt (systemctl restart nietpluis-kiosk).\n");
  // The extract is from January 2024, long before today: both commands name its age.
  CommandResult checked = Kiosk("controleer " + ConfigFlag(kiosk));
  CHECK(checked.exit_code == 0);
  CHECK_THAT(checked.out, Catch::Contains("Adressen: 10 uit BAG 2.0 Extract extract.zip, stand van 15-01-2024 (" +
                                          (kiosk.data_dir() / "adressen.db").string() + ")\nLet op: het adressenbestand is "
                                          "ouder dan 3 maanden."));
  CHECK_THAT(checked.out, Catch::Contains("Organisatie anders (Welzijn anders): woonplaats Anderstad; HTTPS naar"));

  kiosk.Start();
  // Not yet confirmed: the kiosk asks first, and stores nothing.
  KioskProcess::Response asked = kiosk.Post("/melding", "postcode=1012ab&huisnummer=12&zorg=huis&contact=anoniem");
  CHECK(asked.status == 200);
  CHECK_THAT(asked.body, Catch::Contains("<strong>Kerkstraat 12, Voorbeeld</strong>. Klopt dit?"));
  REQUIRE(kiosk.Post("/melding", "postcode=1012ab&huisnummer=14&toevoeging=a&adres_bevestigd=1012+AB+14+A&zorg=huis&"
                                 "contact=anoniem").status == 303);
  REQUIRE(kiosk.Post("/melding", "postcode=2000aa&huisnummer=5&adres_bevestigd=2000+AA+5&zorg=huis&contact=anoniem").status == 303);
  REQUIRE(WaitUntil([&] { return north.posts().size() == 1 && other.posts().size() == 1; }));
  CHECK(json::parse(north.posts()[0].body)["address"] ==
        json{{"postcode", "1012 AB"}, {"house_number", 14}, {"addition", "A"}, {"street", "Kerkstraat"},
             {"place", "Voorbeeld"}, {"found_in_register", true}});
  // A new house in Anderstad: not in the register, yet its postcode says which team works there.
  CHECK(json::parse(other.posts()[0].body)["address"] ==
        json{{"postcode", "2000 AA"}, {"house_number", 5}, {"addition", ""}, {"street", ""}, {"place", ""},
             {"found_in_register", false}});

  json several = Lookup(kiosk, "postcode=1012ab&huisnummer=14");
  CHECK(several["register"] == true);
  CHECK(several["found"] == false);
  REQUIRE(several["addresses"].size() == 3);
  CHECK(several["addresses"][0] == json{{"street", "Kerkstraat"}, {"place", "Voorbeeld"}, {"house_letter", ""},
                                        {"addition", "1"}, {"form_addition", "1"}, {"number", "14-1"},
                                        {"label", "Kerkstraat 14-1, Voorbeeld"}, {"confirm", "1012 AB 14 1"}});
  // What the round trip would ask, so the page that asks while the resident types asks the same.
  CHECK(several["question"] == "choose");
  CHECK_FALSE(several.contains("confirm"));
  CHECK(several["addresses"][1]["number"] == "14A");
  json one = Lookup(kiosk, "postcode=1012+AB&huisnummer=12");
  CHECK(one["found"] == true);
  CHECK(one["question"] == "confirm");
  CHECK(one["label"] == "Kerkstraat 12, Voorbeeld");
  CHECK(one["confirm"] == "1012 AB 12");
  json chosen = Lookup(kiosk, "postcode=1012AB&huisnummer=14&toevoeging=a");
  CHECK(chosen["question"] == "confirm");
  CHECK(chosen["label"] == "Kerkstraat 14A, Voorbeeld");
  CHECK(chosen["confirm"] == "1012 AB 14 A");
  json unknown = Lookup(kiosk, "postcode=1012AB&huisnummer=99");
  CHECK(unknown["found"] == false);
  CHECK(unknown["addresses"].empty());
  CHECK(unknown["question"] == "unknown");
  int status = 0;
  CHECK(Lookup(kiosk, "postcode=12&huisnummer=x", &status) == json{{"errors", {"postcode", "huisnummer"}}});
  CHECK(status == 400);
  CHECK(kiosk.log().find("1012") == std::string::npos);
  CHECK(kiosk.log().find("Kerkstraat") == std::string::npos);
}

TEST_CASE("A failed import leaves the register the kiosk uses as it was", "[kiosk_commands][address]") {
  HttpsReceiver north;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-9999\"]", north));
  WriteText(kiosk.dir() / "goed.csv", "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats\n1012AB,12,,,Kerkstraat,Voorbeeld\n");
  REQUIRE(Kiosk("adressen importeer " + Quote((kiosk.dir() / "goed.csv").string()) + " " + ConfigFlag(kiosk)).exit_code == 0);
  const std::string before = ReadText(kiosk.data_dir() / "adressen.db");
  WriteText(kiosk.dir() / "fout.csv", "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats\n1012AB,12,,,Kerkstraat,Voorbeeld\n1012,1,,,A,B\n");
  CommandResult failed = Kiosk("adressen importeer " + Quote((kiosk.dir() / "fout.csv").string()) + " " + ConfigFlag(kiosk));
  CHECK(failed.exit_code == 1);
  CHECK(failed.err == (kiosk.dir() / "fout.csv").string() +
                          ":3: '1012' is geen postcode; verbeter die regel in het bestand en importeer opnieuw; het oude "
                          "adressenbestand blijft tot dan in gebruik\n");
  CHECK(ReadText(kiosk.data_dir() / "adressen.db") == before);
  CHECK_FALSE(std::filesystem::exists(kiosk.data_dir() / "adressen.db.nieuw"));
  CHECK(Kiosk("adressen " + ConfigFlag(kiosk)).exit_code == 2);
  CHECK(Kiosk("adressen importeer --help").out.rfind("Gebruik: nietpluis-kiosk adressen importeer BESTAND", 0) == 0);
}

TEST_CASE("Without a register the lookup says so; on the website it is rate limited like the form", "[intake][address]") {
  HttpsReceiver north;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", north),
                     "modus = \"publiek\"\n\n[publiek]\nmeldingen_per_adres = 1\n");
  kiosk.Start();
  KioskProcess::Response first = kiosk.Get("/adres?postcode=1012AB&huisnummer=12");
  CHECK(first.status == 200);
  CHECK(first.body == R"({"register":false})");
  for (int i = 1; i < 10; ++i) REQUIRE(kiosk.Get("/adres?postcode=1012AB&huisnummer=12").status == 200);
  KioskProcess::Response limited = kiosk.Get("/adres?postcode=1012AB&huisnummer=12");
  CHECK(limited.status == 429);
  CHECK(limited.body == R"({"error":"te veel vragen"})");
  // The form has a budget of its own: lookups do not use it up.
  CHECK(kiosk.Post("/melding", "postcode=1012ab&huisnummer=12&zorg=huis&contact=anoniem").status == 303);
}

// GET /adres with an Origin header, as a browser's fetch from another origin sends it.
httplib::Result LookupFrom(const KioskProcess& kiosk, const std::string& origin) {
  httplib::Client client("127.0.0.1", kiosk.port());
  client.set_connection_timeout(2, 0);
  client.set_read_timeout(10, 0);
  return client.Get("/adres?postcode=1012AB&huisnummer=12", httplib::Headers{{"Origin", origin}});
}

TEST_CASE("Only the site's own origin may read the address lookup, without credentials", "[intake][address]") {
  HttpsReceiver north;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", north),
                     "modus = \"publiek\"\n\n[publiek]\nmeldingen_per_adres = 1\n");
  WriteText(kiosk.dir() / "adressen.csv", "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats\n1012AB,12,,,Kerkstraat,Voorbeeld\n");
  REQUIRE(Kiosk("adressen importeer " + Quote((kiosk.dir() / "adressen.csv").string()) + " " + ConfigFlag(kiosk)).exit_code == 0);
  kiosk.Start();
  // basis_url of the fixture's site.toml is https://www.proef.nl/nietpluis/: its origin, not its path.
  httplib::Result site = LookupFrom(kiosk, "https://www.proef.nl");
  REQUIRE(site);
  CHECK(site->status == 200);
  CHECK(site->get_header_value("Access-Control-Allow-Origin") == "https://www.proef.nl");
  CHECK(site->get_header_value("Vary") == "Origin");
  CHECK_FALSE(site->has_header("Access-Control-Allow-Credentials"));
  CHECK(json::parse(site->body)["label"] == "Kerkstraat 12, Voorbeeld");

  for (const char* other : {"https://kwaad.example", "http://www.proef.nl", "https://www.proef.nl.kwaad.example", "null"}) {
    INFO(other);
    httplib::Result answer = LookupFrom(kiosk, other);
    REQUIRE(answer);
    CHECK(answer->status == 200);
    CHECK_FALSE(answer->has_header("Access-Control-Allow-Origin"));
    CHECK(answer->get_header_value("Vary") == "Origin");
  }
  // Only the lookup: the form's posts and pages stay same-origin.
  httplib::Client client("127.0.0.1", kiosk.port());
  httplib::Result health = client.Get("/health", httplib::Headers{{"Origin", "https://www.proef.nl"}});
  REQUIRE(health);
  CHECK_FALSE(health->has_header("Access-Control-Allow-Origin"));
  // Over the limit the site's page may still read the 429, and then shows nothing.
  httplib::Result limited = LookupFrom(kiosk, "https://www.proef.nl");
  for (int i = 0; i < 20 && limited && limited->status != 429; ++i) limited = LookupFrom(kiosk, "https://www.proef.nl");
  REQUIRE(limited);
  CHECK(limited->status == 429);
  CHECK(limited->get_header_value("Access-Control-Allow-Origin") == "https://www.proef.nl");
  CHECK(kiosk.log().find("1012") == std::string::npos);
  CHECK(kiosk.log().find("Kerkstraat") == std::string::npos);
}

}  // namespace
}  // namespace nietpluis::kiosk
