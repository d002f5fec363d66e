// End-to-end tests for kiosk/kiosk_commands: the nietpluis-kiosk command line as IT staff meet it.
#include "kiosk_commands.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#include <optional>

#include "delivery/outbox.h"
#include "kiosk/kiosk_fixture.h"

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;

CommandResult Kiosk(const std::string& arguments) { return Run(Quote(KioskBinary()) + " " + arguments); }

std::string ConfigFlag(const KioskProcess& kiosk) { return "--config " + Quote(kiosk.config().string()); }

TEST_CASE("nietpluis-kiosk --help explains every command; no command is a usage error", "[kiosk_commands]") {
  CommandResult help = Kiosk("--help");
  CHECK(help.exit_code == 0);
  for (const char* part : {"nietpluis-kiosk --config kiosk.toml", "controleer --config", "status --config",
                           "opnieuw --config kiosk.toml (ID... | --alle)"}) {
    CHECK(help.out.find(part) != std::string::npos);
  }
  CHECK(Kiosk("").exit_code == 2);
  CommandResult version = Kiosk("--version");
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("nietpluis-kiosk ", 0) == 0);
  for (const char* command : {"status --help", "opnieuw --help", "controleer --help", "--config x.toml --help"}) {
    INFO(command);
    CommandResult result = Kiosk(command);
    CHECK(result.exit_code == 0);
    CHECK(result.out.rfind("Gebruik: nietpluis-kiosk", 0) == 0);
  }
}

TEST_CASE("Usage mistakes exit 2 with a message and where to find help", "[kiosk_commands]") {
  CommandResult unknown = Kiosk("--confg kiosk.toml");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err == "nietpluis-kiosk: onbekende optie '--confg'; bedoelt u '--config'?\n"
                       "Meer uitleg: nietpluis-kiosk --help\n");
  CommandResult missing = Kiosk("status");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "nietpluis-kiosk: zeg welk bestand de instellingen heeft: --config kiosk.toml\n"
                       "Meer uitleg: nietpluis-kiosk status --help\n");
  CommandResult both = Kiosk("opnieuw --config k.toml --alle 0f8e3a52");
  CHECK(both.exit_code == 2);
  CHECK(both.err == "nietpluis-kiosk: geef de kenmerken van de meldingen, of --alle (niet allebei)\n"
                    "Meer uitleg: nietpluis-kiosk opnieuw --help\n");
  CHECK(Kiosk("--config k.toml extra").exit_code == 2);
}

TEST_CASE("A configuration error stops the kiosk with the file, the line and what to do", "[kiosk_commands]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), "terug_naar_start_na_s = 2\n");
  CommandResult result = Kiosk(ConfigFlag(kiosk));
  CHECK(result.exit_code == 1);
  const std::string toml = ReadText(kiosk.config());
  int line = 1;
  for (std::size_t i = 0; i < toml.find("terug_naar_start_na_s"); ++i) line += toml[i] == '\n';
  CHECK(result.err == kiosk.config().string() + ":" + std::to_string(line) +
                          ": 2 seconden kan niet; kies een getal van 10 tot 3600\n");
  CHECK_FALSE(std::filesystem::exists(kiosk.data_dir()));
}

