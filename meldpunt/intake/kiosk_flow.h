// The steps of the kiosk: which screen follows a posted step, and whether a posted report can be taken.
// Earlier answers travel in hidden fields, so the server keeps no half-filled report.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "config/kiosk_config.h"
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
};

struct ScreenView {
  explicit ScreenView(KioskScreen shown = KioskScreen::kStart, ReportForm answers = {}, std::vector<FieldError> found = {})
      : screen(shown), form(std::move(answers)), errors(std::move(found)) {}

  KioskScreen screen = KioskScreen::kStart;
  ReportForm form;
  std::vector<FieldError> errors;
  // The address once it was accepted: the check and outside-area screens show it as it is stored.
  std::optional<AcceptedAddress> address;
  std::string notice;  // start screen only: a line for staff when reports are stuck
};

struct FlowStep {
  int status = 200;  // 422 when the screen shows errors or refuses the address
  ScreenView view;
};

// POST /melden: `stap` says which screen was posted, `actie` where the resident wants to go.
FlowStep AdvanceFlow(const std::vector<FormField>& fields, const KioskConfig& config);

// POST /melding: either a report ready to store, or the screen to show instead. A post that filled
// in the hidden trap field is a bot's: it is thanked like anyone, so it learns nothing, and dropped.
struct Intake {
  std::optional<Report> report;
  FlowStep refusal;
  bool trapped = false;
};
Intake ReviewReport(const std::vector<FormField>& fields, const KioskConfig& config, std::int64_t now);

}  // namespace nietpluis
