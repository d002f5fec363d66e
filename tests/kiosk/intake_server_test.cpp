// End-to-end tests for kiosk/intake_server: the running kiosk, a browser's posts, real receivers on loopback.
#include "intake_server.h"

#include <catch2/catch.hpp>
#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <regex>
#include <set>

#include "config/site_config.h"
#include "intake/signature.h"
#include "kiosk/kiosk_fixture.h"
#include "test_support.h"

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;
using nlohmann::json;

std::string Unescape(std::string text) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, plain] : entities) {
    for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1)) {
      text.replace(at, std::strlen(entity), plain);
    }
  }
  return text;
}

// The body a browser posts for `html`'s form: its hidden fields plus `typed`, then the button `action`.
std::string NextPost(const std::string& html, const std::string& typed, const std::string& action = "verder") {
  std::string body = typed;
  static const std::regex hidden("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), hidden); it != std::sregex_iterator(); ++it) {
    body += (body.empty() ? "" : "&") + (*it)[1].str() + "=" + FormEncode(Unescape((*it)[2].str()));
  }
  if (!action.empty()) body += "&actie=" + action;
  return body;
}

bool Has(const std::string& html, const std::string& part) {
  INFO("looking for: " << part);
  return html.find(part) != std::string::npos;
}

// Every byte of the data folder's files, to prove what is no longer in any of them.
std::string DataBytes(const KioskProcess& kiosk) {
  std::string bytes;
  for (const auto& entry : std::filesystem::directory_iterator(kiosk.data_dir())) bytes += ReadText(entry.path());
  return bytes;
}

const std::string kReport =
    "postcode=1012+ab&huisnummer=12&toevoeging=b&zorg=huis&zorg=gezegd&"
    "toelichting=De+post+ligt+al+een+week+op+de+mat.&contact=anoniem";

TEST_CASE("A posted report is stored before the thank-you and reaches the organisation of its postcode", "[intake]") {
  HttpsReceiver north;
  SmtpReceiver south(SmtpReceiver::Tls::kImplicit);
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1049\"]", north) +
                     EmailOrganisation("zuid", "[\"1050-1099\"]", south));
  kiosk.Start();

  KioskProcess::Response response = kiosk.Post("/melding", kReport + "&bron=huisarts-centrum");
  CHECK(response.status == 303);
  CHECK(response.location == "bedankt");
  REQUIRE(WaitUntil([&] { return north.posts().size() == 1; }));
  json report = json::parse(north.posts()[0].body);
  CHECK(report["schema"] == "nietpluis.melding/2");
  CHECK(report["source"] == "proef-zuil");
  CHECK(report["location"] == "Buurthuis Proef");
  CHECK(report["campaign"] == "huisarts-centrum");
  CHECK(report["organisation"] == "noord");
  CHECK(report["address"] == json{{"postcode", "1012 AB"}, {"house_number", 12}, {"addition", "B"}, {"street", ""},
                                  {"place", ""}, {"found_in_register", nullptr}});  // this kiosk has no register
  CHECK(report["reasons"] == json{"huis", "gezegd"});
  CHECK(report["text"] == "De post ligt al een week op de mat.");
  CHECK(report["contact"] == json{{"wanted", false}});
  CHECK(north.posts()[0].idempotency_key == report["id"]);
  CHECK(north.posts()[0].signature == "sha256=" + HmacSha256Hex(KioskProcess::Secret(), north.posts()[0].body));

  CHECK(kiosk.Post("/melding", "postcode=1055zz&huisnummer=3&zorg=anders&contact=terugbellen&naam=Anna&"
                               "telefoon=0612345678")
            .status == 303);
  REQUIRE(WaitUntil([&] { return south.messages().size() == 1; }));
  const std::string mail = south.messages()[0];
  CHECK(Has(mail, "To: <meldpunt@zuid.nl>"));
  CHECK(Has(mail, "Postcode en huisnummer: 1055 ZZ 3"));
  CHECK(Has(mail, "Naam: Anna"));
  CHECK(north.posts().size() == 1);

  REQUIRE(WaitUntil([&] { return kiosk.Health()["delivered_total"] == 2; }));
  CHECK(kiosk.Health()["queued"] == 0);
  KioskProcess::Response thanks = kiosk.Get("/bedankt");
  CHECK(thanks.status == 200);
  CHECK(Has(thanks.body, "Dank u wel. Uw melding is verstuurd."));
}

