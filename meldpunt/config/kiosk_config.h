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
  // [bezorging]: how patiently the forwarder retries.
  int first_retry_s = 5;
  int max_retry_s = 900;
  PublicIntakeSettings public_intake;

  // The organisation that works at this postcode (areas are PC4 numbers), or nullptr.
  const KioskOrganisation* OrganisationFor(const Postcode& postcode) const;
  const KioskOrganisation* OrganisationById(const std::string& id) const;
};

// Loads `file` and the site.toml of its content folder. With `read_secrets` false the secret files
// are not opened (for `status`, which only reads the database).
KioskConfig LoadKioskConfig(const std::filesystem::path& file, bool read_secrets, Diagnostics* diagnostics);

}  // namespace nietpluis
