// Unit tests for meldpunt/intake/address_lookup: the register's question about a typed address
// ("Klopt dit?", a choice at one number, "Dit adres kennen wij niet"), and how the kiosk's steps, the
// online form and the screens use it.
#include "intake/address_lookup.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "address/address_import.h"
#include "intake/kiosk_flow.h"
#include "intake/kiosk_screens.h"
#include "config/site_config.h"
#include "test_support.h"

namespace nietpluis {
namespace {

constexpr std::int64_t kNow = 1706745600;  // 2024-02-01

std::unique_ptr<AddressRegister> SampleRegister(const testing::TempDir& dir) {
  testing::WriteText(dir / "a.csv", "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats\n"
                                    "1012AB,12,,,Kerkstraat,Voorbeeld\n1012AB,14,A,,Kerkstraat,Voorbeeld\n"
                                    "1012AB,14,B,,Kerkstraat,Voorbeeld\n1012AB,14,,1,Kerkstraat,Voorbeeld\n"
                                    "1012AB,14,A,2,Kerkstraat,Voorbeeld\n");
  REQUIRE(ImportAddresses(dir / "a.csv", dir / "adressen.db", Env::Default(), kNow).ok());
  Result<std::unique_ptr<AddressRegister>> opened = AddressRegister::Open(dir / "adressen.db");
  REQUIRE(opened.ok());
  return std::move(opened).value();
}

ReportForm Typed(const std::string& postcode, const std::string& number, const std::string& addition = "",
                 const std::string& confirmed = "") {
  ReportForm form;
  form.postcode = postcode;
  form.house_number = number;
  form.addition = addition;
  form.address_confirmed = confirmed;
  return form;
}

AddressQuestion Settle(const AddressRegister* addresses, ReportForm* form) {
  Checked<AcceptedAddress> typed = CheckAddress(*form);
  REQUIRE(typed.accepted);
  return SettleAddress(addresses, form, *typed.accepted);
}

std::vector<std::string> Keys(const AddressQuestion& question) {
  std::vector<std::string> keys;
  for (const RegisterAddress& address : question.addresses) keys.push_back(ConfirmationKey(address));
  return keys;
}

KioskConfig Config(KioskConfig::Mode mode) {
  KioskConfig config;
  config.id = "buurthuis-de-kroon";
  config.location = "Buurthuis De Kroon";
  config.mode = mode;
  KioskOrganisation north;
  north.id = "welzijn-noord";
  north.name = "Welzijn Noord";
  north.postcodes.ranges = {{1000, 1099}};
  config.organisations = {north};
  return config;
}

std::vector<FormField> Fields(const std::string& body) {
  Result<std::vector<FormField>> form = DecodeForm(body);
  REQUIRE(form.ok());
  return form.value();
}

TEST_CASE("SettleAddress asks to confirm a found address until that very address is confirmed", "[address_lookup]") {
  testing::TempDir dir;
  auto addresses = SampleRegister(dir);
  ReportForm form = Typed("1012ab", "12");
  AddressQuestion question = Settle(addresses.get(), &form);
  CHECK(question.kind == AddressQuestion::Kind::kConfirm);
  CHECK(Keys(question) == std::vector<std::string>{"1012 AB 12"});

  form.address_confirmed = "1012 AB 12";
  CHECK(Settle(addresses.get(), &form).kind == AddressQuestion::Kind::kNone);
  CHECK(form.address_confirmed == "1012 AB 12");

  // A "Ja" for another address counts for nothing: asked again, the old confirmation dropped.
  ReportForm changed = Typed("1012ab", "14", "b", "1012 AB 12");
  question = Settle(addresses.get(), &changed);
  CHECK(question.kind == AddressQuestion::Kind::kConfirm);
  CHECK(Keys(question) == std::vector<std::string>{"1012 AB 14 B"});
  CHECK(changed.address_confirmed.empty());

  // Without a register nothing is asked, as before there was one.
  ReportForm plain = Typed("1012ab", "99");
  CHECK(Settle(nullptr, &plain).kind == AddressQuestion::Kind::kNone);
}

TEST_CASE("SettleAddress offers every address at a number, and a choice becomes the form's address", "[address_lookup]") {
  testing::TempDir dir;
  auto addresses = SampleRegister(dir);
  ReportForm form = Typed("1012 AB", "14");
  AddressQuestion question = Settle(addresses.get(), &form);
  CHECK(question.kind == AddressQuestion::Kind::kChoose);
  CHECK(Keys(question) == std::vector<std::string>{"1012 AB 14 1", "1012 AB 14 A", "1012 AB 14 A2", "1012 AB 14 B"});
  // An addition this number does not have: the same choice.
  ReportForm wrong = Typed("1012 AB", "14", "c");
  CHECK(Settle(addresses.get(), &wrong).kind == AddressQuestion::Kind::kChoose);

  form.address_confirmed = "1012 AB 14 A2";
  CHECK(Settle(addresses.get(), &form).kind == AddressQuestion::Kind::kNone);
  CHECK(form.house_number == "14");
  CHECK(form.addition == "A2");
  // Typed as "14a-2" in the number field, the chosen address replaces it as well.
  ReportForm in_number = Typed("1012 AB", "14a-2", "", "1012 AB 14 B");
  CHECK(Settle(addresses.get(), &in_number).kind == AddressQuestion::Kind::kNone);
  CHECK(in_number.house_number == "14");
  CHECK(in_number.addition == "B");
}

TEST_CASE("SettleAddress says when the register lacks an address, and sending it anyway settles it", "[address_lookup]") {
  testing::TempDir dir;
  auto addresses = SampleRegister(dir);
  ReportForm form = Typed("1012ab", "99", "3 hoog");
  AddressQuestion question = Settle(addresses.get(), &form);
  CHECK(question.kind == AddressQuestion::Kind::kUnknown);
  CHECK(question.unknown_key == "1012 AB 99 3 hoog");
  form.address_confirmed = question.unknown_key;
  CHECK(Settle(addresses.get(), &form).kind == AddressQuestion::Kind::kNone);
  // Sending anyway is for addresses the register lacks: an address it has is still shown first.
  ReportForm known = Typed("1012ab", "12", "", "1012 AB 12 X");
  CHECK(Settle(addresses.get(), &known).kind == AddressQuestion::Kind::kConfirm);
}

TEST_CASE("At the kiosk the address step asks the register's question before the next step", "[address_lookup]") {
  testing::TempDir dir;
  auto addresses = SampleRegister(dir);
  const KioskConfig config = Config(KioskConfig::Mode::kKiosk);
  FlowStep step = AdvanceFlow(Fields("postcode=1012ab&huisnummer=12&stap=adres&actie=verder"), config, addresses.get());
  CHECK(step.status == 200);
  CHECK(step.view.screen == KioskScreen::kAddressConfirm);
  CHECK(step.view.question.kind == AddressQuestion::Kind::kConfirm);

  // "Ja" posts the confirmation without an actie; it travels on in hidden fields.
  step = AdvanceFlow(Fields("postcode=1012ab&huisnummer=12&stap=adres&adres_bevestigd=1012+AB+12"), config, addresses.get());
  CHECK(step.view.screen == KioskScreen::kReasons);
  CHECK(step.view.form.address_confirmed == "1012 AB 12");

  step = AdvanceFlow(Fields("postcode=1012ab&huisnummer=12&stap=adres&actie=ander-adres"), config, addresses.get());
  CHECK(step.view.screen == KioskScreen::kAddress);
  CHECK(step.view.form.postcode == "1012ab");

  // Not in the register: the address screen again, its fields open to correct, with the question.
  step = AdvanceFlow(Fields("postcode=1012ab&huisnummer=99&stap=adres&actie=verder"), config, addresses.get());
  CHECK(step.view.screen == KioskScreen::kAddress);
  CHECK(step.view.question.kind == AddressQuestion::Kind::kUnknown);
  step = AdvanceFlow(Fields("postcode=1012ab&huisnummer=99&stap=adres&adres_bevestigd=1012+AB+99"), config, addresses.get());
  CHECK(step.view.screen == KioskScreen::kReasons);

  // The check screen reads the register: street and woonplaats, or that it lacks the address.
  step = AdvanceFlow(Fields("postcode=1012ab&huisnummer=14&toevoeging=b&adres_bevestigd=1012+AB+14+B&zorg=huis&stap=contact&"
                            "actie=verder"),
                     config, addresses.get());
  REQUIRE(step.view.screen == KioskScreen::kCheck);
  CHECK(step.view.facts.found == true);
  CHECK(step.view.facts.street == "Kerkstraat");
  CHECK(step.view.facts.number == "14B");
  CHECK(step.view.facts.place == "Voorbeeld");
}

TEST_CASE("The online form asks the register's question when it is sent, and takes the answer", "[address_lookup]") {
  testing::TempDir dir;
  auto addresses = SampleRegister(dir);
  const KioskConfig config = Config(KioskConfig::Mode::kPublic);
  const std::string rest = "&zorg=huis&contact=anoniem";
  Intake intake = ReviewReport(Fields("postcode=1012ab&huisnummer=14" + rest), config, kNow, addresses.get());
  REQUIRE_FALSE(intake.report);
  CHECK(intake.refusal.status == 200);
  CHECK(intake.refusal.view.screen == KioskScreen::kForm);
  CHECK(intake.refusal.view.question.kind == AddressQuestion::Kind::kChoose);

  intake = ReviewReport(Fields("postcode=1012ab&huisnummer=14&adres_bevestigd=1012+AB+14+1" + rest), config, kNow, addresses.get());
  REQUIRE(intake.report);
  CHECK(intake.report->address.addition == "1");
  CHECK(intake.report->address.street == "Kerkstraat");
  CHECK(intake.report->address.found_in_register == true);

  intake = ReviewReport(Fields("postcode=1012ab&huisnummer=99&adres_bevestigd=1012+AB+99" + rest), config, kNow, addresses.get());
  REQUIRE(intake.report);
  CHECK(intake.report->address.found_in_register == false);
  CHECK(intake.report->address.street.empty());

  // Other mistakes come first, as before.
  intake = ReviewReport(Fields("postcode=1012ab&huisnummer=14&contact=anoniem"), config, kNow, addresses.get());
  REQUIRE_FALSE(intake.report);
  CHECK(intake.refusal.status == 422);
  CHECK(intake.refusal.view.question.kind == AddressQuestion::Kind::kNone);
}

TEST_CASE("The screens show the register's question with the street and woonplaats", "[address_lookup]") {
  testing::TempDir dir;
  auto addresses = SampleRegister(dir);
  testing::WriteMinimalContent(dir / "inhoud");
  KioskConfig config = Config(KioskConfig::Mode::kKiosk);
  Diagnostics diagnostics;
  config.site = LoadSiteConfig(dir / "inhoud", &diagnostics);
  REQUIRE_FALSE(diagnostics.HasErrors());
  Result<std::unique_ptr<KioskScreens>> screens = KioskScreens::Load(config, testing::TemplatesDir(), Env::Default(), &diagnostics);
  REQUIRE(screens.ok());
  auto render = [&](const std::string& body) {
    return screens.value()->Render(AdvanceFlow(Fields(body), config, addresses.get()).view);
  };
  const auto contains = [](const std::string& html, const std::string& part) {
    INFO("looking for: " << part);
    return html.find(part) != std::string::npos;
  };
  std::string html = render("postcode=1012ab&huisnummer=12&stap=adres&actie=verder");
  CHECK(contains(html, "<h1>Klopt dit adres?</h1>"));
  CHECK(contains(html, "<strong>Kerkstraat 12, Voorbeeld</strong>. Klopt dit?"));
  CHECK(contains(html, R"(<button class="knop knop-verder" name="adres_bevestigd" value="1012 AB 12">Ja</button>)"));
  CHECK(contains(html, "Nee, ander adres"));
  CHECK(contains(html, "Stap 1 van 4"));
  CHECK_FALSE(contains(html, "knop-keuze"));
  // The confirmation is the button's, never a hidden field too: that would be a field posted twice.
  CHECK_FALSE(contains(html, R"(type="hidden" name="adres_bevestigd")"));

  html = render("postcode=1012ab&huisnummer=14&stap=adres&actie=verder");
  CHECK(contains(html, "<h1>Welk adres is het?</h1>"));
  CHECK(contains(html, "Bij Kerkstraat 14 horen meer adressen."));
  CHECK(contains(html, R"(value="1012 AB 14 1">Kerkstraat 14-1</button>)"));
  CHECK(contains(html, R"(value="1012 AB 14 A2">Kerkstraat 14A-2</button>)"));

  html = render("postcode=1012ab&huisnummer=99&stap=adres&actie=verder");
  CHECK(contains(html, "<h2 id=\"adres-vraag-kop\">Dit adres kennen wij niet.</h2>"));
  CHECK(contains(html, "Kijk het nog eens na."));
  CHECK(contains(html, R"(value="1012 AB 99">Het adres klopt, ga verder</button>)"));
  CHECK(contains(html, R"(id="postcode" name="postcode" type="text" value="1012ab")"));

  html = render("postcode=1012ab&huisnummer=12&adres_bevestigd=1012+AB+12&zorg=huis&stap=contact&actie=verder");
  CHECK(contains(html, "<dd>Kerkstraat 12, Voorbeeld</dd>"));
  CHECK(contains(html, R"(<input type="hidden" name="adres_bevestigd" value="1012 AB 12">)"));
  html = render("postcode=1012ab&huisnummer=99&adres_bevestigd=1012+AB+99&zorg=huis&stap=contact&actie=verder");
  CHECK(contains(html, "1012 AB 99<br><span class=\"adres-niet-bekend\">Dit adres kennen wij niet. U gaat toch verder.</span>"));
}

}  // namespace
}  // namespace nietpluis