TEST_CASE("The step screens carry the answers from the first question to the stored report", "[intake]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();

  KioskProcess::Response start = kiosk.Get("/?bron=buurthuis-de-kroon");
  CHECK(Has(start.body, "href=\"melden?bron=buurthuis-de-kroon\""));
  KioskProcess::Response screen = kiosk.Get("/melden?bron=buurthuis-de-kroon");
  CHECK(screen.status == 200);
  CHECK(Has(screen.body, "<h1>Waar woont de persoon?</h1>"));
  CHECK(Has(screen.body, "data-terug-na=\"90\""));  // the default idle reset

  screen = kiosk.Post("/melden", NextPost(screen.body, "postcode=1011aa&huisnummer=4&toevoeging="));
  CHECK(screen.status == 200);
  CHECK(Has(screen.body, "<legend><h1>Waar maakt u zich zorgen over?</h1></legend>"));
  screen = kiosk.Post("/melden", NextPost(screen.body, "zorg=gedrag&toelichting=Ze+loopt+%27s+nachts+buiten+%3Cb%3E"));
  CHECK(Has(screen.body, "<legend><h1>Wilt u uw naam geven?</h1></legend>"));
  screen = kiosk.Post("/melden", NextPost(screen.body, "contact=terugbellen&naam=Piet&telefoon=&email=piet%40voorbeeld.nl"));
  CHECK(Has(screen.body, "<h1>Klopt alles?</h1>"));
  CHECK(Has(screen.body, "<dd>1011 AA 4</dd>"));
  CHECK(Has(screen.body, "Ze loopt &apos;s nachts buiten &lt;b&gt;"));
  KioskProcess::Response sent = kiosk.Post("/melding", NextPost(screen.body, "", ""));
  CHECK(sent.status == 303);

  REQUIRE(WaitUntil([&] { return receiver.posts().size() == 1; }));
  json report = json::parse(receiver.posts()[0].body);
  CHECK(report["address"]["postcode"] == "1011 AA");
  CHECK(report["reasons"] == json{"gedrag"});
  CHECK(report["text"] == "Ze loopt 's nachts buiten <b>");
  CHECK(report["contact"] == json{{"wanted", true}, {"name", "Piet"}, {"phone", ""}, {"email", "piet@voorbeeld.nl"}});
  CHECK(report["campaign"] == "buurthuis-de-kroon");
}

TEST_CASE("Invalid input gets 422, the messages, the answers back, and nothing is stored", "[intake]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  struct Case {
    std::string body;
    std::string field;
    std::string message;
  };
  const Case cases[] = {
      {"postcode=0123ab&huisnummer=1&zorg=huis&contact=anoniem", "postcode", "Vul een postcode in zoals 1234 AB."},
      {"postcode=1012ss&huisnummer=1&zorg=huis&contact=anoniem", "postcode", "Vul een postcode in zoals 1234 AB."},
      {"postcode=1012ab&huisnummer=0&zorg=huis&contact=anoniem", "huisnummer",
       "Vul het huisnummer in met cijfers, zoals 12 of 12a."},
      {"postcode=1012ab&huisnummer=1&toevoeging=%23&zorg=huis&contact=anoniem", "toevoeging",
       "Vul bij toevoeging alleen letters en cijfers in, zoals A of 3 hoog."},
      {"postcode=1012ab&huisnummer=1&contact=anoniem", "zorg", "Kies minstens één ding waar u zich zorgen over maakt."},
      {"postcode=1012ab&huisnummer=1&zorg=brand&contact=anoniem", "zorg", "Kies uit de vier keuzes op dit scherm."},
      {"postcode=1012ab&huisnummer=1&zorg=huis&contact=anoniem&toelichting=" + std::string(1001, 'a'), "toelichting",
       "Uw tekst is te lang. Gebruik hoogstens 1000 tekens. Nu zijn het er 1001."},
      {"postcode=1012ab&huisnummer=1&zorg=huis", "contact", "Kies of u uw naam wilt geven."},
      {"postcode=1012ab&huisnummer=1&zorg=huis&contact=terugbellen&naam=An", "telefoon",
       "Vul uw telefoonnummer of uw e-mailadres in. Dan kunnen we u bereiken."},
      {"postcode=1012ab&huisnummer=1&zorg=huis&contact=terugbellen&naam=An&telefoon=12", "telefoon",
       "Vul een telefoonnummer in zoals 06 12345678."},
      {"postcode=1012ab&huisnummer=1&zorg=huis&contact=terugbellen&naam=An&email=an%40", "email",
       "Vul een e-mailadres in zoals naam@voorbeeld.nl."},
      {"postcode=1012ab&huisnummer=1&zorg=huis&contact=terugbellen&naam=An%0D%0ABcc%3A+x%40y.nl&email=an%40b.nl", "naam",
       "Vul alleen uw naam in, zonder andere tekst."},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    KioskProcess::Response response = kiosk.Post("/melding", c.body);
    CHECK(response.status == 422);
    CHECK(Has(response.body, "<li><a href=\"#" + c.field + "\">" + c.message + "</a></li>"));
    CHECK(Has(response.body, "id=\"" + c.field + "-fout\""));
    CHECK(Has(response.body, "<title>Fout: "));
  }
  // The answers come back in the form.
  KioskProcess::Response kept = kiosk.Post("/melding", cases[2].body + "&toelichting=bewaard");
  CHECK(Has(kept.body, "value=\"1012ab\""));
  CHECK(Has(kept.body, ">bewaard</textarea>"));
  CHECK(kiosk.Health()["queued"] == 0);
  CHECK(kiosk.Health()["delivered_total"] == 0);
  CHECK(receiver.posts().empty());
}

