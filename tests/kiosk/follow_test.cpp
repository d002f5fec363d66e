// End-to-end tests of the follow-up code (kiosk/follow_desk) over real HTTP on loopback: a report gets a
// code, /volg answers it, the coordinator's link and a receiver's signed post move it forward, a
// kiosk registers its codes with the public intake, and every abuse case is refused with a B1 answer.
#include <catch2/catch.hpp>
#include <httplib.h>

#include <regex>

#include "delivery/follow_store.h"
#include "intake/follow_view.h"
#include "intake/follow_code.h"
#include "intake/follow_signing.h"
#include "intake/report.h"
#include "intake/signature.h"
#include "kiosk/kiosk_fixture.h"
#include "kiosk/seal_certificates.h"

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;
using nlohmann::json;

const std::string kReport = "postcode=1012ab&huisnummer=12&zorg=gedrag&contact=anoniem&toelichting=Volg-proef-tekst";

bool Has(const std::string& html, const std::string& part) {
  INFO("looking for: " << part);
  return html.find(part) != std::string::npos;
}

// site.toml with the public intake's address, which turns the follow-up codes on: the process's
// own, or (for a kiosk) that of the public intake on `port`.
void GiveIntakeUrl(const KioskProcess& kiosk, int port = 0) {
  const std::filesystem::path site = kiosk.dir() / "inhoud/site.toml";
  std::string text = ReadText(site);
  const std::size_t line = text.find('\n', text.find("basis_url = "));
  text.insert(line + 1, "intake_url = \"http://127.0.0.1:" + std::to_string(port == 0 ? kiosk.port() : port) + "/\"\n");
  WriteText(site, text);
}

std::string PublicMode(const std::string& settings = "") { return "modus = \"publiek\"\n\n[publiek]\n" + settings; }

// Posts the report and follows the redirect: the code on the thank-you page, or "".
std::string ReportAndCode(const KioskProcess& kiosk, const std::string& body = kReport) {
  KioskProcess::Response posted = kiosk.Post("/melding", body);
  REQUIRE(posted.status == 303);
  REQUIRE(posted.location.rfind("bedankt?bon=", 0) == 0);
  KioskProcess::Response thanks = kiosk.Get("/" + posted.location);
  REQUIRE(thanks.status == 200);
  std::smatch match;
  if (!std::regex_search(thanks.body, match, std::regex("<p class=\"volgcode-code\">([^<]+)</p>"))) return "";
  return match[1];
}

// The answer's heading on /volg for a typed code.
std::string Look(const KioskProcess& kiosk, const std::string& typed, int* status = nullptr) {
  KioskProcess::Response answer = kiosk.Post("/volg", "code=" + FormEncode(typed));
  if (status) *status = answer.status;
  std::smatch match;
  if (!std::regex_search(answer.body, match, std::regex("<div class=\"volg-antwoord[^\"]*\" id=\"volg-antwoord\" role=\"status\">\\s*<h2>([^<]+)</h2>"))) {
    return "(geen antwoord) " + std::to_string(answer.status);
  }
  return match[1];
}

// The path and query of a URL on the intake ("http://127.0.0.1:1234/status?..." -> "/status?...").
std::string PathOf(const std::string& url) { return url.substr(url.find('/', std::string("http://").size())); }

std::string FollowKey(const KioskProcess& kiosk) {
  std::string key = ReadText(kiosk.data_dir() / "volgsleutel");
  return key.substr(0, key.find('\n'));
}

struct Posted {
  int status = 0;
  std::string body;
};
Posted PostJson(const KioskProcess& kiosk, const std::string& body, const std::string& signature) {
  httplib::Client client("127.0.0.1", kiosk.port());
  auto result = client.Post("/status", {{"X-Nietpluis-Signature", signature}}, body, "application/json");
  if (!result) return {};
  return {result->status, result->body};
}

