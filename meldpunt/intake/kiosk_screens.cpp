// Filling and rendering the kiosk screens.
#include "intake/kiosk_screens.h"

#include <algorithm>

#include "base/markup.h"
#include "base/text.h"
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

TemplateData ChosenReasonLabels(const Texts& texts, const ReportForm& form) {
  TemplateData labels{list{}};
  for (std::string_view value : ReasonValues()) {
    if (std::find(form.reasons.begin(), form.reasons.end(), value) != form.reasons.end()) {
      labels.push_back(ReasonLabel(texts, value));
    }
  }
  return labels;
}

// The answers as the resident typed them, for a screen that repeats them: spaces around them dropped.
std::string AsTyped(const std::string& answer) { return std::string(Trim(answer)); }

// "1012 AB 12 A" once accepted; before that (only a post altered on its way) as typed.
std::string AddressText(const ScreenView& view) {
  if (view.address) return view.address->Describe();
  const std::string addition = AsTyped(view.form.addition);
  return AsTyped(view.form.postcode) + " " + AsTyped(view.form.house_number) + (addition.empty() ? "" : " " + addition);
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

// The texts of each problem screen are under "probleem.<name>": its heading (also its title) and text.
std::string ProblemKey(KioskScreen screen) {
  switch (screen) {
    case KioskScreen::kStorageFailed: return "probleem.opslag";
    case KioskScreen::kNotFound: return "probleem.niet_gevonden";
    case KioskScreen::kRateLimited: return "probleem.te_vaak";
    default: return "probleem.formulier";
  }
}

// The title key of each screen that is not a problem screen.
const char* TitleKey(KioskScreen screen) {
  switch (screen) {
    case KioskScreen::kStart: return "titel.start";
    case KioskScreen::kAddress: return "titel.adres";
    case KioskScreen::kReasons: return "titel.zorg";
    case KioskScreen::kContact: return "titel.contact";
    case KioskScreen::kCheck: return "titel.controle";
    case KioskScreen::kThankYou: return "titel.bedankt";
    case KioskScreen::kOutsideArea: return "titel.buiten_gebied";
    case KioskScreen::kForm: return "titel.formulier";
    default: return nullptr;
  }
}

constexpr KioskScreen kAllScreens[] = {
    KioskScreen::kStart,    KioskScreen::kAddress,     KioskScreen::kReasons,  KioskScreen::kContact,
    KioskScreen::kCheck,    KioskScreen::kThankYou,    KioskScreen::kOutsideArea, KioskScreen::kForm,
    KioskScreen::kBadForm,  KioskScreen::kStorageFailed, KioskScreen::kNotFound, KioskScreen::kRateLimited,
};

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

const std::vector<std::string>& ScreenTextKeys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> all;
    for (KioskScreen screen : kAllScreens) {
      if (const char* title = TitleKey(screen)) all.emplace_back(title);
    }
    for (KioskScreen screen : {KioskScreen::kBadForm, KioskScreen::kStorageFailed, KioskScreen::kNotFound,
                               KioskScreen::kRateLimited}) {
      all.push_back(ProblemKey(screen) + ".titel");
      all.push_back(ProblemKey(screen) + ".tekst");
    }
    for (const char* part : {"titel", "kop", "bel", "gevaar"}) all.push_back("storing." + std::string(part));
    return all;
  }();
  return keys;
}

std::string ScreenTitle(const Texts& texts, KioskScreen screen) {
  const char* title = TitleKey(screen);
  return title ? texts.Get(title) : texts.Get(ProblemKey(screen) + ".titel");
}

