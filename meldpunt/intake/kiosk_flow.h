// The steps of the kiosk: which screen follows a posted step, and whether a posted report can be taken.
// Earlier answers travel in hidden fields, so the server keeps no half-filled report.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "address/address_register.h"
#include "config/kiosk_config.h"
#include "intake/follow_view.h"
#include "intake/address_lookup.h"
#include "intake/report.h"
#include "intake/report_form.h"

namespace nietpluis {

enum class KioskScreen {
  kStart,
  kAddress,
  kReasons,
  kContact,
  kCheck,
  kThankYou,
  kOutsideArea,
  kForm,     // all questions on one page: the public site, and a one-shot post with errors
  kBadForm,  // the post did not come from our form
  kStorageFailed,
  kNotFound,
  kRateLimited,  // the online form: too many posts from one address
  kStop,         // "Wilt u stoppen?": asked once before the answers are thrown away
  kFollow,       // the public intake's /volg: how a report with a follow-up code stands
  kStatusLink,   // the public intake's /status: the coordinator's link with its one button
  kAddressConfirm,  // "Kerkstraat 12, Voorbeeld. Klopt dit?", or a choice between the addresses at one number
};

struct ScreenView {
  explicit ScreenView(KioskScreen shown = KioskScreen::kStart, ReportForm answers = {}, std::vector<FieldError> found = {})
      : screen(shown), form(std::move(answers)), errors(std::move(found)) {}

  KioskScreen screen = KioskScreen::kStart;
  ReportForm form;
  std::vector<FieldError> errors;
  // The address once it was accepted: the check and outside-area screens show it as it is stored.
  std::optional<AcceptedAddress> address;
  // The register's question about the typed address: on kAddressConfirm, on kAddress ("Dit adres
  // kennen wij niet") and on kForm (the online form asks it when the report is sent).
  AddressQuestion question;
  // The check screen: what the register says of the address (street, number, woonplaats, found).
  AddressFacts facts;
  // A step opened by "Wijzig" on the check screen: Verder goes straight back to the check screen.
  bool changing = false;
  // The stop screen: the step it was asked on, where "Nee, ga verder" returns to.
  KioskScreen resume = KioskScreen::kStart;
  // Start screen only: reports are stuck or refused. Shown as a small symbol for staff, never as
  // text: residents read the screen, and what IT needs is in `status` and /health.
  bool attention = false;
  // The follow-up code on the thank-you screen, and the pages /volg and /status.
  FollowView follow;
};

struct FlowStep {
  int status = 200;  // 422 when the screen shows errors or refuses the address
  ScreenView view;
};

// POST /melden: `stap` says which screen was posted, `actie` where the resident wants to go.
// `addresses` (may be null) gives a postcode's woonplaats, for areas given as woonplaatsen.
FlowStep AdvanceFlow(const std::vector<FormField>& fields, const KioskConfig& config,
                     const AddressRegister* addresses = nullptr);

// POST /melding: either a report ready to store, or the screen to show instead. A post that filled
// in the hidden trap field is a bot's: it is thanked like anyone, so it learns nothing, and dropped.
struct Intake {
  std::optional<Report> report;
  FlowStep refusal;
  bool trapped = false;
};
// With `addresses` the report carries the street and woonplaats and whether the register holds it.
Intake ReviewReport(const std::vector<FormField>& fields, const KioskConfig& config, std::int64_t now,
                    const AddressRegister* addresses = nullptr);

}  // namespace nietpluis