std::string StatusBody(const std::string& token, const std::string& status, std::int64_t at) {
  return json{{"schema", "nietpluis.status/1"}, {"token", token}, {"status", status}, {"tijd", Rfc3339Utc(at)}}.dump();
}

std::string Signed(const std::string& key, const std::string& body) { return "sha256=" + HmacSha256Hex(key, body); }

std::int64_t Now() { return static_cast<std::int64_t>(std::time(nullptr)); }

// The meldpunt's shared follow-up key in a file outside both processes' folders, and the part of
// kiosk.toml that names it.
struct SharedKey {
  TempDir dir;
  std::filesystem::path file = dir.path() / "volgsleutel";
  SharedKey() {
    WriteText(file, "gedeelde-volgsleutel-0123456789abcdef0123456789\n");
    std::filesystem::permissions(file, std::filesystem::perms::owner_read);
  }
  std::string key() const { return "gedeelde-volgsleutel-0123456789abcdef0123456789"; }
  std::string section() const { return "\n[volgen]\nsleutel_bestand = \"" + file.string() + "\"\n"; }
};

// What a kiosk posts to register a code, from `client` (an address the intake trusts the proxy for).
Posted Register(const KioskProcess& intake, const std::string& token, const std::string& client = "",
                const std::string& content_type = "application/x-www-form-urlencoded") {
  httplib::Client http("127.0.0.1", intake.port());
  httplib::Headers headers;
  if (!client.empty()) headers.emplace("X-Forwarded-For", client);
  auto result = http.Post("/volg/ontvangen", headers, "token=" + token, content_type.c_str());
  if (!result) return {};
  return {result->status, result->body};
}

// The answer's heading on /volg for `code` asked from `client`.
std::string LookFrom(const KioskProcess& intake, const std::string& code, const std::string& client) {
  httplib::Client http("127.0.0.1", intake.port());
  auto result = http.Post("/volg", {{"X-Forwarded-For", client}}, "code=" + code, "application/x-www-form-urlencoded");
  if (!result) return "(geen antwoord)";
  std::smatch match;
  if (!std::regex_search(result->body, match, std::regex("<h2>([^<]+)</h2>"))) return "(geen kop)";
  return match[1];
}

bool Logged(const KioskProcess& process, const std::string& word) { return process.log().find(word) != std::string::npos; }

