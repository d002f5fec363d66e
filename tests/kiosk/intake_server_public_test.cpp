// End-to-end tests for kiosk/intake_server in public mode: the online form's intake on the open internet.
#include "intake_server.h"

#include <catch2/catch.hpp>
#include <httplib.h>

#include "kiosk/kiosk_fixture.h"

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;
using nlohmann::json;

const std::string kReport = "postcode=1012ab&huisnummer=12&zorg=gedrag&contact=anoniem&toelichting=Zij+is+erg+vergeetachtig.";

std::string PublicMode(const std::string& settings = "") {
  return "modus = \"publiek\"\n\n[publiek]\n" + settings;
}

bool Has(const std::string& html, const std::string& part) {
  INFO("looking for: " << part);
  return html.find(part) != std::string::npos;
}

KioskProcess::Response PostFrom(const KioskProcess& kiosk, const std::string& client, const std::string& body) {
  httplib::Client http("127.0.0.1", kiosk.port());
  auto result = http.Post("/melding", {{"X-Forwarded-For", client}}, body, "application/x-www-form-urlencoded");
  if (!result) return {};
  return {result->status, result->body, result->get_header_value("Location")};
}

TEST_CASE("The website's reports carry source 'website' and the campaign tag", "[intake][publiek]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode());
  intake.Start();
  KioskProcess::Response form = intake.Get("/melden?bron=huisarts-centrum");
  // In the site's layout, with its menu and footer, under the h1 of the site's own form page.
  CHECK(Has(form.body, "<h1>Melden</h1>"));
  CHECK(Has(form.body, "<li><a href=\"https://www.proef.nl/nietpluis/over/\">Over ons</a></li>"));
  CHECK(Has(form.body, "<footer class=\"voet\">"));
  CHECK(Has(form.body, "<a class=\"nummer\" href=\"tel:112\">Bel 112</a>"));
  CHECK(Has(form.body, "<link rel=\"stylesheet\" href=\"assets/style.css\">"));
  CHECK(Has(form.body, "<h2 id=\"privacy-kort-titel\">Wat gebeurt er met uw gegevens?</h2>"));
  CHECK(Has(form.body, "<a href=\"https://www.proef.nl/nietpluis/privacy/\">Lees alles over privacy</a>"));
  CHECK(Has(form.body, "<input type=\"hidden\" name=\"bron\" value=\"huisarts-centrum\">"));
  CHECK(Has(form.body, "<a class=\"merk\" href=\"https://www.proef.nl/nietpluis/\">"));
  CHECK(Has(form.body, "<input id=\"website\" name=\"website\" type=\"text\" value=\"\" tabindex=\"-1\" autocomplete=\"off\">"));
  CHECK_FALSE(Has(form.body, "data-toetsenbord"));
  // The site's share image of the form page: every page has its own.
  CHECK(Has(form.body, "<meta property=\"og:image\" content=\"https://www.proef.nl/nietpluis/deel/melden.png\">"));
  CHECK(Has(form.body, "<meta property=\"og:image:alt\" content=\"Melden - Meldpunt Proef\">"));
  // A page that does not exist speaks of the website and leads to the form, not to a kiosk's first screen.
  KioskProcess::Response missing = intake.Get("/bestaat-niet");
  CHECK(missing.status == 404);
  CHECK(Has(missing.body, "<p>Misschien is het adres niet goed. Of de pagina bestaat niet meer. Wilt u iets melden? "
                          "Gebruik dan het formulier.</p>"));
  CHECK(Has(missing.body, "<a class=\"knop\" href=\"https://www.proef.nl/nietpluis/melden/\">Terug naar het formulier</a>"));
  CHECK_FALSE(Has(missing.body, "scherm"));

  CHECK(intake.Post("/melding", kReport + "&bron=huisarts-centrum").status == 303);
  CHECK(intake.Post("/melding", kReport).status == 303);
  REQUIRE(WaitUntil([&] { return receiver.posts().size() == 2; }));
  json first = json::parse(receiver.posts()[0].body), second = json::parse(receiver.posts()[1].body);
  CHECK(first["source"] == "website");
  CHECK(first["location"] == "de website");
  CHECK(first["campaign"] == "huisarts-centrum");
  CHECK(second["campaign"].is_null());
}

TEST_CASE("A post with the trap field filled in is thanked and not stored", "[intake][publiek]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode());
  intake.Start();
  KioskProcess::Response response = intake.Post("/melding", kReport + "&website=http%3A%2F%2Fgoedkoop.example");
  CHECK(response.status == 303);
  CHECK(response.location == "bedankt");
  CHECK(intake.Health()["queued"] == 0);
  CHECK(Has(intake.log(), "een post met het lokveld ingevuld is niet bewaard"));
  CHECK(intake.Get("/").status == 200);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  CHECK(receiver.posts().empty());
}

