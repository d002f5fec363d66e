// Fuzzes a posted report form from end to end: decoding, reading, validation, the kiosk's steps, the
// intake of a whole report, and the screen a resident then sees.
#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "base/text.h"
#include "base/utf8.h"
#include "config/postcode.h"
#include "fuzz_support.h"
#include "intake/kiosk_flow.h"
#include "intake/kiosk_screens.h"
#include "intake/report_form.h"

namespace nietpluis::fuzz {
namespace {

struct Intakes {
  KioskConfig kiosk;        // content/kiosk.toml: a meldzuil
  KioskConfig public_site;  // content/intake.toml: the online form
  std::unique_ptr<KioskScreens> kiosk_screens, public_screens;
};

const Intakes& Shared() {
  static const Intakes* intakes = [] {
    auto* loaded = new Intakes;
    Diagnostics diagnostics;
    loaded->kiosk = LoadKioskConfig(SourceDir() / "content/kiosk.toml", false, &diagnostics);
    loaded->public_site = LoadKioskConfig(SourceDir() / "content/intake.toml", false, &diagnostics);
    auto kiosk_screens = KioskScreens::Load(loaded->kiosk, SourceDir() / "templates", Env::Default(), &diagnostics);
    auto public_screens = KioskScreens::Load(loaded->public_site, SourceDir() / "templates", Env::Default(), &diagnostics);
    FUZZ_CHECK(!diagnostics.HasErrors() && kiosk_screens.ok() && public_screens.ok());
    loaded->kiosk_screens = std::move(kiosk_screens).value();
    loaded->public_screens = std::move(public_screens).value();
    return loaded;
  }();
  return *intakes;
}

const std::vector<std::string>& FieldIds() {
  static const std::vector<std::string> ids = {"postcode", "huisnummer", "toevoeging", "zorg", "toelichting",
                                               "contact",  "naam",       "telefoon",   "email"};
  return ids;
}

std::string PercentEncode(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) && c < 128) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0x0f];
    }
  }
  return out;
}

// What DecodeForm gave decodes again from its own encoding, and a refusal never quotes the post.
void CheckDecoded(const Result<std::vector<FormField>>& decoded) {
  if (!decoded.ok()) {
    const std::string& problem = decoded.error().problem;
    FUZZ_CHECK_MSG(problem == "ongeldige codering in het formulier" ||
                       problem == "meer dan " + std::to_string(kMaxFormFields) + " velden",
                   problem);
    return;
  }
  const std::vector<FormField>& fields = decoded.value();
  FUZZ_CHECK(fields.size() <= kMaxFormFields);
  std::string body;
  for (const FormField& field : fields) {
    FUZZ_CHECK(IsValidUtf8(field.name) && IsValidUtf8(field.value));
    FUZZ_CHECK(field.name.find('\0') == std::string::npos && field.value.find('\0') == std::string::npos);
    body += (body.empty() ? "" : "&") + PercentEncode(field.name) + "=" + PercentEncode(field.value);
  }
  Result<std::vector<FormField>> again = DecodeForm(body);
  FUZZ_CHECK(again.ok() && again.value().size() == fields.size());
  for (std::size_t i = 0; i < fields.size(); ++i) {
    FUZZ_CHECK(again.value()[i].name == fields[i].name && again.value()[i].value == fields[i].value);
  }
}

// ReadReportForm keeps the last of each answer, each reason once, and flags any answer given twice.
void CheckRead(const std::vector<FormField>& fields, const ReportForm& form) {
  std::map<std::string, int> seen;
  std::map<std::string, std::string> last;
  for (const FormField& field : fields) {
    ++seen[field.name == "zorg" ? "zorg=" + field.value : field.name];
    last[field.name] = field.value;
  }
  const std::vector<std::string> singles = {"postcode", "huisnummer", "toevoeging", "toelichting", "contact",
                                            "naam",     "telefoon",   "email",      "bron",        "website",
                                            "adres_bevestigd"};
  bool single_twice = std::any_of(singles.begin(), singles.end(), [&](const std::string& name) { return seen[name] > 1; });
  bool reason_twice = std::any_of(seen.begin(), seen.end(), [](const auto& entry) {
    return entry.first.rfind("zorg=", 0) == 0 && entry.second > 1;
  });
  FUZZ_CHECK(form.has_duplicates == (single_twice || reason_twice));
  FUZZ_CHECK(form.postcode == last["postcode"] && form.house_number == last["huisnummer"]);
  FUZZ_CHECK(form.text == last["toelichting"] && form.name == last["naam"] && form.honeypot == last["website"]);
  FUZZ_CHECK(form.address_confirmed == last["adres_bevestigd"]);
  FUZZ_CHECK(form.campaign.empty() || IsCampaignTag(form.campaign));
  for (std::size_t i = 0; i < form.reasons.size(); ++i) {
    FUZZ_CHECK(std::count(form.reasons.begin(), form.reasons.end(), form.reasons[i]) == 1);
  }
}