TEST_CASE("controleer loads everything and says where each postcode area goes", "[kiosk_commands]") {
  HttpsReceiver receiver;
  SmtpReceiver mail(SmtpReceiver::Tls::kImplicit);
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1049\"]", receiver) +
                     EmailOrganisation("zuid", "[\"1050-1099\", \"1234\"]", mail));
  CommandResult result = Kiosk("controleer " + ConfigFlag(kiosk));
  CHECK(result.exit_code == 0);
  CHECK(result.out == kiosk.config().string() + " is in orde.\n"
                      "Meldzuil: proef-zuil (Buurthuis Proef), op http://127.0.0.1:" + std::to_string(kiosk.port()) + "/\n"
                      "Meldingen in: " + (kiosk.dir() / "data" / "meldingen.db").string() + "\n"
                      "Adressen: geen adressenbestand (" + (kiosk.dir() / "data" / "adressen.db").string() +
                      "); meldingen gaan alleen op postcode. Maken: nietpluis-kiosk adressen importeer BESTAND --config " +
                      kiosk.config().string() + "\n"
                      "Organisatie noord (Welzijn noord): postcodes 1000 tot en met 1049; HTTPS naar " + receiver.url() + "\n"
                      "  Let op: niet verzegeld. De meldingen voor noord wachten en reizen leesbaar; zet 'certificaat' bij "
                      "deze organisatie om ze te verzegelen.\n"
                      "Organisatie zuid (Buurtwerk zuid): postcodes 1050 tot en met 1099 en 1234; e-mail via " + mail.url() + "\n"
                      "  Let op: niet verzegeld. De meldingen voor zuid wachten en reizen leesbaar; zet 'certificaat' bij "
                      "deze organisatie om ze te verzegelen.\n");
  CHECK_FALSE(std::filesystem::exists(kiosk.data_dir()));  // checking creates nothing

  std::filesystem::remove(kiosk.dir() / "inhoud/beeld/logo.svg");
  CommandResult no_logo = Kiosk("controleer " + ConfigFlag(kiosk));
  CHECK(no_logo.exit_code == 1);
  const std::string site_toml = ReadText(kiosk.dir() / "inhoud/site.toml");
  int line = 1;
  for (std::size_t i = 0; i < site_toml.find("logo = "); ++i) line += site_toml[i] == '\n';
  CHECK(no_logo.err == (kiosk.dir() / "inhoud/site.toml").string() + ":" + std::to_string(line) +
                           ": het logo 'beeld/logo.svg' bestaat niet; zet het bestand in " +
                           (kiosk.dir() / "inhoud/beeld/logo.svg").string() + " of verbeter de naam\n");
}

TEST_CASE("A text file that misses a text stops the kiosk and controleer, naming the file and the text", "[kiosk_commands]") {
  HttpsReceiver receiver;
  TempDir templates;
  std::filesystem::copy(TemplatesDir(), templates.path(), std::filesystem::copy_options::recursive);
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  // The kiosk reads a copy of the templates, so the test can take a text out.
  std::string toml = ReadText(kiosk.config());
  const std::size_t line = toml.find("sjablonen = ");
  REQUIRE(line != std::string::npos);
  toml.replace(line, toml.find('\n', line) - line, "sjablonen = \"" + templates.path().string() + "\"");
  WriteText(kiosk.config(), toml);
  const std::filesystem::path texts = templates / "teksten/kiosk.toml";
  std::string file = ReadText(texts);
  const std::string advice = "advies = \"Ga binnen twee dagen tot een week langs voor een gewoon gesprek.\"\n";
  REQUIRE(file.find(advice) != std::string::npos);
  WriteText(texts, file.erase(file.find(advice), advice.size()));
  const std::string expected =
      texts.string() + ": de tekst \"email.advies\" ontbreekt; zet hem terug uit de templates/teksten/ van Nietpluis\n";
  CommandResult check = Kiosk("controleer " + ConfigFlag(kiosk));
  CHECK(check.exit_code == 1);
  CHECK(check.err == expected);
  CommandResult run = Kiosk(ConfigFlag(kiosk));
  CHECK(run.exit_code == 1);
  CHECK(run.err == expected);
  CHECK_FALSE(std::filesystem::exists(kiosk.data_dir()));
}

