// What a configuration that loaded without errors promises the rest of the program, checked field by
// field for the site.toml and kiosk.toml harnesses.
#pragma once

#include "config/kiosk_config.h"
#include "config/site_config.h"

namespace nietpluis::fuzz {

void CheckSiteConfig(const SiteConfig& config, const std::filesystem::path& content_dir);
void CheckKioskConfig(const KioskConfig& config);

}  // namespace nietpluis::fuzz