TEST_CASE("A postcode outside every area gets a screen with what to do instead, and is not stored", "[intake]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  KioskProcess::Response response = kiosk.Post("/melding", "postcode=9999zz&huisnummer=1&zorg=huis&contact=anoniem");
  CHECK(response.status == 422);
  CHECK(Has(response.body, "<h1>Deze postcode ligt buiten ons gebied</h1>"));
  CHECK(Has(response.body, "over postcode 9999 ZZ niet doorgeven"));
  CHECK(Has(response.body, "Meldpunt Zorgwekkend Gedrag: <span class=\"nummer\">0800-1205</span>"));
  CHECK(Has(response.body, "14 0999"));
  CHECK(kiosk.Health()["queued"] == 0);
  CHECK(receiver.posts().empty());
}

TEST_CASE("Reports wait while the receiver is away and arrive, in order, when it is back", "[intake]") {
  HttpsReceiver receiver;
  receiver.Stop();
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  std::vector<std::string> texts;
  for (int i = 0; i < 5; ++i) {
    texts.push_back("melding-nummer-" + std::to_string(i));
    REQUIRE(kiosk.Post("/melding", "postcode=1012ab&huisnummer=1&zorg=huis&contact=anoniem&toelichting=" + texts.back())
                .status == 303);
  }
  REQUIRE(WaitUntil([&] { return kiosk.Health()["retrying"] == 1; }));
  json health = kiosk.Health();
  CHECK(health["queued"] == 5);
  CHECK(health["errors"]["noord"].get<std::string>().find("Couldn't connect to server") != std::string::npos);
  CHECK(health["errors"]["noord"].get<std::string>().find("1012") == std::string::npos);
  // Retries keep going (the test caps the backoff at 2 s).
  REQUIRE(WaitUntil([&] { return kiosk.log().find("nieuwe poging over") != kiosk.log().rfind("nieuwe poging over"); }));

  receiver.Start();
  REQUIRE(WaitUntil([&] { return receiver.posts().size() == 5; }));
  for (std::size_t i = 0; i < 5; ++i) CHECK(json::parse(receiver.posts()[i].body)["text"] == texts[i]);
  REQUIRE(WaitUntil([&] { return kiosk.Health()["queued"] == 0; }));
}

TEST_CASE("A hanging receiver holds back only its own organisation, and SIGTERM does not wait for it", "[intake]") {
  HttpsReceiver slow, north;
  slow.Delay(std::chrono::seconds(60));  // longer than the kiosk's time-out of 5 s
  KioskProcess kiosk(HttpsOrganisation("traag", "[\"1050-1099\"]", slow) + HttpsOrganisation("noord", "[\"1000-1049\"]", north));
  kiosk.Start();
  REQUIRE(kiosk.Post("/melding", "postcode=1055zz&huisnummer=3&zorg=huis&contact=anoniem").status == 303);
  REQUIRE(WaitUntil([&] { return slow.posts().size() == 1; }));  // and no answer comes

  const auto posted = std::chrono::steady_clock::now();
  REQUIRE(kiosk.Post("/melding", kReport).status == 303);
  REQUIRE(WaitUntil([&] { return north.posts().size() == 1; }, std::chrono::seconds(20)));
  const double delay = std::chrono::duration<double>(std::chrono::steady_clock::now() - posted).count();
  std::printf("intake: a report for noord reached its receiver %.3f s after the post, while traag hung\n", delay);
  CHECK(delay < 1.0);

  const auto stopping = std::chrono::steady_clock::now();
  CHECK(kiosk.Stop() == 0);
  const double stop = std::chrono::duration<double>(std::chrono::steady_clock::now() - stopping).count();
  std::printf("intake: SIGTERM stopped the kiosk in %.3f s with a delivery hanging\n", stop);
  CHECK(stop < 2.0);
}

