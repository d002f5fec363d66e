// The kiosk's configuration (kiosk.toml): where it runs, where it keeps reports, and where each goes.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"
#include "base/web_address.h"
#include "config/organisation.h"
#include "config/postcode.h"
#include "config/postcode_area.h"
#include "config/site_config.h"

namespace nietpluis {

// [publiek]: protection of the online form on the open internet. Nothing here identifies a visitor.
struct PublicIntakeSettings {
  int max_request_kib = 16;       // larger bodies get 413
  int read_timeout_s = 10;        // the longest wait for the next bytes of a request
  int request_s = 20;             // the whole request, header and body, from its first byte
  int reports_per_address = 10;   // posts of the form per client address and window; 0 = no limit
  int window_s = 600;
  // An IPv6 client is counted per network of this many bits: a home or phone gets a /64 and may use
  // any address in it. IPv4 addresses count alone.
  int ipv6_prefix = 64;
  // Peers whose X-Forwarded-For names the client: the reverse proxy in front of the intake.
  std::vector<std::string> proxies = {"127.0.0.1", "::1"};
};

// [adressen]: the address register (BAG), optional. Without one the kiosk works by postcode alone.
struct AddressSettings {
  std::filesystem::path file;  // default: adressen.db in the data folder
  int stale_after_months = 3;  // `status` and `controleer` warn when its data are older
};

// [statistiek]: the weekly counts of accepted reports (delivery/report_counts.h).
struct CountSettings {
  int keep_months = 24;  // counts of older weeks are dropped
  // From sleutel_bestand: with it, GET /statistiek.csv answers whoever sends this token, for a
  // coordinator's spreadsheet. "" (the default): no such address.
  std::string token;
};

// [it_bericht]: the optional daily message to IT when something is wrong (delivery/it_alert.h).
struct ItMessageSettings {
  bool enabled = false;
  DeliveryTarget mail;        // kind kEmail: smtp_url, van, naar, ...
  int wait_hours = 4;         // a report waiting longer counts as wrong
  int min_free_percent = 10;  // less free disk than this counts as wrong
};

// [volgen]: the follow-up codes (docs/volgcode.md). The status page is the site's intake_url + "volg";
// how long a status is kept is site.toml's [privacy] volgcode_bewaren_dagen, which the privacy
// statement names too.
struct FollowSettings {
  // From sleutel_bestand: the key the meldpunt's intakes share. "": the intake's own key in data_dir.
  std::string key;
};

struct KioskConfig {
  enum class Mode { kKiosk, kPublic };
  std::string file;  // kiosk.toml as the user named it
  std::string id;
  std::string location;
  std::string listen_host = "127.0.0.1";
  int listen_port = 8080;
  std::filesystem::path data_dir;
  int idle_reset_s = 90;
  Mode mode = Mode::kKiosk;
  std::filesystem::path content_dir;    // holds site.toml and the logo; secrets may not live here
  std::filesystem::path templates_dir;  // empty: the templates Nietpluis was built with
  SiteConfig site;
  std::vector<KioskOrganisation> organisations;
  std::string organisations_file;  // organisaties.toml, or kiosk.toml itself when it lists its own
  // [bezorging]: how patiently the forwarder retries.
  int first_retry_s = 5;
  int max_retry_s = 900;
  // Days a refused report is kept for the coordinator (nietpluis-kiosk opnieuw) before it is wiped.
  int refused_kept_days = 30;  // without its own line, site.toml's [privacy] geweigerd_bewaren_dagen
  int refused_kept_days_line = 0;  // of [bezorging] geweigerd_bewaren_dagen; 0: not set there
  ItMessageSettings it_message;
  PublicIntakeSettings public_intake;
  AddressSettings addresses;
  CountSettings counts;
  FollowSettings follow;

  // The organisation that works at this postcode, or nullptr. `place` is the postcode's woonplaats
  // from the address register, or empty without one: then areas given as woonplaatsen match nothing.
  // A PC6 exception wins over a woonplaats, and that over a PC4 range.
  const KioskOrganisation* OrganisationFor(const Postcode& postcode, std::string_view place = {}) const;
  // True when an organisation's area names woonplaatsen: routing then needs the address register.
  bool RoutesByPlace() const;
  const KioskOrganisation* OrganisationById(const std::string& id) const;
};

// Loads `file` and the site.toml of its content folder. With `read_secrets` false the secret files
// are not opened (for `status`, which only reads the database).
KioskConfig LoadKioskConfig(const std::filesystem::path& file, bool read_secrets, Diagnostics* diagnostics);

}  // namespace nietpluis
