// The report form's fields, as the partial templates/partials/meldformulier shows them: what each
// field is, its label and hint, the four reasons, and the B1 message at a field. The kiosk's screens
// and the site's page "Melden" both use it, so the two forms cannot drift apart. The words come from
// the intake's text file (templates/teksten/kiosk.toml), which both programs read.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/env.h"
#include "base/status.h"
#include "render/templates.h"
#include "render/texts.h"

namespace nietpluis {

// Limits that keep a hostile post from costing memory, and that the form shows as maxlength.
inline constexpr std::size_t kMaxTextCharacters = 1000;
inline constexpr std::size_t kMaxNameCharacters = 100;

// The text file of the intake beside the templates: templates_dir/teksten/kiosk.toml. The form is
// the intake's (a post from the page "Melden" is answered by the intake's screens), so its texts
// live there and the site build reads them from there.
std::filesystem::path KioskTextsFile(const std::filesystem::path& templates_dir);
// Every text the form uses: labels and hints ("veld.postcode.label"), reasons ("reden.huis"), and
// the messages at a field ("fout.postcode").
const std::vector<std::string>& FormTextKeys();
// The form's texts from KioskTextsFile; a missing one is an error that names the file.
Result<Texts> LoadFormTexts(Env* env, const std::filesystem::path& templates_dir);

// The values of the four reasons PostNL deliverers also use, in the order the form shows them. Form
// and JSON carry these values ("huis"); what the resident reads is the text "reden.<value>".
const std::vector<std::string_view>& ReasonValues();
bool IsReason(std::string_view value);
// What the resident reads for a reason: "Het huis".
const std::string& ReasonLabel(const Texts& texts, std::string_view value);

struct FieldError {
  std::string field;                          // the form field name, also the id of its input
  std::string text;                           // the key of its B1 message, which says what to do
  std::map<std::string, std::string> values = {};  // fills the message's {placeholders}
};
// The message at the field, as the resident reads it.
std::string FieldMessage(const Texts& texts, const FieldError& error);

// What the form shows: the answers as typed, by field name, and the problems found in them.
struct FormFieldsView {
  std::map<std::string, std::string> answers;
  std::vector<std::string> reasons;  // chosen reason values
  std::string contact;               // "anoniem", "terugbellen" or empty
  std::string campaign;              // `bron`
  std::vector<FieldError> errors;
};

// The values of the report form's fields (partials/meldformulier): labels, hints, answers, errors.
// `texts` holds FormTextKeys(). `kiosk` turns off the browser's autocomplete, since a kiosk is shared.
TemplateData FormFieldsData(const Texts& texts, const FormFieldsView& view, bool kiosk);

}  // namespace nietpluis