TemplateData ScreenData(const ScreenView& view, const KioskConfig& config, const Texts& texts) {
  const bool kiosk = config.mode == KioskConfig::Mode::kKiosk;
  const ReportForm& form = view.form;
  TemplateData data = FormFieldsData(texts, FieldsViewOf(view), kiosk);
  data.set("verborgen", HiddenFields(view));
  data.set("adres_tekst", AddressText(view));
  data.set("postcode_tekst", view.address ? view.address->postcode.Normalised() : AsTyped(form.postcode));
  data.set("gekozen_redenen", ChosenReasonLabels(texts, form));
  data.set("toelichting_tekst", OptionalText(AsTyped(form.text)));
  data.set("naam_tekst", AsTyped(form.name));
  data.set("telefoon_tekst", OptionalText(AsTyped(form.phone)));
  data.set("email_tekst", OptionalText(AsTyped(form.email)));
  data.set("beheer_melding", OptionalText(view.notice));
  // The intake answers a post of the one-page form with that form; the site's own page posts to the intake.
  data.set("formulier_actie", std::string("melding"));
  const std::string problem = ProblemKey(view.screen);
  data.set("probleem_titel", texts.Get(problem + ".titel"));
  data.set("probleem_tekst", texts.Get(problem + ".tekst"));
  if (kiosk) AddKeyboard(&data);
  return data;
}

KioskScreens::KioskScreens(const KioskConfig& config, TemplateSet templates, Texts texts)
    : config_(config), templates_(std::move(templates)), texts_(std::move(texts)),
      site_(SiteContext(config.site, templates_.emergency_numbers())) {}

Result<std::unique_ptr<KioskScreens>> KioskScreens::Load(const KioskConfig& config,
                                                         const std::filesystem::path& templates_dir, Env* env,
                                                         Diagnostics* diagnostics,
                                                         const std::vector<std::string>& more_text_keys) {
  const std::size_t errors_before = diagnostics->error_count();
  const std::size_t found_before = diagnostics->all().size();
  std::vector<std::string> text_keys = FormTextKeys();
  text_keys.insert(text_keys.end(), ScreenTextKeys().begin(), ScreenTextKeys().end());
  text_keys.insert(text_keys.end(), more_text_keys.begin(), more_text_keys.end());
  Result<Texts> texts = Texts::Load(env, KioskTextsFile(templates_dir), text_keys);
  if (!texts.ok()) diagnostics->Add(texts.error());
  Result<TemplateSet> templates = TemplateSet::Load(env, templates_dir, diagnostics);
  if (!templates.ok()) return *diagnostics->FirstErrorFrom(found_before);
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
  }
  if (diagnostics->error_count() > errors_before) return *diagnostics->FirstErrorFrom(found_before);
  return std::unique_ptr<KioskScreens>(new KioskScreens(config, std::move(templates).value(), std::move(texts).value()));
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
  TemplateData data = ScreenData(view, config_, texts_);
  std::unique_ptr<Renderer> renderer = Borrow();
  Result<std::string> body = renderer->Render("kiosk/" + ScreenTemplate(view.screen), data, &site_);
  Result<std::string> page = body.ok() ? Result<std::string>(std::string()) : body;
  if (body.ok()) {
    data.set("inhoud", body.value());
    data.set("paginatitel", ScreenTitle(texts_, view.screen));
    data.set("terug_na", std::to_string(view.screen == KioskScreen::kThankYou ? kThankYouSeconds : config_.idle_reset_s));
    data.set("bedankt", view.screen == KioskScreen::kThankYou);
    data.set("logo_bestand", "assets/logo" + config_.site.style.logo.extension().string());
    page = renderer->Render("kiosk/layout", data, &site_);
  }
  Return(std::move(renderer));
  if (page.ok()) return std::move(page).value();
  // Only a template edited after start could get here; the resident still gets the phone number.
  return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" +
         EscapeMarkup(texts_.Get("storing.titel")) + "</title></head><body><main><h1>" +
         EscapeMarkup(texts_.Get("storing.kop")) + "</h1><p>" +
         EscapeMarkup(texts_.Fill("storing.bel", {{"telefoon", config_.site.contact.phone}})) + "</p><p>" +
         EscapeMarkup(texts_.Fill("storing.gevaar", {{"nummer", templates_.emergency_numbers().urgent.number}})) + "</p></main></body></html>";
}

}  // namespace nietpluis
