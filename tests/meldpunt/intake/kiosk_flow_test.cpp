// Unit tests for meldpunt/kiosk_flow: which screen follows each posted step, and when a report is taken.
#include "intake/kiosk_flow.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

namespace nietpluis {
namespace {

KioskConfig TwoOrganisations() {
  KioskConfig config;
  config.id = "buurthuis-de-kroon";
  config.location = "Buurthuis De Kroon";
  KioskOrganisation north;
  north.id = "welzijn-noord";
  north.name = "Welzijn Noord";
  north.postcodes.ranges = {{1000, 1049}};
  KioskOrganisation south;
  south.id = "buurtwerk-zuid";
  south.name = "Buurtwerk Zuid";
  south.postcodes.ranges = {{1050, 1099}, {1234, 1234}};
  config.organisations = {north, south};
  return config;
}

std::vector<FormField> Fields(const std::string& body) {
  Result<std::vector<FormField>> form = DecodeForm(body);
  REQUIRE(form.ok());
  return form.value();
}

FlowStep Post(const std::string& body, const KioskConfig& config = TwoOrganisations()) {
  return AdvanceFlow(Fields(body), config);
}

const std::string kAddress = "postcode=1234ab&huisnummer=5";
const std::string kComplete = kAddress + "&zorg=gedrag&toelichting=Post+blijft+liggen.&contact=anoniem";

TEST_CASE("Forward moves through the four steps when each is answered", "[kiosk_flow]") {
  FlowStep step = Post(kAddress + "&stap=adres&actie=verder");
  CHECK(step.status == 200);
  CHECK(step.view.screen == KioskScreen::kReasons);
  CHECK(step.view.form.postcode == "1234ab");
  CHECK(step.view.errors.empty());

  step = Post(kAddress + "&zorg=huis&stap=zorg&actie=verder");
  CHECK(step.view.screen == KioskScreen::kContact);

  // Anonymous is the default: moving on without a choice means anonymous.
  step = Post(kAddress + "&zorg=huis&stap=contact&actie=verder");
  CHECK(step.status == 200);
  CHECK(step.view.screen == KioskScreen::kCheck);
  CHECK(step.view.form.contact == "anoniem");
  // The check screen shows the address as it will be stored.
  REQUIRE(step.view.address);
  CHECK(step.view.address->Describe() == "1234 AB 5");
}

TEST_CASE("A step with mistakes shows the same screen with its errors and the answers kept", "[kiosk_flow]") {
  FlowStep step = Post("postcode=12&huisnummer=5&stap=adres&actie=verder");
  CHECK(step.status == 422);
  CHECK(step.view.screen == KioskScreen::kAddress);
  REQUIRE(step.view.errors.size() == 1);
  CHECK(step.view.errors[0].field == "postcode");
  CHECK(step.view.form.postcode == "12");
  CHECK(step.view.form.house_number == "5");

  step = Post(kAddress + "&stap=zorg&actie=verder");
  CHECK(step.status == 422);
  CHECK(step.view.screen == KioskScreen::kReasons);

  step = Post(kAddress + "&zorg=huis&contact=terugbellen&stap=contact&actie=verder");
  CHECK(step.status == 422);
  CHECK(step.view.screen == KioskScreen::kContact);
  CHECK(step.view.errors.size() == 2);
}

TEST_CASE("A postcode outside every area stops at the address step", "[kiosk_flow]") {
  FlowStep step = Post("postcode=9999zz&huisnummer=5&stap=adres&actie=verder");
  CHECK(step.status == 422);
  CHECK(step.view.screen == KioskScreen::kOutsideArea);
  CHECK(step.view.form.postcode == "9999zz");
  // The screen names the postcode as accepted, typed once here.
  REQUIRE(step.view.address);
  CHECK(step.view.address->postcode.Normalised() == "9999 ZZ");
  // From there the resident can change the postcode.
  CHECK(Post("postcode=9999zz&huisnummer=5&stap=buiten&actie=terug").view.screen == KioskScreen::kAddress);
}

TEST_CASE("Back goes one screen back and keeps the answers; back on the first step throws them away", "[kiosk_flow]") {
  CHECK(Post(kComplete + "&stap=controle&actie=terug").view.screen == KioskScreen::kContact);
  CHECK(Post(kComplete + "&stap=contact&actie=terug").view.screen == KioskScreen::kReasons);
  FlowStep step = Post(kComplete + "&stap=zorg&actie=terug");
  CHECK(step.view.screen == KioskScreen::kAddress);
  CHECK(step.view.form.text == "Post blijft liggen.");
  step = Post(kComplete + "&stap=adres&actie=terug");
  CHECK(step.view.screen == KioskScreen::kStart);
  CHECK(step.view.form.postcode.empty());
  CHECK(step.view.form.text.empty());
  // Going back never checks the answers.
  CHECK(Post("postcode=x&stap=zorg&actie=terug").status == 200);
}

TEST_CASE("The check screen's change buttons open the right question", "[kiosk_flow]") {
  for (const auto& [action, screen] : {std::pair{"wijzig-adres", KioskScreen::kAddress},
                                       std::pair{"wijzig-zorg", KioskScreen::kReasons},
                                       std::pair{"wijzig-contact", KioskScreen::kContact}}) {
    INFO(action);
    FlowStep step = Post(kComplete + "&stap=controle&actie=" + action);
    CHECK(step.view.screen == screen);
    CHECK(step.view.changing);
  }
}

TEST_CASE("A step opened with Wijzig goes back to the check screen, not through the later steps", "[kiosk_flow]") {
  FlowStep step = Post(kComplete + "&stap=zorg&wijzigen=ja&actie=verder");
  CHECK(step.status == 200);
  CHECK(step.view.screen == KioskScreen::kCheck);
  CHECK_FALSE(step.view.changing);
  REQUIRE(step.view.address);
  CHECK(step.view.address->Describe() == "1234 AB 5");
  CHECK(Post(kComplete + "&stap=adres&wijzigen=ja&actie=verder").view.screen == KioskScreen::kCheck);
  CHECK(Post(kComplete + "&stap=contact&wijzigen=ja&actie=verder").view.screen == KioskScreen::kCheck);
  // Terug on such a step also returns there, checked the same way.
  CHECK(Post(kComplete + "&stap=zorg&wijzigen=ja&actie=terug").view.screen == KioskScreen::kCheck);
  // A mistake keeps the resident on the step, still on the way back to the check screen.
  step = Post("postcode=12&huisnummer=5&zorg=huis&contact=anoniem&stap=adres&wijzigen=ja&actie=verder");
  CHECK(step.status == 422);
  CHECK(step.view.screen == KioskScreen::kAddress);
  CHECK(step.view.changing);
  // Without the mark the steps follow each other as before.
  CHECK(Post(kComplete + "&stap=zorg&actie=verder").view.screen == KioskScreen::kContact);
  // An address changed to one outside every area still says so.
  step = Post("postcode=9999zz&huisnummer=5&zorg=huis&contact=anoniem&stap=adres&wijzigen=ja&actie=verder");
  CHECK(step.view.screen == KioskScreen::kOutsideArea);
  CHECK(step.view.changing);
}

TEST_CASE("Stoppen asks once on every step; Nee returns to that step with the answers", "[kiosk_flow]") {
  for (const auto& [name, screen] : {std::pair{"adres", KioskScreen::kAddress}, std::pair{"zorg", KioskScreen::kReasons},
                                     std::pair{"contact", KioskScreen::kContact}, std::pair{"controle", KioskScreen::kCheck}}) {
    INFO(name);
    FlowStep ask = Post(kComplete + "&stap=" + name + "&actie=stoppen");
    CHECK(ask.status == 200);
    CHECK(ask.view.screen == KioskScreen::kStop);
    CHECK(ask.view.resume == screen);
    CHECK(ask.view.errors.empty());  // stopping checks nothing
    FlowStep back = Post(kComplete + "&stap=stoppen&vorige=" + name + "&actie=terug");
    CHECK(back.view.screen == screen);
    CHECK(back.view.form.text == "Post blijft liggen.");
  }
  // A step opened with Wijzig stays one after Nee.
  FlowStep back = Post(kComplete + "&stap=stoppen&vorige=zorg&wijzigen=ja&actie=terug");
  CHECK(back.view.screen == KioskScreen::kReasons);
  CHECK(back.view.changing);
  // What no screen sends.
  CHECK(Post(kComplete + "&stap=bedankt&actie=stoppen").view.screen == KioskScreen::kBadForm);
  CHECK(Post(kComplete + "&stap=stoppen&vorige=start&actie=terug").view.screen == KioskScreen::kBadForm);
}

TEST_CASE("A post that did not come from our screens gets the bad-form screen", "[kiosk_flow]") {
  FlowStep step = Post(kAddress + "&stap=onbekend&actie=verder");
  CHECK(step.status == 400);
  CHECK(step.view.screen == KioskScreen::kBadForm);
  step = Post(kAddress + "&postcode=1011aa&stap=adres&actie=verder");
  CHECK(step.status == 400);  // found by the form fuzzer: a post with a field twice got 200
  CHECK(step.view.screen == KioskScreen::kBadForm);
  CHECK(step.view.form.postcode.empty());  // nothing of a strange post is shown back
}

TEST_CASE("ReviewReport takes a complete report for the organisation of its postcode", "[kiosk_flow]") {
  KioskConfig config = TwoOrganisations();
  Intake intake = ReviewReport(Fields(kComplete + "&bron=huisarts-centrum"), config, 1764583200);
  REQUIRE(intake.report);
  const Report& report = *intake.report;
  CHECK(report.organisation == "buurtwerk-zuid");
  CHECK(report.source == "buurthuis-de-kroon");
  CHECK(report.location == "Buurthuis De Kroon");
  CHECK(report.campaign == "huisarts-centrum");
  CHECK(report.received_at == 1764583200);
  CHECK(report.address.postcode == "1234 AB");
  CHECK(report.reasons == std::vector<std::string>{"gedrag"});
  CHECK(report.id.size() == 36);
  CHECK(report.id[14] == '4');

  intake = ReviewReport(Fields("postcode=1049zz&huisnummer=1&zorg=huis&contact=anoniem"), config, 0);
  REQUIRE(intake.report);
  CHECK(intake.report->organisation == "welzijn-noord");

  config.mode = KioskConfig::Mode::kPublic;
  intake = ReviewReport(Fields(kComplete), config, 0);
  REQUIRE(intake.report);
  CHECK(intake.report->source == "website");
  CHECK(intake.report->location == "de website");
}

TEST_CASE("ReviewReport refuses incomplete reports, other areas and strange posts", "[kiosk_flow]") {
  KioskConfig config = TwoOrganisations();
  Intake intake = ReviewReport(Fields("postcode=1234ab&zorg=huis"), config, 0);
  CHECK_FALSE(intake.report);
  CHECK(intake.refusal.status == 422);
  CHECK(intake.refusal.view.screen == KioskScreen::kForm);
  CHECK(intake.refusal.view.errors.size() == 2);  // house number, contact choice

  intake = ReviewReport(Fields("postcode=2000ab&huisnummer=1&zorg=huis&contact=anoniem"), config, 0);
  CHECK_FALSE(intake.report);
  CHECK(intake.refusal.status == 422);
  CHECK(intake.refusal.view.screen == KioskScreen::kOutsideArea);

  intake = ReviewReport(Fields(kComplete + "&contact=terugbellen"), config, 0);
  CHECK_FALSE(intake.report);
  CHECK(intake.refusal.status == 400);
  CHECK(intake.refusal.view.screen == KioskScreen::kBadForm);
}

TEST_CASE("A post with the trap field filled in is taken for a bot's and not stored", "[kiosk_flow]") {
  Intake intake = ReviewReport(Fields(kComplete + "&website=http%3A%2F%2Fspam.example"), TwoOrganisations(), 0);
  CHECK(intake.trapped);
  CHECK_FALSE(intake.report);
  CHECK_FALSE(ReviewReport(Fields(kComplete + "&website="), TwoOrganisations(), 0).trapped);
}

TEST_CASE("Every report gets a new random id", "[kiosk_flow]") {
  KioskConfig config = TwoOrganisations();
  std::string first = ReviewReport(Fields(kComplete), config, 0).report->id;
  std::string second = ReviewReport(Fields(kComplete), config, 0).report->id;
  CHECK(first != second);
}

}  // namespace
}  // namespace nietpluis
