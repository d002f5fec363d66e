// Sealed reports end to end (issue 24): a report for an organisation with a certificate is sealed at
// intake, waits sealed in the outbox, and arrives as S/MIME e-mail through aiosmtpd or as sealed JSON
// through the HTTPS receiver; `openssl cms -decrypt` opens each to exactly what travels unsealed.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <signal.h>

#include <ctime>
#include <set>

#include "base/dutch_format.h"

#include "curl_courier.h"
#include "delivery/certificate_check.h"
#include "delivery/report_email.h"
#include "delivery/report_sealer.h"
#include "intake/report_json.h"
#include "intake/signature.h"
#include "kiosk/kiosk_fixture.h"
#include "kiosk/seal_certificates.h"

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;
using Outcome = DeliveryResult::Outcome;
using nlohmann::json;

constexpr const char* kToken = "tok-Vx93-zegel";

Report Sample(const std::string& organisation) {
  Report report;
  report.id = NewReportId();
  report.received_at = 1764583380;
  report.source = "proef-zuil";
  report.location = "Buurthuis Proef";
  report.organisation = organisation;
  report.address = {"1012 AB", 12, ""};
  report.reasons = {"gedrag"};
  report.text = std::string("Hij staat 's nachts op straat. ") + kToken;
  report.contact = {true, "Piet Proef", "0612345678", ""};
  return report;
}

// The organisation's table of kiosk.toml with `certificaat` beside its postcodes.
std::string WithCertificate(const std::string& organisation_toml, const std::filesystem::path& certificate) {
  const std::size_t postcodes = organisation_toml.find("postcodes = ");
  const std::size_t end = organisation_toml.find('\n', postcodes) + 1;
  return organisation_toml.substr(0, end) + "certificaat = \"" + certificate.string() + "\"\n" + organisation_toml.substr(end);
}

// The line of `key` in the kiosk's configuration.
// Where the kiosk reads its organisations, and so their certificates: the shared file beside site.toml.
std::filesystem::path OrganisationsFile(const KioskProcess& kiosk) { return kiosk.dir() / "inhoud/organisaties.toml"; }

int LineOf(const KioskProcess& kiosk, const std::string& key, std::size_t from = 0) {
  const std::string toml = ReadText(OrganisationsFile(kiosk));
  const std::size_t at = toml.find(key, from);
  REQUIRE(at != std::string::npos);
  int line = 1;
  for (std::size_t i = 0; i < at; ++i) line += toml[i] == '\n';
  return line;
}

CommandResult KioskCommand(const std::string& arguments) { return Run(Quote(KioskBinary()) + " " + arguments); }

