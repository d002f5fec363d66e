// Reading [[organisatie]] tables: organisaties.toml, and the tables older settings files still hold.
#include "config/organisations.h"

#include <algorithm>

#include "base/env.h"
#include "base/text.h"
#include "base/web_address.h"
#include "config/site_config.h"
#include "config/toml_reader.h"

namespace nietpluis {
namespace {

void CheckId(TomlReader& reader, const std::string& key, const std::string& id) {
  if (!id.empty() && !IsConfigId(id)) {
    reader.AddError(key, "'" + id + "' is geen geldige id", "gebruik kleine letters, cijfers en streepjes, zoals \"welzijn-noord\"");
  }
}

bool StartsWithPath(const std::filesystem::path& path, const std::filesystem::path& folder) {
  auto [folder_end, path_it] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return folder_end == folder.end();
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

// `type` given: the table has no "type" key (the IT message is always e-mail).
DeliveryTarget ReadDelivery(TomlReader& reader, const std::filesystem::path& config_dir,
                            const std::filesystem::path& content_dir, bool read_secrets, const std::string& given_type = "") {
  DeliveryTarget target;
  std::string type = given_type.empty() ? reader.String("type") : given_type;
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
    // The site reads the same file on a writer's computer, where the kiosk's files are not.
    if (read_secrets && !std::filesystem::is_regular_file(ca)) {
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

// Reads the phone as the site does: every shown number becomes a tel: link.
std::string ReadOptionalPhone(TomlReader& reader) {
  std::string phone = reader.String("telefoon", false);
  if (!phone.empty() && PhoneDigits(phone).size() < 3) {
    reader.AddError("telefoon", "'" + phone + "' is geen telefoonnummer", "schrijf het zoals \"14 0123\"");
  }
  return phone;
}

KioskOrganisation ReadOrganisation(TomlReader& reader, const std::string& file, const OrganisationReading& reading,
                                   Diagnostics* diagnostics) {
  KioskOrganisation organisation;
  organisation.id = reader.String("id", reading.id_required);
  CheckId(reader, "id", organisation.id);
  organisation.name = reader.String("naam");
  organisation.postcodes = ReadPostcodeArea(reader, organisation.name);
  // The first area key written: where a message about the organisation's area points.
  organisation.postcodes_line = organisation.postcodes.ranges_line != 0 ? organisation.postcodes.ranges_line
                                : organisation.postcodes.places_line != 0 ? organisation.postcodes.places_line
                                                                          : organisation.postcodes.pc6_line;
  organisation.website = reader.String("website", false);
  if (!organisation.website.empty() && !StartsWith(organisation.website, "https://")) {
    reader.AddError("website", "de website '" + organisation.website + "' begint niet met https://",
                    "schrijf het volledige adres, zoals https://www.welzijn.nl/");
  }
  organisation.phone = ReadOptionalPhone(reader);
  // Only the path: delivery checks the certificate itself at start (config has no OpenSSL).
  const std::string certificate = reader.String("certificaat", false);
  if (!certificate.empty()) {
    organisation.certificate = (reading.base_dir / certificate).string();
    organisation.certificate_line = reader.LineOf("certificaat");
  }
  if (const toml::table* delivery = reader.Table("doorsturen", reading.delivery_required)) {
    TomlReader delivery_reader(*delivery, file, "[organisatie.doorsturen]", diagnostics);
    organisation.delivery = ReadDelivery(delivery_reader, reading.base_dir, reading.content_dir, reading.read_secrets);
    organisation.has_delivery = true;
    delivery_reader.Finish();
  }
  return organisation;
}

}  // namespace

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

DeliveryTarget ReadMailServer(TomlReader& reader, const std::filesystem::path& base_dir,
                              const std::filesystem::path& content_dir, bool read_secrets) {
  return ReadDelivery(reader, base_dir, content_dir, read_secrets, "email");
}

bool IsConfigId(const std::string& id) {
  return !id.empty() && id.size() <= 60 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::vector<KioskOrganisation> ReadOrganisations(const std::vector<const toml::table*>& tables, const std::string& file,
                                                 const OrganisationReading& reading, Diagnostics* diagnostics) {
  std::vector<KioskOrganisation> organisations;
  for (const toml::table* table : tables) {
    TomlReader reader(*table, file, "[[organisatie]]", diagnostics);
    organisations.push_back(ReadOrganisation(reader, file, reading, diagnostics));
    reader.Finish();
  }
  CheckOrganisationAreas(file, organisations, diagnostics);
  return organisations;
}

std::optional<std::vector<KioskOrganisation>> LoadOrganisationsFile(const std::filesystem::path& content_dir,
                                                                    const OrganisationReading& reading,
                                                                    Diagnostics* diagnostics) {
  const std::filesystem::path path = content_dir / kOrganisationsFileName;
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec))) return std::nullopt;
  const std::string file = path.string();
  auto root = ParseTomlFile(path, "", diagnostics);
  if (!root) return std::vector<KioskOrganisation>{};
  TomlReader top(*root, file, "", diagnostics);
  std::vector<KioskOrganisation> organisations = ReadOrganisations(top.TableArray("organisatie"), file, reading, diagnostics);
  top.Finish();
  return organisations;
}

void CheckOrganisationAreas(const std::string& file, const std::vector<KioskOrganisation>& orgs,
                            Diagnostics* diagnostics) {
  for (std::size_t a = 0; a < orgs.size(); ++a) {
    for (std::size_t b = a + 1; b < orgs.size(); ++b) {
      if (orgs[a].id == orgs[b].id && !orgs[a].id.empty()) {
        diagnostics->Add(Error(file, orgs[b].postcodes_line, "de id '" + orgs[a].id + "' staat bij twee organisaties", "geef elke organisatie een eigen id"));
      }
      const PostcodeArea& first = orgs[a].postcodes;
      const PostcodeArea& second = orgs[b].postcodes;
      for (const std::string& place : first.places) {
        if (second.HasPlace(place)) {
          diagnostics->Add(Error(file, second.places_line,
                                 "woonplaats " + place + " hoort bij '" + orgs[a].name + "' en bij '" + orgs[b].name + "'",
                                 "geef elke woonplaats aan één organisatie"));
        }
      }
      for (const std::string& pc6 : first.pc6) {
        if (std::find(second.pc6.begin(), second.pc6.end(), pc6) != second.pc6.end()) {
          diagnostics->Add(Error(file, second.pc6_line,
                                 "postcode " + pc6 + " hoort bij '" + orgs[a].name + "' en bij '" + orgs[b].name + "'",
                                 "zet elke uitzondering bij één organisatie"));
        }
      }
      // A woonplaats inside another's PC4 range can only be seen with the register (address/area_check.h).
      for (const PostcodeRange& x : first.ranges) {
        for (const PostcodeRange& y : second.ranges) {
          if (x.first <= y.last && y.first <= x.last) {
            int pc4 = std::max(x.first, y.first);
            diagnostics->Add(Error(file, second.ranges_line,
                                   "postcode " + std::to_string(pc4) + " hoort bij '" + orgs[a].name + "' en bij '" +
                                       orgs[b].name + "'",
                                   "geef elk postcodegebied aan één organisatie"));
          }
        }
      }
    }
  }
}

namespace {

// What the routing does with one postcode: the organisation's name, or "" when nobody takes it.
std::string RoutedTo(int pc4, const std::vector<KioskOrganisation>& routing) {
  for (const KioskOrganisation& organisation : routing) {
    for (const PostcodeRange& range : organisation.postcodes.ranges) {
      if (range.Contains(pc4)) return organisation.name;
    }
  }
  return {};
}

}  // namespace

std::vector<Diagnostic> CompareWithPublished(const std::vector<Organisation>& published, const std::string& published_file,
                                             const std::vector<KioskOrganisation>& routing) {
  std::vector<Diagnostic> found;
  for (const Organisation& organisation : published) {
    for (const PostcodeRange& range : organisation.postcodes.ranges) {
      // One warning per stretch of postcodes that the routing treats alike.
      int start = range.first;
      std::string start_target = RoutedTo(start, routing);
      for (int pc4 = range.first; pc4 <= range.last + 1; ++pc4) {
        const std::string target = pc4 <= range.last ? RoutedTo(pc4, routing) : std::string("\n");
        if (target == start_target) continue;
        if (start_target != organisation.name) {
          const std::string area = DescribePostcodeAreas({PostcodeRange{start, pc4 - 1}});
          const std::string what = start_target.empty() ? "neemt ze niet aan" : "stuurt ze naar '" + start_target + "'";
          found.push_back(Warning(published_file, organisation.postcodes_line,
                                  "de site noemt " + area + " bij '" + organisation.name + "', maar deze kiosk " + what,
                                  "zet de organisaties in " + std::string(kOrganisationsFileName) +
                                      " naast site.toml en haal ze uit kiosk.toml; dan lezen site en kiosk dezelfde gebieden"));
        }
        start = pc4;
        start_target = target;
      }
    }
  }
  return found;
}

}  // namespace nietpluis
