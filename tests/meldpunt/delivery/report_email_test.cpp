// Unit tests for meldpunt/report_email: the message a coordinator gets, its headers, and what cannot get in.
#include "delivery/report_email.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "test_support.h"

namespace nietpluis {
namespace {

Report Sample() {
  Report report;
  report.id = "0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90";
  report.received_at = 1764583380;  // 1 December 2025, 11.03 in Amsterdam
  report.source = "buurthuis-de-kroon";
  report.location = "Buurthuis De Kroon";
  report.organisation = "welzijn-noord";
  report.address = {"1012 AB", 12, "A"};
  report.reasons = {"huis", "gezegd"};
  report.text = "De gordijnen zijn al een week dicht.\nDe post ligt op de mat.";
  return report;
}

const EmailEnvelope kEnvelope{"meldzuil@voorbeeld.nl", "meldpunt@welzijn.nl", "Welzijn Noord"};

std::string Headers(const std::string& message) { return message.substr(0, message.find("\r\n\r\n") + 2); }

// Undoes quoted-printable, so tests read the body as the coordinator does.
std::string DecodeQp(const std::string& body) {
  std::string out;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '=' && i + 2 < body.size() && body[i + 1] == '\r' && body[i + 2] == '\n') {
      i += 2;
    } else if (body[i] == '=' && i + 2 < body.size()) {
      out += static_cast<char>(std::strtol(body.substr(i + 1, 2).c_str(), nullptr, 16));
      i += 2;
    } else if (body[i] == '\r') {
      continue;
    } else {
      out += body[i];
    }
  }
  return out;
}

std::string Body(const std::string& message) { return DecodeQp(message.substr(message.find("\r\n\r\n") + 4)); }

struct AmsterdamTime {
  AmsterdamTime() {
    const char* tz = std::getenv("TZ");
    saved = tz ? tz : "";
    had = tz != nullptr;
    setenv("TZ", "Europe/Amsterdam", 1);
    tzset();
  }
  ~AmsterdamTime() {
    if (had) setenv("TZ", saved.c_str(), 1); else unsetenv("TZ");
    tzset();
  }
  std::string saved;
  bool had = false;
};

TEST_CASE("The e-mail has fixed headers, a Message-ID from the report id, and no address in the subject", "[report_email]") {
  AmsterdamTime amsterdam;
  const std::string message = ReportEmail(Sample(), kEnvelope, testing::KioskTexts());
  CHECK(Headers(message) ==
        "Date: Mon, 01 Dec 2025 10:03:00 +0000\r\n"
        "From: \"Nietpluis Buurthuis De Kroon\" <meldzuil@voorbeeld.nl>\r\n"
        "To: <meldpunt@welzijn.nl>\r\n"
        "Subject: Niet-pluismelding 0f8e3a52 voor Welzijn Noord\r\n"
        "Message-ID: <0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90@nietpluis.meldpunt>\r\n"
        "Auto-Submitted: auto-generated\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Language: nl\r\n");
  CHECK(ReportMessageId(Sample()) == "<0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90@nietpluis.meldpunt>");
}

TEST_CASE("The body tells the coordinator where, what, who and what to do", "[report_email]") {
  AmsterdamTime amsterdam;
  CHECK(Body(ReportEmail(Sample(), kEnvelope, testing::KioskTexts())) ==
        "Er is een niet-pluismelding voor Welzijn Noord.\n"
        "Iemand maakt zich zorgen om een bewoner op dit adres:\n"
        "\n"
        "    Postcode en huisnummer: 1012 AB 12 A\n"
        "\n"
        "Waar maakt de melder zich zorgen over?\n"
        "- Het huis\n"
        "- Iets wat de bewoner heeft gezegd\n"
        "\n"
        "Wat zag of hoorde de melder?\n"
        "> De gordijnen zijn al een week dicht.\n"
        "> De post ligt op de mat.\n"
        "\n"
        "Wil de melder dat u belt?\n"
        "Nee. De melder gaf geen naam. U kunt de melder dus niet bellen.\n"
        "\n"
        "Gemeld op 1 december 2025 om 11.03 uur, op de meldzuil in Buurthuis De Kroon.\n"
        "Kenmerk: 0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90\n"
        "\n"
        "Wat nu?\n"
        "Ga binnen twee dagen tot een week langs voor een gewoon gesprek.\n"
        "Bewaar deze e-mail niet langer dan nodig. Er staan persoonsgegevens in.\n");
}

TEST_CASE("A named report from the website gives the contact details and the campaign", "[report_email]") {
  Report report = Sample();
  report.source = "website";
  report.location = "de website";
  report.campaign = "huisarts-centrum";
  report.text = "";
  report.contact = {true, "Anna de Vries", "06 12345678", "anna@voorbeeld.nl"};
  const std::string body = Body(ReportEmail(report, kEnvelope, testing::KioskTexts()));
  CHECK(body.find("(De melder heeft niets opgeschreven.)\n") != std::string::npos);
  CHECK(body.find("Ja. De melder wil graag horen wat u met de melding doet.\n"
                  "    Naam: Anna de Vries\n"
                  "    Telefoon: 06 12345678\n"
                  "    E-mail: anna@voorbeeld.nl\n") != std::string::npos);
  CHECK(body.find(", via de website.\nDe melder kwam via campagne: huisarts-centrum.\n") != std::string::npos);
}

