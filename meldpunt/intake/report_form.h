// The report form: decoding a posted body, checking each answer, and the B1 message at each field.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/status.h"
#include "config/postcode.h"
#include "intake/report.h"
#include "render/form_fields.h"

namespace nietpluis {

struct FormField {
  std::string name;
  std::string value;
};

// A limit that keeps a hostile post from costing memory; a real report has about a dozen fields.
// The limits of each answer are the form's own (render/form_fields.h).
inline constexpr std::size_t kMaxFormFields = 64;

// Decodes application/x-www-form-urlencoded. Refuses broken %-escapes, invalid UTF-8, NUL bytes and
// more than kMaxFormFields fields; the error says which, for the log, and never quotes the post.
Result<std::vector<FormField>> DecodeForm(std::string_view body);

// The answers as typed, so a form shown again keeps them. Only the checks below read them; what
// comes after takes their typed result.
struct ReportForm {
  std::string postcode;
  std::string house_number;
  std::string addition;
  std::vector<std::string> reasons;
  std::string text;
  std::string contact;  // "anoniem" or "terugbellen"; empty means not chosen yet
  std::string name;
  std::string phone;
  std::string email;
  std::string campaign;  // `bron`; dropped when it is not a valid tag, since a resident cannot fix it
  std::string honeypot;  // `website`: a field people never see, so only a bot fills it in
  // `adres_bevestigd`: the address the resident confirmed or chose after the register was asked
  // ("1012 AB 12 A"), or the typed one they send although the register lacks it (intake/address_lookup.h).
  std::string address_confirmed;
  bool has_duplicates = false;  // a single-answer field came more than once: the post is not from our form
};

ReportForm ReadReportForm(const std::vector<FormField>& fields);

// The screens of the kiosk, each with its own questions.
enum class FormStep { kAddress, kReasons, kContact };

// The address a report is about, parsed once where the form comes in.
struct AcceptedAddress {
  Postcode postcode;
  int house_number = 0;  // 1..99999
  std::string addition;  // "A", "BIS", "A 3 hoog" (see ParseHouseNumber); may be empty

  // "1012 AB 12 A": the address as it is stored and shown on the check screen.
  std::string Describe() const;
};

// A whole form that passed every check, in the form everything after the intake takes.
struct AcceptedForm {
  AcceptedAddress address;
  std::vector<std::string> reasons;  // values of ReasonValues(), in that order
  std::string text;                  // line ends as \n, control characters dropped, hidden ones marked
  ReportContact contact;             // empty unless the reporter asked to be called back
  std::string campaign;              // a valid tag, or empty
};

// The typed answers of a check, or the messages at the fields that kept them from being accepted.
template <typename T>
struct Checked {
  std::optional<T> accepted;  // set exactly when `errors` is empty
  std::vector<FieldError> errors;
};

// A house number as people type it, split into the number and its addition.
struct HouseNumber {
  int number = 0;
  std::string addition;
};
enum class HouseNumberProblem { kEmpty, kNumber, kAddition };

// The house number field may hold the addition too ("12a", "12 a", "12-2", "12 bis", "12 3 hoog");
// the addition field adds to it. Each part of an addition is cleaned the same way: a separator in
// front ("-", "/", spaces) dropped, spaces inside made single; a short code without spaces (at most 4
// characters: "A", "2", "BIS", "III") in capitals as the BAG writes it, words ("3 hoog") in lower
// case. Only ASCII letters, digits, spaces and '-' inside; at most kMaxAdditionCharacters in all.
std::variant<HouseNumber, HouseNumberProblem> ParseHouseNumber(std::string_view number, std::string_view addition);
inline constexpr std::size_t kMaxAdditionCharacters = 12;

// The address screen's questions. The postcode may come in any case and spacing ("1012ab", " 1012  AB").
Checked<AcceptedAddress> CheckAddress(const ReportForm& form);
// The messages at the fields of one screen.
std::vector<FieldError> ValidateStep(FormStep step, const ReportForm& form);
// Every question at once. Contact details of an anonymous report are dropped here, so they are
// never stored.
Checked<AcceptedForm> ValidateReportForm(const ReportForm& form);

// Fills address, reasons, text, contact and campaign of a report.
void FillReport(const AcceptedForm& form, Report* report);

// A campaign tag: 1 to 40 of a-z, 0-9 and '-'.
bool IsCampaignTag(std::string_view tag);

}  // namespace nietpluis
