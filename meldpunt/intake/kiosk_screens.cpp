// Filling and rendering the kiosk screens.
#include "intake/kiosk_screens.h"

#include <algorithm>

#include "base/markup.h"
#include "base/text.h"
#include "base/utf8.h"
#include "render/form_fields.h"
#include "render/template_context.h"

namespace nietpluis {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// The thank-you screen goes back to the start sooner than the idle reset: the resident is done, but
// may still be writing down the follow-up code.
constexpr int kThankYouSeconds = 60;

// The letters and signs of the on-screen keyboard, row by row: twelve places a row, where "wis",
// "Hoofdletter" and the space bar (in the template) take the rest. Dutch text needs the accents and
// the apostrophe ("zo'n"), a question needs ? and !.
const std::vector<std::string> kKeyRows[] = {
    {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"},
    {"q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "\xc3\xa9", "\xc3\xab"},
    {"a", "s", "d", "f", "g", "h", "j", "k", "l", "\xc3\xaf", "\xc3\xb3", "'"},
    {"z", "x", "c", "v", "b", "n", "m", "-", "."},
    {",", "?", "!", "@"},
};
constexpr const char* kKeyRowNames[] = {"toetsen_cijfers", "toetsen_rij1", "toetsen_rij2", "toetsen_rij3", "toetsen_rij4"};

// The number of each of the four steps, for "Stap 2 van 4" and the bar; 0 for other screens.
int StepNumber(KioskScreen screen) {
  switch (screen) {
    case KioskScreen::kAddress:
    case KioskScreen::kAddressConfirm: return 1;
    case KioskScreen::kReasons: return 2;
    case KioskScreen::kContact: return 3;
    case KioskScreen::kCheck: return 4;
    default: return 0;
  }
}
constexpr int kSteps = 4;

// The `stap` value of the screen "Nee, ga verder" returns to from the stop screen.
std::string StepName(KioskScreen screen) {
  switch (screen) {
    case KioskScreen::kAddress:
    case KioskScreen::kAddressConfirm: return "adres";
    case KioskScreen::kReasons: return "zorg";
    case KioskScreen::kContact: return "contact";
    case KioskScreen::kCheck: return "controle";
    default: return "";
  }
}

// The site's address as a resident reads it on a screen, without "https://".
std::string ReadableAddress(std::string url) {
  for (const char* scheme : {"https://", "http://"}) {
    if (url.rfind(scheme, 0) == 0) return url.substr(std::string(scheme).size());
  }
  return url;
}

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

// "Kerkstraat 12A, Voorbeeld" when the register holds it; otherwise "1012 AB 12 A" once accepted;
// before that (only a post altered on its way) as typed.
std::string AddressText(const ScreenView& view) {
  if (view.address && view.facts.found == true) return AddressLabel(view.facts.street, view.facts.number, view.facts.place);
  if (view.address) return view.address->Describe();
  const std::string addition = AsTyped(view.form.addition);
  return AsTyped(view.form.postcode) + " " + AsTyped(view.form.house_number) + (addition.empty() ? "" : " " + addition);
}

// Which answers a screen shows as questions; every other answer travels along in hidden fields.
std::vector<std::string_view> AskedOn(KioskScreen screen) {
  switch (screen) {
    // A confirmation is asked again whenever the address can change, so it is not carried there.
    case KioskScreen::kAddress: return {"postcode", "huisnummer", "toevoeging", "adres_bevestigd"};
    case KioskScreen::kAddressConfirm: return {"adres_bevestigd"};
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
  add("adres_bevestigd", view.form.address_confirmed);
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
    case KioskScreen::kStop: return "titel.stoppen";
    case KioskScreen::kFollow: return "titel.volg";
    case KioskScreen::kStatusLink: return "titel.status";
    case KioskScreen::kAddressConfirm: return "titel.adres_klopt";
    default: return nullptr;
  }
}

constexpr KioskScreen kAllScreens[] = {
    KioskScreen::kStart,    KioskScreen::kAddress,     KioskScreen::kReasons,  KioskScreen::kContact,
    KioskScreen::kCheck,    KioskScreen::kThankYou,    KioskScreen::kOutsideArea, KioskScreen::kForm,
    KioskScreen::kBadForm,  KioskScreen::kStorageFailed, KioskScreen::kNotFound, KioskScreen::kRateLimited,
    KioskScreen::kStop,     KioskScreen::kFollow,      KioskScreen::kStatusLink, KioskScreen::kAddressConfirm,
};

// The public intake's answers to the site's form, shown in the site's layout. The kiosk's step
// screens keep their own: the site never links to them.
bool AnswersTheSiteForm(KioskScreen screen) {
  switch (screen) {
    case KioskScreen::kStart:
    case KioskScreen::kAddress:
    case KioskScreen::kReasons:
    case KioskScreen::kContact:
    case KioskScreen::kCheck:
    case KioskScreen::kStop:
    case KioskScreen::kAddressConfirm: return false;
    default: return true;
  }
}

// Texts of the kiosk's own screens beyond titles and problems: the privacy notice, the counter.
constexpr const char* kKioskTextKeys[] = {"privacy.kop", "privacy.tekst", "privacy.meer", "teller.over"};

void AddKeyboard(TemplateData* data) {
  for (std::size_t i = 0; i < std::size(kKeyRows); ++i) {
    TemplateData keys{list{}};
    for (const std::string& key : kKeyRows[i]) keys.push_back(key);
    data->set(kKeyRowNames[i], keys);
  }
}

// "Stap 2 van 4" and the bar under it: one part per step, the parts up to this one filled.
void AddProgress(TemplateData* data, KioskScreen screen) {
  const int step = StepNumber(screen);
  if (step == 0) {
    data->set("stap", false);
    return;
  }
  TemplateData parts{list{}};
  for (int i = 1; i <= kSteps; ++i) parts.push_back(object{{"gedaan", i <= step}});
  data->set("stap", object{{"nummer", std::to_string(step)}, {"van", std::to_string(kSteps)}, {"delen", parts}});
}

// What the kiosk says about the report's data where it is collected (the first step, the check screen).
void AddPrivacy(TemplateData* data, const KioskConfig& config, const Texts& texts) {
  data->set("privacy_kop", texts.Get("privacy.kop"));
  data->set("privacy_tekst", texts.Fill("privacy.tekst", {{"bewaartermijn", config.site.privacy.retention}}));
  data->set("privacy_meer", texts.Fill("privacy.meer", {{"website", ReadableAddress(config.site.base_url)},
                                                         {"telefoon", config.site.contact.phone}}));
}

// The text field's counter: how many characters are left, as the server counts them. kiosk.js keeps it
// up to date while the resident types; the template shows it as it was when the screen was made.
void AddCounter(TemplateData* data, const ReportForm& form, const Texts& texts) {
  const std::size_t used = CountCharacters(form.text);
  const std::size_t left = used >= kMaxTextCharacters ? 0 : kMaxTextCharacters - used;
  data->set("teller_tekst", texts.Fill("teller.over", {{"aantal", std::to_string(left)}}));
  data->set("teller_sjabloon", texts.Get("teller.over"));
}

// The register's question about the address (intake/address_lookup.h), for the partials
// adres-vraag and adres-onbekend and the screen adres-klopt; false when there is none.
TemplateData AddressQuestionData(const AddressQuestion& question) {
  using Kind = AddressQuestion::Kind;
  if (question.kind == Kind::kNone) return TemplateData(false);
  TemplateData data{object{}};
  data.set("onbekend", question.kind == Kind::kUnknown);
  data.set("kiezen", question.kind == Kind::kChoose);
  data.set("gevonden", TemplateData(false));
  data.set("bevestig", question.unknown_key);
  TemplateData choices{list{}};
  for (const RegisterAddress& address : question.kind == Kind::kChoose ? question.addresses : std::vector<RegisterAddress>{}) {
    choices.push_back(object{{"tekst", address.street + " " + address.NumberLabel()}, {"bevestig", ConfirmationKey(address)}});
  }
  data.set("keuzes", choices);
  if (!question.addresses.empty()) {
    const RegisterAddress& first = question.addresses.front();
    data.set("nummer_tekst", first.street + " " + std::to_string(first.house_number));
    if (question.kind == Kind::kConfirm) {
      data.set("gevonden", AddressLabel(first.street, first.NumberLabel(), first.place));
      data.set("bevestig", ConfirmationKey(first));
    }
  }
  return data;
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
    case KioskScreen::kStop: return "stoppen";
    case KioskScreen::kFollow: return "volg";
    case KioskScreen::kStatusLink: return "status";
    case KioskScreen::kAddressConfirm: return "adres-klopt";
    case KioskScreen::kBadForm:
    case KioskScreen::kStorageFailed:
    case KioskScreen::kNotFound:
    case KioskScreen::kRateLimited: return "probleem";
  }
  return "probleem";
}

const std::vector<KioskScreen>& AllKioskScreens() {
  static const std::vector<KioskScreen> screens(std::begin(kAllScreens), std::end(kAllScreens));
  return screens;
}

std::string ScreenAudioName(KioskScreen screen) {
  const std::string name = ScreenTemplate(screen);
  if (name != "probleem") return name;
  // "probleem.te_vaak" -> "probleem-te_vaak".
  std::string key = ProblemKey(screen);
  key[key.find('.')] = '-';
  return key;
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
      all.push_back(ProblemKey(screen) + ".tekst_website");
    }
    for (const char* part : {"titel", "kop", "bel", "gevaar"}) all.push_back("storing." + std::string(part));
    for (const char* key : kKioskTextKeys) all.emplace_back(key);
    all.insert(all.end(), FollowTextKeys().begin(), FollowTextKeys().end());
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
  data.set("adres_onbekend", view.address.has_value() && view.facts.found == false);
  data.set("adres_vraag", AddressQuestionData(view.question));
  data.set("postcode_tekst", view.address ? view.address->postcode.Normalised() : AsTyped(form.postcode));
  data.set("gekozen_redenen", ChosenReasonLabels(texts, form));
  data.set("toelichting_tekst", OptionalText(AsTyped(form.text)));
  data.set("naam_tekst", AsTyped(form.name));
  data.set("telefoon_tekst", OptionalText(AsTyped(form.phone)));
  data.set("email_tekst", OptionalText(AsTyped(form.email)));
  data.set("aandacht", view.attention);
  data.set("wijzigen", view.changing);
  data.set("vorige", StepName(view.resume));
  // The intake answers a post of the one-page form with that form; the site's own page posts to the intake.
  data.set("formulier_actie", std::string("melding"));
  // And its lookup: the intake's own, on the same origin as its answer pages.
  data.set("adres_zoeken", std::string("adres"));
  const std::string problem = ProblemKey(view.screen);
  data.set("probleem_titel", texts.Get(problem + ".titel"));
  // A kiosk has screens and a first one; a website has pages and the form.
  data.set("probleem_tekst", texts.Get(problem + (kiosk ? ".tekst" : ".tekst_website")));
  data.set("volg", FollowData(view.follow, texts));
  if (kiosk) {
    AddKeyboard(&data);
    AddProgress(&data, view.screen);
    AddPrivacy(&data, config, texts);
    AddCounter(&data, form, texts);
  }
  return data;
}

KioskScreens::KioskScreens(const KioskConfig& config, TemplateSet templates, Texts texts,
                           std::optional<PublicFrame> frame)
    : config_(config), templates_(std::move(templates)), texts_(std::move(texts)),
      site_(SiteContext(config.site, templates_.emergency_numbers())), frame_(std::move(frame)) {}

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
  std::vector<std::string> names = {"layout", "zuil"};
  for (KioskScreen screen : {KioskScreen::kStart, KioskScreen::kAddress, KioskScreen::kReasons, KioskScreen::kContact,
                             KioskScreen::kCheck, KioskScreen::kThankYou, KioskScreen::kOutsideArea, KioskScreen::kForm,
                             KioskScreen::kBadForm, KioskScreen::kStop, KioskScreen::kFollow, KioskScreen::kStatusLink,
                             KioskScreen::kAddressConfirm}) {
    names.push_back(ScreenTemplate(screen));
  }
  for (const std::string& name : names) {
    if (templates.value().Has("kiosk/" + name)) continue;
    diagnostics->Add(Error((templates_dir / "kiosk" / (name + ".mustache")).string(), 0, "sjabloon ontbreekt",
                           "zet het terug uit de templates/ van Nietpluis"));
  }
  std::optional<PublicFrame> frame;
  if (config.mode == KioskConfig::Mode::kPublic) {
    if (!templates.value().Has("layout")) {
      diagnostics->Add(Error((templates_dir / "layout.mustache").string(), 0, "sjabloon ontbreekt",
                             "zet het terug uit de templates/ van Nietpluis"));
    }
    const std::string fallback = texts.ok() ? texts.value().Get(TitleKey(KioskScreen::kForm)) : std::string();
    frame = LoadPublicFrame(config, templates_dir, env, fallback, diagnostics);
  }
  if (diagnostics->error_count() > errors_before) return *diagnostics->FirstErrorFrom(found_before);
  return std::unique_ptr<KioskScreens>(
      new KioskScreens(config, std::move(templates).value(), std::move(texts).value(), std::move(frame)));
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

// Public mode: the screens that answer the form (the form again, thank you, the problems) in the
// site's layout. Its h1 is the page's title: the form's is that of the site's page with the form.
Result<std::string> KioskScreens::RenderInSiteLayout(Renderer& renderer, const ScreenView& view, TemplateData data) {
  const bool form = view.screen == KioskScreen::kForm || view.screen == KioskScreen::kRateLimited;
  // The rate-limit answer is the form again, with what was typed, under the request to wait.
  const std::string name = form ? "formulier" : ScreenTemplate(view.screen);
  data.set("root", config_.site.base_url);
  data.set("te_vaak", view.screen == KioskScreen::kRateLimited);
  data.set("formulier_href", config_.site.base_url + (frame_->form_slug.empty() ? "" : frame_->form_slug + "/"));
  Result<std::string> body = renderer.Render("kiosk/" + name, data, &site_);
  if (!body.ok()) return body;
  PageView page;
  page.title = form ? frame_->form_title : ScreenTitle(texts_, view.screen);
  page.root = config_.site.base_url;
  page.assets = "assets/";
  page.noindex = true;
  page.content_html = std::move(body).value();
  page.current_slug = frame_->form_slug;
  page.has_current = form;
  page.share_image = frame_->share_image;
  page.share_image_title = frame_->share_image_title;
  TemplateData layout = LayoutContext(config_.site, page, frame_->menu, frame_->footer);
  layout.set("heeft_fouten", !view.errors.empty());
  return renderer.Render("layout", layout, &site_);
}

std::string KioskScreens::Render(const ScreenView& view) {
  TemplateData data = ScreenData(view, config_, texts_);
  std::unique_ptr<Renderer> renderer = Borrow();
  const bool in_site = frame_ && AnswersTheSiteForm(view.screen);
  Result<std::string> body = in_site ? RenderInSiteLayout(*renderer, view, data)
                                     : renderer->Render("kiosk/" + ScreenTemplate(view.screen), data, &site_);
  Result<std::string> page = body.ok() ? Result<std::string>(std::string()) : body;
  if (body.ok() && in_site) {
    page = std::move(body);
  } else if (body.ok()) {
    data.set("inhoud", body.value());
    data.set("paginatitel", ScreenTitle(texts_, view.screen));
    data.set("terug_na", std::to_string(view.screen == KioskScreen::kThankYou ? kThankYouSeconds : config_.idle_reset_s));
    data.set("bedankt", view.screen == KioskScreen::kThankYou);
    data.set("logo_bestand", "assets/logo" + config_.site.style.logo.extension().string());
    data.set("start", view.screen == KioskScreen::kStart);
    if (read_aloud_) data.set("voorlezen", "assets/voorlezen/" + ScreenAudioName(view.screen) + ".mp3");
    // A kiosk is a touch screen of its own: a full-screen layout (kiosk/zuil) of its own.
    const bool kiosk = config_.mode == KioskConfig::Mode::kKiosk;
    page = renderer->Render(kiosk ? "kiosk/zuil" : "kiosk/layout", data, &site_);
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
