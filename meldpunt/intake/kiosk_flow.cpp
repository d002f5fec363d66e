// Moving between kiosk screens.
#include "intake/kiosk_flow.h"

#include "intake/address_lookup.h"

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

// The check screen shows the address as it will be stored. It was accepted on the address screen
// and came back in hidden fields; one altered since is shown as typed, and the report refuses it.
// With a register it shows the street and woonplaats, or that the register lacks the address.
FlowStep ShowCheck(const ReportForm& form, const AddressRegister* addresses) {
  FlowStep shown = Show(KioskScreen::kCheck, form);
  shown.view.address = CheckAddress(form).accepted;
  if (shown.view.address) shown.view.facts = LookUpAddress(addresses, *shown.view.address);
  return shown;
}

// The register's question: at the kiosk on a screen of its own, or (for an address it lacks) on the
// address screen, whose fields can be corrected; on the online form inside the form.
FlowStep AskAboutAddress(const ReportForm& form, AddressQuestion question, KioskScreen form_screen) {
  KioskScreen screen = form_screen;
  if (form_screen == KioskScreen::kAddress && question.kind != AddressQuestion::Kind::kUnknown) {
    screen = KioskScreen::kAddressConfirm;
  }
  FlowStep asked = Show(screen, form);
  asked.view.question = std::move(question);
  return asked;
}

FlowStep Changing(FlowStep step, bool changing) {
  step.view.changing = changing && step.view.screen != KioskScreen::kCheck;
  return step;
}

FlowStep ForwardFromAddress(const ReportForm& typed, const KioskConfig& config, const AddressRegister* addresses,
                            bool changing) {
  Checked<AcceptedAddress> address = CheckAddress(typed);
  if (!address.accepted) return Show(KioskScreen::kAddress, typed, std::move(address.errors));
  const std::string place = LookUpAddress(addresses, *address.accepted).place_of_postcode;
  if (config.OrganisationFor(address.accepted->postcode, place) == nullptr) return OutsideArea(typed, *address.accepted);
  ReportForm form = typed;
  AddressQuestion question = SettleAddress(addresses, &form, *address.accepted);
  if (question.kind != AddressQuestion::Kind::kNone) return AskAboutAddress(form, std::move(question), KioskScreen::kAddress);
  return changing ? ShowCheck(form, addresses) : Show(KioskScreen::kReasons, form);
}

FlowStep Forward(KioskScreen screen, FormStep step, KioskScreen next, const ReportForm& form,
                 const AddressRegister* addresses) {
  std::vector<FieldError> errors = ValidateStep(step, form);
  if (!errors.empty()) return Show(screen, form, std::move(errors));
  return next == KioskScreen::kCheck ? ShowCheck(form, addresses) : Show(next, form);
}

// The screen of each step's `stap` value; kStart for a value no step has.
KioskScreen StepScreen(const std::string& step) {
  if (step == "adres") return KioskScreen::kAddress;
  if (step == "zorg") return KioskScreen::kReasons;
  if (step == "contact") return KioskScreen::kContact;
  if (step == "controle") return KioskScreen::kCheck;
  return KioskScreen::kStart;
}

// "Wilt u stoppen?" keeps the answers in hidden fields only so that "Nee" can return to them; "Ja" is a
// plain link to the start screen, which carries nothing.
FlowStep AskToStop(const ReportForm& form, KioskScreen resume, bool changing) {
  FlowStep ask = Show(KioskScreen::kStop, form);
  ask.view.resume = resume;
  ask.view.changing = changing;
  return ask;
}

FlowStep Resume(const ReportForm& form, KioskScreen screen, bool changing, const AddressRegister* addresses) {
  if (screen == KioskScreen::kCheck) return ShowCheck(form, addresses);
  return Changing(Show(screen, form), changing);
}

}  // namespace

FlowStep AdvanceFlow(const std::vector<FormField>& fields, const KioskConfig& config, const AddressRegister* addresses) {
  ReportForm form = ReadReportForm(fields);
  if (form.has_duplicates) return BadForm();
  const std::string step = Value(fields, "stap");
  const std::string action = Value(fields, "actie");
  // Set on a step opened from the check screen: that step returns there, checked, either way.
  const bool changing = Value(fields, "wijzigen") == "ja";
  const bool forward = action == "verder" || (changing && action == "terug");
  if (action == "stoppen") {
    const KioskScreen resume = StepScreen(step);
    return resume == KioskScreen::kStart ? BadForm() : AskToStop(form, resume, changing);
  }
  if (step == "stoppen") {
    const KioskScreen resume = StepScreen(Value(fields, "vorige"));
    return resume == KioskScreen::kStart ? BadForm() : Resume(form, resume, changing, addresses);
  }
  if (action == "wijzig-adres") return Changing(Show(KioskScreen::kAddress, form), true);
  if (action == "wijzig-zorg") return Changing(Show(KioskScreen::kReasons, form), true);
  if (action == "wijzig-contact") return Changing(Show(KioskScreen::kContact, form), true);
  if (step == "adres") {
    // "Ja", a chosen address, or "Het adres klopt" post the confirmation itself, without an actie.
    const bool confirming = action.empty() && !form.address_confirmed.empty();
    if (forward || confirming) return Changing(ForwardFromAddress(form, config, addresses, changing), changing);
    if (action == "ander-adres") return Changing(Show(KioskScreen::kAddress, form), changing);
    return Show(KioskScreen::kStart, ReportForm{});
  }
  if (step == "zorg") {
    if (forward) {
      return Changing(Forward(KioskScreen::kReasons, FormStep::kReasons, changing ? KioskScreen::kCheck : KioskScreen::kContact, form,
                              addresses),
                      changing);
    }
    return Show(KioskScreen::kAddress, form);
  }
  if (step == "contact") {
    if (form.contact.empty()) form.contact = "anoniem";
    if (forward) {
      return Changing(Forward(KioskScreen::kContact, FormStep::kContact, KioskScreen::kCheck, form, addresses), changing);
    }
    return Show(KioskScreen::kReasons, form);
  }
  if (step == "controle") return Show(KioskScreen::kContact, form);
  if (step == "buiten") return Changing(Show(KioskScreen::kAddress, form), changing);
  return BadForm();
}

Intake ReviewReport(const std::vector<FormField>& fields, const KioskConfig& config, std::int64_t now,
                    const AddressRegister* addresses) {
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
  // The register's question comes after the other answers are right, and only once: a confirmed or
  // chosen address settles it (a chosen addition replaces the typed one, so it is checked again).
  AddressQuestion question = SettleAddress(addresses, &form, checked.accepted->address);
  if (question.kind != AddressQuestion::Kind::kNone) {
    const bool kiosk = config.mode == KioskConfig::Mode::kKiosk;
    intake.refusal = AskAboutAddress(form, std::move(question), kiosk ? KioskScreen::kAddress : KioskScreen::kForm);
    return intake;
  }
  checked = ValidateReportForm(form);
  if (!checked.accepted) {
    intake.refusal = Show(KioskScreen::kForm, form, std::move(checked.errors));
    return intake;
  }
  const AcceptedForm& accepted = *checked.accepted;
  const AddressFacts facts = LookUpAddress(addresses, accepted.address);
  const KioskOrganisation* organisation = config.OrganisationFor(accepted.address.postcode, facts.place_of_postcode);
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
  FillAddressFacts(facts, &report.address);
  intake.report = std::move(report);
  return intake;
}

}  // namespace nietpluis
