// The site build's own texts, read once per build.
#include "site/site_texts.h"

namespace nietpluis {

const std::vector<std::string>& SiteTextKeys() {
  static const std::vector<std::string> keys = {kNotFoundTitle,      kNotFoundDescription, kPrintOverviewTitle,
                                                kPrintOverviewDescription, kFooterContact,   kFooterKiosks,
                                                kFooterPrivacy,      kFooterAccessibility};
  return keys;
}

Result<Texts> LoadSiteTexts(Env* env, const std::filesystem::path& templates_dir) {
  return Texts::Load(env, templates_dir / "teksten" / "nietpluis.toml", SiteTextKeys());
}

}  // namespace nietpluis
