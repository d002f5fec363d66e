// The meldpunt's configuration (content/site.toml): who runs it, how to reach it, where, and its look.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"
#include "config/language_settings.h"
#include "config/postcode_area.h"

namespace nietpluis {

class TomlReader;  // config/toml_reader.h: only site_config.cpp and kiosk_config.cpp read TOML

struct Contact {
  std::string phone;        // as shown: "14 0123"
  std::string phone_hours;  // "maandag tot en met vrijdag van 8.30 tot 17.00 uur"
  std::string email;
  std::string postal_address;  // optional
};

// What the site publishes of an organisation (config/organisations.h reads them).
struct Organisation {
  std::string name;
  PostcodeArea postcodes;  // PC4 ranges, woonplaatsen and PC6 exceptions, as the kiosk routes
  std::string website;  // optional
  std::string phone;    // optional
  int postcodes_line = 0;  // in organisations_file
};

struct KioskLocation {
  std::string name;
  std::string address;
  std::string opening_hours;
};

// A link at the foot of every page ([[voettekst]]): its text and the page, written as a link on the
// site ("/contact/"). The site build checks that the page exists.
struct FooterSetting {
  std::string label;
  std::string page;
  int line = 0;  // of `pagina` in site.toml
};

struct PrivacyInfo {
  std::string controller;
  std::string dpo_email;
  std::string retention;
  // How many days a report its organisation refused stays on the kiosk before it is wiped
  // ([privacy] geweigerd_bewaren_dagen); the privacy statement says so.
  int refused_kept_days = 30;
  // How many days a follow-up code's status is kept after its last change ([privacy]
  // volgcode_bewaren_dagen): the intake wipes it then, and the privacy statement says so.
  int follow_kept_days = 90;
};

struct AccessibilityInfo {
  std::string status;
  int year = 0, month = 0, day = 0;
  std::string method;
  std::string contact_email;
};

// Colours are "#rrggbb"; they become CSS custom properties so templates never hard-code a house style.
struct HouseStyle {
  std::filesystem::path logo;  // relative to the content folder
  int logo_line = 0;           // in site.toml, for messages about the logo on print material
  std::string text;
  std::string background;
  std::string primary;
  std::string primary_text;
  std::string danger;
  std::string danger_background;
  std::string focus;
};

// [resultaten]: the results page for staff (counts from content/resultaten/).
struct ResultSettings {
  int threshold = 5;     // a count below this is shown as "minder dan 5" and left out of totals
  int fading_months = 6;  // warn when a campaign's last period ended longer ago than this
};

// [voorlezen]: a "Lees voor" player on every page, its audio made by the build (docs/voorlezen.md).
struct ReadAloudSettings {
  bool on = false;
};

// [delen]: the picture a link preview shows (og:image), drawn by the build (site/page_share_images.h).
struct ShareSettings {
  // Every page its own picture with its title; false: only the home page and the menu's pages, the
  // others show the home page's, for a site with thousands of pages (each picture costs ~25 ms).
  bool picture_per_page = true;
};

struct SiteConfig {
  std::string language;
  std::string municipality;
  std::string meldpunt;
  std::string base_url;  // absolute, ends with '/'
  std::string intake_url;  // the public intake the online form posts to; "" = no online form
  Contact contact;
  std::vector<Organisation> organisations;
  std::string organisations_file;  // organisaties.toml beside site.toml, or site.toml itself
  std::vector<KioskLocation> kiosks;
  std::vector<FooterSetting> footer;  // empty: the site build's default footer
  PrivacyInfo privacy;
  AccessibilityInfo accessibility;
  HouseStyle style;
  LanguageCheckSettings language_check;
  ResultSettings results;
  ReadAloudSettings read_aloud;
  ShareSettings share;

  // [taalcheck] with every name the site itself knows added to its names: the municipality, the
  // meldpunt, the organisations and the kiosk locations, which the B1 check must leave alone.
  LanguageCheckSettings LanguageSettings() const;
  // The path part of base_url ("/nietpluis/"): where the site lives on its host.
  std::string BasePath() const;
  // "https://meldpunt.voorbeeld.nl" for the intake: what the pages' CSP must allow forms to post to.
  std::string IntakeOrigin() const;
};

// Loads and checks `content_dir/site.toml`. Every problem is added to `diagnostics`, with paths
// built from `content_dir` as the user typed it, so messages point where the user looks.
SiteConfig LoadSiteConfig(const std::filesystem::path& content_dir, Diagnostics* diagnostics);

// The accessibility statement statuses Dutch public bodies use.
const std::vector<std::string>& AccessibilityStatuses();

}  // namespace nietpluis
