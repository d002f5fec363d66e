// Loading and checking content/site.toml.
#include "config/site_config.h"

#include <algorithm>
#include <cmath>

#include "base/colour.h"
#include "base/content_path.h"
#include "base/dutch_format.h"
#include "base/text.h"
#include "base/web_address.h"
#include "config/organisations.h"
#include "config/toml_reader.h"

namespace nietpluis {
namespace {

constexpr double kTextContrast = 7.0;  // WCAG AAA for body text, as the meldpunt promises

void CheckEmail(TomlReader& reader, std::string_view key, const std::string& value) {
  if (!value.empty() && !LooksLikeEmail(value)) {
    reader.AddError(key, "'" + value + "' is geen geldig e-mailadres", "schrijf het zoals naam@gemeente.nl");
  }
}

// Every shown number becomes a tel: link, so it must hold enough digits to dial.
std::string ReadPhone(TomlReader& reader, bool required) {
  std::string phone = reader.String("telefoon", required);
  if (!phone.empty() && PhoneDigits(phone).size() < 3) {
    reader.AddError("telefoon", "'" + phone + "' is geen telefoonnummer", "schrijf het zoals \"14 0123\"");
  }
  return phone;
}

Contact ReadContact(TomlReader& reader) {
  Contact contact;
  contact.phone = ReadPhone(reader, true);
  contact.phone_hours = reader.String("telefoon_uren");
  contact.email = reader.String("email");
  CheckEmail(reader, "email", contact.email);
  contact.postal_address = reader.String("postadres", false);
  return contact;
}

Organisation Published(const KioskOrganisation& organisation) {
  return Organisation{organisation.name, organisation.postcodes, organisation.website, organisation.phone,
                      organisation.postcodes_line};
}

// The organisations from organisaties.toml beside site.toml; or, without that file, from site.toml's
// own [[organisatie]] tables as before. Both at once would be two truths: refused.
void ReadPublishedOrganisations(TomlReader& top, const std::filesystem::path& content_dir, SiteConfig& config,
                                Diagnostics* diagnostics) {
  const OrganisationReading reading{content_dir, content_dir, false, false, true};
  std::optional<std::vector<KioskOrganisation>> shared = LoadOrganisationsFile(content_dir, reading, diagnostics);
  std::vector<const toml::table*> own = top.TableArray("organisatie", !shared.has_value());
  std::vector<KioskOrganisation> organisations;
  if (shared) {
    config.organisations_file = (content_dir / kOrganisationsFileName).string();
    organisations = std::move(*shared);
    if (!own.empty()) {
      top.AddError("organisatie", "de organisaties staan in site.toml en in " + std::string(kOrganisationsFileName),
                   "haal de [[organisatie]]-blokken uit site.toml; " + std::string(kOrganisationsFileName) +
                       " geldt voor de site en de kiosk");
    }
  } else {
    config.organisations_file = top.file();
    OrganisationReading own_reading = reading;
    own_reading.id_required = false;
    organisations = ReadOrganisations(own, top.file(), own_reading, diagnostics);
  }
  for (const KioskOrganisation& organisation : organisations) config.organisations.push_back(Published(organisation));
}

KioskLocation ReadKiosk(TomlReader& reader) {
  return KioskLocation{reader.String("naam"), reader.String("adres"), reader.String("open")};
}

PrivacyInfo ReadPrivacy(TomlReader& reader) {
  PrivacyInfo privacy{reader.String("verantwoordelijke"), reader.String("fg_email"), reader.String("bewaartermijn")};
  CheckEmail(reader, "fg_email", privacy.dpo_email);
  if (std::optional<std::int64_t> days = reader.Integer("geweigerd_bewaren_dagen", false)) {
    if (*days < 1 || *days > 365) {
      reader.AddError("geweigerd_bewaren_dagen", "geweigerd_bewaren_dagen moet tussen 1 en 365 liggen",
                      "schrijf een aantal dagen, zoals geweigerd_bewaren_dagen = 30");
    } else {
      privacy.refused_kept_days = static_cast<int>(*days);
    }
  }
  if (std::optional<std::int64_t> days = reader.Integer("volgcode_bewaren_dagen", false)) {
    if (*days < 7 || *days > 730) {
      reader.AddError("volgcode_bewaren_dagen", "volgcode_bewaren_dagen moet tussen 7 en 730 liggen",
                      "schrijf een aantal dagen, zoals volgcode_bewaren_dagen = 90");
    } else {
      privacy.follow_kept_days = static_cast<int>(*days);
    }
  }
  return privacy;
}

AccessibilityInfo ReadAccessibility(TomlReader& reader) {
  AccessibilityInfo info;
  info.status = reader.String("status");
  const auto& statuses = AccessibilityStatuses();
  if (!info.status.empty() && std::find(statuses.begin(), statuses.end(), info.status) == statuses.end()) {
    reader.AddError("status", "'" + info.status + "' is geen status van een toegankelijkheidsverklaring",
                    "kies uit " + JoinDutch(statuses));
  }
  if (auto date = reader.Date("datum")) {
    info.year = date->year;
    info.month = date->month;
    info.day = date->day;
  }
  info.method = reader.String("onderzoek");
  info.contact_email = reader.String("contact_email");
  CheckEmail(reader, "contact_email", info.contact_email);
  return info;
}

// Each pair is (foreground key, background key): text that must stay readable on that background.
void CheckContrast(TomlReader& reader, const HouseStyle& style) {
  struct Pair {
    const char* fg_key;
    const std::string& fg;
    const char* bg_key;
    const std::string& bg;
  };
  const Pair pairs[] = {
      {"kleur_tekst", style.text, "kleur_achtergrond", style.background},
      {"kleur_primair", style.primary, "kleur_achtergrond", style.background},
      {"kleur_primair_tekst", style.primary_text, "kleur_primair", style.primary},
      {"kleur_gevaar", style.danger, "kleur_gevaar_achtergrond", style.danger_background},
      {"kleur_tekst", style.text, "kleur_gevaar_achtergrond", style.danger_background},
  };
  for (const Pair& pair : pairs) {
    auto fg = ParseColour(pair.fg);
    auto bg = ParseColour(pair.bg);
    if (!fg || !bg) continue;  // already reported as malformed
    double ratio = ContrastRatio(*fg, *bg);
    if (ratio < kTextContrast) {
      // Rounded down, so 6.95 shows as 6,9 and never as the 7,0 it fails to reach.
      double shown = std::floor(ratio * 10.0) / 10.0;
      reader.AddError(pair.fg_key,
                      std::string(pair.fg_key) + " " + pair.fg + " op " + pair.bg_key + " " + pair.bg +
                          " heeft een contrast van " + DutchDecimal(shown, 1) + ":1 (nodig: 7:1)",
                      "kies een kleur die meer verschilt, zodat iedereen de tekst kan lezen");
    }
  }
}

HouseStyle ReadStyle(TomlReader& reader, const std::filesystem::path& content_dir) {
  HouseStyle style;
  std::string logo = reader.String("logo");
  style.logo_line = reader.LineOf("logo");
  if (!logo.empty()) {
    style.logo = logo;
    if (!std::filesystem::is_regular_file(content_dir / style.logo)) {
      reader.AddError("logo", "het logo '" + logo + "' bestaat niet",
                      "zet het bestand in " + (content_dir / style.logo).string() + " of verbeter de naam");
    } else if (!CheckInside(content_dir, content_dir / style.logo).ok()) {  // by a link or by "../"
      const std::string folder = FolderName(content_dir);
      reader.AddError("logo", "het logo '" + logo + "' staat buiten de map " + folder,
                      "zet het logo zelf in de map " + folder);
    }
  }
  struct Slot {
    const char* key;
    std::string* value;
  };
  const Slot slots[] = {{"kleur_tekst", &style.text},
                        {"kleur_achtergrond", &style.background},
                        {"kleur_primair", &style.primary},
                        {"kleur_primair_tekst", &style.primary_text},
                        {"kleur_gevaar", &style.danger},
                        {"kleur_gevaar_achtergrond", &style.danger_background},
                        {"kleur_focus", &style.focus}};
  for (const Slot& slot : slots) {
    *slot.value = reader.String(slot.key);
    if (!slot.value->empty() && !ParseColour(*slot.value)) {
      reader.AddError(slot.key, "'" + *slot.value + "' is geen kleur", "schrijf een kleur zoals \"#0b4a6f\"");
    }
  }
  CheckContrast(reader, style);
  return style;
}

ResultSettings ReadResultSettings(TomlReader& reader) {
  ResultSettings settings;
  auto number = [&reader](std::string_view key, int fallback, int min, int max) {
    auto value = reader.Integer(key, false);
    if (!value) return fallback;
    if (*value < min || *value > max) {
      reader.AddError(key, std::string(key) + " moet tussen " + std::to_string(min) + " en " + std::to_string(max) + " liggen",
                      "de gewone waarde is " + std::to_string(fallback));
      return fallback;
    }
    return static_cast<int>(*value);
  };
  settings.threshold = number("drempel", settings.threshold, 1, 100);
  settings.fading_months = number("vervaagt_na_maanden", settings.fading_months, 1, 60);
  return settings;
}

LanguageCheckSettings ReadLanguageCheck(TomlReader& reader) {
  LanguageCheckSettings settings;
  auto positive = [&reader](std::string_view key, int fallback) {
    auto value = reader.Integer(key, false);
    if (!value) return fallback;
    if (*value < 1 || *value > 100) {
      reader.AddError(key, std::string(key) + " moet tussen 1 en 100 liggen", "de gewone waarde is " + std::to_string(fallback));
      return fallback;
    }
    return static_cast<int>(*value);
  };
  settings.sentence_warning = positive("zin_waarschuwing", settings.sentence_warning);
  settings.sentence_error = positive("zin_fout", settings.sentence_error);
  settings.long_word_syllables = positive("lang_woord", settings.long_word_syllables);
  if (settings.sentence_error < settings.sentence_warning) {
    reader.AddError("zin_fout", "zin_fout is kleiner dan zin_waarschuwing",
                    "maak zin_fout even groot of groter, bijvoorbeeld 20 bij 15");
  }
  settings.names = reader.StringArray("namen", false).value_or(std::vector<std::string>{});
  return settings;
}

void ReadIntakeUrl(TomlReader& reader, SiteConfig& config) {
  config.intake_url = reader.String("intake_url", false);
  if (config.intake_url.empty()) return;
  // Plain http only to this computer, for tests: residents' reports travel encrypted.
  const bool loopback = StartsWith(config.intake_url, "http://") && IsLoopbackHost(UrlHost(config.intake_url));
  if ((!StartsWith(config.intake_url, "https://") && !loopback) || UrlHost(config.intake_url).empty()) {
    reader.AddError("intake_url", "intake_url '" + config.intake_url + "' begint niet met https://",
                    "schrijf het volledige adres van het meldformulier, zoals https://meldpunt.gemeente.nl/");
  } else if (!EndsWith(config.intake_url, "/")) {
    reader.AddError("intake_url", "intake_url '" + config.intake_url + "' eindigt niet op /",
                    "zet een / aan het eind: \"" + config.intake_url + "/\"");
  } else if (config.intake_url.find_first_of("\"'<> ?#") != std::string::npos) {
    reader.AddError("intake_url", "intake_url '" + config.intake_url + "' is geen gewoon webadres",
                    "schrijf alleen het adres, zoals https://meldpunt.gemeente.nl/");
  }
}

void ReadTop(TomlReader& reader, SiteConfig& config) {
  ReadIntakeUrl(reader, config);
  config.language = reader.String("taal");
  config.municipality = reader.String("gemeente");
  config.meldpunt = reader.String("meldpunt");
  config.base_url = reader.String("basis_url");
  if (config.base_url.empty()) return;
  // Reports hold personal data: the site and its form are only ever served encrypted. Plain http
  // only to this computer, as for intake_url: the browser tests serve the site on loopback, and
  // the intake takes basis_url's origin as the one page allowed to ask its address lookup.
  const bool loopback = StartsWith(config.base_url, "http://") && IsLoopbackHost(UrlHost(config.base_url));
  if (!StartsWith(config.base_url, "https://") && !loopback) {
    reader.AddError("basis_url", "basis_url '" + config.base_url + "' begint niet met https://",
                    "schrijf het volledige adres van de site, zoals https://www.gemeente.nl/nietpluis/");
  } else if (!EndsWith(config.base_url, "/")) {
    reader.AddError("basis_url", "basis_url '" + config.base_url + "' eindigt niet op /",
                    "zet een / aan het eind: \"" + config.base_url + "/\"");
  }
}

}  // namespace

const std::vector<std::string>& AccessibilityStatuses() {
  static const std::vector<std::string> statuses = {"voldoet volledig", "voldoet gedeeltelijk",
                                                    "eerste maatregelen genomen", "voldoet niet"};
  return statuses;
}

std::string SiteConfig::IntakeOrigin() const { return UrlOrigin(intake_url); }

LanguageCheckSettings SiteConfig::LanguageSettings() const {
  LanguageCheckSettings settings = language_check;
  std::vector<std::string> names = {municipality, meldpunt};
  for (const Organisation& organisation : organisations) names.push_back(organisation.name);
  for (const KioskLocation& kiosk : kiosks) names.push_back(kiosk.name);
  names.insert(names.end(), language_check.names.begin(), language_check.names.end());
  settings.names = std::move(names);
  return settings;
}

std::string SiteConfig::BasePath() const {
  std::size_t scheme = base_url.find("://");
  if (scheme == std::string::npos) return "/";
  std::size_t slash = base_url.find('/', scheme + 3);
  return slash == std::string::npos ? "/" : base_url.substr(slash);
}

SiteConfig LoadSiteConfig(const std::filesystem::path& content_dir, Diagnostics* diagnostics) {
  SiteConfig config;
  const std::filesystem::path path = content_dir / "site.toml";
  const std::string file = path.string();
  if (Status inside = CheckInside(content_dir, path); !inside.ok()) {
    diagnostics->Add(inside);
    return config;
  }
  auto parsed = ParseTomlFile(path, "maak site.toml; kopieer het voorbeeld uit content/", diagnostics);
  if (!parsed) return config;
  const toml::table& root = *parsed;
  TomlReader top(root, file, "", diagnostics);
  ReadTop(top, config);
  if (const toml::table* table = top.Table("contact")) {
    TomlReader reader(*table, file, "[contact]", diagnostics);
    config.contact = ReadContact(reader);
    reader.Finish();
  }
  ReadPublishedOrganisations(top, content_dir, config, diagnostics);
  for (const toml::table* table : top.TableArray("kiosk", false)) {
    TomlReader reader(*table, file, "[[kiosk]]", diagnostics);
    config.kiosks.push_back(ReadKiosk(reader));
    reader.Finish();
  }
  for (const toml::table* table : top.TableArray("voettekst", false)) {
    TomlReader reader(*table, file, "[[voettekst]]", diagnostics);
    config.footer.push_back(FooterSetting{reader.String("tekst"), reader.String("pagina"), reader.LineOf("pagina")});
    reader.Finish();
  }
  if (const toml::table* table = top.Table("privacy")) {
    TomlReader reader(*table, file, "[privacy]", diagnostics);
    config.privacy = ReadPrivacy(reader);
    reader.Finish();
  }
  if (const toml::table* table = top.Table("toegankelijkheid")) {
    TomlReader reader(*table, file, "[toegankelijkheid]", diagnostics);
    config.accessibility = ReadAccessibility(reader);
    reader.Finish();
  }
  if (const toml::table* table = top.Table("huisstijl")) {
    TomlReader reader(*table, file, "[huisstijl]", diagnostics);
    config.style = ReadStyle(reader, content_dir);
    reader.Finish();
  }
  if (const toml::table* table = top.Table("taalcheck", false)) {
    TomlReader reader(*table, file, "[taalcheck]", diagnostics);
    config.language_check = ReadLanguageCheck(reader);
    reader.Finish();
  }
  if (const toml::table* table = top.Table("resultaten", false)) {
    TomlReader reader(*table, file, "[resultaten]", diagnostics);
    config.results = ReadResultSettings(reader);
    reader.Finish();
  }
  if (const toml::table* table = top.Table("voorlezen", false)) {
    TomlReader reader(*table, file, "[voorlezen]", diagnostics);
    config.read_aloud.on = reader.Bool("aan").value_or(false);
    reader.Finish();
  }
  if (const toml::table* table = top.Table("delen", false)) {
    TomlReader reader(*table, file, "[delen]", diagnostics);
    config.share.picture_per_page = reader.Bool("plaatje_per_pagina").value_or(true);
    reader.Finish();
  }
  top.Finish();
  return config;
}

}  // namespace nietpluis
