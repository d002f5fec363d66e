// Tests for kiosk/curl_courier: real HTTPS and SMTP delivery to loopback receivers, and how answers count.
#include "curl_courier.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "kiosk/kiosk_fixture.h"
#include "report_json.h"
#include "signature.h"

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;
using Outcome = DeliveryResult::Outcome;

Report Sample() {
  Report report;
  report.id = NewReportId();
  report.received_at = 1764583380;
  report.source = "proef-zuil";
  report.location = "Buurthuis Proef";
  report.organisation = "noord";
  report.address = {"1012 AB", 12, ""};
  report.reasons = {"gedrag"};
  report.text = "Hij staat 's nachts op straat.";
  return report;
}

KioskOrganisation HttpsTo(const HttpsReceiver& receiver) {
  KioskOrganisation organisation;
  organisation.id = "noord";
  organisation.name = "Welzijn Noord";
  organisation.delivery.kind = DeliveryTarget::Kind::kHttps;
  organisation.delivery.url = receiver.url();
  organisation.delivery.secret = "geheime-sleutel";
  organisation.delivery.ca_file = Certificates().ca.string();
  organisation.delivery.timeout_s = 5;
  return organisation;
}

KioskOrganisation EmailTo(const SmtpReceiver& receiver, const std::string& user = "", const std::string& password = "") {
  KioskOrganisation organisation;
  organisation.id = "zuid";
  organisation.name = "Buurtwerk Zuid";
  organisation.delivery.kind = DeliveryTarget::Kind::kEmail;
  organisation.delivery.smtp_url = receiver.url();
  organisation.delivery.from = "meldzuil@proef.nl";
  organisation.delivery.to = "meldpunt@zuid.nl";
  organisation.delivery.user = user;
  organisation.delivery.password = password;
  organisation.delivery.ca_file = Certificates().ca.string();
  organisation.delivery.timeout_s = 5;
  return organisation;
}

TEST_CASE("HTTP answers count as delivered, retry or refused", "[curl_courier]") {
  for (long status : {200L, 201L, 202L, 204L}) CHECK(ClassifyHttp(status).outcome == Outcome::kDelivered);
  for (long status : {301L, 408L, 429L, 500L, 502L, 503L}) {
    INFO(status);
    CHECK(ClassifyHttp(status).outcome == Outcome::kRetry);
    CHECK(ClassifyHttp(status).error == "HTTP " + std::to_string(status));
  }
  for (long status : {400L, 401L, 403L, 404L, 409L, 413L, 422L}) CHECK(ClassifyHttp(status).outcome == Outcome::kRefused);
}

TEST_CASE("SMTP answers count as delivered, retry or refused", "[curl_courier]") {
  CHECK(ClassifySmtp(554, false).outcome == Outcome::kRefused);
  CHECK(ClassifySmtp(550, false).outcome == Outcome::kRefused);
  CHECK(ClassifySmtp(421, false).outcome == Outcome::kRetry);
  CHECK(ClassifySmtp(451, false).outcome == Outcome::kRetry);
  DeliveryResult login = ClassifySmtp(535, true);
  CHECK(login.outcome == Outcome::kRetry);
  CHECK(login.error == "SMTP 535 (inloggen geweigerd; kijk gebruiker en wachtwoord na)");
}

TEST_CASE("An HTTPS delivery posts the signed JSON with the report id as idempotency key", "[curl_courier]") {
  HttpsReceiver receiver;
  CurlCourier courier;
  Report report = Sample();
  DeliveryResult result = courier.Deliver(report, HttpsTo(receiver));
  CHECK(result.outcome == Outcome::kDelivered);
  std::vector<HttpsReceiver::Post> posts = receiver.posts();
  REQUIRE(posts.size() == 1);
  CHECK(posts[0].body == ReportJson(report));
  CHECK(posts[0].content_type == "application/json");
  CHECK(posts[0].idempotency_key == report.id);
  CHECK(posts[0].signature == "sha256=" + HmacSha256Hex("geheime-sleutel", posts[0].body));
  CHECK(nlohmann::json::parse(posts[0].body)["text"] == "Hij staat 's nachts op straat.");

  // The connection is kept for the next report.
  Report second = Sample();
  CHECK(courier.Deliver(second, HttpsTo(receiver)).outcome == Outcome::kDelivered);
  CHECK(receiver.posts().size() == 2);
}

