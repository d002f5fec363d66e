// Hostile requests to the running kiosk (issue 8): each gets a clear answer, stores nothing it should
// not, leaks nothing, and the kiosk keeps serving. Hostile text that is a valid report is stored as
// text and comes out escaped on the screens and intact as data in the JSON and the e-mail.
#include <catch2/catch.hpp>
#include <httplib.h>

#include <regex>

#include "kiosk/kiosk_fixture.h"

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;
using nlohmann::json;

const std::string kValid = "postcode=1012ab&huisnummer=3&zorg=huis&contact=anoniem";
const std::string kScript = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'&";

struct HostilePost {
  std::string what;
  std::string body;
  int status;
  std::string shows;  // a part of the answer the resident reads
};

std::vector<HostilePost> HostilePosts() {
  std::vector<HostilePost> posts = {
      {"script in the postcode", "postcode=" + FormEncode(kScript) + "&huisnummer=3&zorg=huis&contact=anoniem", 422,
       "Vul een postcode in zoals 1234 AB."},
      {"script in the house number", "postcode=1012ab&huisnummer=" + FormEncode(kScript) + "&zorg=huis&contact=anoniem", 422,
       "Vul het huisnummer in met cijfers, zoals 12 of 12a."},
      {"script in the addition", kValid + "&toevoeging=" + FormEncode(kScript), 422,
       "Vul bij toevoeging alleen letters en cijfers in, zoals A of 3 hoog."},
      {"a contact choice twice", kValid + "&contact=x", 400, "Er is niets bewaard. Begin opnieuw."},
      {"script in the phone", "postcode=1012ab&huisnummer=3&zorg=huis&contact=terugbellen&naam=An&telefoon=" + FormEncode(kScript),
       422, "Vul een telefoonnummer in zoals 06 12345678."},
      {"script in the e-mail", "postcode=1012ab&huisnummer=3&zorg=huis&contact=terugbellen&naam=An&email=" + FormEncode(kScript),
       422, "Vul een e-mailadres in zoals naam@voorbeeld.nl."},
      {"CR/LF in the name", "postcode=1012ab&huisnummer=3&zorg=huis&contact=terugbellen&email=a%40b.nl&naam=An%0D%0ABcc%3A+x%40y.nl",
       422, "Vul alleen uw naam in, zonder andere tekst."},
      {"CR/LF in the e-mail", "postcode=1012ab&huisnummer=3&zorg=huis&contact=terugbellen&naam=An&email=a%40b.nl%0D%0ABcc%3A+x%40y.nl",
       422, "Vul een e-mailadres in zoals naam@voorbeeld.nl."},
      {"CR/LF in the phone", "postcode=1012ab&huisnummer=3&zorg=huis&contact=terugbellen&naam=An&telefoon=0612%0D%0A345678",
       422, "Vul een telefoonnummer in zoals 06 12345678."},
      {"invalid UTF-8", kValid + "&toelichting=%C3%28", 400, "Er is niets bewaard. Begin opnieuw."},
      {"an overlong UTF-8 slash", kValid + "&toelichting=%C0%AF", 400, "Er is niets bewaard. Begin opnieuw."},
      {"a NUL byte", kValid + "&toelichting=a%00b", 400, "Er is niets bewaard. Begin opnieuw."},
      {"a broken escape", kValid + "&toelichting=%G1", 400, "Er is niets bewaard. Begin opnieuw."},
      {"an overlong text", kValid + "&toelichting=" + std::string(1001, 'x'), 422, "Uw tekst is te lang."},
      {"an overlong name", "postcode=1012ab&huisnummer=3&zorg=huis&contact=terugbellen&email=a%40b.nl&naam=" + std::string(101, 'n'),
       422, "Vul alleen uw naam in, zonder andere tekst."},
      {"an overlong postcode", "postcode=" + std::string(400, '1') + "&huisnummer=3&zorg=huis&contact=anoniem", 422,
       "Vul een postcode in zoals 1234 AB."},
      {"an overlong house number", "postcode=1012ab&huisnummer=" + std::string(60, '9') + "&zorg=huis&contact=anoniem", 422,
       "Vul het huisnummer in met cijfers"},
      {"a field twice", kValid + "&postcode=1011aa", 400, "Er is niets bewaard. Begin opnieuw."},
      {"a reason twice", kValid + "&zorg=huis", 400, "Er is niets bewaard. Begin opnieuw."},
      {"an unknown reason", "postcode=1012ab&huisnummer=3&zorg=brand&contact=anoniem", 422, "Kies uit de vier keuzes op dit scherm."},
      {"a reason with script", "postcode=1012ab&huisnummer=3&zorg=" + FormEncode(kScript) + "&contact=anoniem", 422,
       "Kies uit de vier keuzes op dit scherm."},
      {"an unknown contact choice", "postcode=1012ab&huisnummer=3&zorg=huis&contact=" + FormEncode(kScript), 422,
       "Kies of u uw naam wilt geven."},
      {"an empty body", "", 422, "Vul een postcode in zoals 1234 AB."},
      {"only ampersands", std::string(2000, '&'), 422, "Vul een postcode in zoals 1234 AB."},
  };
  std::string many;
  for (int i = 0; i < 3000; ++i) many += "a=1&";
  posts.push_back({"thousands of fields", many, 400, "Er is niets bewaard. Begin opnieuw."});
  std::string many_small;
  for (int i = 0; i < 65; ++i) many_small += "z=" + std::to_string(i) + "&";
  posts.push_back({"65 fields", many_small, 400, "Er is niets bewaard. Begin opnieuw."});
  posts.push_back({"a body over 16 KiB", kValid + "&toelichting=" + std::string(17000, 'x'), 413, "Er ging iets mis"});
  return posts;
}

