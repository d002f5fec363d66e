// Filling and rendering the kiosk screens.
#include "intake/kiosk_screens.h"

#include <algorithm>

#include "base/markup.h"
#include "base/text.h"
#include "config/postcode.h"
#include "render/form_fields.h"
#include "render/template_context.h"

namespace nietpluis {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// The thank-you screen goes back to the start sooner than the idle reset: the resident is done.
constexpr int kThankYouSeconds = 20;

const std::vector<std::string> kKeyRows[] = {
    {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"},
    {"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"},
    {"a", "s", "d", "f", "g", "h", "j", "k", "l"},
    {"z", "x", "c", "v", "b", "n", "m", "-", ".", ","},
};

TemplateData ChosenReasonLabels(const ReportForm& form) {
  TemplateData labels{list{}};
  for (const Reason& reason : Reasons()) {
    if (std::find(form.reasons.begin(), form.reasons.end(), reason.value) != form.reasons.end()) {
      labels.push_back(std::string(reason.label));
    }
  }
  return labels;
}

// Which answers a screen shows as questions; every other answer travels along in hidden fields.
std::vector<std::string_view> AskedOn(KioskScreen screen) {
  switch (screen) {
    case KioskScreen::kAddress: return {"postcode", "huisnummer", "toevoeging"};
    case KioskScreen::kReasons: return {"zorg", "toelichting"};
    case KioskScreen::kContact: return {"contact", "naam", "telefoon", "email"};
    default: return {};
  }
}

const std::string* Typed(const ReportForm& form, std::string_view name) {
  if (name == "postcode") return &form.postcode;
  if (name == "huisnummer") return &form.house_number;
  if (name == "toevoeging") return &form.addition;
  if (name == "toelichting") return &form.text;
  if (name == "naam") return &form.name;
  if (name == "telefoon") return &form.phone;
  if (name == "email") return &form.email;
  if (name == "contact") return &form.contact;
  return nullptr;
}

FormFieldsView FieldsViewOf(const ScreenView& view) {
  FormFieldsView fields;
  for (std::string_view name : {"postcode", "huisnummer", "toevoeging", "toelichting", "naam", "telefoon", "email"}) {
    fields.answers[std::string(name)] = *Typed(view.form, name);
  }
  fields.reasons = view.form.reasons;
  fields.contact = view.form.contact;
  fields.campaign = view.form.campaign;
  fields.errors = view.errors;
  return fields;
}

TemplateData HiddenFields(const ScreenView& view) {
  TemplateData hidden{list{}};
  const std::vector<std::string_view> asked = AskedOn(view.screen);
  auto is_asked = [&](std::string_view name) { return std::find(asked.begin(), asked.end(), name) != asked.end(); };
  auto add = [&](std::string_view name, const std::string& value) {
    if (!is_asked(name) && !value.empty()) hidden.push_back(object{{"naam", std::string(name)}, {"waarde", value}});
  };
  for (std::string_view name : {"postcode", "huisnummer", "toevoeging"}) add(name, *Typed(view.form, name));
  for (const std::string& reason : view.form.reasons) add("zorg", reason);
  for (std::string_view name : {"toelichting", "contact", "naam", "telefoon", "email"}) add(name, *Typed(view.form, name));
  add("bron", view.form.campaign);
  return hidden;
}

struct ProblemText {
  const char* title;
  const char* text;
};

ProblemText Problem(KioskScreen screen) {
  switch (screen) {
    case KioskScreen::kStorageFailed:
      return {"Uw melding is niet verstuurd",
              "Er is een storing in deze meldzuil. Uw melding is niet bewaard. Wilt u het later nog eens proberen?"};
    case KioskScreen::kNotFound:
      return {"Deze pagina bestaat niet", "Misschien is het adres niet goed. Begin opnieuw op het eerste scherm."};
    case KioskScreen::kRateLimited:
      return {"Wacht even voordat u opnieuw iets verstuurt",
              "Er zijn veel meldingen achter elkaar verstuurd vanaf dit adres. Uw laatste melding is niet "
              "bewaard. Probeer het over een paar minuten opnieuw."};
    default:
      return {"Er ging iets mis", "Dit scherm kon uw antwoorden niet lezen. Er is niets bewaard. Begin opnieuw."};
  }
}

void AddKeyboard(TemplateData* data) {
  const char* names[] = {"toetsen_cijfers", "toetsen_rij1", "toetsen_rij2", "toetsen_rij3"};
  for (std::size_t i = 0; i < 4; ++i) {
    TemplateData keys{list{}};
    for (const std::string& key : kKeyRows[i]) keys.push_back(key);
    data->set(names[i], keys);
  }
}

}  // namespace

std::string ScreenTemplate(KioskScreen screen) {
  switch (screen) {
    case KioskScreen::kStart: return "start";
    case KioskScreen::kAddress: return "adres";
    case KioskScreen::kReasons: return "zorg";
    case KioskScreen::kContact: return "contact";
    case KioskScreen::kCheck: return "controle";
    case KioskScreen::kThankYou: return "bedankt";
    case KioskScreen::kOutsideArea: return "buiten-gebied";
    case KioskScreen::kForm: return "formulier";
    case KioskScreen::kBadForm:
    case KioskScreen::kStorageFailed:
    case KioskScreen::kNotFound:
    case KioskScreen::kRateLimited: return "probleem";
  }
  return "probleem";
}

std::string ScreenTitle(KioskScreen screen) {
  switch (screen) {
    case KioskScreen::kStart: return "Maakt u zich zorgen om iemand in de buurt?";
    case KioskScreen::kAddress: return "Stap 1 van 4: het adres";
    case KioskScreen::kReasons: return "Stap 2 van 4: uw zorgen";
    case KioskScreen::kContact: return "Stap 3 van 4: uw naam";
    case KioskScreen::kCheck: return "Stap 4 van 4: klopt alles?";
    case KioskScreen::kThankYou: return "Dank u wel";
    case KioskScreen::kOutsideArea: return "Deze postcode ligt buiten ons gebied";
    case KioskScreen::kForm: return "Meld uw zorgen";
    default: return Problem(screen).title;
  }
}

TemplateData ScreenData(const ScreenView& view, const KioskConfig& config) {
  const bool kiosk = config.mode == KioskConfig::Mode::kKiosk;
  const ReportForm& form = view.form;
  TemplateData data = FormFieldsData(FieldsViewOf(view), kiosk);
  data.set("verborgen", HiddenFields(view));
  data.set("adres_tekst", DescribeAddress(form));
  auto postcode = ParsePostcode(form.postcode);
  data.set("postcode_tekst", postcode ? postcode->Normalised() : std::string(Trim(form.postcode)));
  data.set("gekozen_redenen", ChosenReasonLabels(form));
  data.set("toelichting_tekst", OptionalText(std::string(Trim(form.text))));
  data.set("naam_tekst", std::string(Trim(form.name)));
  data.set("telefoon_tekst", OptionalText(std::string(Trim(form.phone))));
  data.set("email_tekst", OptionalText(std::string(Trim(form.email))));
  data.set("beheer_melding", OptionalText(view.notice));
  // The intake answers a post of the one-page form with that form; the site's own page posts to the intake.
  data.set("formulier_actie", std::string("melding"));
  ProblemText problem = Problem(view.screen);
  data.set("probleem_titel", std::string(problem.title));
  data.set("probleem_tekst", std::string(problem.text));
  if (kiosk) AddKeyboard(&data);
  return data;
}

KioskScreens::KioskScreens(const KioskConfig& config, TemplateSet templates)
    : config_(config), templates_(std::move(templates)), site_(SiteContext(config.site, templates_.emergency_numbers())) {}

std::unique_ptr<KioskScreens> KioskScreens::Load(const KioskConfig& config, const std::filesystem::path& templates_dir,
                                                 Env* env, Diagnostics* diagnostics) {
  Result<TemplateSet> templates = TemplateSet::Load(env, templates_dir, diagnostics);
  if (!templates.ok()) return nullptr;
  bool complete = true;
  std::vector<std::string> names = {"layout"};
  for (KioskScreen screen : {KioskScreen::kStart, KioskScreen::kAddress, KioskScreen::kReasons, KioskScreen::kContact,
                             KioskScreen::kCheck, KioskScreen::kThankYou, KioskScreen::kOutsideArea, KioskScreen::kForm,
                             KioskScreen::kBadForm}) {
    names.push_back(ScreenTemplate(screen));
  }
  for (const std::string& name : names) {
    if (templates.value().Has("kiosk/" + name)) continue;
    diagnostics->Add(Error((templates_dir / "kiosk" / (name + ".mustache")).string(), 0, "sjabloon ontbreekt",
                           "zet het terug uit de templates/ van Nietpluis"));
    complete = false;
  }
  if (!complete) return nullptr;
  return std::unique_ptr<KioskScreens>(new KioskScreens(config, std::move(templates).value()));
}

std::unique_ptr<Renderer> KioskScreens::Borrow() {
  std::lock_guard lock(pool_mutex_);
  if (pool_.empty()) return std::make_unique<Renderer>(templates_);
  std::unique_ptr<Renderer> renderer = std::move(pool_.back());
  pool_.pop_back();
  return renderer;
}

void KioskScreens::Return(std::unique_ptr<Renderer> renderer) {
  std::lock_guard lock(pool_mutex_);
  pool_.push_back(std::move(renderer));
}

std::string KioskScreens::Render(const ScreenView& view) {
  TemplateData data = ScreenData(view, config_);
  std::unique_ptr<Renderer> renderer = Borrow();
  Result<std::string> body = renderer->Render("kiosk/" + ScreenTemplate(view.screen), data, &site_);
  Result<std::string> page = body.ok() ? Result<std::string>(std::string()) : body;
  if (body.ok()) {
    data.set("inhoud", body.value());
    data.set("paginatitel", ScreenTitle(view.screen));
    data.set("terug_na", std::to_string(view.screen == KioskScreen::kThankYou ? kThankYouSeconds : config_.idle_reset_s));
    data.set("bedankt", view.screen == KioskScreen::kThankYou);
    data.set("logo_bestand", "assets/logo" + config_.site.style.logo.extension().string());
    page = renderer->Render("kiosk/layout", data, &site_);
  }
  Return(std::move(renderer));
  if (page.ok()) return std::move(page).value();
  // Only a template edited after start could get here; the resident still gets the phone number.
  return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Storing</title></head><body><main>"
         "<h1>Er is een storing</h1><p>Bel ons: " +
         EscapeMarkup(config_.site.contact.phone) + ".</p><p>Bij direct gevaar: bel 112.</p></main></body></html>";
}

}  // namespace nietpluis