TEST_CASE("status shows the queue without personal data, before and after delivery", "[kiosk_commands]") {
  HttpsReceiver receiver;
  receiver.Stop();
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  CommandResult before = Kiosk("status " + ConfigFlag(kiosk));
  CHECK(before.exit_code == 1);
  CHECK(before.err == (kiosk.data_dir() / "meldingen.db").string() +
                          ": er is nog geen database; start de kiosk één keer; die maakt hem\n");

  kiosk.Start();
  REQUIRE(kiosk.Post("/melding", "postcode=1012ab&huisnummer=9&zorg=huis&contact=anoniem&toelichting=Geheim").status == 303);
  REQUIRE(WaitUntil([&] { return kiosk.Health()["retrying"] == 1; }));
  CommandResult waiting = Kiosk("status " + ConfigFlag(kiosk));
  CHECK(waiting.exit_code == 0);
  CHECK(waiting.out.rfind("Meldzuil: proef-zuil (Buurthuis Proef)\nWachtend: 1 melding; de oudste wacht ", 0) == 0);
  CHECK(waiting.out.find("Opnieuw proberen: bij 1 organisatie lukte de laatste poging niet\n") != std::string::npos);
  CHECK(waiting.out.find("Bezorgd: 0 in totaal, nog nooit\n") != std::string::npos);
  CHECK(waiting.out.find("Fout bij Welzijn noord (noord): ") != std::string::npos);
  CHECK(waiting.out.find("1012") == std::string::npos);
  CHECK(waiting.out.find("Geheim") == std::string::npos);

  receiver.Start();
  REQUIRE(WaitUntil([&] { return kiosk.Health()["delivered_total"] == 1; }));
  CommandResult after = Kiosk("status " + ConfigFlag(kiosk));
  CHECK(after.out.find("Wachtend: geen meldingen\nGeweigerd: geen\nBezorgd: 1 in totaal; de laatste op ") != std::string::npos);
}

TEST_CASE("While another program holds the database open, status and /health say a delivered report is not wiped yet",
          "[kiosk_commands]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  const std::filesystem::path wal = kiosk.data_dir() / "meldingen.db-wal";
  // A backup or monitor with a read transaction open.
  std::optional<SQLite::Database> reader;
  reader.emplace((kiosk.data_dir() / "meldingen.db").string(), SQLite::OPEN_READONLY);
  reader->exec("BEGIN");
  REQUIRE(reader->execAndGet("SELECT count(*) FROM report").getInt() == 0);
  REQUIRE(kiosk.Post("/melding", "postcode=1012ab&huisnummer=9&zorg=huis&contact=anoniem&toelichting=Merkteken-e2e-5d2f")
              .status == 303);
  REQUIRE(WaitUntil([&] { return kiosk.Health()["delivered_total"] == 1; }));
  CHECK(WaitUntil([&] { return kiosk.Health()["delivered_in_wal_since"].is_string(); }));
  CHECK(ReadText(wal).find("Merkteken-e2e-5d2f") != std::string::npos);
  CommandResult held = Kiosk("status " + ConfigFlag(kiosk));
  CHECK(held.exit_code == 0);
  CHECK(held.out.find("\nNiet opgeruimd: een ander programma houdt de database open; afgeleverde meldingen staan sinds ") !=
        std::string::npos);
  CHECK(held.out.find(" nog in het logbestand meldingen.db-wal. Sluit dat programma (een back-up, een monitor); de kiosk "
                      "wist ze dan binnen enkele seconden.\n") != std::string::npos);

  reader.reset();
  CHECK(WaitUntil([&] { return ReadText(wal).find("Merkteken-e2e-5d2f") == std::string::npos; }));
  CHECK(WaitUntil([&] { return kiosk.Health()["delivered_in_wal_since"].is_null(); }));
  CHECK(Kiosk("status " + ConfigFlag(kiosk)).out.find("Niet opgeruimd") == std::string::npos);
}

TEST_CASE("A damaged or foreign database stops the kiosk at start and is left untouched", "[kiosk_commands]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  std::filesystem::create_directories(kiosk.data_dir());
  const std::filesystem::path db = kiosk.data_dir() / "meldingen.db";
  WriteText(db, "SQLite format 3" + std::string(4096, '\x7f'));
  const std::string before = ReadText(db);
  CommandResult result = Kiosk(ConfigFlag(kiosk));
  CHECK(result.exit_code == 1);
  CHECK(result.err == db.string() + ": dit is geen database van Nietpluis-kiosk, of hij is beschadigd; zet het bestand "
                                    "ergens anders neer of kies een andere data_dir; de kiosk laat het ongemoeid\n");
  CHECK(ReadText(db) == before);
}

