// The report form: decoding a posted body, checking each answer, and the B1 message at each field.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "intake/report.h"
#include "render/form_fields.h"

namespace nietpluis {

struct FormField {
  std::string name;
  std::string value;
};

struct DecodedForm {
  bool ok = false;
  std::vector<FormField> fields;
  std::string problem;  // for the log when !ok; never holds a posted value
};

// A limit that keeps a hostile post from costing memory; a real report has about a dozen fields.
// The limits of each answer are the form's own (render/form_fields.h).
inline constexpr std::size_t kMaxFormFields = 64;

// Decodes application/x-www-form-urlencoded. Refuses broken %-escapes, invalid UTF-8, NUL bytes and
// more than kMaxFormFields fields.
DecodedForm DecodeForm(std::string_view body);

// The answers as typed, so a form shown again keeps them.
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
  bool has_duplicates = false;  // a single-answer field came more than once: the post is not from our form
};

ReportForm ReadReportForm(const std::vector<FormField>& fields);

// The screens of the kiosk, each with its own questions.
enum class FormStep { kAddress, kReasons, kContact };

std::vector<FieldError> ValidateStep(FormStep step, const ReportForm& form);
std::vector<FieldError> ValidateReportForm(const ReportForm& form);

// Fills address, reasons, text and contact of a report from a form ValidateReportForm accepted.
// Contact details of an anonymous report are dropped here, so they are never stored.
void FillReport(const ReportForm& form, Report* report);

// "1012 AB 12 A": the address as it will be stored, or as typed where it is not valid yet.
std::string DescribeAddress(const ReportForm& form);

// A campaign tag: 1 to 40 of a-z, 0-9 and '-'.
bool IsCampaignTag(std::string_view tag);

}  // namespace nietpluis
