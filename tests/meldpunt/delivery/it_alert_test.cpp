// Unit tests for meldpunt/delivery/it_alert: when IT hears something, and what.
#include "delivery/it_alert.h"

#include <catch2/catch.hpp>

#include <cstdlib>

namespace nietpluis {
namespace {

constexpr std::int64_t kNow = 1764583380;  // 1 December 2025, 11.03 in Amsterdam
const ItAlertSource kSource{"buurthuis-de-kroon", "Buurthuis De Kroon", "/etc/nietpluis/kiosk.toml"};
const DiskSpace kRoomy{50ULL << 30, 100ULL << 30};

TEST_CASE("All is well: no message", "[it_alert]") {
  OutboxStats stats;
  stats.queued = 2;
  stats.oldest_received_at = kNow - 3 * 3600;  // under the four hours
  CHECK_FALSE(MakeItAlert(stats, kRoomy, kNow, ItAlertLimits{}, kSource).has_value());
  CHECK_FALSE(MakeItAlert(OutboxStats{}, DiskSpace{}, kNow, ItAlertLimits{}, kSource).has_value());
}

TEST_CASE("Refusals, long waits and a nearly full disk each give a line with counts and ids", "[it_alert]") {
  setenv("TZ", "Europe/Amsterdam", 1);
  tzset();
  OutboxStats stats;
  stats.queued = 3;
  stats.oldest_received_at = kNow - 5 * 3600 - 180;
  stats.refused = {{"0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90", "welzijn-noord", "HTTP 422: postcode onbekend", kNow - 60}};
  stats.errors = {{"buurtwerk-zuid", "5b2d7c1e-0a4f-4e8b-9c3d-6f1a2b3c4d5e: HTTP 503: onderhoud"}};
  std::optional<ItAlert> alert = MakeItAlert(stats, DiskSpace{3ULL << 30, 100ULL << 30}, kNow, ItAlertLimits{}, kSource);
  REQUIRE(alert.has_value());
  CHECK(alert->subject == "Meldzuil buurthuis-de-kroon: er is iets mis met het doorsturen");
  CHECK(alert->body ==
        "Meldzuil buurthuis-de-kroon (Buurthuis De Kroon), 1 december 2025 om 11.03 uur.\n\n"
        "Geweigerd: 1 melding. De ontvanger nam ze niet aan; ze zijn apart bewaard tot iemand ze opnieuw verstuurt.\n"
        "  0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90 (welzijn-noord, HTTP 422)\n"
        "Wachten te lang: 3 meldingen wachten op verzending; de oudste al 5 uur en 3 minuten.\n"
        "  buurtwerk-zuid: melding 5b2d7c1e-0a4f-4e8b-9c3d-6f1a2b3c4d5e, HTTP 503\n"
        "Schijf bijna vol: nog 3% vrij (3072 MB) waar de meldingen staan.\n"
        "\nKijk op de zuil met:\n  sudo -u nietpluis nietpluis-kiosk status --config /etc/nietpluis/kiosk.toml\n"
        "Daar staat ook het antwoord van de ontvanger. Geweigerde meldingen zet u terug met:\n"
        "  sudo -u nietpluis nietpluis-kiosk opnieuw --config /etc/nietpluis/kiosk.toml --alle\n\n"
        "Dit bericht bevat alleen aantallen en kenmerken, geen persoonsgegevens. U krijgt het elke dag\n"
        "zolang er iets mis is; als alles goed gaat, komt er geen bericht.\n");
  // The receivers' answers stay on the kiosk: they might name what a report said.
  CHECK(alert->body.find("onbekend") == std::string::npos);
  CHECK(alert->body.find("onderhoud") == std::string::npos);
  const std::string email = ItAlertEmail(*alert, "zuil@proef.nl", "ict@proef.nl", kNow, kSource.id);
  CHECK(email.rfind("Date: Mon, 01 Dec 2025 10:03:00 +0000\r\nFrom: <zuil@proef.nl>\r\nTo: <ict@proef.nl>\r\n"
                    "Subject: Meldzuil buurthuis-de-kroon: er is iets mis met het doorsturen\r\n",
                    0) == 0);
  unsetenv("TZ");
  tzset();
}

}  // namespace
}  // namespace nietpluis