TEST_CASE("Posts beyond the limit per address get 429 with the form as typed and the phone number, until the window passes", "[intake][publiek]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver),
                      PublicMode("meldingen_per_adres = 2\nvenster_s = 3\n"));
  intake.Start();
  CHECK(PostFrom(intake, "203.0.113.7", kReport).status == 303);
  CHECK(PostFrom(intake, "203.0.113.7", "postcode=x").status == 422);  // invalid posts count too
  KioskProcess::Response refused = PostFrom(intake, "203.0.113.7", kReport);
  CHECK(refused.status == 429);
  CHECK(Has(refused.body, "<h2>Wacht even voordat u opnieuw iets verstuurt</h2>"));
  CHECK(Has(refused.body, "<p>U heeft net al een paar meldingen gedaan. Deze melding is nog niet verstuurd."));
  CHECK_FALSE(Has(refused.body, "vanaf dit adres"));
  // What was typed is still there, to send again.
  CHECK(Has(refused.body, ">Zij is erg vergeetachtig.</textarea>"));
  CHECK(Has(refused.body, "value=\"1012ab\""));
  CHECK(Has(refused.body, "Bel ons: <a href=\"tel:140999\">14 0999</a>"));
  httplib::Client http("127.0.0.1", intake.port());
  auto retry = http.Post("/melding", {{"X-Forwarded-For", "203.0.113.7"}}, kReport, "application/x-www-form-urlencoded");
  REQUIRE(retry);
  CHECK(retry->status == 429);
  int after = std::stoi(retry->get_header_value("Retry-After"));
  CHECK(after >= 1);
  CHECK(after <= 3);
  // Another client is not held back, and the screens still come.
  CHECK(PostFrom(intake, "198.51.100.4", kReport).status == 303);
  CHECK(intake.Get("/melden").status == 200);
  // Once the window has passed the first client may post again.
  std::this_thread::sleep_for(std::chrono::seconds(after + 1));
  CHECK(PostFrom(intake, "203.0.113.7", kReport).status == 303);
  REQUIRE(WaitUntil([&] { return intake.Health()["delivered_total"] == 3; }));
  // Addresses are counted in memory only: never in the log or on disk.
  std::string bytes = intake.log();
  for (const auto& entry : std::filesystem::directory_iterator(intake.data_dir())) bytes += ReadText(entry.path());
  CHECK_FALSE(Has(bytes, "203.0.113.7"));
  CHECK_FALSE(Has(bytes, "198.51.100.4"));
}

TEST_CASE("A body over the configured size gets 413, and the intake still serves", "[intake][publiek]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode("grootste_verzoek_kib = 4\n"));
  intake.Start();
  KioskProcess::Response big = intake.Post("/melding", kReport + "&naam=" + std::string(5000, 'a'));
  CHECK(big.status == 413);
  CHECK(Has(big.body, "<h1>Er ging iets mis</h1>"));
  CHECK(intake.Post("/melding", kReport).status == 303);
}

TEST_CASE("A client that stops sending is cut off after the time-out, while others are served", "[intake][publiek]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode("tijdslimiet_s = 1\n"));
  intake.Start();
  RawClient headers(intake.port());
  headers.Send("POST /melding HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty");
  RawClient body(intake.port());
  body.Send("POST /melding HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: 400\r\n\r\npostcode=1012");
  CHECK(intake.Get("/").status == 200);  // served while the two hang
  CHECK(headers.ClosedWithin(5));
  CHECK(body.ClosedWithin(5));
  CHECK(intake.Health()["queued"] == 0);
  CHECK(intake.Post("/melding", kReport).status == 303);
}

TEST_CASE("The public intake sends the security headers and sets no cookie", "[intake][publiek]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode());
  intake.Start();
  httplib::Client http("127.0.0.1", intake.port());
  for (const char* path : {"/melden", "/bedankt"}) {
    auto response = http.Get(path);
    REQUIRE(response);
    CHECK(Has(response->get_header_value("Content-Security-Policy"), "frame-ancestors 'none'"));
    CHECK(Has(response->get_header_value("Content-Security-Policy"), "form-action 'self'"));
    CHECK(response->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK(response->get_header_value("Referrer-Policy") == "no-referrer");
    CHECK(response->get_header_value("Set-Cookie").empty());
  }
  auto refused = http.Post("/melding", kReport + "&website=x", "application/x-www-form-urlencoded");
  REQUIRE(refused);
  CHECK(refused->get_header_value("Set-Cookie").empty());
}

TEST_CASE("The public intake's form page asks the intake's own address lookup while typing", "[intake][publiek][address]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode());
  intake.Start();
  KioskProcess::Response form = intake.Get("/melden");
  REQUIRE(form.status == 200);
  // Relative: the answer pages and /adres share the intake's origin, whatever intake_url says.
  CHECK(Has(form.body, "data-adres-zoeken=\"adres\""));
  CHECK(Has(form.body, "<script src=\"assets/adres.js\" defer></script>"));
  httplib::Client http("127.0.0.1", intake.port());
  auto script = http.Get("/assets/adres.js");
  REQUIRE(script);
  CHECK(script->status == 200);
  CHECK(Has(script->get_header_value("Content-Type"), "javascript"));
  CHECK(Has(script->body, "adres-live"));
}

}  // namespace
}  // namespace nietpluis::kiosk