TEST_CASE("A website report gets a code that /volg answers, and the coordinator's link moves it on only by its button", "[volgcode][publiek]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode());
  GiveIntakeUrl(intake);
  intake.Start();
  const std::string code = ReportAndCode(intake);
  REQUIRE(std::regex_match(code, std::regex("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}")));
  KioskProcess::Response thanks = intake.Get("/bedankt");
  CHECK_FALSE(Has(thanks.body, "volgcode-code"));  // without its ticket, no code

  REQUIRE(WaitUntil([&] { return receiver.posts().size() == 1; }));
  const std::string delivered = receiver.posts()[0].body;
  CHECK_FALSE(Has(delivered, code));
  CHECK_FALSE(Has(delivered, code.substr(0, 4) + code.substr(5)));
  const json follow = json::parse(delivered)["volgen"];
  CHECK(follow["status_url"] == "http://127.0.0.1:" + std::to_string(intake.port()) + "/status");
  const std::string token = follow["token"];
  CHECK(follow["geldig_tot"].is_string());

  CHECK(Look(intake, code) == "We hebben uw melding");
  std::string lower = code.substr(0, 4) + " " + code.substr(5);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  CHECK(Look(intake, lower) == "We hebben uw melding");

  // The link opens a page with one button; opening it (as a mail scanner does) changes nothing.
  const std::string link = "/status?token=" + token + "&status=iemand_gaat_langs";
  for (int i = 0; i < 3; ++i) {
    KioskProcess::Response page = intake.Get(link);
    CHECK(page.status == 200);
    CHECK(Has(page.body, "<form method=\"post\" action=\"status\">"));
    CHECK(Has(page.body, "<button class=\"knop knop-groot\">Ik ga langs</button>"));
    CHECK(Has(page.body, "Wilt u dit laten zien op de website: Iemand gaat langs? Druk dan op de knop."));
  }
  CHECK(Look(intake, code) == "We hebben uw melding");

  KioskProcess::Response done = intake.Post("/status", "token=" + token + "&status=iemand_gaat_langs");
  CHECK(done.status == 200);
  CHECK(Has(done.body, "Dank u wel. Op de website staat nu: Iemand gaat langs."));
  CHECK(Look(intake, code) == "Iemand gaat langs");
  KioskProcess::Response answer = intake.Post("/volg", "code=" + code);
  CHECK(Has(answer.body, "<p>Sinds " + DutchDay(LocalDay(Now())) + ".</p>"));

  CHECK(Has(intake.Post("/status", "token=" + token + "&status=iemand_is_langs_geweest").body,
            "Op de website staat nu: Er is iemand langs geweest."));
  // A replayed older link cannot take it back.
  CHECK(Has(intake.Post("/status", "token=" + token + "&status=iemand_gaat_langs").body, "Dit stond er al."));
  CHECK(Look(intake, code) == "Er is iemand langs geweest");

  // Nothing of this in the log: no code, no status, no token.
  const std::string log = intake.log();
  for (const std::string& secret : {code, token.substr(0, 20), std::string("iemand_gaat_langs"), std::string("ontvangen")}) {
    INFO(secret);
    CHECK_FALSE(Has(log, secret));
  }
  // The follow-up files hold no code and nothing of the report (the outbox's own wiping is tested
  // with the outbox; its delivered report may still be on its way out here).
  for (const auto& entry : std::filesystem::directory_iterator(intake.data_dir())) {
    if (entry.path().filename().string().rfind("meldingen.db", 0) == 0) continue;
    const std::string bytes = ReadText(entry.path());
    INFO(entry.path());
    for (const std::string& secret : {code, code.substr(0, 4) + code.substr(5), std::string("Volg-proef-tekst"),
                                      std::string("1012 AB")}) {
      CHECK_FALSE(Has(bytes, secret));
    }
  }
  // A restart keeps the status.
  CHECK(intake.Stop() == 0);
  intake.Start();
  CHECK(Look(intake, code) == "Er is iemand langs geweest");
}

TEST_CASE("A mistyped, unknown or empty code gets a clear answer and no hint about other codes", "[volgcode][publiek]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode());
  GiveIntakeUrl(intake);
  intake.Start();
  const std::string code = ReportAndCode(intake);
  std::string swapped = code;
  std::swap(swapped[1], swapped[2]);
  if (swapped[1] == swapped[2]) std::swap(swapped[5], swapped[6]);
  int status = 0;
  CHECK(Look(intake, swapped, &status) == "Deze code klopt niet");
  CHECK(status == 200);
  KioskProcess::Response typo = intake.Post("/volg", "code=" + swapped);
  CHECK(Has(typo.body, "Er is een teken verkeerd, of twee tekens staan om."));
  CHECK(Has(typo.body, "value=\"" + swapped + "\""));  // back in the field, to correct
  CHECK(Has(typo.body, "aria-invalid=\"true\""));
  CHECK(Look(intake, "K7MQ-4PX0") == "Deze code klopt niet");
  CHECK(Look(intake, "") == "Vul uw code in");
  // A well-formed code that was never made: the same answer as one that was wiped.
  const std::string unknown = *NewFollowCode();
  KioskProcess::Response answer = intake.Post("/volg", "code=" + unknown);
  CHECK(Look(intake, unknown) == "We vinden deze code niet");
  CHECK(Has(answer.body, "Kijk of u de code goed heeft overgenomen."));
  CHECK_FALSE(Has(answer.body, code));
  // The page without a code: the field, by keyboard, with no script needed.
  KioskProcess::Response page = intake.Get("/volg");
  CHECK(page.status == 200);
  CHECK(Has(page.body, "<h1>Hoe gaat het met mijn melding?</h1>"));
  CHECK(Has(page.body, "<form class=\"volg-formulier\" method=\"post\" action=\"volg\" novalidate>"));
  CHECK(Has(page.body, "<label for=\"code\">Uw volgcode</label>"));
  CHECK(Has(page.body, "<footer class=\"voet\">"));
  CHECK_FALSE(Has(page.body, "id=\"volg-antwoord\""));
}

