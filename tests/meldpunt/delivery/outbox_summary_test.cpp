// Unit tests for meldpunt/outbox_summary: /health, the status text and the staff line, from the outbox's figures.
#include "delivery/outbox_summary.h"

#include <catch2/catch.hpp>

#include <cstdlib>

namespace nietpluis {
namespace {

OutboxStats Busy() {
  OutboxStats stats;
  stats.queued = 3;
  stats.oldest_received_at = 1764583380 - 7500;
  stats.retrying = 1;
  stats.failed = 1;
  stats.failed_ids = {"0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90"};
  stats.delivered_total = 120;
  stats.last_delivery_at = 1764580000;
  stats.errors = {{"noord", "0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90: HTTP 422"},
                  {"zuid", "5b2d7c1e-0a4f-4e8b-9c3d-6f1a2b3c4d5e: HTTP 503"}};
  stats.refused = {{"0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90", "noord", "HTTP 422: Postcode valt buiten ons gebied", 1764580000}};
  stats.last_failure = {1764583000, "zuid", "5b2d7c1e-0a4f-4e8b-9c3d-6f1a2b3c4d5e", "HTTP 503"};
  return stats;
}

constexpr std::int64_t kNow = 1764583380;

TEST_CASE("HealthJson gives counts and times only", "[outbox_summary]") {
  CHECK(HealthJson(OutboxStats{}, kNow) ==
        R"({"queued":0,"oldest_queued_s":0,"retrying":0,"failed":0,"failed_ids":[],"delivered_total":0,)"
        R"("last_delivery_at":null,"errors":{},"delivered_in_wal_since":null,"refused":[],"last_failure":null})");
  CHECK(HealthJson(Busy(), kNow, {{"noord", "Welzijn Noord"}}) ==
        R"({"queued":3,"oldest_queued_s":7500,"retrying":1,"failed":1,"failed_ids":["0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90"],)"
        R"("delivered_total":120,"last_delivery_at":"2025-12-01T09:06:40Z","errors":{"noord":"0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90: HTTP 422",)"
        R"("zuid":"5b2d7c1e-0a4f-4e8b-9c3d-6f1a2b3c4d5e: HTTP 503"},)"
        R"("delivered_in_wal_since":null,"refused":[{"id":"0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90","organisation":"noord",)"
        R"("organisation_name":"Welzijn Noord","answer":"HTTP 422: Postcode valt buiten ons gebied",)"
        R"("refused_at":"2025-12-01T09:06:40Z"}],"last_failure":{"at":"2025-12-01T09:56:40Z",)"
        R"("id":"5b2d7c1e-0a4f-4e8b-9c3d-6f1a2b3c4d5e","organisation":"zuid","organisation_name":"","answer":"HTTP 503"}})");
}

TEST_CASE("StatusText says in Dutch what waits, what failed and what was delivered", "[outbox_summary]") {
  setenv("TZ", "Europe/Amsterdam", 1);
  tzset();
  CHECK(StatusText(Busy(), kNow, {{"noord", "Welzijn Noord"}, {"zuid", "Buurtwerk Zuid"}}) ==
        "Wachtend: 3 meldingen; de oudste wacht 2 uur en 5 minuten\n"
        "Opnieuw proberen: bij 1 organisatie lukte de laatste poging niet\n"
        "Geweigerd: 1 melding, apart bewaard (nietpluis-kiosk opnieuw zet ze terug in de rij):\n"
        "  0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90 door Welzijn Noord (noord) op 1 december 2025 om 10.06 uur: "
        "HTTP 422: Postcode valt buiten ons gebied\n"
        "Bezorgd: 120 in totaal; de laatste op 1 december 2025 om 10.06 uur\n"
        "Fout bij Welzijn Noord (noord): 0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90: HTTP 422\n"
        "Fout bij Buurtwerk Zuid (zuid): 5b2d7c1e-0a4f-4e8b-9c3d-6f1a2b3c4d5e: HTTP 503\n"
        "Laatste fout: 1 december 2025 om 10.56 uur, Buurtwerk Zuid (zuid), melding "
        "5b2d7c1e-0a4f-4e8b-9c3d-6f1a2b3c4d5e: HTTP 503\n");
  CHECK(StatusText(OutboxStats{}, kNow) ==
        "Wachtend: geen meldingen\n"
        "Geweigerd: geen\n"
        "Bezorgd: 0 in totaal, nog nooit\n");
  unsetenv("TZ");
  tzset();
}

TEST_CASE("While another program holds the database, /health and status say delivered reports are not wiped yet",
          "[outbox_summary]") {
  setenv("TZ", "Europe/Amsterdam", 1);
  tzset();
  OutboxStats stats;
  stats.delivered_total = 1;
  stats.last_delivery_at = 1764580000;
  stats.unwiped_since = 1764580000;
  CHECK(HealthJson(stats, kNow) ==
        R"({"queued":0,"oldest_queued_s":0,"retrying":0,"failed":0,"failed_ids":[],"delivered_total":1,)"
        R"("last_delivery_at":"2025-12-01T09:06:40Z","errors":{},"delivered_in_wal_since":"2025-12-01T09:06:40Z",)"
        R"("refused":[],"last_failure":null})");
  CHECK(StatusText(stats, kNow) ==
        "Wachtend: geen meldingen\n"
        "Geweigerd: geen\n"
        "Bezorgd: 1 in totaal; de laatste op 1 december 2025 om 10.06 uur\n"
        "Niet opgeruimd: een ander programma houdt de database open; afgeleverde meldingen staan sinds 1 december 2025 "
        "om 10.06 uur nog in het logbestand meldingen.db-wal. Sluit dat programma (een back-up, een monitor); de kiosk "
        "wist ze dan binnen enkele seconden.\n");
  unsetenv("TZ");
  tzset();
}

TEST_CASE("The start screen stays quiet until reports are refused or stuck for an hour", "[outbox_summary]") {
  OutboxStats stats;
  CHECK(StaffNoticeText(stats, kNow) == "");
  stats.queued = 2;
  stats.oldest_received_at = kNow - kStuckAfterSeconds;
  CHECK(StaffNoticeText(stats, kNow) == "");
  stats.oldest_received_at = kNow - 3 * 86400 - 3600;
  CHECK(StaffNoticeText(stats, kNow) ==
        "Voor de beheerder: meldingen wachten al 3 dagen en 1 uur op verzending. Ze zijn veilig bewaard. "
        "Kijk met: nietpluis-kiosk status.");
  stats.failed = 2;
  CHECK(StaffNoticeText(stats, kNow) ==
        "Voor de beheerder: 2 meldingen zijn niet aangenomen door de ontvanger. Ze zijn veilig bewaard. "
        "Kijk met: nietpluis-kiosk status.");
}

TEST_CASE("DutchDuration reads like a person says it", "[outbox_summary]") {
  CHECK(DutchDuration(1) == "1 seconde");
  CHECK(DutchDuration(40) == "40 seconden");
  CHECK(DutchDuration(60) == "1 minuut");
  CHECK(DutchDuration(61 * 60) == "1 uur en 1 minuut");
  CHECK(DutchDuration(7200) == "2 uur");
  CHECK(DutchDuration(86400) == "1 dag");
  CHECK(DutchDuration(2 * 86400 + 5 * 3600) == "2 dagen en 5 uur");
}

}  // namespace
}  // namespace nietpluis
