// Unit tests for meldpunt/kiosk_screens: what each screen shows, what it keeps, and that answers are escaped.
#include "intake/kiosk_screens.h"

#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "config/site_config.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;
using testing::TemplatesDir;
using testing::WriteMinimalContent;

struct Fixture {
  explicit Fixture(KioskConfig::Mode mode = KioskConfig::Mode::kKiosk) {
    WriteMinimalContent(dir.path());
    Diagnostics diagnostics;
    config.site = LoadSiteConfig(dir.path(), &diagnostics);
    REQUIRE_FALSE(diagnostics.HasErrors());
    config.id = "proef-zuil";
    config.location = "Buurthuis Proef";
    config.idle_reset_s = 75;
    config.mode = mode;
    Result<std::unique_ptr<KioskScreens>> loaded = KioskScreens::Load(config, TemplatesDir(), Env::Default(), &diagnostics);
    REQUIRE(loaded.ok());
    screens = std::move(loaded).value();
  }
  std::string Render(KioskScreen screen, const ReportForm& form = {}, std::vector<FieldError> errors = {}) {
    return screens->Render(ScreenView(screen, form, std::move(errors)));
  }
  // A screen showing `form` with the address the flow accepted from it.
  std::string RenderAccepted(KioskScreen screen, const ReportForm& form) {
    ScreenView view(screen, form);
    view.address = CheckAddress(form).accepted;
    REQUIRE(view.address);
    return screens->Render(view);
  }
  TempDir dir;
  KioskConfig config;
  std::unique_ptr<KioskScreens> screens;
};

bool Contains(const std::string& html, const std::string& part) {
  INFO("looking for: " << part);
  return html.find(part) != std::string::npos;
}

std::size_t Count(const std::string& html, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = html.find(part); at != std::string::npos; at = html.find(part, at + 1)) ++count;
  return count;
}

ReportForm Answers() {
  ReportForm form;
  form.postcode = "1012ab";
  form.house_number = "12";
  form.addition = "a";
  form.reasons = {"huis", "gezegd"};
  form.text = "Regel een\nRegel twee";
  form.contact = "terugbellen";
  form.name = "Anna";
  form.phone = "0612345678";
  form.campaign = "huisarts-centrum";
  return form;
}

TEST_CASE("Every screen has the layout, one h1, the danger box and the meldpunt's phone number", "[kiosk_screens]") {
  Fixture f;
  for (KioskScreen screen : {KioskScreen::kStart, KioskScreen::kAddress, KioskScreen::kReasons, KioskScreen::kContact,
                             KioskScreen::kCheck, KioskScreen::kThankYou, KioskScreen::kOutsideArea, KioskScreen::kForm,
                             KioskScreen::kBadForm, KioskScreen::kStorageFailed, KioskScreen::kNotFound}) {
    const std::string html = f.Render(screen, Answers());
    INFO(ScreenTemplate(screen));
    CHECK(Contains(html, "<html lang=\"nl\">"));
    CHECK(Contains(html, "<title>" + ScreenTitle(f.screens->texts(), screen) + " - Meldpunt Proef</title>"));
    CHECK(Count(html, "<h1") == 1);
    // The start screen shows every number; the other screens a compact bar that opens them.
    CHECK(Contains(html, screen == KioskScreen::kStart ? "<p class=\"gevaar-112\">Bel 112</p>"
                                                       : "Direct gevaar? <span class=\"gevaar-balk-112\">Bel 112</span>"));
    CHECK(Contains(html, "0900-8844"));
    CHECK(Contains(html, "0800-2000"));
    CHECK(Contains(html, "0800-1205"));
    CHECK(Contains(html, "Vragen over melden: Meldpunt Proef, <span class=\"nummer\">14 0999</span>"));
    CHECK(Contains(html, "<meta name=\"robots\" content=\"noindex\">"));
    CHECK(Contains(html, "<img src=\"assets/logo.svg\" alt=\"Gemeente Proef\""));
    CHECK_FALSE(Contains(html, "http://"));
    CHECK_FALSE(Contains(html, "https://"));
    CHECK_FALSE(Contains(html, "{{"));
  }
}

