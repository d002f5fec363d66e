// Unit tests for meldpunt/report_form: decoding a post, and the exact B1 message for every mistake.
#include "intake/report_form.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/utf8.h"
#include "delivery/report_email.h"
#include "intake/report_json.h"
#include "test_support.h"

namespace nietpluis {
namespace {

std::vector<FormField> Decode(const std::string& body) {
  Result<std::vector<FormField>> form = DecodeForm(body);
  INFO(body << " -> " << (form.ok() ? "" : form.error().ToString()));
  REQUIRE(form.ok());
  return form.value();
}

// A complete anonymous report that passes every check; tests change one answer at a time.
ReportForm ValidForm() {
  ReportForm form;
  form.postcode = "1012 AB";
  form.house_number = "12";
  form.reasons = {"huis"};
  form.contact = "anoniem";
  return form;
}

// Each error as the resident reads it, from the intake's text file.
std::vector<std::string> Messages(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const FieldError& error : errors) out.push_back(error.field + ": " + FieldMessage(testing::KioskTexts(), error));
  return out;
}

std::vector<std::string> Check(const ReportForm& form) {
  Checked<AcceptedForm> checked = ValidateReportForm(form);
  CHECK(checked.accepted.has_value() == checked.errors.empty());
  return Messages(checked.errors);
}

// FillReport of a form that must pass.
void Fill(const ReportForm& form, Report* report) {
  Checked<AcceptedForm> checked = ValidateReportForm(form);
  INFO(Messages(checked.errors).size());
  REQUIRE(checked.accepted);
  FillReport(*checked.accepted, report);
}

TEST_CASE("DecodeForm reads url-encoded pairs", "[report_form]") {
  std::vector<FormField> fields = Decode("postcode=1234+ab&toelichting=Hij+zei%3A+%22help%22%0D%0A%C3%A9%C3%A9n&zorg=huis&zorg=gedrag&leeg=&alleen");
  REQUIRE(fields.size() == 6);
  CHECK(fields[0].name == "postcode");
  CHECK(fields[0].value == "1234 ab");
  CHECK(fields[1].value == "Hij zei: \"help\"\r\néén");
  CHECK(fields[2].value == "huis");
  CHECK(fields[3].value == "gedrag");
  CHECK(fields[4].name == "leeg");
  CHECK(fields[4].value == "");
  CHECK(fields[5].name == "alleen");
  CHECK(Decode("").empty());
  CHECK(Decode("&&a=1&&").size() == 1);
}

TEST_CASE("DecodeForm refuses what no browser sends", "[report_form]") {
  for (const char* body : {"naam=%", "naam=%4", "naam=%zz", "naam=a%00b", "na%00am=x", "naam=%C3", "naam=%C0%AF",
                           "naam=%ED%A0%80", "naam=%F8%88%80%80%80"}) {
    INFO(body);
    Result<std::vector<FormField>> form = DecodeForm(body);
    REQUIRE_FALSE(form.ok());
    CHECK(form.error().ToString() ==
          "formulier: ongeldige codering in het formulier; zo'n post komt niet van de schermen van Nietpluis");
  }
  std::string many;
  for (std::size_t i = 0; i <= kMaxFormFields; ++i) many += "zorg=huis&";
  Result<std::vector<FormField>> form = DecodeForm(many);
  REQUIRE_FALSE(form.ok());
  CHECK(form.error().ToString() == "formulier: meer dan 64 velden; zo'n post komt niet van de schermen van Nietpluis");
  many.erase(many.size() - std::string("zorg=huis&").size());
  CHECK(DecodeForm(many).ok());
}

TEST_CASE("ReadReportForm takes each answer and notices a field sent twice", "[report_form]") {
  ReportForm form = ReadReportForm(Decode(
      "postcode=1012ab&huisnummer=12&toevoeging=a&zorg=huis&zorg=gezegd&toelichting=x&contact=terugbellen&naam=An&"
      "telefoon=0612345678&email=an%40voorbeeld.nl&bron=huisarts-centrum&onbekend=1"));
  CHECK(form.postcode == "1012ab");
  CHECK(form.house_number == "12");
  CHECK(form.addition == "a");
  CHECK(form.reasons == std::vector<std::string>{"huis", "gezegd"});
  CHECK(form.text == "x");
  CHECK(form.contact == "terugbellen");
  CHECK(form.name == "An");
  CHECK(form.phone == "0612345678");
  CHECK(form.email == "an@voorbeeld.nl");
  CHECK(form.campaign == "huisarts-centrum");
  CHECK_FALSE(form.has_duplicates);

  CHECK(ReadReportForm(Decode("postcode=1&postcode=2")).has_duplicates);
  CHECK(ReadReportForm(Decode("zorg=huis&zorg=huis")).has_duplicates);
  CHECK(ReadReportForm(Decode("naam=a&naam=b")).has_duplicates);
  // A campaign tag is not the resident's to fix, so a bad one is dropped rather than refused.
  CHECK(ReadReportForm(Decode("bron=Huisarts%20Centrum")).campaign == "");
  CHECK(ReadReportForm(Decode("bron=%3Cscript%3E")).campaign == "");
}

TEST_CASE("IsCampaignTag allows only what fits in a URL unchanged", "[report_form]") {
  CHECK(IsCampaignTag("huisarts-centrum"));
  CHECK(IsCampaignTag("buurthuis-2"));
  CHECK(IsCampaignTag(std::string(40, 'a')));
  CHECK_FALSE(IsCampaignTag(std::string(41, 'a')));
  CHECK_FALSE(IsCampaignTag(""));
  CHECK_FALSE(IsCampaignTag("Huisarts"));
  CHECK_FALSE(IsCampaignTag("huis arts"));
  CHECK_FALSE(IsCampaignTag("huis/arts"));
  CHECK_FALSE(IsCampaignTag("caf\xc3\xa9"));
}

TEST_CASE("A complete report passes, with or without a name", "[report_form]") {
  CHECK(Check(ValidForm()).empty());
  ReportForm named = ValidForm();
  named.contact = "terugbellen";
  named.name = "Anna de Vries";
  named.phone = "06 1234 5678";
  CHECK(Check(named).empty());
  named.phone = "";
  named.email = "anna@voorbeeld.nl";
  CHECK(Check(named).empty());
  for (const char* phone : {"0612345678", "020-1234567", "(020) 123 45 67", "+31 6 12345678", "+32 470 12 34 56",
                            "0032 470 12 34 56"}) {
    INFO(phone);
    named.phone = phone;
    CHECK(Check(named).empty());
  }
}

TEST_CASE("Each address mistake gets its own message", "[report_form]") {
  ReportForm form = ValidForm();
  form.postcode = "0123 AB";
  CHECK(Check(form) == std::vector<std::string>{"postcode: Vul een postcode in zoals 1234 AB."});
  form.postcode = "";
  CHECK(Check(form) == std::vector<std::string>{"postcode: Vul een postcode in zoals 1234 AB."});

  form = ValidForm();
  form.house_number = " ";
  CHECK(Check(form) == std::vector<std::string>{"huisnummer: Vul het huisnummer in, zoals 12."});
  for (const char* number : {"0", "00", "-1", "100000", "1.5", "twaalf", "a12", "12 #"}) {
    INFO(number);
    form.house_number = number;
    CHECK(Check(form) == std::vector<std::string>{"huisnummer: Vul het huisnummer in met cijfers, zoals 12 of 12a."});
  }
  for (const char* number : {"1", "99999", " 12 ", "12a", "12 bis"}) {
    INFO(number);
    form.house_number = number;
    CHECK(Check(form).empty());
  }

  form = ValidForm();
  for (const char* addition : {"A", "bis", "2", "-A", " 3 ", "2 hoog", "3-hoog"}) {
    INFO(addition);
    form.addition = addition;
    CHECK(Check(form).empty());
  }
  for (const char* addition : {"A/B", "<b>", "abcdefghijklm", "\xc3\xa9", "3 hoog!"}) {
    INFO(addition);
    form.addition = addition;
    CHECK(Check(form) ==
          std::vector<std::string>{"toevoeging: Vul bij toevoeging alleen letters en cijfers in, zoals A of 3 hoog."});
  }
  // A wrong number and a wrong addition: both are named at once.
  form.house_number = "twaalf";
  form.addition = "#!";
  CHECK(Check(form) == std::vector<std::string>{"huisnummer: Vul het huisnummer in met cijfers, zoals 12 of 12a.",
                                                "toevoeging: Vul bij toevoeging alleen letters en cijfers in, zoals A of 3 hoog."});
}

// The number and the addition as "number|addition", or the problem's name.
std::string Parsed(std::string_view number, std::string_view addition = "") {
  const std::variant<HouseNumber, HouseNumberProblem> parsed = ParseHouseNumber(number, addition);
  if (const HouseNumber* ok = std::get_if<HouseNumber>(&parsed)) return std::to_string(ok->number) + "|" + ok->addition;
  switch (std::get<HouseNumberProblem>(parsed)) {
    case HouseNumberProblem::kEmpty: return "leeg";
    case HouseNumberProblem::kNumber: return "nummer";
    case HouseNumberProblem::kAddition: return "toevoeging";
  }
  return "?";
}

TEST_CASE("ParseHouseNumber splits a house number as people type it", "[report_form]") {
  // The addition typed into the number field.
  CHECK(Parsed("12") == "12|");
  CHECK(Parsed("12a") == "12|A");
  CHECK(Parsed("12 a") == "12|A");
  CHECK(Parsed("12A") == "12|A");
  CHECK(Parsed("12-2") == "12|2");
  CHECK(Parsed("12 - 2") == "12|2");
  CHECK(Parsed("12/2") == "12|2");
  CHECK(Parsed("12 bis") == "12|BIS");
  CHECK(Parsed("12bis") == "12|BIS");
  CHECK(Parsed("12 3 hoog") == "12|3 hoog");
  CHECK(Parsed("012") == "12|");
  // The addition field: codes in capitals, words in lower case, spaces made single.
  CHECK(Parsed("12", "a") == "12|A");
  CHECK(Parsed("12", " -bis ") == "12|BIS");
  CHECK(Parsed("12", "3 hoog") == "12|3 hoog");
  CHECK(Parsed("12", "3  HOOG") == "12|3 hoog");
  CHECK(Parsed("12", "III") == "12|III");
  CHECK(Parsed("12", "huis") == "12|HUIS");
  CHECK(Parsed("12", "beneden") == "12|beneden");
  // Both fields: each counts, the same one once.
  CHECK(Parsed("12a", "a") == "12|A");
  CHECK(Parsed("12a", "3 hoog") == "12|A 3 hoog");
  CHECK(Parsed("12-2", "b") == "12|2 B");
  // What cannot be a house number or an addition.
  CHECK(Parsed("") == "leeg");
  CHECK(Parsed("  ") == "leeg");
  CHECK(Parsed("a") == "nummer");
  CHECK(Parsed("0") == "nummer");
  CHECK(Parsed("0a") == "nummer");
  CHECK(Parsed("123456") == "nummer");
  CHECK(Parsed("12.5") == "nummer");
  CHECK(Parsed("12-") == "12|");  // a separator with nothing after it is dropped
  CHECK(Parsed("12 abcdefghijklm") == "nummer");
  CHECK(Parsed("12", "a#") == "toevoeging");
  CHECK(Parsed("12", "\xc3\xa9") == "toevoeging");
  CHECK(Parsed("12", "abcdefghijklm") == "toevoeging");
  CHECK(Parsed("12 abcdef", "ghijklm") == "toevoeging");
}

TEST_CASE("A postcode is taken in any case and spacing", "[report_form]") {
  ReportForm form = ValidForm();
  for (const char* postcode : {"1012ab", "1012 AB", " 1012  ab ", "1012aB", "1012\tAB"}) {
    INFO(postcode);
    form.postcode = postcode;
    Checked<AcceptedAddress> address = CheckAddress(form);
    REQUIRE(address.accepted);
    CHECK(address.accepted->Describe() == "1012 AB 12");
  }
}

TEST_CASE("The reasons and the text are checked", "[report_form]") {
  ReportForm form = ValidForm();
  form.reasons = {};
  CHECK(Check(form) == std::vector<std::string>{"zorg: Kies minstens één ding waar u zich zorgen over maakt."});
  form.reasons = {"huis", "brand"};
  CHECK(Check(form) == std::vector<std::string>{"zorg: Kies uit de vier keuzes op dit scherm."});
  form.reasons = {"huis", "gedrag", "gezegd", "anders"};
  CHECK(Check(form).empty());

  // Characters, not bytes: 1,000 letters é are allowed, one more is not.
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "\xc3\xa9";
  form.text = text;
  CHECK(Check(form).empty());
  form.text = text + "x";
  CHECK(Check(form) ==
        std::vector<std::string>{"toelichting: Uw tekst is te lang. Gebruik hoogstens 1000 tekens. Nu zijn het er 1001."});
}

TEST_CASE("Contact details are checked only when the reporter wants a call back", "[report_form]") {
  ReportForm form = ValidForm();
  form.contact = "";
  CHECK(Check(form) == std::vector<std::string>{"contact: Kies of u uw naam wilt geven."});
  form.contact = "misschien";
  CHECK(Check(form) == std::vector<std::string>{"contact: Kies of u uw naam wilt geven."});

  form.contact = "anoniem";
  form.name = "\r\nBcc: x";
  form.phone = "geen nummer";
  CHECK(Check(form).empty());  // ignored, and FillReport drops them

  form.contact = "terugbellen";
  form.name = "";
  form.phone = "";
  CHECK(Check(form) == std::vector<std::string>{
                           "naam: Vul uw naam in. Of kies: zonder naam melden.",
                           "telefoon: Vul uw telefoonnummer of uw e-mailadres in. Dan kunnen we u bereiken."});
  form.name = "An\r\nBcc: iemand@voorbeeld.nl";
  form.phone = "06 1234567";
  CHECK(Check(form) == std::vector<std::string>{"naam: Vul alleen uw naam in, zonder andere tekst.",
                                               "telefoon: Vul een telefoonnummer in zoals 06 12345678."});
  form.name = std::string(101, 'a');
  form.phone = "0612345678\r\n";
  CHECK(Check(form) == std::vector<std::string>{"naam: Vul alleen uw naam in, zonder andere tekst."});
  form.name = "An";
  for (const char* email : {"an", "an@", "@voorbeeld.nl", "an@voorbeeld", "an@voorbeeld.nl\r\nBcc: x@y.nl"}) {
    INFO(email);
    form.phone = "";
    form.email = email;
    CHECK(Check(form) == std::vector<std::string>{"email: Vul een e-mailadres in zoals naam@voorbeeld.nl."});
  }
}

TEST_CASE("ValidateStep checks only the questions of one screen", "[report_form]") {
  ReportForm form;
  CHECK(Messages(ValidateStep(FormStep::kAddress, form)) ==
        std::vector<std::string>{"postcode: Vul een postcode in zoals 1234 AB.", "huisnummer: Vul het huisnummer in, zoals 12."});
  CHECK(Messages(ValidateStep(FormStep::kReasons, form)) ==
        std::vector<std::string>{"zorg: Kies minstens één ding waar u zich zorgen over maakt."});
  CHECK(Messages(ValidateStep(FormStep::kContact, form)) ==
        std::vector<std::string>{"contact: Kies of u uw naam wilt geven."});
}

TEST_CASE("FillReport stores the answers normalised and drops contact details of anonymous reports", "[report_form]") {
  ReportForm form = ValidForm();
  form.postcode = " 1012ab";
  form.house_number = " 7 ";
  form.addition = " -bis ";
  form.reasons = {"anders", "huis"};
  form.text = "  Regel een\r\nRegel twee\rdrie\x07  ";
  form.contact = "anoniem";
  form.name = "Geheim";
  form.phone = "0612345678";
  form.campaign = "huisarts-centrum";
  Report report;
  Fill(form, &report);
  CHECK(report.address.postcode == "1012 AB");
  CHECK(report.address.house_number == 7);
  CHECK(report.address.addition == "BIS");
  CHECK(report.reasons == std::vector<std::string>{"huis", "anders"});  // in the order of the screen
  CHECK(report.text == "Regel een\nRegel twee\ndrie");
  CHECK(report.campaign == "huisarts-centrum");
  CHECK_FALSE(report.contact.wanted);
  CHECK(report.contact.name.empty());
  CHECK(report.contact.phone.empty());

  form.contact = "terugbellen";
  form.name = " Anna ";
  form.phone = " 06 12345678 ";
  form.email = "";
  Fill(form, &report);
  CHECK(report.contact.wanted);
  CHECK(report.contact.name == "Anna");
  CHECK(report.contact.phone == "06 12345678");
  CHECK(report.contact.email == "");
}

TEST_CASE("An accepted form holds typed answers: a postcode, a house number, its addition", "[report_form]") {
  ReportForm form = ValidForm();
  form.postcode = " 1012ab ";
  form.house_number = " 7 ";
  form.addition = " -bis ";
  form.reasons = {"gezegd", "huis"};
  form.campaign = "huisarts-centrum";
  Checked<AcceptedForm> checked = ValidateReportForm(form);
  REQUIRE(checked.errors.empty());
  REQUIRE(checked.accepted);
  const AcceptedForm& accepted = *checked.accepted;
  CHECK(accepted.address.postcode.digits == 1012);
  CHECK(accepted.address.postcode.letters == "AB");
  CHECK(accepted.address.house_number == 7);
  CHECK(accepted.address.addition == "BIS");
  CHECK(accepted.address.Describe() == "1012 AB 7 BIS");
  CHECK(accepted.reasons == std::vector<std::string>{"huis", "gezegd"});
  CHECK(accepted.campaign == "huisarts-centrum");
  CHECK_FALSE(accepted.contact.wanted);

  form.postcode = "1012";
  checked = ValidateReportForm(form);
  CHECK_FALSE(checked.accepted);
  CHECK(Messages(checked.errors) == std::vector<std::string>{"postcode: Vul een postcode in zoals 1234 AB."});
}

TEST_CASE("CheckAddress gives the typed address of the address screen, or its messages", "[report_form]") {
  ReportForm form;
  form.postcode = "9999zz";
  form.house_number = "1";
  Checked<AcceptedAddress> address = CheckAddress(form);
  REQUIRE(address.accepted);
  CHECK(address.accepted->Describe() == "9999 ZZ 1");
  form.house_number = "1a";
  address = CheckAddress(form);
  REQUIRE(address.accepted);
  CHECK(address.accepted->Describe() == "9999 ZZ 1 A");
  form.house_number = "1 a b c d e f g h";
  address = CheckAddress(form);
  CHECK_FALSE(address.accepted);
  CHECK(Messages(address.errors) == std::vector<std::string>{"huisnummer: Vul het huisnummer in met cijfers, zoals 12 of 12a."});
}

// A bidi override turns the rest of a line around and a zero-width space hides between letters, so a
// text could display other than it reads. FillReport is where every report is made, so what it marks
// reaches the e-mail and the JSON alike.
TEST_CASE("FillReport marks characters that would make a report display other than it reads", "[report_form]") {
  ReportForm form = ValidForm();
  form.text = "Regel een\nHij zei: \u202Egnirts\u200B en verder\u2028x";
  form.contact = "terugbellen";
  form.name = "An\u200Bna \u202Ekeeb";
  form.phone = "0612345678";
  REQUIRE(Check(form).empty());
  Report report;
  Fill(form, &report);
  report.id = "0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90";
  report.organisation = "welzijn-noord";
  CHECK(report.text == "Regel een\nHij zei: [U+202E]gnirts[U+200B] en verder[U+2028]x");
  CHECK(report.contact.name == "An[U+200B]na [U+202E]keeb");

  const nlohmann::json json = nlohmann::json::parse(ReportJson(report));
  CHECK(json["text"] == "Regel een\nHij zei: [U+202E]gnirts[U+200B] en verder[U+2028]x");
  CHECK(json["contact"]["name"] == "An[U+200B]na [U+202E]keeb");
  std::string email = ReportEmail(report, {"meldzuil@voorbeeld.nl", "meldpunt@welzijn.nl", "Welzijn Noord"}, testing::KioskTexts());
  for (std::size_t soft = email.find("=\r\n"); soft != std::string::npos; soft = email.find("=\r\n", soft)) {
    email.erase(soft, 3);
  }
  CHECK(email.find("[U+202E]gnirts[U+200B] en verder[U+2028]x") != std::string::npos);
  CHECK(email.find("An[U+200B]na [U+202E]keeb") != std::string::npos);
  CHECK(email.find("\u202E") == std::string::npos);
  CHECK(email.find("=E2=80=AE") == std::string::npos);  // U+202E, quoted-printable
}

// The limit counts what the resident typed: marking may make the stored text longer (each hidden
// character becomes the 8 characters of "[U+200B]"), and such a report still goes through whole.
TEST_CASE("A text of hidden characters at the limit is taken and stored marked, whole", "[report_form]") {
  ReportForm form = ValidForm();
  std::string text = "a";
  for (std::size_t i = 1; i < kMaxTextCharacters; ++i) text += "\u200B";
  form.text = text;
  REQUIRE(Check(form).empty());
  Report report;
  Fill(form, &report);
  CHECK(CountCharacters(report.text) == 1 + 8 * (kMaxTextCharacters - 1));
  report.id = "0f8e3a52-8c1e-4d3b-9a57-2b1c4e6f7a90";
  report.organisation = "welzijn-noord";
  const auto read_back = ReportFromJson(ReportJson(report));
  REQUIRE(read_back.has_value());
  CHECK(read_back->text == report.text);
}

TEST_CASE("An e-mail address with an invisible character is refused, as no reply could reach it", "[report_form]") {
  ReportForm form = ValidForm();
  form.contact = "terugbellen";
  form.name = "Anna";
  form.email = "anna@voor\u200Bbeeld.nl";
  CHECK(Check(form) == std::vector<std::string>{"email: Vul een e-mailadres in zoals naam@voorbeeld.nl."});
}

}  // namespace
}  // namespace nietpluis
