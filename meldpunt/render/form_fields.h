// The report form's fields, as the partial templates/partials/meldformulier shows them: what each
// field is, its label and hint, the four reasons, and the B1 message at a field. The kiosk's screens
// and the site's page "Melden" both use it, so the two forms cannot drift apart.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "render/templates.h"

namespace nietpluis {

// Limits that keep a hostile post from costing memory, and that the form shows as maxlength.
inline constexpr std::size_t kMaxTextCharacters = 1000;
inline constexpr std::size_t kMaxNameCharacters = 100;

// The four reasons PostNL deliverers also use, so coordinators see the same words from every channel.
struct Reason {
  std::string_view value;  // form value and JSON value: "huis"
  std::string_view label;  // what the resident reads: "Het huis"
};
const std::vector<Reason>& Reasons();
// Empty when `value` is not one of Reasons().
std::string_view ReasonLabel(std::string_view value);

struct FieldError {
  std::string field;    // the form field name, also the id of its input
  std::string message;  // B1 Dutch, says what to do
};

// What the form shows: the answers as typed, by field name, and the problems found in them.
struct FormFieldsView {
  std::map<std::string, std::string> answers;
  std::vector<std::string> reasons;  // chosen reason values
  std::string contact;               // "anoniem", "terugbellen" or empty
  std::string campaign;              // `bron`
  std::vector<FieldError> errors;
};

// The values of the report form's fields (partials/meldformulier): labels, hints, answers, errors.
// `kiosk` turns off the browser's autocomplete, since a kiosk is shared.
TemplateData FormFieldsData(const FormFieldsView& view, bool kiosk);

}  // namespace nietpluis