TEST_CASE("The start screen asks the question and passes the campaign tag on", "[kiosk_screens]") {
  Fixture f;
  ReportForm form;
  form.campaign = "huisarts-centrum";
  const std::string html = f.Render(KioskScreen::kStart, form);
  CHECK(Contains(html, "<h1>Maakt u zich zorgen om iemand in de buurt?</h1>"));
  CHECK(Contains(html, "<a class=\"knop knop-groot knop-begin\" href=\"melden?bron=huisarts-centrum\">Begin met melden</a>"));
  CHECK(Contains(html, "data-terug-na=\"75\""));
  CHECK_FALSE(Contains(html, "class=\"aandacht\""));
  // Stuck reports: staff see a small symbol without words; residents read nothing about it.
  ScreenView stuck(KioskScreen::kStart);
  stuck.attention = true;
  const std::string marked = f.screens->Render(stuck);
  CHECK(Contains(marked, "<span class=\"aandacht\" aria-hidden=\"true\"></span>"));
  CHECK_FALSE(Contains(marked, "beheerder"));
  CHECK_FALSE(Contains(marked, "nietpluis-kiosk"));
}

TEST_CASE("The address screen shows its three fields, the keyboard, and keeps the other answers hidden", "[kiosk_screens]") {
  Fixture f;
  const std::string html = f.Render(KioskScreen::kAddress, Answers());
  CHECK(Contains(html, "<p class=\"voortgang-tekst\">Stap 1 van 4</p>"));
  CHECK(Count(html, "<span class=\"voortgang-deel gedaan\">") == 1);
  CHECK(Count(html, "<span class=\"voortgang-deel\">") == 3);
  // The privacy notice where the address is asked for.
  CHECK(Contains(html, "<h2 id=\"privacy-kop\">Wat gebeurt er met uw melding?</h2>"));
  CHECK(Contains(html, "Meer lezen? Kijk op "));
  CHECK(Contains(html, "<label for=\"postcode\">Postcode</label>"));
  CHECK(Contains(html, "id=\"postcode\" name=\"postcode\" type=\"text\" value=\"1012ab\" autocomplete=\"off\""));
  CHECK(Contains(html, "id=\"huisnummer\" name=\"huisnummer\" type=\"text\" value=\"12\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"16\""));
  CHECK(Contains(html, "id=\"toevoeging\" name=\"toevoeging\" type=\"text\" value=\"a\""));
  CHECK(Contains(html, "data-toetsenbord hidden"));
  CHECK(Contains(html, "<button type=\"button\" class=\"toets\" data-toets=\"q\">q</button>"));
  // What this screen does not ask travels along unchanged.
  CHECK(Contains(html, "<input type=\"hidden\" name=\"zorg\" value=\"huis\">"));
  CHECK(Contains(html, "<input type=\"hidden\" name=\"zorg\" value=\"gezegd\">"));
  CHECK(Contains(html, "<input type=\"hidden\" name=\"toelichting\" value=\"Regel een\nRegel twee\">"));
  CHECK(Contains(html, "<input type=\"hidden\" name=\"naam\" value=\"Anna\">"));
  CHECK(Contains(html, "<input type=\"hidden\" name=\"bron\" value=\"huisarts-centrum\">"));
  CHECK_FALSE(Contains(html, "name=\"postcode\" value="));
  CHECK(Contains(html, "<input type=\"hidden\" name=\"stap\" value=\"adres\">"));
  CHECK(Contains(html, "<button class=\"knop knop-verder\" name=\"actie\" value=\"verder\">Verder</button>"));
  CHECK(Contains(html, "<button class=\"knop knop-stoppen\" name=\"actie\" value=\"stoppen\">Stoppen</button>"));
  // The keys Dutch text needs, and a large wis.
  for (const char* key : {"\xc3\xa9", "\xc3\xab", "\xc3\xaf", "\xc3\xb3", "&apos;", "?", "!", "0"}) {
    INFO(key);
    CHECK(Contains(html, std::string("data-toets=\"") + key + "\">"));
  }
  CHECK(Contains(html, "class=\"toets toets-2 toets-wis\" data-toets=\"wis\""));
  CHECK_FALSE(Contains(html, "name=\"wijzigen\""));
  CHECK(Contains(html, "<button class=\"knop knop-terug\" name=\"actie\" value=\"terug\">Terug</button>"));
}