TEST_CASE("Looking up codes is rate limited per address like the form", "[volgcode][publiek]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode("meldingen_per_adres = 3\nvenster_s = 600\n"));
  GiveIntakeUrl(intake);
  intake.Start();
  const std::string code = ReportAndCode(intake);
  for (int i = 0; i < 3; ++i) CHECK(Look(intake, *NewFollowCode()) == "We vinden deze code niet");
  int status = 0;
  // Even the right code waits now: the limit says nothing about which codes exist.
  CHECK(Look(intake, code, &status) == "Wacht even");
  CHECK(status == 429);
  httplib::Client client("127.0.0.1", intake.port());
  auto other = client.Post("/volg", {{"X-Forwarded-For", "203.0.113.9"}}, "code=" + code, "application/x-www-form-urlencoded");
  REQUIRE(other);
  CHECK(Has(other->body, "<h2>We hebben uw melding</h2>"));
}

TEST_CASE("Expired, forged and tampered status links are refused with a B1 answer and change nothing", "[volgcode][publiek]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode());
  GiveIntakeUrl(intake);
  intake.Start();
  const std::string code = ReportAndCode(intake);
  REQUIRE(WaitUntil([&] { return receiver.posts().size() == 1; }));
  const std::string token = json::parse(receiver.posts()[0].body)["volgen"]["token"];
  const std::string key = FollowKey(intake);
  const std::string hash = FollowCodeHash(key, code.substr(0, 4) + code.substr(5));
  REQUIRE(token.rfind(hash, 0) == 0);

  // Signed with the right key, but its time is over.
  const std::string expired = MakeStatusToken(key, {hash, "noord", Now() - 1});
  KioskProcess::Response old = intake.Get("/status?token=" + expired + "&status=iemand_gaat_langs");
  CHECK(old.status == 410);
  CHECK(Has(old.body, "Deze link werkt niet meer. Een link werkt 90 dagen."));
  CHECK_FALSE(Has(old.body, "<button"));
  CHECK(intake.Post("/status", "token=" + expired + "&status=iemand_gaat_langs").status == 410);

  std::string tampered = token;
  tampered[10] = tampered[10] == 'a' ? 'b' : 'a';
  for (const std::string& bad : {tampered, MakeStatusToken(std::string(64, 'x'), {hash, "noord", Now() + 86400}),
                                 token.substr(0, token.size() - 2), std::string("")}) {
    KioskProcess::Response refused = intake.Post("/status", "token=" + bad + "&status=iemand_gaat_langs");
    CHECK(refused.status == 400);
    CHECK(Has(refused.body, "Deze link klopt niet. Misschien mist er een stuk."));
  }
  // "ontvangen" is set by the intake only; an unknown status is no link of ours.
  CHECK(intake.Post("/status", "token=" + token + "&status=ontvangen").status == 400);
  CHECK(intake.Get("/status?token=" + token + "&status=klaar").status == 400);
  CHECK(Look(intake, code) == "We hebben uw melding");
}