TEST_CASE("A sealed e-mail through aiosmtpd opens with openssl cms -decrypt to exactly today's text", "[seal][curl_courier]") {
  SealCertificates certificates;
  SmtpReceiver receiver(SmtpReceiver::Tls::kImplicit);
  KioskOrganisation organisation;
  organisation.id = "zuid";
  organisation.name = "Buurtwerk Zuid";
  organisation.delivery.kind = DeliveryTarget::Kind::kEmail;
  organisation.delivery.smtp_url = receiver.url();
  organisation.delivery.from = "meldzuil@proef.nl";
  organisation.delivery.to = "meldpunt@zuid.nl";
  organisation.delivery.ca_file = Certificates().ca.string();
  organisation.delivery.timeout_s = 5;
  ReportSealer sealer({{"zuid", RecipientCertificate::Read(certificates.rsa().cert)}}, KioskTexts());
  CurlCourier courier(KioskTexts());
  const Report report = Sample("zuid");
  Result<SealedReport> sealed = sealer.Seal(report, organisation);
  REQUIRE(sealed.ok());
  DeliveryResult result = courier.DeliverSealed(sealed.value(), organisation);
  INFO(result.error);
  REQUIRE(result.outcome == Outcome::kDelivered);
  REQUIRE(receiver.messages().size() == 1);
  const std::string message = receiver.messages()[0];
  const std::string headers = message.substr(0, message.find("\r\n\r\n") + 2);
  CHECK(headers.find("Subject: Nieuwe niet-pluismelding " + report.id.substr(0, 8) + "\r\n") != std::string::npos);
  CHECK(headers.find("Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n") !=
        std::string::npos);
  CHECK(headers.find("Content-Transfer-Encoding: base64\r\n") != std::string::npos);
  CHECK(headers.find("Message-ID: <" + report.id + "@nietpluis.meldpunt>\r\n") != std::string::npos);
  CHECK(headers.find("From: <meldzuil@proef.nl>\r\n") != std::string::npos);
  // Nothing of the report outside the seal: not the address, the text, the name, the place.
  for (const char* secret : {kToken, "1012", "Piet", "0612345678", "Buurthuis", "gedrag"}) {
    INFO(secret);
    CHECK(message.find(secret) == std::string::npos);
  }
  // What a mail client (or the reference command) opens is the plain e-mail's part, byte for byte.
  CommandResult opened = OpenSealed(message, "SMIME", certificates.rsa());
  INFO(opened.err);
  REQUIRE(opened.exit_code == 0);
  const std::string plain =
      ReportEmail(report, EmailEnvelope{"meldzuil@proef.nl", "meldpunt@zuid.nl", "Buurtwerk Zuid"}, KioskTexts());
  CHECK(opened.out == plain.substr(plain.find("Content-Type: text/plain")));
  CHECK(opened.out.find("Postcode en huisnummer: 1012 AB 12") != std::string::npos);
  CHECK(opened.out.find(kToken) != std::string::npos);
}

TEST_CASE("Sealed JSON through the HTTPS receiver opens to exactly today's JSON, signed over the sealed body", "[seal][curl_courier]") {
  SealCertificates certificates;
  HttpsReceiver receiver;
  KioskOrganisation organisation;
  organisation.id = "noord";
  organisation.name = "Welzijn Noord";
  organisation.delivery.kind = DeliveryTarget::Kind::kHttps;
  organisation.delivery.url = receiver.url();
  organisation.delivery.secret = "geheime-sleutel";
  organisation.delivery.ca_file = Certificates().ca.string();
  organisation.delivery.timeout_s = 5;
  ReportSealer sealer({{"noord", RecipientCertificate::Read(certificates.ec().cert)}}, KioskTexts());
  CurlCourier courier(KioskTexts());
  const Report report = Sample("noord");
  Result<SealedReport> sealed = sealer.Seal(report, organisation);
  REQUIRE(sealed.ok());
  REQUIRE(courier.DeliverSealed(sealed.value(), organisation).outcome == Outcome::kDelivered);
  REQUIRE(receiver.posts().size() == 1);
  const HttpsReceiver::Post post = receiver.posts()[0];
  CHECK(post.content_type == "application/pkcs7-mime");
  CHECK(post.idempotency_key == report.id);
  CHECK(post.signature == "sha256=" + HmacSha256Hex("geheime-sleutel", post.body));
  CHECK(post.body == sealed.value().cms);
  CHECK(post.body.find(kToken) == std::string::npos);
  CommandResult opened = OpenSealed(post.body, "DER", certificates.ec());
  INFO(opened.err);
  REQUIRE(opened.exit_code == 0);
  CHECK(opened.out == ReportJson(report));

  // Sealed for e-mail, it cannot go to an HTTPS receiver: refused, so it is kept apart, not lost.
  KioskOrganisation mail = organisation;
  mail.delivery.kind = DeliveryTarget::Kind::kEmail;
  Result<SealedReport> for_mail = sealer.Seal(report, mail);
  REQUIRE(for_mail.ok());
  DeliveryResult wrong = courier.DeliverSealed(for_mail.value(), organisation);
  CHECK(wrong.outcome == Outcome::kRefused);
  CHECK(wrong.error == "verzegeld voor e-mail, maar de organisatie krijgt nu HTTPS; zet de oude manier van doorsturen "
                       "terug en voer 'opnieuw' uit");
  CHECK(receiver.posts().size() == 1);
}