TEST_CASE("A receiver that refuses, fails or is away gives the matching outcome", "[curl_courier]") {
  HttpsReceiver receiver;
  CurlCourier courier;
  receiver.Answer(422);
  DeliveryResult refused = courier.Deliver(Sample(), HttpsTo(receiver));
  CHECK(refused.outcome == Outcome::kRefused);
  CHECK(refused.error == "HTTP 422");
  receiver.Answer(503);
  CHECK(courier.Deliver(Sample(), HttpsTo(receiver)).outcome == Outcome::kRetry);
  receiver.Stop();
  DeliveryResult away = courier.Deliver(Sample(), HttpsTo(receiver));
  CHECK(away.outcome == Outcome::kRetry);
  CHECK(away.error.rfind("Couldn't connect to server", 0) == 0);
}

TEST_CASE("A certificate the kiosk does not trust is never accepted", "[curl_courier]") {
  HttpsReceiver receiver;
  CurlCourier courier;
  KioskOrganisation organisation = HttpsTo(receiver);
  organisation.delivery.ca_file.clear();  // the system's CAs do not know the test CA
  DeliveryResult result = courier.Deliver(Sample(), organisation);
  CHECK(result.outcome == Outcome::kRetry);
  CHECK(result.error.find("certificate") != std::string::npos);
  CHECK(receiver.posts().empty());
}

TEST_CASE("An e-mail over SMTPS carries the Message-ID of the report and the address only in the body", "[curl_courier]") {
  SmtpReceiver receiver(SmtpReceiver::Tls::kImplicit);
  CurlCourier courier;
  Report report = Sample();
  DeliveryResult result = courier.Deliver(report, EmailTo(receiver));
  INFO(result.error);
  CHECK(result.outcome == Outcome::kDelivered);
  std::vector<std::string> messages = receiver.messages();
  REQUIRE(messages.size() == 1);
  const std::string& message = messages[0];
  CHECK(message.find("Message-ID: <" + report.id + "@nietpluis.meldpunt>\r\n") != std::string::npos);
  CHECK(message.find("Subject: Niet-pluismelding " + report.id.substr(0, 8) + " voor Buurtwerk Zuid\r\n") != std::string::npos);
  CHECK(message.find("To: <meldpunt@zuid.nl>\r\n") != std::string::npos);
  CHECK(message.find("Postcode en huisnummer: 1012 AB 12") != std::string::npos);
  const std::string headers = message.substr(0, message.find("\r\n\r\n"));
  CHECK(headers.find("1012") == std::string::npos);
}

TEST_CASE("An e-mail over STARTTLS with a login is delivered; a wrong password is retried", "[curl_courier]") {
  SmtpReceiver receiver(SmtpReceiver::Tls::kStartTls, "zuil", "goed-wachtwoord");
  CurlCourier courier;
  DeliveryResult result = courier.Deliver(Sample(), EmailTo(receiver, "zuil", "goed-wachtwoord"));
  INFO(result.error);
  CHECK(result.outcome == Outcome::kDelivered);
  CHECK(receiver.messages().size() == 1);

  DeliveryResult wrong = courier.Deliver(Sample(), EmailTo(receiver, "zuil", "fout-wachtwoord"));
  CHECK(wrong.outcome == Outcome::kRetry);
  INFO(wrong.error);
  CHECK(wrong.error.rfind("SMTP 535 (inloggen geweigerd; kijk gebruiker en wachtwoord na)", 0) == 0);
  CHECK(receiver.messages().size() == 1);
}

TEST_CASE("A mail server that refuses the message gives a refusal; one that is away, a retry", "[curl_courier]") {
  SmtpReceiver receiver(SmtpReceiver::Tls::kImplicit);
  CurlCourier courier;
  receiver.Refuse(true);
  DeliveryResult refused = courier.Deliver(Sample(), EmailTo(receiver));
  CHECK(refused.outcome == Outcome::kRefused);
  CHECK(refused.error.rfind("SMTP 554", 0) == 0);
  receiver.Refuse(false);
  receiver.Stop();
  CHECK(courier.Deliver(Sample(), EmailTo(receiver)).outcome == Outcome::kRetry);
  receiver.Start();
  CHECK(courier.Deliver(Sample(), EmailTo(receiver)).outcome == Outcome::kDelivered);
}

}  // namespace
}  // namespace nietpluis::kiosk
