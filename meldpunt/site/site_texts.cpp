// The site build's own texts, read once per build.
#include "site/site_texts.h"

namespace nietpluis {

const std::vector<std::string>& SiteTextKeys() {
  static const std::vector<std::string> keys = {kNotFoundTitle,      kNotFoundDescription, kPrintOverviewTitle,
                                                kPrintOverviewDescription, kStaffIndexTitle, kStaffIndexDescription, kFooterContact,   kFooterKiosks,
                                                kFooterPrivacy,      kFooterAccessibility,
                                                kResultsTitle,       kResultsDescription,  kResultsSmall,
                                                kResultsHidden,      kResultsWayQr,        kResultsWayWebsite,
                                                kResultsWayKiosk};
  return keys;
}

Result<Texts> LoadSiteTexts(Env* env, const std::filesystem::path& templates_dir) {
  return Texts::Load(env, templates_dir / "teksten" / "nietpluis.toml", SiteTextKeys());
}

}  // namespace nietpluis
