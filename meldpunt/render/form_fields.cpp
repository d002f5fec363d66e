// The report form's fields and reasons, filled with a resident's answers.
#include "render/form_fields.h"

#include <algorithm>

#include "render/template_context.h"

namespace nietpluis {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// How each text field looks and what the resident is told about it.
struct FieldSpec {
  const char* name;
  const char* label;
  const char* hint;
  const char* type;
  const char* public_autocomplete;  // the reporter's own details only; "off" for the address reported about
  const char* inputmode;            // "" for the default keyboard
  int maxlength;
  const char* width;  // CSS width class: kort, middel, lang
  bool multiline;
  bool spellcheck_off;
};

const FieldSpec kFields[] = {
    {"postcode", "Postcode", "Bijvoorbeeld 1234 AB.", "text", "off", "", 8, "kort", false, true},
    {"huisnummer", "Huisnummer", "Alleen het nummer, bijvoorbeeld 12.", "text", "off", "numeric", 5, "kort", false, true},
    {"toevoeging", "Toevoeging (als die er is)", "Bijvoorbeeld A of 2. Is er geen toevoeging? Laat dit vak dan leeg.",
     "text", "off", "", 6, "kort", false, true},
    {"toelichting", "Wilt u iets meer vertellen?",
     "Schrijf op wat u zag of hoorde. U hoeft niet te weten wat er aan de hand is. U mag dit ook leeg laten. "
     "Hoogstens 1000 tekens.",
     "text", "off", "", static_cast<int>(kMaxTextCharacters), "lang", true, false},
    {"naam", "Uw naam", "Dan weet de medewerker wie u bent.", "text", "name", "", static_cast<int>(kMaxNameCharacters),
     "lang", false, false},
    {"telefoon", "Uw telefoonnummer", "Bijvoorbeeld 06 12345678.", "tel", "tel", "tel", 20, "middel", false, true},
    {"email", "Uw e-mailadres (als u liever mail krijgt)", "Bijvoorbeeld naam@voorbeeld.nl.", "email", "email", "email",
     254, "lang", false, true},
};

std::string Answer(const FormFieldsView& view, const std::string& field) {
  auto found = view.answers.find(field);
  return found == view.answers.end() ? std::string() : found->second;
}

TemplateData ErrorFor(const std::vector<FieldError>& errors, std::string_view field) {
  for (const FieldError& error : errors) {
    if (error.field == field) return error.message;
  }
  return false;
}

TemplateData FieldData(const FieldSpec& spec, const FormFieldsView& view, bool kiosk) {
  return object{{"id", std::string(spec.name)},
                {"label", std::string(spec.label)},
                {"hint", std::string(spec.hint)},
                {"type", std::string(spec.type)},
                // A kiosk is shared: the browser must never offer the previous resident's answers.
                {"autocomplete", std::string(kiosk ? "off" : spec.public_autocomplete)},
                {"inputmode", OptionalText(spec.inputmode)},
                {"maxlength", std::to_string(spec.maxlength)},
                {"breedte", std::string(spec.width)},
                {"meerdere_regels", spec.multiline},
                {"spellcheck_uit", spec.spellcheck_off},
                {"waarde", Answer(view, spec.name)},
                {"fout", ErrorFor(view.errors, spec.name)}};
}

TemplateData ReasonsData(const std::vector<std::string>& chosen_values) {
  TemplateData items{list{}};
  bool first = true;
  for (const Reason& reason : Reasons()) {
    // The first box carries the group's own id, so the error summary's link to #zorg lands on it.
    std::string id = first ? "zorg" : "zorg-" + std::string(reason.value);
    first = false;
    bool chosen = std::find(chosen_values.begin(), chosen_values.end(), reason.value) != chosen_values.end();
    items.push_back(object{{"id", id},
                           {"waarde", std::string(reason.value)},
                           {"label", std::string(reason.label)},
                           {"gekozen", chosen}});
  }
  return items;
}

TemplateData ErrorList(const std::vector<FieldError>& errors) {
  TemplateData items{list{}};
  for (const FieldError& error : errors) items.push_back(object{{"veld", error.field}, {"melding", error.message}});
  return items;
}

}  // namespace

const std::vector<Reason>& Reasons() {
  static const std::vector<Reason> reasons = {
      {"huis", "Het huis"},
      {"gedrag", "Het gedrag van de bewoner"},
      {"gezegd", "Iets wat de bewoner heeft gezegd"},
      {"anders", "Iets anders"},
  };
  return reasons;
}

std::string_view ReasonLabel(std::string_view value) {
  for (const Reason& reason : Reasons()) {
    if (reason.value == value) return reason.label;
  }
  return {};
}

TemplateData FormFieldsData(const FormFieldsView& view, bool kiosk) {
  TemplateData data{object{}};
  data.set("kiosk", kiosk);
  data.set("heeft_fouten", !view.errors.empty());
  data.set("fouten", ErrorList(view.errors));
  for (const FieldSpec& spec : kFields) data.set(std::string("veld_") + spec.name, FieldData(spec, view, kiosk));
  data.set("redenen", ReasonsData(view.reasons));
  data.set("zorg_fout", ErrorFor(view.errors, "zorg"));
  data.set("contact_fout", ErrorFor(view.errors, "contact"));
  data.set("anoniem", view.contact != "terugbellen");
  data.set("terugbellen", view.contact == "terugbellen");
  data.set("bron", OptionalText(view.campaign));
  return data;
}

}  // namespace nietpluis