TEST_CASE("A port in use is reported, and SIGTERM stops the kiosk cleanly", "[kiosk_commands]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  CommandResult second = Kiosk(ConfigFlag(kiosk));
  CHECK(second.exit_code == 1);
  CHECK(second.err == kiosk.config().string() + ": kan niet luisteren op 127.0.0.1:" + std::to_string(kiosk.port()) +
                          "; kijk of een ander programma deze poort gebruikt, of kies een andere 'listen'\n");
  CHECK(kiosk.Stop() == 0);
  CHECK(kiosk.log().find("nietpluis-kiosk: gestopt\n") != std::string::npos);
}

TEST_CASE("opnieuw puts back only refused reports and says so", "[kiosk_commands]") {
  HttpsReceiver receiver;
  receiver.Answer(400);
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  REQUIRE(kiosk.Post("/melding", "postcode=1012ab&huisnummer=9&zorg=huis&contact=anoniem").status == 303);
  REQUIRE(kiosk.Post("/melding", "postcode=1012ab&huisnummer=8&zorg=huis&contact=anoniem").status == 303);
  REQUIRE(WaitUntil([&] { return kiosk.Health()["failed"] == 2; }));
  kiosk.Stop();

  CommandResult unknown = Kiosk("opnieuw " + ConfigFlag(kiosk) + " geen-kenmerk");
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.out == "0 meldingen staan weer in de rij.\n");
  CHECK(unknown.err == "nietpluis-kiosk: niet elk kenmerk hoort bij een geweigerde melding; kijk ze na met: "
                       "nietpluis-kiosk status --config " + kiosk.config().string() + "\n");
  CommandResult all = Kiosk("opnieuw " + ConfigFlag(kiosk) + " --alle");
  CHECK(all.exit_code == 0);
  CHECK(all.out == "2 meldingen staan weer in de rij.\n");
  receiver.Answer(201);
  kiosk.Start();
  REQUIRE(WaitUntil([&] { return kiosk.Health()["delivered_total"] == 2; }));
}

}  // namespace
}  // namespace nietpluis::kiosk

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;

// [it_bericht] for a kiosk whose IT mail goes through `mail`.
std::string ItMessage(const SmtpReceiver& mail) {
  return "\n[it_bericht]\nnaar = \"ict@proef.nl\"\nvan = \"zuil@proef.nl\"\nsmtp_url = \"" + mail.url() +
         "\"\nca_bestand = \"" + Certificates().ca.string() + "\"\nwacht_langer_dan_uur = 1\n";
}

TEST_CASE("status names the organisation and the receiver's answer of a refusal, without the report's content",
          "[kiosk_commands]") {
  HttpsReceiver receiver;
  // A receiver that quotes what it was sent in its reason.
  receiver.Answer(422, "Adres 1012 AB onbekend; tekst 'Merkteken-st-41c9' niet verwerkt\nregel twee");
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  REQUIRE(kiosk.Post("/melding", "postcode=1012ab&huisnummer=9&zorg=huis&contact=anoniem&toelichting=Merkteken-st-41c9")
              .status == 303);
  REQUIRE(WaitUntil([&] { return kiosk.Health()["failed"] == 1; }));
  const nlohmann::json health = kiosk.Health();
  const std::string id = health["failed_ids"][0];
  const std::string answer = "HTTP 422: Adres [...] onbekend; tekst '[...]' niet verwerkt";
  CHECK(health["refused"][0]["organisation"] == "noord");
  CHECK(health["refused"][0]["organisation_name"] == "Welzijn noord");
  CHECK(health["refused"][0]["answer"] == answer);
  CHECK(health["last_failure"]["id"] == id);
  CHECK(health["last_failure"]["answer"] == answer);
  CommandResult status = Kiosk("status " + ConfigFlag(kiosk));
  CHECK(status.out.find("\n  " + id + " door Welzijn noord (noord) op ") != std::string::npos);
  CHECK(status.out.find(": " + answer + "\n") != std::string::npos);
  CHECK(status.out.find("\nLaatste fout: ") != std::string::npos);
  CHECK(status.out.find("Merkteken") == std::string::npos);
  CHECK(kiosk.log().find("NP-DELIVERY-REFUSED noord: melding " + id + " geweigerd: " + answer + "\n") != std::string::npos);
  CHECK(kiosk.log().find("Merkteken") == std::string::npos);
}

