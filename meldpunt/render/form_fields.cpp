// The report form's fields and reasons, filled with a resident's answers.
#include "render/form_fields.h"

#include <algorithm>
#include <array>

#include "render/template_context.h"

namespace nietpluis {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// How each text field looks. What the resident is told about it is in the texts, under "veld.<name>".
struct FieldSpec {
  const char* name;
  const char* type;
  const char* public_autocomplete;  // the reporter's own details only; "off" for the address reported about
  const char* inputmode;            // "" for the default keyboard
  int maxlength;
  const char* width;  // CSS width class: kort, middel, lang
  bool multiline;
  bool spellcheck_off;
};

const FieldSpec kFields[] = {
    {"postcode", "text", "off", "", 8, "kort", false, true},
    {"huisnummer", "text", "off", "", 16, "kort", false, true},  // "12a", "12 bis"
    {"toevoeging", "text", "off", "", 12, "kort", false, true},  // "3 hoog"
    {"toelichting", "text", "off", "", static_cast<int>(kMaxTextCharacters), "lang", true, false},
    {"naam", "text", "name", "", static_cast<int>(kMaxNameCharacters), "lang", false, false},
    {"telefoon", "tel", "tel", "tel", 20, "middel", false, true},
    {"email", "email", "email", "email", 254, "lang", false, true},
};

// The message keys the checks of intake/report_form use, under "fout.".
constexpr std::array kErrorTexts = {"postcode", "huisnummer_leeg", "huisnummer", "toevoeging", "zorg_leeg",
                                    "zorg", "toelichting_te_lang", "contact", "naam_leeg", "naam",
                                    "bereikbaar", "telefoon", "email"};

std::string FieldKey(const FieldSpec& spec, std::string_view part) {
  return "veld." + std::string(spec.name) + "." + std::string(part);
}

std::string Answer(const FormFieldsView& view, const std::string& field) {
  auto found = view.answers.find(field);
  return found == view.answers.end() ? std::string() : found->second;
}

TemplateData ErrorFor(const Texts& texts, const std::vector<FieldError>& errors, std::string_view field) {
  for (const FieldError& error : errors) {
    if (error.field == field) return FieldMessage(texts, error);
  }
  return false;
}

TemplateData FieldData(const Texts& texts, const FieldSpec& spec, const FormFieldsView& view, bool kiosk) {
  return object{{"id", std::string(spec.name)},
                {"label", texts.Get(FieldKey(spec, "label"))},
                // The hint of the text says how long it may be: the limit fills it, so the two agree.
                {"hint", texts.Fill(FieldKey(spec, "hint"), {{"aantal", std::to_string(spec.maxlength)}})},
                {"type", std::string(spec.type)},
                // A kiosk is shared: the browser must never offer the previous resident's answers.
                {"autocomplete", std::string(kiosk ? "off" : spec.public_autocomplete)},
                {"inputmode", OptionalText(spec.inputmode)},
                {"maxlength", std::to_string(spec.maxlength)},
                {"breedte", std::string(spec.width)},
                {"meerdere_regels", spec.multiline},
                {"spellcheck_uit", spec.spellcheck_off},
                {"waarde", Answer(view, spec.name)},
                {"fout", ErrorFor(texts, view.errors, spec.name)}};
}

TemplateData ReasonsData(const Texts& texts, const std::vector<std::string>& chosen_values) {
  TemplateData items{list{}};
  bool first = true;
  for (std::string_view value : ReasonValues()) {
    // The first box carries the group's own id, so the error summary's link to #zorg lands on it.
    std::string id = first ? "zorg" : "zorg-" + std::string(value);
    first = false;
    bool chosen = std::find(chosen_values.begin(), chosen_values.end(), value) != chosen_values.end();
    items.push_back(object{{"id", id},
                           {"waarde", std::string(value)},
                           {"label", ReasonLabel(texts, value)},
                           {"gekozen", chosen}});
  }
  return items;
}

TemplateData ErrorList(const Texts& texts, const std::vector<FieldError>& errors) {
  TemplateData items{list{}};
  for (const FieldError& error : errors) {
    items.push_back(object{{"veld", error.field}, {"melding", FieldMessage(texts, error)}});
  }
  return items;
}

}  // namespace

std::filesystem::path KioskTextsFile(const std::filesystem::path& templates_dir) {
  return templates_dir / "teksten" / "kiosk.toml";
}

const std::vector<std::string>& FormTextKeys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> all;
    for (const FieldSpec& spec : kFields) {
      all.push_back(FieldKey(spec, "label"));
      all.push_back(FieldKey(spec, "hint"));
    }
    for (std::string_view value : ReasonValues()) all.push_back("reden." + std::string(value));
    for (const char* error : kErrorTexts) all.push_back("fout." + std::string(error));
    return all;
  }();
  return keys;
}

Result<Texts> LoadFormTexts(Env* env, const std::filesystem::path& templates_dir) {
  return Texts::Load(env, KioskTextsFile(templates_dir), FormTextKeys());
}

const std::vector<std::string_view>& ReasonValues() {
  static const std::vector<std::string_view> values = {"huis", "gedrag", "gezegd", "anders"};
  return values;
}

bool IsReason(std::string_view value) {
  return std::find(ReasonValues().begin(), ReasonValues().end(), value) != ReasonValues().end();
}

const std::string& ReasonLabel(const Texts& texts, std::string_view value) {
  return texts.Get("reden." + std::string(value));
}

std::string FieldMessage(const Texts& texts, const FieldError& error) { return texts.Fill(error.text, error.values); }

TemplateData FormFieldsData(const Texts& texts, const FormFieldsView& view, bool kiosk) {
  TemplateData data{object{}};
  data.set("kiosk", kiosk);
  data.set("heeft_fouten", !view.errors.empty());
  data.set("fouten", ErrorList(texts, view.errors));
  for (const FieldSpec& spec : kFields) data.set(std::string("veld_") + spec.name, FieldData(texts, spec, view, kiosk));
  data.set("redenen", ReasonsData(texts, view.reasons));
  data.set("zorg_fout", ErrorFor(texts, view.errors, "zorg"));
  data.set("contact_fout", ErrorFor(texts, view.errors, "contact"));
  data.set("anoniem", view.contact != "terugbellen");
  data.set("terugbellen", view.contact == "terugbellen");
  data.set("bron", OptionalText(view.campaign));
  return data;
}

}  // namespace nietpluis
