// Everything a build reads before it writes: site.toml, the build's texts, the templates, the pages
// (checked for B1 as they load), the campaigns and the menu.
#pragma once

#include <optional>
#include <vector>

#include "base/status.h"
#include "config/site_config.h"
#include "content/campaign.h"
#include "content/menu.h"
#include "content/page.h"
#include "render/templates.h"
#include "render/texts.h"
#include "site/build_language.h"
#include "site/site_builder.h"

namespace nietpluis {

struct SiteInputs {
  SiteConfig config;
  Texts texts;       // templates/teksten/nietpluis.toml
  Texts form_texts;  // the report form's, from the intake's templates/teksten/kiosk.toml
  std::optional<TemplateSet> templates;
  std::vector<Page> pages;  // with the generated pages the content lacks
  std::vector<Campaign> campaigns;
  std::vector<MenuItem> menu;
};

// Reads the inputs; `language` checks each page as it loads. Problems go to `diagnostics`; after an
// error the inputs may be incomplete.
SiteInputs LoadSiteInputs(const BuildOptions& options, BuildLanguage* language, Diagnostics* diagnostics);

}  // namespace nietpluis
