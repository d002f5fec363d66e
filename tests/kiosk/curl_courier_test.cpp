// Tests for kiosk/curl_courier: real HTTPS and SMTP delivery to loopback receivers, and how answers count.
#include "curl_courier.h"

#include <catch2/catch.hpp>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <future>
#include <nlohmann/json.hpp>

#include "intake/report_json.h"
#include "intake/signature.h"
#include "kiosk/kiosk_fixture.h"

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

TEST_CASE("The public intake's answers to a code's registration count as registered, retry or dropped", "[curl_courier][volgcode]") {
  for (long status : {200L, 201L}) CHECK(ClassifyRegistration(status).outcome == Outcome::kDelivered);
  for (long status : {400L, 410L}) {
    INFO(status);
    CHECK(ClassifyRegistration(status).outcome == Outcome::kRefused);
    CHECK(ClassifyRegistration(status).error == "HTTP " + std::to_string(status));
  }
  // An intake that does not know registrations yet (404), or is busy, is asked again later.
  for (long status : {301L, 403L, 404L, 408L, 429L, 500L, 503L}) {
    INFO(status);
    CHECK(ClassifyRegistration(status).outcome == Outcome::kRetry);
  }
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
  CurlCourier courier(testing::KioskTexts());
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
  CurlCourier courier(testing::KioskTexts());
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

// A receiver that hangs: the kernel completes the TCP handshake into the backlog, and nothing ever
// reads or answers, so the TLS handshake waits for the time-out.
class HangingListener {
 public:
  HangingListener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&address), size) == 0);
    REQUIRE(::listen(fd_, 8) == 0);
    REQUIRE(::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &size) == 0);
    port_ = ntohs(address.sin_port);
  }
  ~HangingListener() { ::close(fd_); }
  std::string url() const { return "https://127.0.0.1:" + std::to_string(port_) + "/meldingen"; }

 private:
  int fd_;
  int port_ = 0;
};

TEST_CASE("Cancelling ends a delivery to a hanging receiver within about a second", "[curl_courier]") {
  HangingListener listener;
  HttpsReceiver unused;
  KioskOrganisation organisation = HttpsTo(unused);
  organisation.delivery.url = listener.url();
  organisation.delivery.timeout_s = 20;
  CurlCourier courier(testing::KioskTexts());
  auto started = std::chrono::steady_clock::now();
  std::future<DeliveryResult> delivery = std::async(std::launch::async, [&] { return courier.Deliver(Sample(), organisation); });
  REQUIRE(delivery.wait_for(std::chrono::milliseconds(300)) == std::future_status::timeout);  // it hangs
  courier.SetCancelled(true);
  auto cancelled = std::chrono::steady_clock::now();
  REQUIRE(delivery.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - cancelled).count();
  std::printf("curl_courier: a hanging delivery ended %.3f s after cancelling (%.3f s in all)\n", seconds,
              std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  CHECK(seconds < 1.5);
  DeliveryResult result = delivery.get();
  CHECK(result.outcome == Outcome::kRetry);
  // Later deliveries end at once until the courier is let go again.
  CHECK(courier.Deliver(Sample(), organisation).error == "afgebroken: de kiosk stopt");
}

TEST_CASE("A certificate the kiosk does not trust is never accepted", "[curl_courier]") {
  HttpsReceiver receiver;
  CurlCourier courier(testing::KioskTexts());
  KioskOrganisation organisation = HttpsTo(receiver);
  organisation.delivery.ca_file.clear();  // the system's CAs do not know the test CA
  DeliveryResult result = courier.Deliver(Sample(), organisation);
  CHECK(result.outcome == Outcome::kRetry);
  CHECK(result.error.find("certificate") != std::string::npos);
  CHECK(receiver.posts().empty());
}

TEST_CASE("An e-mail over SMTPS carries the Message-ID of the report and the address only in the body", "[curl_courier]") {
  SmtpReceiver receiver(SmtpReceiver::Tls::kImplicit);
  CurlCourier courier(testing::KioskTexts());
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
  CurlCourier courier(testing::KioskTexts());
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
  CurlCourier courier(testing::KioskTexts());
  receiver.Refuse(true);
  DeliveryResult refused = courier.Deliver(Sample(), EmailTo(receiver));
  CHECK(refused.outcome == Outcome::kRefused);
  // IT reads the mail server's own reason, not libcurl's general text.
  CHECK(refused.error == "SMTP 554: 554 5.7.1 Bericht geweigerd");
  receiver.Refuse(false);
  receiver.Stop();
  CHECK(courier.Deliver(Sample(), EmailTo(receiver)).outcome == Outcome::kRetry);
  receiver.Start();
  CHECK(courier.Deliver(Sample(), EmailTo(receiver)).outcome == Outcome::kDelivered);
}

}  // namespace
}  // namespace nietpluis::kiosk