TEST_CASE("The example receiver in docs/ checks the signature and opens sealed reports with openssl cms", "[seal][curl_courier]") {
  SealCertificates certificates;
  TempDir dir;
  WriteText(dir / "geheim.txt", "voorbeeld-sleutel\n");
  const int port = FreePort();
  ChildProcess receiver;
  receiver.Start({"/usr/bin/python3", (SourceDir() / "docs/voorbeeld-ontvanger.py").string(), "--poort",
                  std::to_string(port), "--geheim", (dir / "geheim.txt").string(), "--map", (dir / "meldingen").string(),
                  "--certificaat", certificates.rsa().cert.string(), "--sleutel", certificates.rsa().key.string(),
                  "--tls-certificaat", Certificates().cert.string(), "--tls-sleutel", Certificates().key.string()},
                 dir / "ontvanger.log");
  REQUIRE(WaitUntil([&] { return ReadText(dir / "ontvanger.log").find("klaar") != std::string::npos; }));
  KioskOrganisation organisation;
  organisation.id = "noord";
  organisation.name = "Welzijn Noord";
  organisation.delivery.kind = DeliveryTarget::Kind::kHttps;
  organisation.delivery.url = "https://127.0.0.1:" + std::to_string(port) + "/meldingen";
  organisation.delivery.secret = "voorbeeld-sleutel";
  organisation.delivery.ca_file = Certificates().ca.string();
  organisation.delivery.timeout_s = 5;
  ReportSealer sealer({{"noord", RecipientCertificate::Read(certificates.rsa().cert)}}, KioskTexts());
  CurlCourier courier(KioskTexts());
  const Report sealed_report = Sample("noord"), plain_report = Sample("noord");
  Result<SealedReport> sealed = sealer.Seal(sealed_report, organisation);
  REQUIRE(sealed.ok());
  DeliveryResult first = courier.DeliverSealed(sealed.value(), organisation);
  INFO(first.error);
  CHECK(first.outcome == Outcome::kDelivered);
  CHECK(courier.DeliverSealed(sealed.value(), organisation).outcome == Outcome::kDelivered);  // a repeat: 200
  CHECK(courier.Deliver(plain_report, organisation).outcome == Outcome::kDelivered);
  CHECK(ReadText(dir / "meldingen" / (sealed_report.id + ".json")) == ReportJson(sealed_report));
  CHECK(ReadText(dir / "meldingen" / (plain_report.id + ".json")) == ReportJson(plain_report));
  // A body sealed for another key, or signed with another secret, is refused for good.
  ReportSealer other({{"noord", RecipientCertificate::Read(certificates.ec().cert)}}, KioskTexts());
  DeliveryResult wrong_key = courier.DeliverSealed(other.Seal(Sample("noord"), organisation).value(), organisation);
  CHECK(wrong_key.outcome == Outcome::kRefused);
  CHECK(wrong_key.error == "HTTP 422");
  organisation.delivery.secret = "andere-sleutel";
  CHECK(courier.DeliverSealed(sealer.Seal(Sample("noord"), organisation).value(), organisation).error == "HTTP 401");
  receiver.Stop(SIGTERM);
}