TEST_CASE("A step opened with Wijzig carries its mark and drops Terug; the stop screen asks once", "[kiosk_screens]") {
  Fixture f;
  ScreenView changing(KioskScreen::kReasons, Answers());
  changing.changing = true;
  std::string html = f.screens->Render(changing);
  CHECK(Contains(html, "<input type=\"hidden\" name=\"wijzigen\" value=\"ja\">"));
  CHECK_FALSE(Contains(html, "value=\"terug\">Terug</button>"));
  // The counter under the text: 1000 less the 20 characters typed.
  CHECK(Contains(html, "<p class=\"teller\" id=\"toelichting-teller\" data-teller=\"Nog {aantal} tekens over.\">Nog 980 tekens over.</p>"));

  ScreenView stop(KioskScreen::kStop, Answers());
  stop.resume = KioskScreen::kContact;
  html = f.screens->Render(stop);
  CHECK(Contains(html, "<title>Wilt u stoppen? - Meldpunt Proef</title>"));
  CHECK(Contains(html, "<h1>Wilt u stoppen?</h1>"));
  CHECK(Contains(html, "Wat u invulde, gooien we weg."));
  CHECK(Contains(html, "<input type=\"hidden\" name=\"vorige\" value=\"contact\">"));
  CHECK(Contains(html, "<a class=\"knop knop-stoppen\" href=\"./\">Ja, stoppen</a>"));
  CHECK(Contains(html, "<button class=\"knop knop-terug\" name=\"actie\" value=\"terug\">Nee, ga verder</button>"));
  // Nothing of the answers is shown, only carried for "Nee".
  CHECK(Count(html, "Anna") == 1);
  CHECK(Contains(html, "<input type=\"hidden\" name=\"naam\" value=\"Anna\">"));
}

TEST_CASE("Errors get a focused summary that links to each field, and the field says it is invalid", "[kiosk_screens]") {
  Fixture f;
  ReportForm form = Answers();
  form.postcode = "12";
  const std::string html = f.Render(KioskScreen::kAddress, form, {{"postcode", "fout.postcode"}});
  CHECK(Contains(html, "<title>Fout: Stap 1 van 4: het adres - Meldpunt Proef</title>"));
  CHECK(Contains(html, "<div class=\"foutoverzicht\" id=\"fouten\" role=\"alert\" tabindex=\"-1\" autofocus"));
  CHECK(Contains(html, "<li><a href=\"#postcode\">Vul een postcode in zoals 1234 AB.</a></li>"));
  CHECK(Contains(html, "<p class=\"veldfout\" id=\"postcode-fout\"><span class=\"verborgen\">Fout: </span>Vul een postcode in zoals 1234 AB.</p>"));
  CHECK(Contains(html, "aria-describedby=\"postcode-hint postcode-fout\" aria-invalid=\"true\""));
  CHECK(Count(html, "aria-invalid") == 1);
}