// The whole form gives the errors of its three steps, and an accepted form fills a clean report.
void CheckValidation(const ReportForm& form) {
  Checked<AcceptedForm> checked = ValidateReportForm(form);
  FUZZ_CHECK(checked.accepted.has_value() == checked.errors.empty());
  const std::vector<FieldError>& errors = checked.errors;
  std::vector<FieldError> steps;
  for (FormStep step : {FormStep::kAddress, FormStep::kReasons, FormStep::kContact}) {
    for (FieldError& error : ValidateStep(step, form)) steps.push_back(std::move(error));
  }
  FUZZ_CHECK(errors.size() == steps.size());
  for (std::size_t i = 0; i < errors.size(); ++i) {
    FUZZ_CHECK(errors[i].field == steps[i].field && errors[i].text == steps[i].text && errors[i].values == steps[i].values);
    FUZZ_CHECK_MSG(std::find(FieldIds().begin(), FieldIds().end(), errors[i].field) != FieldIds().end(), errors[i].field);
    FUZZ_CHECK_MSG(StartsWith(errors[i].text, "fout.") &&
                       std::find(FormTextKeys().begin(), FormTextKeys().end(), errors[i].text) != FormTextKeys().end(),
                   errors[i].text);
  }
  const std::vector<FieldError> address = ValidateStep(FormStep::kAddress, form);
  const bool postcode_refused = std::any_of(address.begin(), address.end(), [](const FieldError& e) { return e.field == "postcode"; });
  FUZZ_CHECK(postcode_refused == !ParsePostcode(form.postcode));
  if (!errors.empty()) return;
  Report report;
  report.id = "0b9ba4b5-3c2a-4e59-9d0a-1f3c8e1b2a47";
  report.received_at = 1795000000;
  report.source = "buurthuis-de-kroon";
  report.location = "Buurthuis De Kroon";
  report.organisation = "welzijn-noord";
  try {
    FillReport(*checked.accepted, &report);
  } catch (const std::exception& error) {
    Fail("FillReport does not throw for a form ValidateReportForm accepted", __FILE__, __LINE__, error.what());
  }
  CheckStoredReport(report);
  FUZZ_CHECK(report.campaign == form.campaign);
  FUZZ_CHECK(report.contact.wanted == (form.contact == "terugbellen"));
}

// The same view with every character that could open markup replaced: the page must have exactly
// as many tags, quotes and scripts, or a posted answer reached the HTML unescaped.
ScreenView Defused(const ScreenView& view) {
  ScreenView twin = view;
  auto defuse = [](std::string& text) {
    std::replace_if(text.begin(), text.end(), [](char c) { return c == '<' || c == '>' || c == '"' || c == '\'' || c == '&'; }, '_');
  };
  ReportForm& form = twin.form;
  for (std::string* text : {&form.postcode, &form.house_number, &form.addition, &form.text, &form.contact, &form.name,
                            &form.phone, &form.email, &form.campaign, &form.honeypot}) {
    defuse(*text);
  }
  for (std::string& reason : form.reasons) defuse(reason);
  return twin;
}

void CheckRendered(KioskScreens& screens, const ScreenView& view) {
  const std::string html = screens.Render(view);
  const std::string twin = screens.Render(Defused(view));
  FUZZ_CHECK(IsValidUtf8(html));
  FUZZ_CHECK(html.find("<h1") != std::string::npos);  // a real screen, not the fallback for a failed render
  for (std::string_view markup : {"<", ">", "\"", "'"}) {
    FUZZ_CHECK_MSG(Count(html, markup) == Count(twin, markup), "unescaped " + std::string(markup) + " on screen " +
                                                                    ScreenTemplate(view.screen));
  }
  FUZZ_CHECK(CountIgnoringCase(html, "<script") == CountIgnoringCase(twin, "<script"));
}