TEST_CASE("With certificates, the kiosk's files hold no token while receivers are away; then the reports arrive sealed",
          "[seal][kiosk]") {
  SealCertificates certificates;
  HttpsReceiver receiver;
  SmtpReceiver mail(SmtpReceiver::Tls::kImplicit);
  receiver.Stop();
  mail.Stop();
  KioskProcess kiosk(WithCertificate(HttpsOrganisation("noord", "[\"1000-1049\"]", receiver), certificates.ec().cert) +
                     WithCertificate(EmailOrganisation("zuid", "[\"1050-1099\"]", mail), certificates.rsa().cert));
  kiosk.Start();
  const std::string contact = "&contact=terugbellen&naam=Truus+Tokenaar&telefoon=0687654321";
  for (int i = 0; i < 6; ++i) {
    const std::string postcode = i % 2 == 0 ? "1012ab" : "1066cd";
    REQUIRE(kiosk.Post("/melding", "postcode=" + postcode + "&huisnummer=3&zorg=huis&toelichting=" + std::string(kToken) +
                                       "-" + std::to_string(i) + contact)
                .status == 303);
  }
  REQUIRE(kiosk.Health()["queued"] == 6);
  // A stolen disk: every file of the data folder, the WAL included, and the log.
  for (const auto& entry : std::filesystem::directory_iterator(kiosk.data_dir())) {
    const std::string bytes = ReadText(entry.path());
    INFO(entry.path());
    for (const char* secret : {kToken, "Tokenaar", "0687654321", "1012 AB", "1066 CD"}) {
      INFO(secret);
      CHECK(bytes.find(secret) == std::string::npos);
    }
  }
  CHECK(kiosk.log().find(kToken) == std::string::npos);
  const std::string wal = ReadText(kiosk.data_dir() / "meldingen.db-wal") + ReadText(kiosk.data_dir() / "meldingen.db");
  CHECK(wal.find("nietpluis.verzegeld/1") != std::string::npos);  // they are there, sealed

  receiver.Start();
  mail.Start();
  REQUIRE(WaitUntil([&] { return kiosk.Health()["queued"] == 0; }));
  REQUIRE(receiver.posts().size() == 3);
  REQUIRE(mail.messages().size() == 3);
  std::set<std::string> texts;
  for (const HttpsReceiver::Post& post : receiver.posts()) {
    CHECK(post.content_type == "application/pkcs7-mime");
    CHECK(post.body.find(kToken) == std::string::npos);
    json report = json::parse(OpenSealedDer(post.body, certificates.ec()));
    CHECK(report["contact"]["name"] == "Truus Tokenaar");
    texts.insert(report["text"].get<std::string>());
  }
  CHECK(texts == std::set<std::string>{std::string(kToken) + "-0", std::string(kToken) + "-2", std::string(kToken) + "-4"});
  for (const std::string& message : mail.messages()) {
    CHECK(message.find(kToken) == std::string::npos);
    CommandResult opened = OpenSealed(message, "SMIME", certificates.rsa());
    CHECK(opened.out.find("Postcode en huisnummer: 1066 CD 3") != std::string::npos);
    CHECK(opened.out.find("Naam: Truus Tokenaar") != std::string::npos);
  }
  CHECK(kiosk.Stop() == 0);
}

TEST_CASE("An expired, wrong-usage or unreadable certificate stops the kiosk at start with file, line and remedy",
          "[seal][kiosk_commands]") {
  SealCertificates certificates;
  HttpsReceiver receiver;
  const Recipient expired = certificates.Make("verlopen", "RSA", "keyEncipherment", -400, -2);
  const Recipient signing = certificates.Make("tekenen", "EC", "critical,digitalSignature");
  const std::filesystem::path missing = certificates.dir() / "weg.pem";
  struct Case {
    std::filesystem::path certificate;
    std::string problem;
  };
  const std::string day = FormatUtc(std::time(nullptr) - 2 * 86400, "%Y-%m-%d");
  for (const Case& wrong :
       {Case{expired.cert, "het certificaat '" + expired.cert.string() + "' is verlopen op " + day +
                               " (CN=Welzijn verlopen,O=Proef); vraag de organisatie om haar nieuwe certificaat en zet "
                               "het op deze plek"},
        Case{signing.cert, "het certificaat '" + signing.cert.string() +
                               "' mag niet versleutelen: de EC-sleutel heeft geen keyAgreement (CN=Welzijn tekenen,O=Proef); "
                               "vraag de organisatie om haar certificaat voor versleutelde e-mail (S/MIME), niet dat voor "
                               "ondertekenen"},
        Case{missing, "het certificaat '" + missing.string() +
                          "' is niet te lezen (No such file or directory); zet het certificaat van de organisatie daar "
                          "neer en geef de kiosk leesrecht"}}) {
    KioskProcess kiosk(WithCertificate(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), wrong.certificate));
    const std::string expected =
        OrganisationsFile(kiosk).string() + ":" + std::to_string(LineOf(kiosk, "certificaat = ")) + ": " + wrong.problem + "\n";
    CommandResult start = KioskCommand("--config " + Quote(kiosk.config().string()));
    CHECK(start.exit_code == 1);
    CHECK(start.err == expected);
    CommandResult check = KioskCommand("controleer --config " + Quote(kiosk.config().string()));
    CHECK(check.exit_code == 1);
    CHECK(check.err == expected);
    CHECK_FALSE(std::filesystem::exists(kiosk.data_dir()));
  }
}

