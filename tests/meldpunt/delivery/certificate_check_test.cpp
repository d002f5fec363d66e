// Tests for delivery/certificate_check: each wrong certificate gives its own clear error at start.
#include "delivery/certificate_check.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <ctime>

#include "base/dutch_format.h"
#include "kiosk/seal_certificates.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using namespace nietpluis::testing;

std::int64_t Now() { return static_cast<std::int64_t>(std::time(nullptr)); }

std::string Day(int days_from_now) { return FormatUtc(Now() + days_from_now * 86400LL, "%Y-%m-%d"); }

// The error CheckCertificate gives, as printed.
std::string ErrorOf(const std::string& path) {
  auto checked = CheckCertificate("kiosk.toml", 7, path, Now());
  return checked.ok() ? "(geen fout)" : checked.error().ToString();
}

TEST_CASE("RSA with keyEncipherment, EC with keyAgreement and a certificate without key usage pass", "[seal][certificate]") {
  SealCertificates certificates;
  for (const Recipient& recipient :
       {certificates.rsa(), certificates.ec(), certificates.Make("vrij", "RSA", ""), certificates.Make("vrij-ec", "EC", "")}) {
    INFO(recipient.cert);
    auto checked = CheckCertificate("kiosk.toml", 7, recipient.cert.string(), Now());
    REQUIRE(checked.ok());
    CHECK(checked.value()->subject() == "CN=Welzijn " + recipient.cert.stem().string() + ",O=Proef");
    CHECK_FALSE(ExpiryWarning("kiosk.toml", 7, *checked.value(), Now()));
  }
  CHECK(CheckCertificate("kiosk.toml", 7, certificates.rsa().cert.string(), Now()).value()->key_type() == "RSA");
  CHECK(CheckCertificate("kiosk.toml", 7, certificates.ec().cert.string(), Now()).value()->key_type() == "EC");
}

TEST_CASE("An expired, not yet valid, wrong-usage or unreadable certificate each give their error", "[seal][certificate]") {
  SealCertificates certificates;
  const std::string expired = certificates.Make("verlopen", "RSA", "keyEncipherment", -400, -3).cert.string();
  CHECK(ErrorOf(expired) == "kiosk.toml:7: het certificaat '" + expired + "' is verlopen op " + Day(-3) +
                                " (CN=Welzijn verlopen,O=Proef); vraag de organisatie om haar nieuwe certificaat en zet "
                                "het op deze plek");
  const std::string early = certificates.Make("later", "EC", "keyAgreement", 2, 400).cert.string();
  CHECK(ErrorOf(early) == "kiosk.toml:7: het certificaat '" + early + "' geldt pas vanaf " + Day(2) +
                              " (CN=Welzijn later,O=Proef); kijk of de klok van de kiosk goed staat, of zet tot die dag "
                              "het vorige certificaat terug");
  const std::string signing = certificates.Make("tekenen", "RSA", "critical,digitalSignature").cert.string();
  CHECK(ErrorOf(signing) == "kiosk.toml:7: het certificaat '" + signing +
                                "' mag niet versleutelen: de RSA-sleutel heeft geen keyEncipherment (CN=Welzijn "
                                "tekenen,O=Proef); vraag de organisatie om haar certificaat voor versleutelde e-mail "
                                "(S/MIME), niet dat voor ondertekenen");
  // keyEncipherment means nothing to an EC key: it can only take part in encryption by key agreement.
  const std::string ec_wrong = certificates.Make("ec-fout", "EC", "digitalSignature,keyEncipherment").cert.string();
  CHECK(ErrorOf(ec_wrong) == "kiosk.toml:7: het certificaat '" + ec_wrong +
                                 "' mag niet versleutelen: de EC-sleutel heeft geen keyAgreement (CN=Welzijn "
                                 "ec-fout,O=Proef); vraag de organisatie om haar certificaat voor versleutelde e-mail "
                                 "(S/MIME), niet dat voor ondertekenen");
  const std::string missing = (certificates.dir() / "weg.pem").string();
  CHECK(ErrorOf(missing) == "kiosk.toml:7: het certificaat '" + missing +
                                "' is niet te lezen (No such file or directory); zet het certificaat van de organisatie "
                                "daar neer en geef de kiosk leesrecht");
  const std::filesystem::path not_certificate = certificates.dir() / "sleutel.pem";
  std::filesystem::copy_file(certificates.rsa().key, not_certificate);
  CHECK(ErrorOf(not_certificate.string()) ==
        "kiosk.toml:7: in '" + not_certificate.string() +
            "' staat geen certificaat; vraag de organisatie om haar certificaat voor versleutelde e-mail als .pem-bestand");
  if (geteuid() != 0) {  // root reads any file
    const std::filesystem::path closed = certificates.dir() / "dicht.pem";
    std::filesystem::copy_file(certificates.rsa().cert, closed);
    std::filesystem::permissions(closed, std::filesystem::perms::none);
    CHECK(ErrorOf(closed.string()) == "kiosk.toml:7: het certificaat '" + closed.string() +
                                          "' is niet te lezen (Permission denied); zet het certificaat van de "
                                          "organisatie daar neer en geef de kiosk leesrecht");
  }
}

TEST_CASE("A certificate in DER form is read as well as PEM", "[seal][certificate]") {
  SealCertificates certificates;
  const std::filesystem::path der = certificates.dir() / "rsa.cer";
  REQUIRE(Run("openssl x509 -in " + Quote(certificates.rsa().cert.string()) + " -outform DER -out " + Quote(der.string()))
              .exit_code == 0);
  auto checked = CheckCertificate("kiosk.toml", 7, der.string(), Now());
  REQUIRE(checked.ok());
  CHECK(checked.value()->key_type() == "RSA");
}

TEST_CASE("A certificate that ends within 30 days gets a warning; the list keeps it and names the bad ones", "[seal][certificate]") {
  SealCertificates certificates;
  const Recipient soon = certificates.Make("bijna", "RSA", "keyEncipherment", -300, 12);
  const Recipient expired = certificates.Make("verlopen", "EC", "keyAgreement", -300, -1);
  std::vector<KioskOrganisation> organisations(4);
  organisations[0].id = "bijna";
  organisations[0].certificate = soon.cert.string();
  organisations[0].certificate_line = 4;
  organisations[1].id = "verlopen";
  organisations[1].certificate = expired.cert.string();
  organisations[1].certificate_line = 9;
  organisations[2].id = "goed";
  organisations[2].certificate = certificates.ec().cert.string();
  organisations[2].certificate_line = 14;
  organisations[3].id = "open";  // no certificate: not checked, not sealed
  Diagnostics diagnostics;
  auto good = CheckCertificates("kiosk.toml", organisations, Now(), &diagnostics);
  CHECK(good.size() == 2);
  CHECK(good.count("bijna") == 1);
  CHECK(good.count("goed") == 1);
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0].ToString() ==
        "kiosk.toml:4: waarschuwing: het certificaat '" + soon.cert.string() + "' verloopt over 12 dagen (op " + Day(12) +
            "); vraag de organisatie nu om haar nieuwe certificaat; met een verlopen certificaat start de kiosk niet");
  CHECK_FALSE(diagnostics.all()[0].is_error());
  CHECK(diagnostics.all()[1].is_error());
  CHECK(diagnostics.all()[1].ToString().rfind("kiosk.toml:9: het certificaat '" + expired.cert.string() + "' is verlopen op ", 0) == 0);
}

}  // namespace
}  // namespace nietpluis