TEST_CASE("A receiver's signed status post moves a code on; other keys, old posts and other organisations are refused", "[volgcode][publiek]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1049\"]", receiver) + HttpsOrganisation("zuid", "[\"1050-1099\"]", receiver),
                      PublicMode());
  GiveIntakeUrl(intake);
  intake.Start();
  const std::string code = ReportAndCode(intake);
  REQUIRE(WaitUntil([&] { return receiver.posts().size() == 1; }));
  const std::string token = json::parse(receiver.posts()[0].body)["volgen"]["token"];
  const std::string body = StatusBody(token, "iemand_gaat_langs", Now());

  CHECK(PostJson(intake, body, Signed("een-andere-sleutel", body)).status == 401);
  CHECK(PostJson(intake, body, "").status == 401);
  CHECK(PostJson(intake, body + " ", Signed(KioskProcess::Secret(), body)).status == 401);
  const std::string old = StatusBody(token, "iemand_gaat_langs", Now() - 3600);
  CHECK(PostJson(intake, old, Signed(KioskProcess::Secret(), old)).status == 403);
  CHECK(PostJson(intake, "{}", Signed(KioskProcess::Secret(), "{}")).status == 400);
  CHECK(Look(intake, code) == "We hebben uw melding");

  Posted accepted = PostJson(intake, body, Signed(KioskProcess::Secret(), body));
  CHECK(accepted.status == 200);
  CHECK(accepted.body == R"({"resultaat":"veranderd"})");
  CHECK(Look(intake, code) == "Iemand gaat langs");
  // Sent again (a replay): accepted, nothing changes.
  CHECK(PostJson(intake, body, Signed(KioskProcess::Secret(), body)).body == R"({"resultaat":"stond al zo of verder"})");

  // A token of another organisation's code, even signed with the right key, cannot touch this one.
  const std::string key = FollowKey(intake);
  const std::string hash = token.substr(0, 64);
  const std::string cross = MakeStatusToken(key, {hash, "zuid", Now() + 86400});
  const std::string cross_body = StatusBody(cross, "iemand_is_langs_geweest", Now());
  CHECK(PostJson(intake, cross_body, Signed(KioskProcess::Secret(), cross_body)).status == 409);
  CHECK(Has(intake.Post("/status", "token=" + cross + "&status=iemand_is_langs_geweest").body,
            "Deze link hoort bij een andere organisatie."));
  CHECK(Look(intake, code) == "Iemand gaat langs");
}

TEST_CASE("A kiosk's code, unseen by the intake, becomes known once its organisation posts a signed status", "[volgcode][publiek]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode());
  GiveIntakeUrl(intake);
  intake.Start();
  // What a kiosk with the shared key makes offline: a code and the token in its report.
  const std::string key = FollowKey(intake);
  const std::string code = *NewFollowCode();
  const std::string hash = FollowCodeHash(key, code.substr(0, 4) + code.substr(5));
  const std::string token = MakeStatusToken(key, {hash, "noord", Now() + 86400});
  CHECK(Look(intake, code) == "We vinden deze code niet");
  // Unsigned, nothing is added.
  const std::string body = StatusBody(token, "iemand_gaat_langs", Now());
  CHECK(PostJson(intake, body, Signed("fout", body)).status == 401);
  CHECK(Look(intake, code) == "We vinden deze code niet");
  CHECK(PostJson(intake, body, Signed(KioskProcess::Secret(), body)).status == 200);
  CHECK(Look(intake, code) == "Iemand gaat langs");
}

