// Tests docs/intake-nginx.conf: Debian's nginx with that site in front of the real public intake.
#include <catch2/catch.hpp>
#include <httplib.h>
#include <signal.h>

#include "kiosk/kiosk_fixture.h"

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;
using nlohmann::json;

std::string ReplaceOnce(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  for (; at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
  return text;
}

// The example site with test ports and certificates, in a main configuration of its own.
class Nginx {
 public:
  // `edit` changes the site text further, before the test ports go in.
  explicit Nginx(int intake_port, const std::function<std::string(std::string)>& edit = {}) : port_(FreePort()) {
    std::string site = ReadText(SourceDir() / "docs/intake-nginx.conf");
    if (edit) site = edit(site);
    site = site.substr(0, site.find("# Plain http only"));  // the redirect from port 80 needs root's port
    site = ReplaceOnce(site, "listen 443 ssl http2;", "listen 127.0.0.1:" + std::to_string(port_) + " ssl http2;");
    site = ReplaceOnce(site, "    listen [::]:443 ssl http2;\n", "");
    site = ReplaceOnce(site, "/etc/letsencrypt/live/meldpunt.voorbeeld.nl/fullchain.pem", Certificates().cert.string());
    site = ReplaceOnce(site, "/etc/letsencrypt/live/meldpunt.voorbeeld.nl/privkey.pem", Certificates().key.string());
    site = ReplaceOnce(site, "/var/log/nginx/nietpluis-intake-error.log", (dir_ / "error.log").string());
    site = ReplaceAll(site, "proxy_pass http://127.0.0.1:8081;", "proxy_pass http://127.0.0.1:" + std::to_string(intake_port) + ";");
    WriteText(dir_ / "site.conf", site);
    const std::string d = dir_.path().string();
    WriteText(dir_ / "nginx.conf", "user root;\npid " + d + "/nginx.pid;\nerror_log " + d + "/error.log;\nevents {}\nhttp {\n"
              "  client_body_temp_path " + d + "/body;\n  proxy_temp_path " + d + "/proxy;\n"
              "  fastcgi_temp_path " + d + "/fastcgi;\n  uwsgi_temp_path " + d + "/uwsgi;\n  scgi_temp_path " + d + "/scgi;\n"
              "  access_log off;\n  include " + d + "/site.conf;\n}\n");
  }

  // SIGTERM, not the SIGKILL of ChildProcess: the master then stops its workers and waits for them,
  // so no nginx worker outlives the test.
  ~Nginx() {
    if (process_.running()) process_.Stop(SIGTERM);
  }

  CommandResult Test() { return Run("nginx -t -p " + Quote(dir_.path().string()) + " -c " + Quote((dir_ / "nginx.conf").string()) + " 2>&1"); }

  void Start() {
    process_.Start({"/usr/sbin/nginx", "-p", dir_.path().string(), "-c", (dir_ / "nginx.conf").string(), "-g", "daemon off;"},
                   dir_ / "nginx.out");
    REQUIRE(WaitUntil([this] { return Client()->Get("/health") != nullptr; }));
  }

  std::unique_ptr<httplib::SSLClient> Client() const {
    auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", port_);
    client->set_ca_cert_path(Certificates().ca.c_str());
    client->enable_server_certificate_verification(true);
    client->set_read_timeout(10, 0);
    return client;
  }

  std::string error_log() const { return ReadText(dir_ / "error.log"); }

 private:
  TempDir dir_;
  int port_;
  ChildProcess process_;
};

const std::string kReport = "postcode=1012ab&huisnummer=12&zorg=huis&contact=anoniem";

TEST_CASE("The example nginx site is valid and forwards the form over TLS to the intake", "[intake][nginx]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver),
                      "modus = \"publiek\"\n\n[publiek]\nmeldingen_per_adres = 2\n");
  intake.Start();
  Nginx nginx(intake.port());
  CommandResult test = nginx.Test();
  INFO(test.out);
  REQUIRE(test.exit_code == 0);
  nginx.Start();

  auto form = nginx.Client()->Get("/melden?bron=bieb-centrum");
  REQUIRE(form);
  CHECK(form->status == 200);
  CHECK(form->get_header_value("Strict-Transport-Security") == "max-age=63072000");
  CHECK(form->get_header_value("Content-Security-Policy").find("frame-ancestors 'none'") != std::string::npos);

  auto sent = nginx.Client()->Post("/melding", kReport + "&bron=bieb-centrum", "application/x-www-form-urlencoded");
  REQUIRE(sent);
  CHECK(sent->status == 303);
  REQUIRE(WaitUntil([&] { return receiver.posts().size() == 1; }));
  CHECK(json::parse(receiver.posts()[0].body)["campaign"] == "bieb-centrum");

  // The client's own X-Forwarded-For is dropped: a visitor cannot pose as many to dodge the limit.
  auto second = nginx.Client()->Post("/melding", {{"X-Forwarded-For", "192.0.2.1"}}, kReport, "application/x-www-form-urlencoded");
  auto third = nginx.Client()->Post("/melding", {{"X-Forwarded-For", "192.0.2.2"}}, kReport, "application/x-www-form-urlencoded");
  REQUIRE(second);
  REQUIRE(third);
  CHECK(second->status == 303);
  CHECK(third->status == 429);

  // nginx refuses a large body itself, before the intake spends anything on it.
  auto big = nginx.Client()->Post("/melding", kReport + "&toelichting=" + std::string(20000, 'a'), "application/x-www-form-urlencoded");
  REQUIRE(big);
  CHECK(big->status == 413);
  CHECK(intake.Get("/health").status == 200);
  CHECK(nginx.error_log().find("127.0.0.1") == std::string::npos);
  // /health answers this machine through nginx too.
  auto health = nginx.Client()->Get("/health");
  REQUIRE(health);
  CHECK(health->status == 200);
}

TEST_CASE("The example nginx site keeps /health from visitors elsewhere", "[intake][nginx]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), "modus = \"publiek\"\n");
  intake.Start();
  // The test can only connect from 127.0.0.1; without that address's allow line, nginx treats it
  // as it treats every other visitor.
  Nginx nginx(intake.port(), [](std::string site) { return ReplaceOnce(site, "        allow 127.0.0.1;\n", ""); });
  REQUIRE(nginx.Test().exit_code == 0);
  nginx.Start();
  auto health = nginx.Client()->Get("/health");
  REQUIRE(health);
  CHECK(health->status == 403);
  CHECK(health->body.find("queued") == std::string::npos);
  auto form = nginx.Client()->Get("/melden");
  REQUIRE(form);
  CHECK(form->status == 200);
}

}  // namespace
}  // namespace nietpluis::kiosk