std::string Value(const std::vector<FormField>& fields, std::string_view name) {
  for (const FormField& field : fields) {
    if (field.name == name) return field.value;
  }
  return {};
}

// A screen after a step only when that step's answers are right (and, after the address, served).
void CheckStep(const std::vector<FormField>& fields, const KioskConfig& config, const FlowStep& step) {
  // A screen with errors, outside the area or a post that is not ours: never 200.
  const KioskScreen screen = step.view.screen;
  if (screen == KioskScreen::kBadForm) {
    FUZZ_CHECK(step.status == 400);
    FUZZ_CHECK(step.view.form.postcode.empty() && step.view.form.text.empty() && step.view.form.name.empty());
  } else if (screen == KioskScreen::kOutsideArea || !step.view.errors.empty()) {
    FUZZ_CHECK(step.status == 422);
  } else {
    FUZZ_CHECK(step.status == 200);
  }
  const bool forward = Value(fields, "actie") == "verder";
  const std::string posted = Value(fields, "stap");
  const ReportForm& form = step.view.form;
  if (forward && posted == "adres" && step.view.screen == KioskScreen::kReasons) {
    auto postcode = ParsePostcode(form.postcode);
    FUZZ_CHECK(ValidateStep(FormStep::kAddress, form).empty() && postcode && config.OrganisationFor(*postcode));
  }
  if (forward && posted == "zorg" && step.view.screen == KioskScreen::kContact) {
    FUZZ_CHECK(ValidateStep(FormStep::kReasons, form).empty());
  }
  if (forward && posted == "contact" && step.view.screen == KioskScreen::kCheck) {
    FUZZ_CHECK(ValidateStep(FormStep::kContact, form).empty());
  }
}

bool IsUuidV4(const std::string& id) {
  static const std::regex pattern("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  return std::regex_match(id, pattern);
}

void CheckIntake(const std::vector<FormField>& fields, const KioskConfig& config, KioskScreens& screens) {
  const std::int64_t now = 1795000000;
  Intake intake = ReviewReport(fields, config, now);
  const ReportForm form = ReadReportForm(fields);
  if (intake.trapped) {
    FUZZ_CHECK(!intake.report && !form.honeypot.empty() && !form.has_duplicates);
    return;
  }
  if (!intake.report) {
    const KioskScreen screen = intake.refusal.view.screen;
    FUZZ_CHECK(intake.refusal.status == (screen == KioskScreen::kBadForm ? 400 : 422));
    CheckRendered(screens, intake.refusal.view);
    return;
  }
  const Report& report = *intake.report;
  FUZZ_CHECK(!form.has_duplicates && form.honeypot.empty() && ValidateReportForm(form).errors.empty());
  auto postcode = ParsePostcode(report.address.postcode);
  FUZZ_CHECK(postcode);
  const KioskOrganisation* organisation = config.OrganisationFor(*postcode);
  FUZZ_CHECK(organisation && organisation->id == report.organisation);
  FUZZ_CHECK(IsUuidV4(report.id) && report.received_at == now);
  const bool website = config.mode == KioskConfig::Mode::kPublic;
  FUZZ_CHECK(report.source == (website ? "website" : config.id));
  CheckStoredReport(report);
}

}  // namespace
}  // namespace nietpluis::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  nietpluis::fuzz::Shared();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nietpluis;
  using namespace nietpluis::fuzz;
  const Intakes& intakes = Shared();
  Result<std::vector<FormField>> decoded = DecodeForm(AsText(data, size));
  CheckDecoded(decoded);
  if (!decoded.ok()) return 0;
  const std::vector<FormField>& fields = decoded.value();
  const ReportForm form = ReadReportForm(fields);
  CheckRead(fields, form);
  CheckValidation(form);
  // Each input runs against one of the two intakes, so both are covered without doubling the work.
  const bool website = size % 2 == 1;
  const KioskConfig& config = website ? intakes.public_site : intakes.kiosk;
  KioskScreens& screens = *(website ? intakes.public_screens : intakes.kiosk_screens);
  FlowStep step = AdvanceFlow(fields, config);
  CheckStep(fields, config, step);
  CheckRendered(screens, step.view);
  CheckIntake(fields, config, screens);
  return 0;
}