TEST_CASE("A kiosk with the shared key registers its code, and the public intake answers it at once with the day", "[volgcode][kiosk][registration]") {
  SharedKey shared;
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode() + shared.section());
  GiveIntakeUrl(intake);
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), shared.section());
  GiveIntakeUrl(kiosk, intake.port());
  intake.Start();
  kiosk.Start();
  const std::string code = ReportAndCode(kiosk);
  REQUIRE(std::regex_match(code, std::regex("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}")));
  REQUIRE(WaitUntil([&] { return Logged(kiosk, "NP-FOLLOW-REGISTERED 1 volgcode aangemeld"); }));
  CHECK(Look(intake, code) == "We hebben uw melding");
  CHECK(Has(intake.Post("/volg", "code=" + code).body, "<p>Sinds " + DutchDay(LocalDay(Now())) + ".</p>"));
  // The organisation's link, from the delivered report, still moves it on.
  REQUIRE(WaitUntil([&] { return receiver.posts().size() == 1; }));
  const std::string token = json::parse(receiver.posts()[0].body)["volgen"]["token"];
  CHECK(intake.Post("/status", "token=" + token + "&status=iemand_gaat_langs").status == 200);
  CHECK(Look(intake, code) == "Iemand gaat langs");
  // Neither side logs the code or the token.
  for (const std::string& log : {kiosk.log(), intake.log()}) {
    for (const std::string& secret : {code, code.substr(0, 4) + code.substr(5), token.substr(0, 20)}) {
      INFO(secret);
      CHECK_FALSE(Has(log, secret));
    }
  }
  CHECK(Has(Run(Quote(KioskBinary()) + " controleer --config " + Quote(kiosk.config().string())).out,
            "Volgcodes: aan; elke code wordt aangemeld bij http://127.0.0.1:" + std::to_string(intake.port()) +
                "/volg/ontvangen zodra die te bereiken is."));
}

TEST_CASE("A kiosk keeps its registration while the public intake is down, also over a restart, and registers once it is up", "[volgcode][kiosk][registration]") {
  SharedKey shared;
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode() + shared.section());
  GiveIntakeUrl(intake);
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), shared.section());
  GiveIntakeUrl(kiosk, intake.port());
  kiosk.Start();
  const std::string code = ReportAndCode(kiosk);
  REQUIRE(WaitUntil([&] { return Logged(kiosk, "NP-FOLLOW-REGISTER-RETRY de publieke intake is niet bereikt"); }));
  CHECK(kiosk.Stop() == 0);
  CommandResult status = Run(Quote(KioskBinary()) + " status --config " + Quote(kiosk.config().string()));
  CHECK(status.exit_code == 0);
  CHECK(Has(status.out, "Volgcodes: 1 wacht op aanmelding bij de publieke intake (http://127.0.0.1:" +
                            std::to_string(intake.port()) + "/volg/ontvangen)"));
  kiosk.Start();
  intake.Start();
  REQUIRE(WaitUntil([&] { return Logged(kiosk, "NP-FOLLOW-REGISTERED 1 volgcode aangemeld"); }, std::chrono::seconds(30)));
  CHECK(Look(intake, code) == "We hebben uw melding");
  CHECK_FALSE(Has(Run(Quote(KioskBinary()) + " status --config " + Quote(kiosk.config().string())).out, "Volgcodes:"));
  CHECK_FALSE(Has(kiosk.log(), code));
}

TEST_CASE("A kiosk without the shared key registers nothing, and controleer says why", "[volgcode][kiosk][registration]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode());
  GiveIntakeUrl(intake);
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  GiveIntakeUrl(kiosk, intake.port());
  intake.Start();
  kiosk.Start();
  ReportAndCode(kiosk);
  REQUIRE(WaitUntil([&] { return receiver.posts().size() == 1; }));
  CHECK_FALSE(Logged(kiosk, "NP-FOLLOW-REGISTER"));
  CHECK(Has(Run(Quote(KioskBinary()) + " controleer --config " + Quote(kiosk.config().string())).out,
            "Let op: volgcodes zonder gedeelde sleutel."));
}