TEST_CASE("controleer says which organisations are sealed and which travel unsealed; status warns 30 days ahead",
          "[seal][kiosk_commands]") {
  SealCertificates certificates;
  HttpsReceiver receiver;
  SmtpReceiver mail(SmtpReceiver::Tls::kImplicit);
  const Recipient soon = certificates.Make("bijna", "RSA", "keyEncipherment", -300, 20);
  KioskProcess kiosk(WithCertificate(HttpsOrganisation("noord", "[\"1000-1049\"]", receiver), certificates.ec().cert) +
                     WithCertificate(EmailOrganisation("zuid", "[\"1050-1069\"]", mail), soon.cert) +
                     HttpsOrganisation("west", "[\"1070-1099\"]", receiver));
  const std::string config = kiosk.config().string();
  const std::string warning = OrganisationsFile(kiosk).string() + ":" +
                              std::to_string(LineOf(kiosk, "certificaat = ", ReadText(OrganisationsFile(kiosk)).find("id = \"zuid\""))) +
                              ": waarschuwing: het certificaat '" + soon.cert.string() + "' verloopt over 20 dagen (op " +
                              FormatUtc(std::time(nullptr) + 20 * 86400, "%Y-%m-%d") +
                              "); vraag de organisatie nu om haar nieuwe certificaat; met een verlopen certificaat start "
                              "de kiosk niet";
  CommandResult check = KioskCommand("controleer --config " + Quote(config));
  CHECK(check.exit_code == 0);
  const std::string until = FormatUtc(std::time(nullptr) + 365 * 86400, "%Y-%m-%d");
  CHECK(check.out.find("Organisatie noord (Welzijn noord): postcodes 1000 tot en met 1049; HTTPS naar " + receiver.url() +
                       "\n  Verzegeld (CMS, AES-256-GCM) voor CN=Welzijn ec,O=Proef, EC-sleutel, geldig tot " + until + ".\n") !=
        std::string::npos);
  CHECK(check.out.find("e-mail via " + mail.url() + "\n  Verzegeld (S/MIME, AES-256-CBC) voor CN=Welzijn bijna,O=Proef, "
                       "RSA-sleutel, geldig tot ") != std::string::npos);
  CHECK(check.out.find("Organisatie west (Welzijn west): postcodes 1070 tot en met 1099; HTTPS naar " + receiver.url() +
                       "\n  Let op: niet verzegeld. De meldingen voor west wachten en reizen leesbaar; zet 'certificaat' bij "
                       "deze organisatie om ze te verzegelen.\n") != std::string::npos);
  CHECK(check.out.find(warning + "\n") != std::string::npos);

  kiosk.Start();
  CommandResult status = KioskCommand("status --config " + Quote(config));
  CHECK(status.exit_code == 0);
  CHECK(status.out.find("Certificaat: " + warning + "\n") != std::string::npos);
  CHECK(kiosk.log().find(warning) != std::string::npos);  // and in the journal at start
  CHECK(kiosk.Stop() == 0);
}

}  // namespace
}  // namespace nietpluis::kiosk