TEST_CASE("The reasons screen offers the four reasons, checks the chosen ones, and ties errors to the group", "[kiosk_screens]") {
  Fixture f;
  const std::string html = f.Render(KioskScreen::kReasons, Answers(), {{"zorg", "fout.zorg_leeg"}});
  CHECK(Contains(html, "<input type=\"checkbox\" id=\"zorg\" name=\"zorg\" value=\"huis\" checked aria-invalid=\"true\" aria-describedby=\"zorg-fout\">"));
  CHECK(Contains(html, "<label for=\"zorg\">Het huis</label>"));
  CHECK(Contains(html, "<input type=\"checkbox\" id=\"zorg-gedrag\" name=\"zorg\" value=\"gedrag\" aria-invalid=\"true\" aria-describedby=\"zorg-fout\">"));
  CHECK(Contains(html, "<label for=\"zorg-gezegd\">Iets wat de bewoner heeft gezegd</label>"));
  CHECK(Contains(html, "<label for=\"zorg-anders\">Iets anders</label>"));
  CHECK(Contains(html, "aria-describedby=\"zorg-hint zorg-fout\""));
  CHECK(Contains(html, "<label for=\"toelichting\">Wilt u iets meer vertellen?</label>"));
  CHECK(Contains(html, "Schrijf op wat u zag of hoorde."));
  CHECK(Contains(html, "maxlength=\"1000\""));
  CHECK(Contains(html, ">Regel een\nRegel twee</textarea>"));
  CHECK(Contains(html, "<li><a href=\"#zorg\">"));
}

TEST_CASE("The contact screen explains both choices, with anonymous chosen by default", "[kiosk_screens]") {
  Fixture f;
  std::string html = f.Render(KioskScreen::kContact, ReportForm{});
  CHECK(Contains(html, "value=\"anoniem\" checked"));
  CHECK_FALSE(Contains(html, "value=\"terugbellen\" checked"));
  CHECK(Contains(html, "Wij weten dan niet wie u bent."));
  CHECK(Contains(html, "Een medewerker kan u dan vragen wat u zag."));
  html = f.Render(KioskScreen::kContact, Answers());
  CHECK(Contains(html, "value=\"terugbellen\" checked"));
  CHECK(Contains(html, "id=\"naam\" name=\"naam\" type=\"text\" value=\"Anna\" autocomplete=\"off\""));
  CHECK(Contains(html, "id=\"telefoon\" name=\"telefoon\" type=\"tel\" value=\"0612345678\" autocomplete=\"off\""));
  CHECK_FALSE(Contains(html, "contact-fout"));
  // A choice with an error: each radio button is described by the message, not only the group.
  html = f.Render(KioskScreen::kContact, ReportForm{}, {{"contact", "fout.contact"}});
  CHECK(Contains(html, "aria-describedby=\"contact-anoniem-uitleg contact-fout\" aria-invalid=\"true\""));
  CHECK(Contains(html, "aria-describedby=\"contact-terugbellen-uitleg contact-fout\" aria-invalid=\"true\""));
}

TEST_CASE("The check screen repeats every answer and posts the report", "[kiosk_screens]") {
  Fixture f;
  const std::string html = f.RenderAccepted(KioskScreen::kCheck, Answers());
  CHECK(Contains(html, "<form class=\"stap-scherm stap-controle\" method=\"post\" action=\"melding\" novalidate>"));
  CHECK(Contains(html, "<dd>1012 AB 12 A</dd>"));
  CHECK(Contains(html, "<li>Het huis</li><li>Iets wat de bewoner heeft gezegd</li>"));
  CHECK(Contains(html, "<dd class=\"controle-tekst\">Regel een\nRegel twee</dd>"));
  CHECK(Contains(html, "<dd>Anna, 0612345678. Een medewerker mag u bellen of mailen.</dd>"));
  CHECK(Contains(html, "<button class=\"knop knop-verder\">Verstuur de melding</button>"));
  for (const char* name : {"postcode", "huisnummer", "toevoeging", "toelichting", "contact", "naam", "telefoon", "bron"}) {
    CHECK(Contains(html, "<input type=\"hidden\" name=\"" + std::string(name) + "\""));
  }
  ReportForm anonymous = Answers();
  anonymous.contact = "anoniem";
  anonymous.text = "";
  const std::string plain = f.RenderAccepted(KioskScreen::kCheck, anonymous);
  CHECK(Contains(plain, "U meldt zonder uw naam."));
  CHECK(Contains(plain, "U schreef niets. Dat mag."));
}