TEST_CASE("After delivery no postcode or text of the report is left in the data folder or the log", "[intake]") {
  HttpsReceiver receiver;
  receiver.Stop();
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  REQUIRE(kiosk.Post("/melding", "postcode=1077xq&huisnummer=731&zorg=gedrag&contact=terugbellen&naam=Zwanetta+Oosterhout&"
                                 "telefoon=0687654321&toelichting=Vreemd-geluid-uit-de-kelder")
              .status == 303);
  REQUIRE(WaitUntil([&] { return kiosk.Health()["retrying"] == 1; }));
  CHECK(Has(DataBytes(kiosk), "Vreemd-geluid-uit-de-kelder"));  // stored while waiting, as it must be
  receiver.Start();
  REQUIRE(WaitUntil([&] { return kiosk.Health()["delivered_total"] == 1; }));
  const std::string bytes = DataBytes(kiosk), log = kiosk.log();
  for (const char* secret : {"1077 XQ", "1077XQ", "Vreemd-geluid-uit-de-kelder", "Zwanetta", "0687654321"}) {
    INFO(secret);
    CHECK(bytes.find(secret) == std::string::npos);
    CHECK(log.find(secret) == std::string::npos);
  }
}

TEST_CASE("A permanent refusal is kept, shown in health and status, and can be sent again", "[intake]") {
  HttpsReceiver receiver;
  receiver.Answer(422);
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  REQUIRE(kiosk.Post("/melding", kReport).status == 303);
  REQUIRE(WaitUntil([&] { return kiosk.Health()["failed"] == 1; }));
  json health = kiosk.Health();
  const std::string id = health["failed_ids"][0];
  CHECK(health["queued"] == 0);
  CHECK(health["errors"] == json{{"noord", id + ": HTTP 422"}});
  CHECK(Has(kiosk.log(), "melding " + id + " geweigerd: HTTP 422"));
  // Staff see a small symbol on the start screen; residents read no words about it.
  const std::string start = kiosk.Get("/").body;
  CHECK(Has(start, "<span class=\"aandacht\" aria-hidden=\"true\"></span>"));
  CHECK_FALSE(Has(start, "beheerder"));
  CHECK_FALSE(Has(start, "nietpluis-kiosk"));

  CommandResult status = Run(Quote(KioskBinary()) + " status --config " + Quote(kiosk.config().string()));
  CHECK(status.exit_code == 0);
  CHECK(Has(status.out, "Geweigerd: 1 melding, apart bewaard (nietpluis-kiosk opnieuw zet ze terug in de rij):\n  " + id +
                            " door Welzijn noord (noord) op "));
  CHECK(Has(status.out, ": HTTP 422\n"));

  receiver.Answer(201);
  CommandResult again = Run(Quote(KioskBinary()) + " opnieuw --config " + Quote(kiosk.config().string()) + " " + id);
  CHECK(again.exit_code == 0);
  CHECK(again.out == "1 melding staat weer in de rij.\n");
  REQUIRE(WaitUntil([&] { return kiosk.Health()["delivered_total"] == 1; }, std::chrono::seconds(20)));
  CHECK(kiosk.Health()["failed"] == 0);
  CHECK(receiver.posts().size() == 2);
  CHECK(receiver.posts()[1].idempotency_key == id);
}

TEST_CASE("Reports accepted before a SIGKILL are all delivered after the restart, each once", "[intake]") {
  HttpsReceiver receiver;
  receiver.Stop();
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  for (int i = 0; i < 20; ++i) {
    REQUIRE(kiosk.Post("/melding", "postcode=1012ab&huisnummer=1&zorg=huis&contact=anoniem&toelichting=nummer-" +
                                       std::to_string(i))
                .status == 303);
  }
  kiosk.Kill();
  receiver.Start();
  kiosk.Start();
  REQUIRE(WaitUntil([&] { return receiver.posts().size() >= 20 && kiosk.Health()["queued"] == 0; }));
  std::set<std::string> ids, texts;
  for (const HttpsReceiver::Post& post : receiver.posts()) {
    ids.insert(post.idempotency_key);
    texts.insert(json::parse(post.body)["text"].get<std::string>());
  }
  CHECK(receiver.posts().size() == 20);
  CHECK(ids.size() == 20);
  CHECK(texts.size() == 20);
}