TEST_CASE("Forged and expired registrations are refused, store nothing, and count against the rate limit", "[volgcode][publiek][registration]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode("meldingen_per_adres = 5\nvenster_s = 600\n"));
  GiveIntakeUrl(intake);
  intake.Start();
  const std::string key = FollowKey(intake);
  const std::string code = *NewFollowCode();
  const std::string hash = FollowCodeHash(key, code.substr(0, 4) + code.substr(5));
  const std::string token = MakeStatusToken(key, {hash, "noord", Now() + 86400});
  const std::string client = "198.51.100.7";

  Posted forged = Register(intake, MakeStatusToken(std::string(64, 'x'), {hash, "noord", Now() + 86400}), client);
  CHECK(forged.status == 400);
  CHECK(forged.body == R"({"fout":"het token klopt niet"})");
  std::string tampered = token;
  tampered[3] = tampered[3] == 'a' ? 'b' : 'a';
  CHECK(Register(intake, tampered, client).status == 400);
  CHECK(Register(intake, MakeStatusToken(key, {hash, "noord", Now() - 1}), client).status == 410);
  CHECK(Register(intake, token, client, "application/json").status == 400);
  CHECK(LookFrom(intake, code, client) == "We vinden deze code niet");
  // Five refusals and lookups: now even a good token waits.
  Posted held = Register(intake, token, client);
  CHECK(held.status == 429);
  // Another address registers it; nothing of the refused posts was stored.
  Posted accepted = Register(intake, token, "203.0.113.9");
  CHECK(accepted.status == 200);
  CHECK(accepted.body == R"({"resultaat":"ontvangen"})");
  CHECK(LookFrom(intake, code, "203.0.113.9") == "We hebben uw melding");
  CHECK_FALSE(Has(intake.log(), token.substr(0, 20)));
}

TEST_CASE("A replayed registration never moves a code back, also after the organisation's later status", "[volgcode][publiek][registration]") {
  HttpsReceiver receiver;
  KioskProcess intake(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver), PublicMode());
  GiveIntakeUrl(intake);
  intake.Start();
  const std::string key = FollowKey(intake);
  const std::string code = *NewFollowCode();
  const std::string hash = FollowCodeHash(key, code.substr(0, 4) + code.substr(5));
  const std::string token = MakeStatusToken(key, {hash, "noord", Now() + 86400});
  CHECK(Register(intake, token).body == R"({"resultaat":"ontvangen"})");
  CHECK(Register(intake, token).body == R"({"resultaat":"stond er al"})");
  CHECK(intake.Post("/status", "token=" + token + "&status=iemand_gaat_langs").status == 200);
  CHECK(Look(intake, code) == "Iemand gaat langs");
  Posted replay = Register(intake, token);
  CHECK(replay.status == 200);
  CHECK(replay.body == R"({"resultaat":"stond er al"})");
  CHECK(Look(intake, code) == "Iemand gaat langs");
  // A registration that arrives after the organisation's status (a kiosk long offline) changes nothing either.
  const std::string late_code = *NewFollowCode();
  const std::string late = MakeStatusToken(key, {FollowCodeHash(key, late_code.substr(0, 4) + late_code.substr(5)), "noord", Now() + 86400});
  CHECK(intake.Post("/status", "token=" + late + "&status=iemand_is_langs_geweest").status == 200);
  CHECK(Register(intake, late).body == R"({"resultaat":"stond er al"})");
  CHECK(Look(intake, late_code) == "Er is iemand langs geweest");
}

TEST_CASE("The kiosk's thank-you screen shows the code large with a QR code to the status page", "[volgcode][kiosk]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  GiveIntakeUrl(kiosk);
  kiosk.Start();
  KioskProcess::Response posted = kiosk.Post("/melding", kReport);
  REQUIRE(posted.location.rfind("bedankt?bon=", 0) == 0);
  KioskProcess::Response thanks = kiosk.Get("/" + posted.location);
  CHECK(Has(thanks.body, "<h2 id=\"volgcode-titel\">Schrijf deze code op</h2>"));
  CHECK(std::regex_search(thanks.body, std::regex("<p class=\"volgcode-code\">[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}</p>")));
  CHECK(Has(thanks.body, "<img class=\"volgcode-qr\" src=\"assets/volg-qr.svg\""));
  CHECK(Has(thanks.body, "data-terug-na=\"60\""));
  KioskProcess::Response qr = kiosk.Get("/assets/volg-qr.svg");
  CHECK(qr.status == 200);
  CHECK(Has(qr.body, "<title>QR-code naar http://127.0.0.1:" + std::to_string(kiosk.port()) + "/volg</title>"));
  // The kiosk is no public intake: it has no /volg of its own.
  CHECK(kiosk.Get("/volg").status == 404);
  REQUIRE(WaitUntil([&] { return receiver.posts().size() == 1; }));
  CHECK(json::parse(receiver.posts()[0].body)["volgen"]["token"].is_string());
}

