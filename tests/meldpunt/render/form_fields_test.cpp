// Unit tests for meldpunt/render/form_fields: the form's words come from the text file, its limits from the code.
#include "render/form_fields.h"

#include <catch2/catch.hpp>

#include <string>

#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;

std::string Field(const TemplateData& data, const std::string& field, const std::string& part) {
  return data.get("veld_" + field)->get(part)->string_value();
}

TEST_CASE("Labels, hints and reasons come from the texts, and the text's hint names the limit", "[form_fields]") {
  std::map<std::string, std::string> values;
  for (const std::string& key : FormTextKeys()) values[key] = "[" + key + "]";
  values["veld.toelichting.hint"] = "Hoogstens {aantal} tekens.";
  const Texts texts = Texts::FromMap(values);
  const TemplateData data = FormFieldsData(texts, FormFieldsView{}, false);
  CHECK(Field(data, "postcode", "label") == "[veld.postcode.label]");
  CHECK(Field(data, "email", "hint") == "[veld.email.hint]");
  CHECK(Field(data, "toelichting", "hint") == "Hoogstens 1000 tekens.");
  CHECK(Field(data, "toelichting", "maxlength") == "1000");
  const auto& reasons = data.get("redenen")->list_value();
  REQUIRE(reasons.size() == 4);
  CHECK(reasons[0].get("waarde")->string_value() == "huis");
  CHECK(reasons[0].get("label")->string_value() == "[reden.huis]");
  CHECK(reasons[3].get("label")->string_value() == "[reden.anders]");
}

TEST_CASE("A message at a field is its text with the placeholders filled", "[form_fields]") {
  const Texts texts = Texts::FromMap({{"fout.toelichting_te_lang", "Hoogstens {aantal}, nu {nu}."}});
  CHECK(FieldMessage(texts, {"toelichting", "fout.toelichting_te_lang", {{"aantal", "1000"}, {"nu", "1001"}}}) ==
        "Hoogstens 1000, nu 1001.");
  FormFieldsView view;
  view.errors = {{"toelichting", "fout.toelichting_te_lang", {{"aantal", "1"}, {"nu", "2"}}}};
  const TemplateData data = FormFieldsData(texts, view, true);
  CHECK(Field(data, "toelichting", "fout") == "Hoogstens 1, nu 2.");
  CHECK(data.get("fouten")->list_value()[0].get("melding")->string_value() == "Hoogstens 1, nu 2.");
}

TEST_CASE("The reasons' values stay in the code, their labels in the text file", "[form_fields]") {
  CHECK(ReasonValues() == std::vector<std::string_view>{"huis", "gedrag", "gezegd", "anders"});
  CHECK(IsReason("gezegd"));
  CHECK_FALSE(IsReason("Het huis"));
  CHECK_FALSE(IsReason(""));
  CHECK(ReasonLabel(testing::KioskTexts(), "gedrag") == "Het gedrag van de bewoner");
}

TEST_CASE("The form's texts are read from the intake's text file, and a missing one is named", "[form_fields]") {
  Result<Texts> texts = LoadFormTexts(Env::Default(), testing::TemplatesDir());
  REQUIRE(texts.ok());
  CHECK(texts.value().Get("veld.postcode.label") == "Postcode");
  CHECK(texts.value().Get("fout.toevoeging") == "Vul bij toevoeging alleen letters en cijfers in, zoals A of 3 hoog.");

  TempDir dir;
  std::filesystem::create_directories(dir / "teksten");
  std::string file = testing::ReadText(KioskTextsFile(testing::TemplatesDir()));
  file.erase(file.find("huis = \"Het huis\"\n"), std::string("huis = \"Het huis\"\n").size());
  testing::WriteText(dir / "teksten/kiosk.toml", file);
  texts = LoadFormTexts(Env::Default(), dir.path());
  REQUIRE_FALSE(texts.ok());
  CHECK(texts.error().ToString() == (dir / "teksten/kiosk.toml").string() +
                                        ": de tekst \"reden.huis\" ontbreekt; zet hem terug uit de templates/teksten/ van Nietpluis");
}

}  // namespace
}  // namespace nietpluis