TEST_CASE("Every screen has security headers and is never cached; assets come from memory only", "[intake]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  httplib::Client client("127.0.0.1", kiosk.port());
  for (const char* path : {"/", "/melden", "/bedankt", "/bestaat-niet", "/health"}) {
    INFO(path);
    auto response = client.Get(path);
    REQUIRE(response);
    CHECK(response->get_header_value("Cache-Control") == "no-store");
    CHECK(response->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK(response->get_header_value("Referrer-Policy") == "no-referrer");
    CHECK(Has(response->get_header_value("Content-Security-Policy"), "default-src 'self'"));
    CHECK(Has(response->get_header_value("Content-Security-Policy"), "frame-ancestors 'none'"));
    CHECK(response->get_header_value("Set-Cookie").empty());
  }
  auto missing = client.Get("/bestaat-niet");
  CHECK(missing->status == 404);
  CHECK(Has(missing->body, "<h1>Deze pagina bestaat niet</h1>"));

  for (const char* asset : {"/assets/style.css", "/assets/tokens.css", "/assets/kiosk.js", "/assets/logo.svg",
                            "/assets/fonts/atkinson-hyperlegible-latin-400-normal.woff2"}) {
    INFO(asset);
    auto response = client.Get(asset);
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK_FALSE(response->body.empty());
  }
  CHECK(Has(client.Get("/assets/tokens.css")->body, "--kleur-primair: #0b4a6f;"));
  for (const char* path : {"/assets/../kiosk.toml", "/assets/%2e%2e/kiosk.toml", "/assets/..%2fkiosk.toml",
                           "/assets/fonts/../../geheim/sleutel", "/assets//etc/passwd", "/../kiosk.toml"}) {
    INFO(path);
    auto response = client.Get(path);
    REQUIRE(response);
    CHECK(response->status == 404);
    CHECK_FALSE(Has(response->body, KioskProcess::Secret()));
    CHECK_FALSE(Has(response->body, "[kiosk]"));
  }
}

TEST_CASE("A body over the limit and a broken post get a screen, and the kiosk keeps serving", "[intake]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  kiosk.Start();
  KioskProcess::Response big = kiosk.Post("/melding", kReport + "&toelichting=" + std::string(20000, 'a'));
  CHECK(big.status == 413);
  CHECK(Has(big.body, "<h1>Er ging iets mis</h1>"));
  KioskProcess::Response broken = kiosk.Post("/melding", "postcode=%zz");
  CHECK(broken.status == 400);
  CHECK(Has(broken.body, "Er is niets bewaard. Begin opnieuw."));
  KioskProcess::Response twice = kiosk.Post("/melding", kReport + "&postcode=1011aa");
  CHECK(twice.status == 400);
  CHECK(kiosk.Health()["queued"] == 0);
  CHECK(kiosk.Get("/").status == 200);
}


// The kiosk serves templates/assets from memory, read by the build's rule for links.
TEST_CASE("The kiosk's assets follow links inside the templates and refuse links out of them", "[intake][link]") {
  TempDir dir;
  TempDir outside;
  WriteText(outside / "geheim.css", "geheim");
  WriteMinimalContent(dir / "content");
  Diagnostics diagnostics;
  KioskConfig config;
  config.content_dir = dir / "content";
  config.site = LoadSiteConfig(config.content_dir, &diagnostics);
  REQUIRE_FALSE(diagnostics.HasErrors());
  std::filesystem::copy(TemplatesDir(), dir / "templates", std::filesystem::copy_options::recursive);
  std::filesystem::create_symlink("style.css", dir / "templates/assets/kopie.css");
  Result<AssetMap> assets = LoadAssets(config, dir / "templates");
  REQUIRE(assets.ok());
  CHECK(assets.value().at("kopie.css").body == ReadText(dir / "templates/assets/style.css"));

  std::filesystem::create_symlink(outside / "geheim.css", dir / "templates/assets/x.css");
  assets = LoadAssets(config, dir / "templates");
  REQUIRE_FALSE(assets.ok());
  CHECK(assets.error().ToString() == (dir / "templates/assets/x.css").string() +
                                         ": verwijst naar een bestand buiten de map templates; zet het bestand "
                                         "zelf in de map templates in plaats van een link ernaar");
}

}  // namespace
}  // namespace nietpluis::kiosk