TEST_CASE("Report text cannot add headers or end the message early", "[report_email]") {
  Report report = Sample();
  report.text = "regel\r\nBcc: iedereen@voorbeeld.nl\n.\nQUIT\n=3D en \xc3\xa9\xc3\xa9n";
  report.contact = {true, "An\r\nBcc: x@y.nl", "", "an@voorbeeld.nl"};
  report.location = "Buurthuis \"De Kroon\"\r\nBcc: x@y.nl";
  const std::string message = ReportEmail(report, kEnvelope, testing::KioskTexts());
  const std::string headers = Headers(message);
  CHECK(headers.find("\r\nBcc") == std::string::npos);
  CHECK(headers.find("\nBcc") == std::string::npos);
  CHECK(headers.find("From: \"Nietpluis Buurthuis \\\"De Kroon\\\"  Bcc: x@y.nl\" <meldzuil@voorbeeld.nl>\r\n") !=
        std::string::npos);
  const std::string raw_body = message.substr(headers.size() + 2);
  // No line of the encoded body starts with a dot, and every line ends with CRLF and stays short.
  std::size_t start = 0;
  while (start < raw_body.size()) {
    std::size_t end = raw_body.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    std::string line = raw_body.substr(start, end - start);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.find('\r') == std::string::npos);
    CHECK(line.size() <= 76);
    CHECK((line.empty() || line[0] != '.'));
    start = end + 2;
  }
  CHECK(Body(message).find("> .\n> QUIT\n> =3D en één\n") != std::string::npos);
}

TEST_CASE("A name that is not plain ASCII becomes an encoded word", "[report_email]") {
  Report report = Sample();
  report.location = "Wijkcentrum Één";
  const std::string headers = Headers(ReportEmail(report, EmailEnvelope{"a@b.nl", "c@d.nl", "Welzijn Zuïd"}, testing::KioskTexts()));
  CHECK(headers.find("From: =?UTF-8?Q?Nietpluis_Wijkcentrum_=C3=89=C3=A9n?= <a@b.nl>\r\n") != std::string::npos);
  CHECK(headers.find("Subject: =?UTF-8?Q?Niet=2Dpluismelding_0f8e3a52_voor_Welzijn_Zu=C3=AFd?=\r\n") != std::string::npos);
}

TEST_CASE("QuotedPrintable keeps lines short and encodes what must be encoded", "[report_email]") {
  CHECK(QuotedPrintable("a=b") == "a=3Db");
  CHECK(QuotedPrintable("eind \nvolgende") == "eind=20\r\nvolgende");
  CHECK(QuotedPrintable(".begin") == "=2Ebegin");
  CHECK(QuotedPrintable("\xc3\xa9") == "=C3=A9");
  std::string long_line(200, 'x');
  std::string encoded = QuotedPrintable(long_line);
  CHECK(encoded.find("=\r\n") == 75);
  CHECK(DecodeQp(encoded) == long_line);
}

TEST_CASE("A dot that a soft line break puts at the start of a line is encoded too", "[report_email]") {
  // Found by the form fuzzer: the dot was judged before the break, at the end of the full line.
  const std::string text = std::string(75, 'x') + ".volgende zin";
  const std::string encoded = QuotedPrintable(text);
  CHECK(encoded == std::string(75, 'x') + "=\r\n=2Evolgende zin");
  CHECK(DecodeQp(encoded) == text);
  CHECK(QuotedPrintable(std::string(74, 'x') + ".") == std::string(74, 'x') + ".");
}

}  // namespace
}  // namespace nietpluis

namespace nietpluis {
namespace {

TEST_CASE("The e-mail shows the street and woonplaats from the register, and says when the address is not in it",
          "[report_email][address]") {
  Report report = Sample();
  report.address.street = "Kerkstraat";
  report.address.place = "Voorbeeld";
  report.address.found_in_register = true;
  CHECK(Body(ReportEmail(report, kEnvelope, testing::KioskTexts())).find("    Postcode en huisnummer: 1012 AB 12 A\n"
                                                                         "    Straat: Kerkstraat\n"
                                                                         "    Woonplaats: Voorbeeld\n"
                                                                         "\n"
                                                                         "Waar maakt") != std::string::npos);
  Report unknown = Sample();
  unknown.address.found_in_register = false;
  CHECK(Body(ReportEmail(unknown, kEnvelope, testing::KioskTexts()))
            .find("    Postcode en huisnummer: 1012 AB 12 A\n"
                  "\n"
                  "Let op: dit adres staat niet in de adressenlijst van de gemeente. Misschien is het huis nieuw. Of er "
                  "zit een typfout in. Kijk het adres na voordat u gaat.\n"
                  "\n"
                  "Waar maakt") != std::string::npos);
  // Without a register nothing is said about it: the e-mail is as it always was.
  CHECK(Body(ReportEmail(Sample(), kEnvelope, testing::KioskTexts())).find("Let op") == std::string::npos);
}

}  // namespace
}  // namespace nietpluis
