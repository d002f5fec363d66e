// The organisations that receive reports, written once: organisaties.toml beside site.toml, which the
// site (the areas it publishes), the kiosk and the online form's intake (where reports go) all read.
// An older kiosk.toml, intake.toml or site.toml with its own [[organisatie]] tables goes through the
// same reader, so every loader checks areas the same way.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "base/status.h"
#include "config/organisation.h"

namespace nietpluis {

struct Organisation;  // config/site_config.h: what the site publishes of one

inline constexpr const char* kOrganisationsFileName = "organisaties.toml";

// How [[organisatie]] tables are read.
struct OrganisationReading {
  std::filesystem::path base_dir;     // relative paths (secrets, a CA) start here: the file's folder
  std::filesystem::path content_dir;  // secrets may not live in it
  bool read_secrets = false;          // open the secret files (the kiosk does; the site never)
  bool delivery_required = false;     // each needs [organisatie.doorsturen] (the kiosk and the intake)
  bool id_required = true;            // only an older site.toml may leave out the id
};

// Reads each table and checks the areas (CheckOrganisationAreas). `file` names them in messages.
std::vector<KioskOrganisation> ReadOrganisations(const std::vector<const toml::table*>& tables, const std::string& file,
                                                 const OrganisationReading& reading, Diagnostics* diagnostics);

// `content_dir`/organisaties.toml, read and checked; nothing, and no message, when there is no such file.
std::optional<std::vector<KioskOrganisation>> LoadOrganisationsFile(const std::filesystem::path& content_dir,
                                                                    const OrganisationReading& reading,
                                                                    Diagnostics* diagnostics);

// smtp_url, van, naar, and optionally gebruiker, wachtwoord_bestand, ca_bestand, time_out_s: a mail
// server as [organisatie.doorsturen] with type = "email" names it (also for [it_bericht]).
class TomlReader;
// The text of the secret file that `key` names (relative to `config_dir`): only the kiosk's user may
// read it and it may not sit in `content_dir`; otherwise an error on `reader` and "".
std::string ReadSecretFile(TomlReader& reader, const std::string& key, const std::filesystem::path& config_dir,
                           const std::filesystem::path& content_dir);
DeliveryTarget ReadMailServer(TomlReader& reader, const std::filesystem::path& base_dir,
                              const std::filesystem::path& content_dir, bool read_secrets);

// Lower-case letters, digits and dashes, at most 60: the ids of kiosk.toml and organisaties.toml.
bool IsConfigId(const std::string& id);

// The one rule of every loader: no postcode belongs to two organisations, no id is used twice.
void CheckOrganisationAreas(const std::string& file, const std::vector<KioskOrganisation>& organisations,
                            Diagnostics* diagnostics);

// Where `published` (what the site shows residents) names a postcode that `routing` would not accept,
// or would send to another organisation: one warning per stretch of postcodes, at `published_file`.
std::vector<Diagnostic> CompareWithPublished(const std::vector<Organisation>& published, const std::string& published_file,
                                             const std::vector<KioskOrganisation>& routing);

}  // namespace nietpluis
