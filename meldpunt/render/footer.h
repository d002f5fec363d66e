// The links at the foot of every page, on the site and on the public intake's pages: the ones site.toml names ([[voettekst]]), or by default the
// page "contact" when there is one, then the meldzuilen, the privacy and the accessibility statement.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"
#include "config/site_config.h"
#include "content/page.h"
#include "render/template_context.h"
#include "render/texts.h"

namespace nietpluis {

// The default footer's labels, in templates/teksten/nietpluis.toml (table [site]).
inline constexpr const char* kFooterContact = "site.voettekst.contact";
inline constexpr const char* kFooterKiosks = "site.voettekst.meldzuilen";
inline constexpr const char* kFooterPrivacy = "site.voettekst.privacy";
inline constexpr const char* kFooterAccessibility = "site.voettekst.toegankelijkheid";
const std::vector<std::string>& FooterTextKeys();

// Every [[voettekst]] page must be a page of the site: a dead link in the footer would be on every
// page. Errors point at site.toml in `content_dir`.
void CheckFooter(const SiteConfig& config, const std::vector<Page>& pages, const std::filesystem::path& content_dir,
                 Diagnostics* diagnostics);

// The footer's links; the default's labels come from `texts` (SiteTextKeys). Call it after CheckFooter
// found nothing wrong: a [[voettekst]] page that does not exist is left out.
std::vector<FooterLink> FooterLinks(const SiteConfig& config, const std::vector<Page>& pages, const Texts& texts);

}  // namespace nietpluis