TEST_CASE("The thank-you screen shows no report details and returns to the start sooner", "[kiosk_screens]") {
  Fixture f;
  const std::string html = f.Render(KioskScreen::kThankYou, Answers());
  CHECK(Contains(html, "<h1>Dank u wel. Uw melding is verstuurd.</h1>"));
  CHECK(Contains(html, "Binnen twee dagen tot een week"));
  CHECK(Contains(html, "data-terug-na=\"60\" data-bedankt"));
  CHECK_FALSE(Contains(html, "1012"));
  CHECK_FALSE(Contains(html, "Anna"));
  CHECK_FALSE(Contains(html, "Regel een"));
}

TEST_CASE("The outside-area screen names the postcode and where to go instead", "[kiosk_screens]") {
  Fixture f;
  ReportForm form = Answers();
  form.postcode = "9999zz";
  const std::string html = f.RenderAccepted(KioskScreen::kOutsideArea, form);
  CHECK(Contains(html, "over postcode 9999 ZZ niet doorgeven"));
  CHECK(Contains(html, "niet verstuurd en niet bewaard"));
  CHECK(Contains(html, "0800-1205"));
}

TEST_CASE("Everything a resident typed is escaped on every screen", "[kiosk_screens]") {
  Fixture f;
  ReportForm form = Answers();
  form.postcode = "<b>\"'";
  form.house_number = "\"><script>alert(1)</script>";
  form.addition = "<i>";
  form.text = "</textarea><script>alert(2)</script>";
  form.name = "<img src=x onerror=alert(3)>";
  form.phone = "\" autofocus onfocus=\"alert(4)";
  form.email = "a@b.nl<svg>";
  for (KioskScreen screen : {KioskScreen::kAddress, KioskScreen::kReasons, KioskScreen::kContact, KioskScreen::kCheck,
                             KioskScreen::kOutsideArea, KioskScreen::kForm}) {
    INFO(ScreenTemplate(screen));
    const std::string html = f.Render(screen, form, {{"naam", "fout.naam"}});
    CHECK_FALSE(Contains(html, "<script>alert"));
    CHECK_FALSE(Contains(html, "<img src=x"));
    CHECK_FALSE(Contains(html, "<svg>"));
    CHECK_FALSE(Contains(html, "\" autofocus onfocus"));
    CHECK_FALSE(std::regex_search(html, std::regex("<(b|i)>")));
  }
}

TEST_CASE("The public form has no keyboard, no idle reset, and autocomplete for the reporter's own details", "[kiosk_screens]") {
  Fixture f(KioskConfig::Mode::kPublic);
  const std::string html = f.Render(KioskScreen::kForm, Answers());
  CHECK_FALSE(Contains(html, "data-toetsenbord"));
  CHECK_FALSE(Contains(html, "kiosk.js"));
  CHECK_FALSE(Contains(html, "http-equiv=\"refresh\""));
  CHECK_FALSE(Contains(html, "nog-daar"));
  CHECK(Contains(html, "id=\"naam\" name=\"naam\" type=\"text\" value=\"Anna\" autocomplete=\"name\""));
  CHECK(Contains(html, "name=\"telefoon\" type=\"tel\" value=\"0612345678\" autocomplete=\"tel\""));
  CHECK(Contains(html, "name=\"email\" type=\"email\" value=\"\" autocomplete=\"email\""));
  // No autocomplete for the address of the person the report is about.
  CHECK(Contains(html, "name=\"postcode\" type=\"text\" value=\"1012ab\" autocomplete=\"off\""));
  CHECK(Contains(html, "<input type=\"hidden\" name=\"bron\" value=\"huisarts-centrum\">"));
}

