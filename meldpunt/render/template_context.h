// What templates can use: the site's configuration as Mustache data, plus per-page values.
#pragma once

#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/menu.h"
#include "content/page.h"
#include "render/emergency_numbers.h"
#include "render/templates.h"

namespace nietpluis {

// Values from site.toml: gemeente, meldpunt, telefoon, organisaties, kiosken, privacy, ... (see docs/templates.md),
// and the emergency numbers (usually TemplateSet::emergency_numbers()) as {{#noodnummers}}: spoed.nummer and
// spoed.tel, and a list `lijst` of tekst, kort, nummer, tel and erna (false when empty); each number of
// the list also by its id: noodnummers.politie, noodnummers.veilig_thuis, noodnummers.zorgwekkend_gedrag.
TemplateData SiteContext(const SiteConfig& config, const EmergencyNumbers& numbers);

// Text for a {{#section}} that must vanish when the text is empty (Mustache treats "" as true).
TemplateData OptionalText(const std::string& text);

// assets/tokens.css: the house-style colours of site.toml as CSS custom properties.
std::string HouseStyleCss(const HouseStyle& style);

struct FooterLink {
  std::string label;
  std::string slug;
};

struct PageView {
  std::string title;
  std::string description;
  std::string root;          // prefix back to the site root: "", "../" or an absolute base path
  std::string current_slug;  // marks the menu item with aria-current when has_current
  bool has_current = false;
  std::string canonical_url;
  std::string content_html;  // already rendered, trusted HTML
  bool noindex = false;
  // Where the stylesheets and the logo are; empty: root + "assets/". The public intake serves its
  // own ("assets/") while its links lead to the site.
  std::string assets;
  // A staff page (language report, print overview, their index): no public menu, danger box or footer links.
  bool staff = false;
  // The picture a link preview shows (og:image), below the site's root ("deel/melden.png"), and the
  // title it shows, for its alternative text. Empty: no picture named.
  std::string share_image;
  std::string share_image_title;
};

// This page's values for layout.mustache: title, menu, footer, content. Render it over SiteContext().
TemplateData LayoutContext(const SiteConfig& config, const PageView& page, const std::vector<MenuItem>& menu,
                           const std::vector<FooterLink>& footer);

}  // namespace nietpluis
