// Reading kiosk.toml strictly, with the secrets it points to.
#include "config/kiosk_config.h"

#include <algorithm>
#include <cctype>

#include "base/env.h"
#include "base/text.h"
#include "base/web_address.h"
#include "config/organisations.h"
#include "config/toml_reader.h"

namespace nietpluis {
namespace {

void CheckId(TomlReader& reader, const std::string& key, const std::string& id) {
  if (!id.empty() && !IsConfigId(id)) {
    reader.AddError(key, "'" + id + "' is geen geldige id", "gebruik kleine letters, cijfers en streepjes, zoals \"buurthuis-de-kroon\"");
  }
}

void ReadListen(TomlReader& reader, KioskConfig* config) {
  std::string listen = reader.String("listen", false);
  if (listen.empty()) return;
  std::size_t colon = listen.rfind(':');
  std::string host = colon == std::string::npos ? "" : listen.substr(0, colon);
  std::string port = colon == std::string::npos ? "" : listen.substr(colon + 1);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  bool port_ok = !port.empty() && port.size() <= 5 &&
                 std::all_of(port.begin(), port.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
                 std::stoi(port) >= 1 && std::stoi(port) <= 65535;
  if (host.empty() || !port_ok) {
    reader.AddError("listen", "'" + listen + "' is geen adres met poort", "schrijf het zoals \"127.0.0.1:8080\"");
    return;
  }
  config->listen_host = host;
  config->listen_port = std::stoi(port);
}

int ReadNumber(TomlReader& reader, const std::string& key, int fallback, int min, int max, const std::string& unit) {
  auto value = reader.Integer(key, false);
  if (!value) return fallback;
  if (*value < min || *value > max) {
    reader.AddError(key, std::to_string(*value) + " " + unit + " kan niet",
                    "kies een getal van " + std::to_string(min) + " tot " + std::to_string(max));
    return fallback;
  }
  return static_cast<int>(*value);
}

void ReadKioskTable(TomlReader& reader, const std::filesystem::path& config_dir, KioskConfig* config) {
  config->id = reader.String("id");
  CheckId(reader, "id", config->id);
  config->location = reader.String("locatie");
  ReadListen(reader, config);
  std::string data_dir = reader.String("data_dir");
  if (!data_dir.empty()) config->data_dir = config_dir / data_dir;
  config->idle_reset_s = ReadNumber(reader, "terug_naar_start_na_s", 90, 10, 3600, "seconden");
  std::string mode = reader.String("modus", false);
  if (mode == "publiek") {
    config->mode = KioskConfig::Mode::kPublic;
  } else if (!mode.empty() && mode != "kiosk") {
    reader.AddError("modus", "'" + mode + "' is geen modus", "kies \"kiosk\" (zuil) of \"publiek\" (website)");
  }
  std::string content = reader.String("inhoud", false);
  config->content_dir = content.empty() ? config_dir : config_dir / content;
  std::string templates = reader.String("sjablonen", false);
  if (!templates.empty()) config->templates_dir = config_dir / templates;
}

void ReadPublicTable(TomlReader& reader, PublicIntakeSettings* settings) {
  settings->max_request_kib = ReadNumber(reader, "grootste_verzoek_kib", settings->max_request_kib, 4, 1024, "KiB");
  settings->read_timeout_s = ReadNumber(reader, "tijdslimiet_s", settings->read_timeout_s, 1, 120, "seconden");
  settings->request_s = ReadNumber(reader, "heel_verzoek_s", settings->request_s, 1, 300, "seconden");
  settings->reports_per_address =
      ReadNumber(reader, "meldingen_per_adres", settings->reports_per_address, 0, 10000, "meldingen");
  settings->window_s = ReadNumber(reader, "venster_s", settings->window_s, 1, 86400, "seconden");
  settings->ipv6_prefix = ReadNumber(reader, "ipv6_prefixlengte", settings->ipv6_prefix, 32, 128, "bits");
  if (auto proxies = reader.StringArray("proxy_adressen", false)) settings->proxies = *proxies;
}

}  // namespace

const KioskOrganisation* KioskConfig::OrganisationFor(const Postcode& postcode, std::string_view place) const {
  // Strongest match first: overlaps of one kind are refused when the file is read, and a woonplaats
  // that overlaps a PC4 range is refused by `controleer` against the register.
  for (PostcodeArea::Match wanted : {PostcodeArea::Match::kPc6, PostcodeArea::Match::kPlace, PostcodeArea::Match::kRange}) {
    for (const KioskOrganisation& organisation : organisations) {
      if (organisation.postcodes.MatchOf(postcode, place) == wanted) return &organisation;
    }
  }
  return nullptr;
}

bool KioskConfig::RoutesByPlace() const {
  return std::any_of(organisations.begin(), organisations.end(),
                     [](const KioskOrganisation& organisation) { return !organisation.postcodes.places.empty(); });
}

const KioskOrganisation* KioskConfig::OrganisationById(const std::string& wanted) const {
  for (const KioskOrganisation& organisation : organisations) {
    if (organisation.id == wanted) return &organisation;
  }
  return nullptr;
}

KioskConfig LoadKioskConfig(const std::filesystem::path& path, bool read_secrets, Diagnostics* diagnostics) {
  KioskConfig config;
  config.file = path.string();
  const std::filesystem::path config_dir = path.parent_path().empty() ? "." : path.parent_path();
  auto root = ParseTomlFile(path, "maak kiosk.toml; kopieer het voorbeeld uit content/kiosk.toml", diagnostics);
  if (!root) return config;
  TomlReader top(*root, config.file, "", diagnostics);
  if (const toml::table* table = top.Table("kiosk")) {
    TomlReader reader(*table, config.file, "[kiosk]", diagnostics);
    ReadKioskTable(reader, config_dir, &config);
    reader.Finish();
  }
  // An older kiosk.toml lists its own organisations: they keep working, with a note.
  const std::vector<const toml::table*> own_organisations = top.TableArray("organisatie", false);
  if (!own_organisations.empty()) {
    config.organisations = ReadOrganisations(own_organisations, config.file,
                                             {config_dir, config.content_dir, read_secrets, true, true}, diagnostics);
    config.organisations_file = config.file;
    diagnostics->Add(Warning(config.file, LineOf(*own_organisations.front()),
                             "de organisaties staan in " + path.filename().string() + ", apart van de site",
                             "zet ze in " + (config.content_dir / kOrganisationsFileName).string() +
                                 " en haal ze hier weg; dan lezen site, kiosk en formulier dezelfde gebieden"));
  }
  if (const toml::table* table = top.Table("bezorging", false)) {
    TomlReader reader(*table, config.file, "[bezorging]", diagnostics);
    config.first_retry_s = ReadNumber(reader, "eerste_wachttijd_s", 5, 1, 3600, "seconden");
    config.max_retry_s = ReadNumber(reader, "hoogste_wachttijd_s", 900, 1, 86400, "seconden");
    config.refused_kept_days = ReadNumber(reader, "geweigerd_bewaren_dagen", 30, 1, 365, "dagen");
    if (table->contains("geweigerd_bewaren_dagen")) config.refused_kept_days_line = reader.LineOf("geweigerd_bewaren_dagen");
    reader.Finish();
  }
  if (const toml::table* table = top.Table("it_bericht", false)) {
    TomlReader reader(*table, config.file, "[it_bericht]", diagnostics);
    config.it_message.enabled = true;
    config.it_message.mail = ReadMailServer(reader, config_dir, config.content_dir, read_secrets);
    config.it_message.wait_hours = ReadNumber(reader, "wacht_langer_dan_uur", 4, 1, 168, "uur");
    config.it_message.min_free_percent = ReadNumber(reader, "schijf_vrij_procent", 10, 1, 90, "procent");
    reader.Finish();
  }
  if (const toml::table* table = top.Table("adressen", false)) {
    TomlReader reader(*table, config.file, "[adressen]", diagnostics);
    std::string file = reader.String("bestand", false);
    if (!file.empty()) config.addresses.file = config_dir / file;
    config.addresses.stale_after_months = ReadNumber(reader, "verouderd_na_maanden", 3, 1, 24, "maanden");
    reader.Finish();
  }
  if (config.addresses.file.empty() && !config.data_dir.empty()) config.addresses.file = config.data_dir / "adressen.db";
  if (const toml::table* table = top.Table("publiek", false)) {
    TomlReader reader(*table, config.file, "[publiek]", diagnostics);
    if (config.mode != KioskConfig::Mode::kPublic) {
      reader.AddError("", "[publiek] geldt alleen voor het formulier op de website",
                      "zet modus = \"publiek\" onder [kiosk], of haal [publiek] weg");
    }
    ReadPublicTable(reader, &config.public_intake);
    reader.Finish();
  }
  if (const toml::table* table = top.Table("statistiek", false)) {
    TomlReader reader(*table, config.file, "[statistiek]", diagnostics);
    config.counts.keep_months = ReadNumber(reader, "bewaar_maanden", config.counts.keep_months, 1, 120, "maanden");
    if (!table->contains("sleutel_bestand")) {
      // No address for spreadsheets: the counts stay on the machine.
    } else if (read_secrets) {
      config.counts.token = ReadSecretFile(reader, "sleutel_bestand", config_dir, config.content_dir);
    } else {
      reader.String("sleutel_bestand", false);
    }
    reader.Finish();
  }
  if (const toml::table* table = top.Table("volgen", false)) {
    TomlReader reader(*table, config.file, "[volgen]", diagnostics);
    if (!table->contains("sleutel_bestand")) {
      // The intake's own key, made in data_dir: enough for one public intake.
    } else if (read_secrets) {
      config.follow.key = ReadSecretFile(reader, "sleutel_bestand", config_dir, config.content_dir);
      if (!config.follow.key.empty() && config.follow.key.size() < 32) {
        reader.AddError("sleutel_bestand", "de sleutel is korter dan 32 tekens",
                        "maak een lange sleutel, bijvoorbeeld met: openssl rand -hex 32");
      }
    } else {
      reader.String("sleutel_bestand", false);
    }
    reader.Finish();
  }
  top.Finish();
  if (!config.content_dir.empty()) {
    config.site = LoadSiteConfig(config.content_dir, diagnostics);
    // The privacy statement tells residents how long a refused report is kept (site.toml); the kiosk
    // must wipe it after exactly that, so its own setting may only repeat it.
    const int promised = config.site.privacy.refused_kept_days;
    if (config.refused_kept_days_line == 0) {
      config.refused_kept_days = promised;
    } else if (config.refused_kept_days != promised) {
      diagnostics->Add(Warning(config.file, config.refused_kept_days_line,
                               "geweigerd_bewaren_dagen is " + std::to_string(config.refused_kept_days) +
                                   ", maar de privacyverklaring belooft " + std::to_string(promised) + " dagen (" +
                                   (config.content_dir / "site.toml").string() + ")",
                               "haal de regel hier weg; dan geldt het getal uit site.toml"));
    }
  }
  if (own_organisations.empty() && !config.content_dir.empty()) {
    // The shared file, read again with the secrets: the site's reading never opens them.
    auto shared = LoadOrganisationsFile(config.content_dir, {config.content_dir, config.content_dir, read_secrets, true, true},
                                        diagnostics);
    config.organisations_file = (config.content_dir / kOrganisationsFileName).string();
    if (shared) {
      config.organisations = std::move(*shared);
    } else {
      diagnostics->Add(Error(config.organisations_file, 0, "dit bestand ontbreekt, en " + path.filename().string() +
                                                               " noemt geen organisaties",
                             "zet de organisaties die meldingen krijgen in " + config.organisations_file +
                                 "; kopieer het voorbeeld uit content/organisaties.toml"));
    }
  }
  return config;
}

}  // namespace nietpluis
