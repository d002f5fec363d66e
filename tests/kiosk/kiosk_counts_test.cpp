// Counting at intake (issue 21), end to end: the real program, its real database, restarts and
// SIGKILL, `statistiek` as CSV and JSON, the token-protected address, and no personal data on disk.
#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <httplib.h>

#include <fstream>
#include <iterator>

#include "base/iso_week.h"
#include "kiosk/kiosk_fixture.h"

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;

constexpr const char* kMarker = "Zeldzaam-merkteken-Q7x9";

std::string Report(const std::string& campaign = "") {
  return "postcode=1012ab&huisnummer=3&zorg=huis&contact=anoniem&toelichting=" + FormEncode(kMarker) +
         (campaign.empty() ? "" : "&bron=" + campaign);
}

CommandResult Counts(const KioskProcess& kiosk, const std::string& more = "") {
  return Run(Quote(KioskBinary()) + " statistiek --config " + Quote(kiosk.config().string()) + more);
}

std::string ThisWeek() { return LocalWeekOf(std::time(nullptr)).ToString(); }

std::string Bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST_CASE("Every report that got its thank-you is counted, through restarts and SIGKILL", "[counts][kiosk]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  CHECK(kiosk.Post("/melding", Report()).status == 303);
  CHECK(kiosk.Post("/melding", Report("huisarts-centrum")).status == 303);
  CHECK(kiosk.Post("/melding", Report("huisarts-centrum")).status == 303);
  kiosk.Kill();  // right after the last thank-you
  const std::string week = ThisWeek();
  CommandResult after_kill = Counts(kiosk);
  CHECK(after_kill.exit_code == 0);
  CHECK(after_kill.out == "week,bron,campagne,meldingen\n" + week + ",proef-zuil,,1\n" + week +
                              ",proef-zuil,huisarts-centrum,2\n");
  kiosk.Start();
  CHECK(kiosk.Post("/melding", Report()).status == 303);
  CHECK(kiosk.Stop() == 0);
  kiosk.Start();
  CHECK(kiosk.Post("/melding", Report("apotheek-zuid")).status == 303);
  kiosk.Kill();
  CHECK(Counts(kiosk).out == "week,bron,campagne,meldingen\n" + week + ",proef-zuil,,2\n" + week +
                                 ",proef-zuil,apotheek-zuid,1\n" + week + ",proef-zuil,huisarts-centrum,2\n");
  CHECK(Counts(kiosk, " --json").out ==
        "[\n{\"week\":\"" + week + "\",\"bron\":\"proef-zuil\",\"campagne\":\"\",\"meldingen\":2},\n{\"week\":\"" + week +
            "\",\"bron\":\"proef-zuil\",\"campagne\":\"apotheek-zuid\",\"meldingen\":1},\n{\"week\":\"" + week +
            "\",\"bron\":\"proef-zuil\",\"campagne\":\"huisarts-centrum\",\"meldingen\":2}\n]\n");
  // --vanaf and --tot take whole weeks, both included.
  CHECK(Counts(kiosk, " --vanaf " + week + " --tot " + week).out == Counts(kiosk).out);
  CHECK(Counts(kiosk, " --tot 2020-W01").out == "week,bron,campagne,meldingen\n");
}

TEST_CASE("statistiek refuses a week that does not exist and a range the wrong way round", "[counts][kiosk]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  CommandResult wrong = Counts(kiosk, " --vanaf 2027-W53");
  CHECK(wrong.exit_code == 2);
  CHECK(wrong.err ==
        "nietpluis-kiosk: '2027-W53' is geen week; schrijf --vanaf zoals 2027-W05\n"
        "Meer uitleg: nietpluis-kiosk statistiek --help\n");
  CommandResult reversed = Counts(kiosk, " --vanaf 2027-W05 --tot 2026-W53");
  CHECK(reversed.exit_code == 2);
  CHECK(reversed.err ==
        "nietpluis-kiosk: --tot 2026-W53 ligt voor --vanaf 2027-W05; draai ze om\n"
        "Meer uitleg: nietpluis-kiosk statistiek --help\n");
}

