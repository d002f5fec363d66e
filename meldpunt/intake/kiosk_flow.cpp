// Moving between kiosk screens.
#include "intake/kiosk_flow.h"

#include "config/postcode.h"

namespace nietpluis {
namespace {

const KioskOrganisation* OrganisationForForm(const ReportForm& form, const KioskConfig& config) {
  auto postcode = ParsePostcode(form.postcode);
  return postcode ? config.OrganisationFor(postcode->digits) : nullptr;
}

FlowStep Show(KioskScreen screen, const ReportForm& form, std::vector<FieldError> errors = {}) {
  FlowStep step;
  step.status = errors.empty() ? 200 : 422;
  step.view = ScreenView(screen, form, std::move(errors));
  return step;
}

// A post our screens cannot have sent: nothing of it is shown back, and the status says it was refused.
FlowStep BadForm() {
  FlowStep bad = Show(KioskScreen::kBadForm, ReportForm{});
  bad.status = 400;
  return bad;
}

std::string Value(const std::vector<FormField>& fields, const std::string& name) {
  for (const FormField& field : fields) {
    if (field.name == name) return field.value;
  }
  return {};
}

FlowStep Forward(KioskScreen screen, FormStep step, KioskScreen next, const ReportForm& form, const KioskConfig& config) {
  std::vector<FieldError> errors = ValidateStep(step, form);
  if (!errors.empty()) return Show(screen, form, std::move(errors));
  if (step == FormStep::kAddress && OrganisationForForm(form, config) == nullptr) {
    FlowStep outside = Show(KioskScreen::kOutsideArea, form);
    outside.status = 422;
    return outside;
  }
  return Show(next, form);
}

}  // namespace

FlowStep AdvanceFlow(const std::vector<FormField>& fields, const KioskConfig& config) {
  ReportForm form = ReadReportForm(fields);
  if (form.has_duplicates) return BadForm();
  const std::string step = Value(fields, "stap");
  const std::string action = Value(fields, "actie");
  const bool forward = action == "verder";
  if (action == "wijzig-adres") return Show(KioskScreen::kAddress, form);
  if (action == "wijzig-zorg") return Show(KioskScreen::kReasons, form);
  if (action == "wijzig-contact") return Show(KioskScreen::kContact, form);
  if (step == "adres") {
    return forward ? Forward(KioskScreen::kAddress, FormStep::kAddress, KioskScreen::kReasons, form, config)
                   : Show(KioskScreen::kStart, ReportForm{});
  }
  if (step == "zorg") {
    return forward ? Forward(KioskScreen::kReasons, FormStep::kReasons, KioskScreen::kContact, form, config)
                   : Show(KioskScreen::kAddress, form);
  }
  if (step == "contact") {
    if (form.contact.empty()) form.contact = "anoniem";
    return forward ? Forward(KioskScreen::kContact, FormStep::kContact, KioskScreen::kCheck, form, config)
                   : Show(KioskScreen::kReasons, form);
  }
  if (step == "controle") return Show(KioskScreen::kContact, form);
  if (step == "buiten") return Show(KioskScreen::kAddress, form);
  return BadForm();
}

Intake ReviewReport(const std::vector<FormField>& fields, const KioskConfig& config, std::int64_t now) {
  Intake intake;
  ReportForm form = ReadReportForm(fields);
  if (form.has_duplicates) {
    intake.refusal = BadForm();
    return intake;
  }
  if (!form.honeypot.empty()) {
    intake.trapped = true;
    return intake;
  }
  std::vector<FieldError> errors = ValidateReportForm(form);
  if (!errors.empty()) {
    intake.refusal = Show(KioskScreen::kForm, form, std::move(errors));
    return intake;
  }
  const KioskOrganisation* organisation = OrganisationForForm(form, config);
  if (organisation == nullptr) {
    intake.refusal = Show(KioskScreen::kOutsideArea, form);
    intake.refusal.status = 422;
    return intake;
  }
  Report report;
  report.id = NewReportId();
  report.received_at = now;
  const bool website = config.mode == KioskConfig::Mode::kPublic;
  report.source = website ? "website" : config.id;
  report.location = website ? "de website" : config.location;
  report.organisation = organisation->id;
  FillReport(form, &report);
  intake.report = std::move(report);
  return intake;
}

}  // namespace nietpluis