// Raw requests no browser sends. Each gets an answer below 500 or a closed connection, never a crash;
// those marked `refused` must get an error. (A header line without a colon, or odd bytes in a header
// value, httplib passes over; the request itself is then harmless.)
struct RawRequest {
  std::string what;
  std::string bytes;
  bool refused = true;
};

std::vector<RawRequest> RawRequests() {
  return {
      {"a garbage request line", "HELLO THERE\r\n\r\n"},
      {"no HTTP version", "GET /\r\n\r\n"},
      {"a request line of 20 KiB", "GET /" + std::string(20000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n"},
      {"a header of 20 KiB", "GET / HTTP/1.1\r\nHost: x\r\nX-Groot: " + std::string(20000, 'b') + "\r\n\r\n"},
      {"ten thousand headers", [] {
         std::string request = "GET / HTTP/1.1\r\nHost: x\r\n";
         for (int i = 0; i < 10000; ++i) request += "X-" + std::to_string(i) + ": y\r\n";
         return request + "\r\n";
       }()},
      {"a header without a colon", "GET / HTTP/1.1\r\nHost x\r\nGeenDubbelePunt\r\n\r\n", false},
      {"a negative Content-Length", "POST /melding HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                    "Content-Length: -5\r\n\r\npostcode=1"},
      {"a huge Content-Length", "POST /melding HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                "Content-Length: 99999999999999999999\r\n\r\npostcode=1"},
      {"a Content-Length longer than the body", "POST /melding HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                                "application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\npostcode=1"},
      {"a chunked body over the limit", [] {
         std::string request = "POST /melding HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n";
         for (int i = 0; i < 40; ++i) request += "400\r\n" + std::string(1024, 'x') + "\r\n";
         return request + "0\r\n\r\n";
       }()},
      {"a broken chunk size", "POST /melding HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n"},
      {"NUL bytes in the request line", std::string("GET /\0\0 HTTP/1.1\r\nHost: x\r\n\r\n", 30)},
      {"a control character in a header", "GET / HTTP/1.1\r\nHost: x\r\nX-Test: a\x01\x02\x7f\r\n\r\n", false},
  };
}

TEST_CASE("Hostile posts get a clear answer and store nothing; hostile text in a valid report stays text", "[hardening][hostile]") {
  HttpsReceiver receiver;
  SmtpReceiver mail(SmtpReceiver::Tls::kImplicit);
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1049\"]", receiver) + EmailOrganisation("zuid", "[\"1050-1099\"]", mail));
  kiosk.Start();
  int tried = 0;

  for (const HostilePost& post : HostilePosts()) {
    INFO(post.what);
    ++tried;
    KioskProcess::Response response = kiosk.Post("/melding", post.body);
    CHECK(response.status == post.status);
    CHECK(response.body.find(post.shows) != std::string::npos);
    CHECK(response.body.find("<script>alert") == std::string::npos);
    CHECK(response.body.find("<img src=x") == std::string::npos);
    CHECK(kiosk.Health()["queued"] == 0);
    CHECK(kiosk.Get("/").status == 200);
  }
  // The same through the step screens.
  for (const HostilePost& post : HostilePosts()) {
    INFO("step: " << post.what);
    ++tried;
    KioskProcess::Response response = kiosk.Post("/melden", post.body + "&stap=adres&actie=verder");
    CHECK(response.body.find("<script>alert") == std::string::npos);
    CHECK(response.status != 500);
  }
  // Not our form's encoding.
  httplib::Client client("127.0.0.1", kiosk.port());
  for (const char* type : {"application/json", "multipart/form-data; boundary=x", "text/plain"}) {
    INFO(type);
    ++tried;
    auto response = client.Post("/melding", kValid, type);
    REQUIRE(response);
    CHECK(response->status == 415);
    CHECK(response->body.find("Er is niets bewaard. Begin opnieuw.") != std::string::npos);
  }
  CHECK(kiosk.Health()["queued"] == 0);
  CHECK(receiver.posts().empty());

  // Script in the free text and the name of a valid report: stored, escaped on the check screen,
  // intact as data in the JSON and the e-mail.
  const std::string text = "Hij schreef " + kScript + " op de deur.\nTweede regel.";
  const std::string named = "postcode=1012ab&huisnummer=3&zorg=huis&contact=terugbellen&email=a%40b.nl&naam=" + FormEncode(kScript) +
                            "&toelichting=" + FormEncode(text);
  KioskProcess::Response check = kiosk.Post("/melden", named + "&stap=contact&actie=verder");
  CHECK(check.status == 200);
  CHECK(check.body.find("<h1>Klopt alles?</h1>") != std::string::npos);
  CHECK(check.body.find("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;") != std::string::npos);
  CHECK(check.body.find("<script>alert") == std::string::npos);
  CHECK(check.body.find("<img src=x") == std::string::npos);
  ++tried;
  REQUIRE(kiosk.Post("/melding", named).status == 303);
  REQUIRE(kiosk.Post("/melding", "postcode=1066xx&huisnummer=3&zorg=huis&contact=anoniem&toelichting=" + FormEncode(text)).status == 303);
  REQUIRE(WaitUntil([&] { return receiver.posts().size() == 1 && mail.messages().size() == 1; }));
  CHECK(json::parse(receiver.posts()[0].body)["text"] == text);
  CHECK(json::parse(receiver.posts()[0].body)["contact"]["name"] == kScript);
  const std::string message = mail.messages()[0];
  const std::string headers = message.substr(0, message.find("\r\n\r\n"));
  CHECK(headers.find("script") == std::string::npos);
  CHECK(std::regex_search(message, std::regex("> Hij schreef <script>alert\\('x'\\)</script>")));  // plain text, as written

  int raw = 0;
  for (const RawRequest& request : RawRequests()) {
    INFO(request.what);
    ++tried;
    ++raw;
    RawClient connection(kiosk.port());
    connection.Send(request.bytes);
    const std::string answer = connection.ReadAll(5);
    if (!answer.empty()) {
      std::smatch status;
      REQUIRE(std::regex_search(answer, status, std::regex("^HTTP/1\\.1 (\\d{3})")));
      if (request.refused) CHECK(std::stoi(status[1]) >= 400);
      CHECK(std::stoi(status[1]) < 500);
    }
    CHECK(kiosk.Get("/").status == 200);
  }
  CHECK(kiosk.Health()["queued"] == 0);
  CHECK(kiosk.Health()["delivered_total"] == 2);
  std::printf("hostile input: %d requests tried (%d raw), the kiosk answered and served after each\n", tried, raw);
}

}  // namespace
}  // namespace nietpluis::kiosk
