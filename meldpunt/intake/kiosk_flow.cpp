// Moving between kiosk screens.
#include "intake/kiosk_flow.h"

namespace nietpluis {
namespace {

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

// The screen that says no organisation of this kiosk works at `address`.
FlowStep OutsideArea(const ReportForm& form, AcceptedAddress address) {
  FlowStep outside = Show(KioskScreen::kOutsideArea, form);
  outside.status = 422;
  outside.view.address = std::move(address);
  return outside;
}

FlowStep ForwardFromAddress(const ReportForm& form, const KioskConfig& config) {
  Checked<AcceptedAddress> address = CheckAddress(form);
  if (!address.accepted) return Show(KioskScreen::kAddress, form, std::move(address.errors));
  if (config.OrganisationFor(address.accepted->postcode) == nullptr) return OutsideArea(form, *address.accepted);
  return Show(KioskScreen::kReasons, form);
}

FlowStep Forward(KioskScreen screen, FormStep step, KioskScreen next, const ReportForm& form) {
  std::vector<FieldError> errors = ValidateStep(step, form);
  if (!errors.empty()) return Show(screen, form, std::move(errors));
  FlowStep shown = Show(next, form);
  // The check screen shows the address as it will be stored. It was accepted on the address screen
  // and came back in hidden fields; one altered since is shown as typed, and the report refuses it.
  if (next == KioskScreen::kCheck) shown.view.address = CheckAddress(form).accepted;
  return shown;
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
    return forward ? ForwardFromAddress(form, config) : Show(KioskScreen::kStart, ReportForm{});
  }
  if (step == "zorg") {
    return forward ? Forward(KioskScreen::kReasons, FormStep::kReasons, KioskScreen::kContact, form)
                   : Show(KioskScreen::kAddress, form);
  }
  if (step == "contact") {
    if (form.contact.empty()) form.contact = "anoniem";
    return forward ? Forward(KioskScreen::kContact, FormStep::kContact, KioskScreen::kCheck, form)
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
  Checked<AcceptedForm> checked = ValidateReportForm(form);
  if (!checked.accepted) {
    intake.refusal = Show(KioskScreen::kForm, form, std::move(checked.errors));
    return intake;
  }
  const AcceptedForm& accepted = *checked.accepted;
  const KioskOrganisation* organisation = config.OrganisationFor(accepted.address.postcode);
  if (organisation == nullptr) {
    intake.refusal = OutsideArea(form, accepted.address);
    return intake;
  }
  Report report;
  report.id = NewReportId();
  report.received_at = now;
  const bool website = config.mode == KioskConfig::Mode::kPublic;
  report.source = website ? "website" : config.id;
  report.location = website ? "de website" : config.location;
  report.organisation = organisation->id;
  FillReport(accepted, &report);
  intake.report = std::move(report);
  return intake;
}

}  // namespace nietpluis