TEST_CASE("The kiosk resets itself, with script and without", "[kiosk_screens]") {
  Fixture f;
  const std::string html = f.Render(KioskScreen::kReasons);
  CHECK(Contains(html, "<script src=\"assets/kiosk.js\" defer></script>"));
  CHECK(Contains(html, "<noscript><meta http-equiv=\"refresh\" content=\"75; url=./\"></noscript>"));
  CHECK(Contains(html, "id=\"nog-daar\" role=\"alertdialog\" aria-modal=\"true\""));
}

TEST_CASE("A templates folder without the kiosk screens is reported per missing template", "[kiosk_screens]") {
  TempDir dir;
  std::filesystem::copy(TemplatesDir(), dir / "templates", std::filesystem::copy_options::recursive);
  std::filesystem::remove(dir / "templates/kiosk/controle.mustache");
  KioskConfig config;
  Diagnostics diagnostics;
  Result<std::unique_ptr<KioskScreens>> screens = KioskScreens::Load(config, dir / "templates", Env::Default(), &diagnostics);
  REQUIRE_FALSE(screens.ok());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].ToString() == (dir / "templates/kiosk/controle.mustache").string() +
                                               ": sjabloon ontbreekt; zet het terug uit de templates/ van Nietpluis");
  CHECK(screens.error().ToString() == diagnostics.all()[0].ToString());
}

TEST_CASE("A text file that misses a text stops the screens with the file and the text", "[kiosk_screens]") {
  TempDir dir;
  std::filesystem::copy(TemplatesDir(), dir / "templates", std::filesystem::copy_options::recursive);
  const std::filesystem::path file = dir / "templates/teksten/kiosk.toml";
  std::string texts = testing::ReadText(file);
  texts.erase(texts.find("adres = \"Stap 1 van 4: het adres\"\n"), std::string("adres = \"Stap 1 van 4: het adres\"\n").size());
  testing::WriteText(file, texts);
  KioskConfig config;
  Diagnostics diagnostics;
  Result<std::unique_ptr<KioskScreens>> screens = KioskScreens::Load(config, dir / "templates", Env::Default(), &diagnostics);
  REQUIRE_FALSE(screens.ok());
  const std::string expected =
      file.string() + ": de tekst \"titel.adres\" ontbreekt; zet hem terug uit de templates/teksten/ van Nietpluis";
  CHECK(screens.error().ToString() == expected);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].ToString() == expected);

  // What else the program needs is asked for by name, and missing it stops the screens the same way.
  std::filesystem::copy_file(TemplatesDir() / "teksten/kiosk.toml", file, std::filesystem::copy_options::overwrite_existing);
  Diagnostics more;
  screens = KioskScreens::Load(config, dir / "templates", Env::Default(), &more, {"email.bestaat_niet"});
  REQUIRE_FALSE(screens.ok());
  CHECK(screens.error().problem == "de tekst \"email.bestaat_niet\" ontbreekt");
}

TEST_CASE("Screen titles and problem texts come from the text file", "[kiosk_screens]") {
  Fixture f;
  const Texts& texts = f.screens->texts();
  CHECK(ScreenTitle(texts, KioskScreen::kAddress) == "Stap 1 van 4: het adres");
  CHECK(ScreenTitle(texts, KioskScreen::kRateLimited) == "Wacht even voordat u opnieuw iets verstuurt");
  const std::string html = f.Render(KioskScreen::kStorageFailed);
  CHECK(Contains(html, "<title>Uw melding is niet verstuurd - Meldpunt Proef</title>"));
  CHECK(Contains(html, "<h1>Uw melding is niet verstuurd</h1>"));
  CHECK(Contains(html, "<p>Er is een storing in deze meldzuil. Uw melding is niet bewaard. Wilt u het later nog eens proberen?</p>"));
}

}  // namespace
}  // namespace nietpluis