TEST_CASE("it-bericht mails IT about refusals and long waits with ids only, and sends nothing when all is well",
          "[kiosk_commands]") {
  HttpsReceiver receiver;
  SmtpReceiver mail(SmtpReceiver::Tls::kImplicit);
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), ItMessage(mail));
  kiosk.Start();
  REQUIRE(kiosk.Post("/melding", "postcode=1012ab&huisnummer=9&zorg=huis&contact=terugbellen&naam=Merkteken-naam-2b7e"
                                 "&telefoon=0612345678&toelichting=Merkteken-it-7c1f")
              .status == 303);
  REQUIRE(WaitUntil([&] { return kiosk.Health()["delivered_total"] == 1; }));
  CommandResult well = Kiosk("it-bericht " + ConfigFlag(kiosk));
  CHECK(well.exit_code == 0);
  CHECK(well.out == "Alles in orde: geen bericht verstuurd.\n");
  CHECK(mail.messages().empty());

  // A refusal.
  receiver.Answer(422, "Merkteken-it-7c1f ongeldig");
  REQUIRE(kiosk.Post("/melding", "postcode=1012ab&huisnummer=9&zorg=huis&contact=terugbellen&naam=Merkteken-naam-2b7e"
                                 "&telefoon=0612345678&toelichting=Merkteken-it-7c1f")
              .status == 303);
  REQUIRE(WaitUntil([&] { return kiosk.Health()["failed"] == 1; }));
  const std::string refused = kiosk.Health()["failed_ids"][0];
  kiosk.Stop();
  CommandResult sent = Kiosk("it-bericht " + ConfigFlag(kiosk));
  INFO(sent.err);
  CHECK(sent.exit_code == 0);
  CHECK(sent.out.rfind("Bericht verstuurd aan ict@proef.nl:\n\nMeldzuil proef-zuil (Buurthuis Proef), ", 0) == 0);
  CHECK(sent.err.find("nietpluis-kiosk: NP-IT-MESSAGE-SENT bericht aan ict@proef.nl verstuurd\n") != std::string::npos);
  REQUIRE(WaitUntil([&] { return mail.messages().size() == 1; }));
  const std::string first = mail.messages()[0];
  CHECK(first.find("Subject: Meldzuil proef-zuil: er is iets mis met het doorsturen\r\n") != std::string::npos);
  CHECK(first.find("  " + refused + " (noord, HTTP 422)") != std::string::npos);

  // A report that has waited two hours (the limit here is one), put in the outbox as the kiosk would.
  {
    Result<std::unique_ptr<Outbox>> outbox = Outbox::Open(kiosk.data_dir());
    REQUIRE(outbox.ok());
    Report old;
    old.id = NewReportId();
    old.received_at = std::time(nullptr) - 2 * 3600 - 60;
    old.source = "proef-zuil";
    old.location = "Buurthuis Proef";
    old.organisation = "noord";
    old.address = {"1012 AB", 9, ""};
    old.reasons = {"huis"};
    old.text = "Merkteken-it-7c1f";
    old.contact = {true, "Merkteken-naam-2b7e", "0612345678", ""};
    REQUIRE(outbox.value()->Add(old).ok());
  }
  CommandResult waits = Kiosk("it-bericht " + ConfigFlag(kiosk));
  CHECK(waits.exit_code == 0);
  REQUIRE(WaitUntil([&] { return mail.messages().size() == 2; }));
  // What was sent, as the command printed it (the mail itself is quoted-printable, with soft breaks).
  CHECK(waits.out.find("\nWachten te lang: 1 melding wacht op verzending; de oudste al 2 uur en 1 minuut.\n") !=
        std::string::npos);
  // No personal data: none of what the resident typed, no address, no name, no phone number.
  for (const std::string& message : mail.messages()) {
    for (const char* token : {"Merkteken", "1012", "0612345678", "ongeldig"}) {
      INFO(token);
      CHECK(message.find(token) == std::string::npos);
    }
  }
}

}  // namespace
}  // namespace nietpluis::kiosk
