// Reading kiosk.toml strictly, with the secrets it points to.
#include "config/kiosk_config.h"

#include <algorithm>
#include <cctype>

#include "base/env.h"
#include "base/text.h"
#include "base/web_address.h"
#include "config/toml_reader.h"

namespace nietpluis {
namespace {

bool IsId(const std::string& id) {
  return !id.empty() && id.size() <= 60 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

void CheckId(TomlReader& reader, const std::string& key, const std::string& id) {
  if (!id.empty() && !IsId(id)) {
    reader.AddError(key, "'" + id + "' is geen geldige id", "gebruik kleine letters, cijfers en streepjes, zoals \"buurthuis-de-kroon\"");
  }
}

bool StartsWithPath(const std::filesystem::path& path, const std::filesystem::path& folder) {
  auto [folder_end, path_it] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return folder_end == folder.end();
}

// Secrets must be readable by the kiosk's user only and must not sit in the content folder,
// which is shared with the public site and often kept in version control.
std::string ReadSecretFile(TomlReader& reader, const std::string& key, const std::filesystem::path& config_dir,
                           const std::filesystem::path& content_dir) {
  std::string name = reader.String(key);
  if (name.empty()) return {};
  std::filesystem::path path = config_dir / name;
  std::error_code ec;
  std::filesystem::path canonical = std::filesystem::weakly_canonical(path, ec);
  std::filesystem::path content = std::filesystem::weakly_canonical(content_dir, ec);
  if (StartsWithPath(canonical, content)) {
    reader.AddError(key, "het geheim '" + name + "' staat in de map met de inhoud van de site",
                    "zet het buiten die map, bijvoorbeeld in /etc/nietpluis/, en pas het pad aan");
    return {};
  }
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::is_regular_file(status)) {
    const bool password = key == "wachtwoord_bestand";
    reader.AddError(key, "het bestand '" + path.string() + "' bestaat niet of is geen gewoon bestand",
                    password ? "zet het wachtwoord van de mailserver erin en maak het alleen leesbaar voor de kiosk "
                               "(chmod 600 " + path.string() + ")"
                             : "maak het, bijvoorbeeld met: (umask 077; openssl rand -hex 32 > " + path.string() + ")");
    return {};
  }
  using std::filesystem::perms;
  if ((status.permissions() & (perms::group_all | perms::others_all)) != perms::none) {
    reader.AddError(key, "anderen kunnen het geheim '" + path.string() + "' lezen",
                    "maak het alleen leesbaar voor de kiosk: chmod 600 " + path.string());
    return {};
  }
  Result<std::string> text = Env::Default()->ReadFile(path);
  if (!text.ok()) {
    reader.AddError(key, "het geheim '" + path.string() + "' is niet te lezen", "geef de kiosk leesrecht op dit bestand");
    return {};
  }
  std::string secret(Trim(text.value()));
  if (secret.empty()) {
    reader.AddError(key, "het geheim '" + path.string() + "' is leeg", "zet er een geheim in, bijvoorbeeld met: openssl rand -hex 32");
  }
  return secret;
}

void CheckUrl(TomlReader& reader, const std::string& key, const std::string& url, const std::string& secure,
              const std::string& plain, const std::string& example) {
  if (url.empty()) return;
  bool secure_url = StartsWith(url, secure + "://");
  bool plain_url = StartsWith(url, plain + "://");
  if (!secure_url && !plain_url) {
    reader.AddError(key, "'" + url + "' is geen " + secure + "-adres", "schrijf het volledige adres, zoals " + example);
  } else if (plain_url && plain == "http" && !IsLoopbackHost(UrlHost(url))) {
    reader.AddError(key, "'" + url + "' is niet versleuteld", "gebruik https://; alleen 127.0.0.1 mag zonder");
  } else if (UrlHost(url).empty()) {
    reader.AddError(key, "'" + url + "' heeft geen server", "schrijf het volledige adres, zoals " + example);
  }
}

DeliveryTarget ReadDelivery(TomlReader& reader, const std::filesystem::path& config_dir,
                            const std::filesystem::path& content_dir, bool read_secrets) {
  DeliveryTarget target;
  std::string type = reader.String("type");
  auto secret = [&](const std::string& key) {
    if (read_secrets) return ReadSecretFile(reader, key, config_dir, content_dir);
    reader.String(key);
    return std::string();
  };
  if (type == "https") {
    target.kind = DeliveryTarget::Kind::kHttps;
    target.url = reader.String("url");
    CheckUrl(reader, "url", target.url, "https", "http", "https://intake.welzijn.nl/meldingen");
    target.secret = secret("geheim_bestand");
  } else if (type == "email") {
    target.kind = DeliveryTarget::Kind::kEmail;
    target.smtp_url = reader.String("smtp_url");
    CheckUrl(reader, "smtp_url", target.smtp_url, "smtps", "smtp", "smtps://mail.welzijn.nl:465");
    target.from = reader.String("van");
    target.to = reader.String("naar");
    for (const char* key : {"van", "naar"}) {
      const std::string& value = std::string(key) == "van" ? target.from : target.to;
      if (!value.empty() && (!LooksLikeEmail(value) || value.find_first_of("\r\n,;") != std::string::npos)) {
        reader.AddError(key, "'" + value + "' is geen e-mailadres", "schrijf één adres, zoals meldpunt@welzijn.nl");
      }
    }
    target.user = reader.String("gebruiker", false);
    if (!target.user.empty()) {
      target.password = secret("wachtwoord_bestand");
    } else {
      reader.String("wachtwoord_bestand", false);
    }
  } else if (!type.empty()) {
    reader.AddError("type", "'" + type + "' is geen manier van doorsturen", "kies \"https\" of \"email\"");
    // The other keys belong to whichever type was meant; naming them as unknown would mislead.
    for (const char* key : {"url", "geheim_bestand", "smtp_url", "van", "naar", "gebruiker", "wachtwoord_bestand"}) {
      reader.String(key, false);
    }
  }
  target.ca_file = reader.String("ca_bestand", false);
  if (!target.ca_file.empty()) {
    std::filesystem::path ca = config_dir / target.ca_file;
    if (!std::filesystem::is_regular_file(ca)) {
      reader.AddError("ca_bestand", "het bestand '" + ca.string() + "' bestaat niet", "zet het certificaat van uw eigen CA daar neer");
    }
    target.ca_file = ca.string();
  }
  if (auto timeout = reader.Integer("time_out_s", false)) {
    if (*timeout < 1 || *timeout > 600) {
      reader.AddError("time_out_s", "een wachttijd van " + std::to_string(*timeout) + " seconden kan niet", "kies een getal van 1 tot 600");
    } else {
      target.timeout_s = static_cast<int>(*timeout);
    }
  }
  return target;
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

void CheckOverlap(const std::string& file, KioskConfig* config, Diagnostics* diagnostics) {
  const auto& orgs = config->organisations;
  for (std::size_t a = 0; a < orgs.size(); ++a) {
    for (std::size_t b = a + 1; b < orgs.size(); ++b) {
      if (orgs[a].id == orgs[b].id && !orgs[a].id.empty()) {
        diagnostics->Add(Error(file, orgs[b].postcodes_line, "de id '" + orgs[a].id + "' staat bij twee organisaties", "geef elke organisatie een eigen id"));
      }
      for (const PostcodeRange& x : orgs[a].postcodes) {
        for (const PostcodeRange& y : orgs[b].postcodes) {
          if (x.first <= y.last && y.first <= x.last) {
            int pc4 = std::max(x.first, y.first);
            diagnostics->Add(Error(file, orgs[b].postcodes_line,
                                   "postcode " + std::to_string(pc4) + " hoort bij '" + orgs[a].name + "' en bij '" +
                                       orgs[b].name + "'",
                                   "geef elk postcodegebied aan één organisatie"));
          }
        }
      }
    }
  }
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

const KioskOrganisation* KioskConfig::OrganisationFor(const Postcode& postcode) const {
  for (const KioskOrganisation& organisation : organisations) {
    for (const PostcodeRange& range : organisation.postcodes) {
      if (range.Contains(postcode.digits)) return &organisation;
    }
  }
  return nullptr;
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
  for (const toml::table* table : top.TableArray("organisatie")) {
    TomlReader reader(*table, config.file, "[[organisatie]]", diagnostics);
    KioskOrganisation organisation;
    organisation.id = reader.String("id");
    CheckId(reader, "id", organisation.id);
    organisation.name = reader.String("naam");
    organisation.postcodes = ReadPostcodeRanges(reader, organisation.name);
    organisation.postcodes_line = reader.LineOf("postcodes");
    if (const toml::table* delivery = reader.Table("doorsturen")) {
      TomlReader delivery_reader(*delivery, config.file, "[organisatie.doorsturen]", diagnostics);
      organisation.delivery = ReadDelivery(delivery_reader, config_dir, config.content_dir, read_secrets);
      delivery_reader.Finish();
    }
    reader.Finish();
    config.organisations.push_back(std::move(organisation));
  }
  if (const toml::table* table = top.Table("bezorging", false)) {
    TomlReader reader(*table, config.file, "[bezorging]", diagnostics);
    config.first_retry_s = ReadNumber(reader, "eerste_wachttijd_s", 5, 1, 3600, "seconden");
    config.max_retry_s = ReadNumber(reader, "hoogste_wachttijd_s", 900, 1, 86400, "seconden");
    reader.Finish();
  }
  if (const toml::table* table = top.Table("publiek", false)) {
    TomlReader reader(*table, config.file, "[publiek]", diagnostics);
    if (config.mode != KioskConfig::Mode::kPublic) {
      reader.AddError("", "[publiek] geldt alleen voor het formulier op de website",
                      "zet modus = \"publiek\" onder [kiosk], of haal [publiek] weg");
    }
    ReadPublicTable(reader, &config.public_intake);
    reader.Finish();
  }
  top.Finish();
  CheckOverlap(config.file, &config, diagnostics);
  if (!config.content_dir.empty()) config.site = LoadSiteConfig(config.content_dir, diagnostics);
  return config;
}

}  // namespace nietpluis