TEST_CASE("A sealed report still gets its code, and its sealed e-mail carries the two links", "[volgcode][seal]") {
  SealCertificates certificates;
  SmtpReceiver mail(SmtpReceiver::Tls::kImplicit);
  mail.Start();
  std::string organisation = EmailOrganisation("noord", "[\"1000-1099\"]", mail);
  const std::size_t end = organisation.find('\n', organisation.find("postcodes = ")) + 1;
  organisation.insert(end, "certificaat = \"" + certificates.rsa().cert.string() + "\"\n");
  KioskProcess intake(organisation, PublicMode());
  GiveIntakeUrl(intake);
  intake.Start();
  const std::string code = ReportAndCode(intake);
  CHECK(Look(intake, code) == "We hebben uw melding");
  REQUIRE(WaitUntil([&] { return mail.messages().size() == 1; }));
  CommandResult opened = OpenSealed(mail.messages()[0], "SMIME", certificates.rsa());
  REQUIRE(opened.exit_code == 0);
  // Quoted-printable: soft line breaks joined, "=3D" back to "=".
  std::string text = std::regex_replace(opened.out, std::regex("=\r?\n"), "");
  text = std::regex_replace(text, std::regex("=3D"), "=");
  CHECK(Has(text, "Laat de melder weten hoe het gaat"));
  std::smatch link;
  REQUIRE(std::regex_search(text, link, std::regex("Ik ga langs: (http://\\S+status=iemand_gaat_langs)")));
  CHECK(Has(text, "Er is iemand langs geweest: http://"));
  CHECK_FALSE(Has(text, code));
  CHECK(intake.Get(PathOf(link[1])).status == 200);
  CHECK(Look(intake, code) == "We hebben uw melding");
}

TEST_CASE("The coordinator's e-mail explains the code and carries two links that each open one button", "[volgcode][email]") {
  SmtpReceiver mail(SmtpReceiver::Tls::kImplicit);
  mail.Start();
  KioskProcess intake(EmailOrganisation("noord", "[\"1000-1099\"]", mail), PublicMode());
  GiveIntakeUrl(intake);
  intake.Start();
  const std::string code = ReportAndCode(intake);
  REQUIRE(WaitUntil([&] { return mail.messages().size() == 1; }));
  std::string text = std::regex_replace(mail.messages()[0], std::regex("=\r?\n"), "");
  text = std::regex_replace(text, std::regex("=3D"), "=");
  CHECK(Has(text, "De melder kreeg een volgcode. Met die code ziet de melder op de website hoe het gaat."));
  std::smatch visiting, visited;
  REQUIRE(std::regex_search(text, visiting, std::regex("Ik ga langs: (http://\\S+status=iemand_gaat_langs)")));
  REQUIRE(std::regex_search(text, visited, std::regex("Er is iemand langs geweest: (http://\\S+status=iemand_is_langs_geweest)")));
  CHECK(Has(text, "De links werken tot "));
  CHECK_FALSE(Has(text, code));
  // Both links open a page with one button, and opening them changes nothing.
  CHECK(Has(intake.Get(PathOf(visited[1])).body, "<button class=\"knop knop-groot\">Er is iemand langs geweest</button>"));
  CHECK(Has(intake.Get(PathOf(visiting[1])).body, "<button class=\"knop knop-groot\">Ik ga langs</button>"));
  CHECK(Look(intake, code) == "We hebben uw melding");
}

}  // namespace
}  // namespace nietpluis::kiosk
