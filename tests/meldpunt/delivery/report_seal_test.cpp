// Tests for delivery/report_seal and report_sealer: sealed reports open with the openssl command to
// exactly what travels unsealed today, and the stored record of a sealed report holds nothing else.
#include "delivery/report_seal.h"

#include <catch2/catch.hpp>

#include "delivery/report_email.h"
#include "delivery/report_sealer.h"
#include "delivery/sealed_report.h"
#include "intake/report_json.h"
#include "kiosk/seal_certificates.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using namespace nietpluis::testing;

constexpr const char* kToken = "tok-Zq81-geheim";

Report Sample() {
  Report report;
  report.id = NewReportId();
  report.received_at = 1764583380;
  report.source = "proef-zuil";
  report.location = "Buurthuis Proef";
  report.organisation = "noord";
  report.address = {"1012 AB", 12, "A"};
  report.reasons = {"huis", "gedrag"};
  report.text = std::string("De gordijnen zijn dicht. ") + kToken + "\nRegel twee: café é.";
  report.contact = {true, "Mevrouw Jansen", "0612345678", "jansen@voorbeeld.nl"};
  return report;
}

KioskOrganisation Organisation(DeliveryTarget::Kind kind) {
  KioskOrganisation organisation;
  organisation.id = "noord";
  organisation.name = "Welzijn Noord";
  organisation.delivery.kind = kind;
  organisation.delivery.from = "meldzuil@proef.nl";
  organisation.delivery.to = "meldpunt@noord.nl";
  return organisation;
}

// What `openssl asn1parse` says the outer content type is.
std::string ContentType(const std::string& der) {
  TempDir dir;
  WriteText(dir / "cms.der", der);
  CommandResult parsed = Run("openssl asn1parse -inform DER -in " + Quote((dir / "cms.der").string()) + " | sed -n 2p");
  return parsed.out;
}

TEST_CASE("A report sealed for HTTPS opens with openssl cms to exactly its JSON, with AES-256-GCM", "[seal]") {
  SealCertificates certificates;
  for (const Recipient* recipient : {&certificates.rsa(), &certificates.ec()}) {
    INFO(recipient->cert);
    ReportSealer sealer({{"noord", RecipientCertificate::Read(recipient->cert)}}, KioskTexts());
    const Report report = Sample();
    Result<SealedReport> sealed = sealer.Seal(report, Organisation(DeliveryTarget::Kind::kHttps));
    REQUIRE(sealed.ok());
    CHECK(sealed.value().form == SealedReport::Form::kJson);
    CHECK(sealed.value().id == report.id);
    CHECK(sealed.value().cms.find(kToken) == std::string::npos);
    CHECK(ContentType(sealed.value().cms).find("id-smime-ct-authEnvelopedData") != std::string::npos);
    CommandResult opened = OpenSealed(sealed.value().cms, "DER", *recipient);
    INFO(opened.err);
    CHECK(opened.exit_code == 0);
    CHECK(opened.out == ReportJson(report));
  }
}

TEST_CASE("A report sealed for e-mail opens to exactly the plain e-mail's body part, with AES-256-CBC", "[seal]") {
  SealCertificates certificates;
  for (const Recipient* recipient : {&certificates.rsa(), &certificates.ec()}) {
    INFO(recipient->cert);
    ReportSealer sealer({{"noord", RecipientCertificate::Read(recipient->cert)}}, KioskTexts());
    const Report report = Sample();
    const KioskOrganisation organisation = Organisation(DeliveryTarget::Kind::kEmail);
    Result<SealedReport> sealed = sealer.Seal(report, organisation);
    REQUIRE(sealed.ok());
    CHECK(sealed.value().form == SealedReport::Form::kEmail);
    CHECK(ContentType(sealed.value().cms).find("pkcs7-envelopedData") != std::string::npos);
    CommandResult opened = OpenSealed(sealed.value().cms, "DER", *recipient);
    INFO(opened.err);
    CHECK(opened.exit_code == 0);
    const std::string plain = ReportEmail(report, EmailEnvelope{"meldzuil@proef.nl", "meldpunt@noord.nl", "Welzijn Noord"},
                                          KioskTexts());
    // Today's message is its headers, then this very part.
    CHECK(opened.out == plain.substr(plain.find("Content-Type: text/plain")));
    CHECK(opened.out.find("Postcode en huisnummer: 1012 AB 12 A") != std::string::npos);
  }
}

TEST_CASE("Each seal of the same report differs, and only its own certificate's key opens it", "[seal]") {
  SealCertificates certificates;
  auto certificate = RecipientCertificate::Read(certificates.rsa().cert);
  REQUIRE(certificate);
  Result<std::string> first = certificate->Seal("zelfde inhoud", SealCipher::kAes256Gcm);
  Result<std::string> second = certificate->Seal("zelfde inhoud", SealCipher::kAes256Gcm);
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(first.value() != second.value());
  CHECK(OpenSealedDer(first.value(), certificates.rsa()) == "zelfde inhoud");
  CHECK(OpenSealedDer(first.value(), certificates.ec()).empty());
  CHECK(OpenSealed(first.value(), "DER", certificates.ec()).exit_code != 0);
}

TEST_CASE("The outbox's record of a sealed report holds its routing and sealed bytes only, and reads back", "[seal]") {
  SealedReport sealed{"3f1c0d2e-0000-4000-8000-000000000001", "noord", 1764583380, SealedReport::Form::kEmail,
                      std::string("\x30\x82\x00\xff verzegeld \x00\x01", 16)};
  const std::string json = SealedReportJson(sealed);
  CHECK(json == "{\"schema\":\"nietpluis.verzegeld/1\",\"id\":\"3f1c0d2e-0000-4000-8000-000000000001\",\"organisation\":"
                "\"noord\",\"received_at\":1764583380,\"form\":\"email\",\"cms\":\"MIIA/yB2ZXJ6ZWdlbGQgAA==\"}");
  std::optional<SealedReport> read = SealedReportFromJson(json);
  REQUIRE(read);
  CHECK(read->id == sealed.id);
  CHECK(read->organisation == "noord");
  CHECK(read->received_at == 1764583380);
  CHECK(read->form == SealedReport::Form::kEmail);
  CHECK(read->cms == sealed.cms);
  CHECK_FALSE(SealedReportFromJson(ReportJson(Sample())));
  CHECK_FALSE(SealedReportFromJson(ReplaceOnce(json, "\"email\"", "\"fax\"")));
  CHECK_FALSE(SealedReportFromJson(ReplaceOnce(json, "AA==", "A*==")));
  CHECK_FALSE(SealedReportFromJson("{\"schema\":\"nietpluis.verzegeld/1\"}"));
}

TEST_CASE("Base64 writes lines of 76 characters for e-mail and reads back what it wrote", "[seal]") {
  std::string bytes;
  for (int i = 0; i < 200; ++i) bytes += static_cast<char>(i * 7);
  const std::string lines = Base64(bytes, 76);
  CHECK(lines.substr(76, 2) == "\r\n");
  CHECK(lines.size() == 268 + 4 * 2);  // 200 bytes: 268 characters in 4 lines
  std::string joined;
  for (char c : lines) {
    if (c != '\r' && c != '\n') joined += c;
  }
  CHECK(FromBase64(joined) == bytes);
  CHECK(Base64("") == "");
  CHECK(FromBase64("") == std::string());
  CHECK(Base64("ab") == "YWI=");
  CHECK(FromBase64("YWI=") == std::string("ab"));
  CHECK_FALSE(FromBase64("YWI"));
}

}  // namespace
}  // namespace nietpluis