TEST_CASE("Once delivered, no database file holds the report's text or postcode; the counts table holds counts only",
          "[counts][kiosk]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  for (int i = 0; i < 5; ++i) REQUIRE(kiosk.Post("/melding", Report("huisarts-centrum")).status == 303);
  REQUIRE(WaitUntil([&] { return receiver.posts().size() == 5 && kiosk.Health()["queued"] == 0; }));
  REQUIRE(WaitUntil([&] { return kiosk.Health()["delivered_in_wal_since"].is_null(); }));
  // Read while the kiosk runs, and again after SIGKILL left its WAL and shared memory behind.
  for (int pass = 0; pass < 2; ++pass) {
    INFO("pass " << pass);
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kiosk.data_dir())) {
      INFO(entry.path());
      const std::string bytes = Bytes(entry.path());
      ++files;
      CHECK(bytes.find(kMarker) == std::string::npos);
      CHECK(bytes.find("1012 AB") == std::string::npos);
      CHECK(bytes.find("1012ab") == std::string::npos);
      CHECK(bytes.find("1012AB") == std::string::npos);
    }
    CHECK(files >= 1);
    if (pass == 0) kiosk.Kill();
  }
  SQLite::Database db((kiosk.data_dir() / "meldingen.db").string(), SQLite::OPEN_READONLY);
  SQLite::Statement columns(db, "SELECT name FROM pragma_table_info('report_count') ORDER BY cid");
  std::vector<std::string> names;
  while (columns.executeStep()) names.push_back(columns.getColumn(0).getString());
  CHECK(names == std::vector<std::string>{"week", "source", "campaign", "reports"});
  CHECK(db.execAndGet("SELECT count(*) FROM report").getInt() == 0);
  CHECK(db.execAndGet("SELECT sum(reports) FROM report_count").getInt() == 5);
}

TEST_CASE("With a key file, /statistiek.csv gives the counts to whoever brings the token, and to no one else",
          "[counts][kiosk]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver),
                     "[statistiek]\nsleutel_bestand = \"geheim/sleutel\"\nbewaar_maanden = 12\n");
  kiosk.Start();
  REQUIRE(kiosk.Post("/melding", Report("bieb")).status == 303);
  const std::string expected = "week,bron,campagne,meldingen\n" + ThisWeek() + ",proef-zuil,bieb,1\n";
  httplib::Client client("127.0.0.1", kiosk.port());
  auto by_header = client.Get("/statistiek.csv", {{"Authorization", "Bearer " + KioskProcess::Secret()}});
  REQUIRE(by_header);
  CHECK(by_header->status == 200);
  CHECK(by_header->body == expected);
  CHECK(by_header->get_header_value("Content-Type") == "text/csv; charset=utf-8");
  CHECK(by_header->get_header_value("Cache-Control") == "no-store");
  auto by_param = client.Get(("/statistiek.csv?sleutel=" + KioskProcess::Secret()).c_str());
  REQUIRE(by_param);
  CHECK(by_param->body == expected);
  for (const std::string& wrong : {std::string(""), std::string("?sleutel=fout"), "?sleutel=" + KioskProcess::Secret() + "x"}) {
    auto refused = client.Get(("/statistiek.csv" + wrong).c_str());
    REQUIRE(refused);
    CHECK(refused->status == 401);
    CHECK(refused->body.find("bieb") == std::string::npos);
  }
  CHECK(kiosk.log().find(KioskProcess::Secret()) == std::string::npos);
}

TEST_CASE("Without a key file there is no /statistiek.csv at all", "[counts][kiosk]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  CHECK(kiosk.Get("/statistiek.csv?sleutel=" + KioskProcess::Secret()).status == 404);
}

}  // namespace
}  // namespace nietpluis::kiosk
