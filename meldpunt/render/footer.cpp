// The footer policy: what site.toml names, else a default that fits the example content.
#include "render/footer.h"

#include <algorithm>
#include <optional>
#include <string>

#include "base/slug.h"
#include "base/text.h"
#include "content/generated_pages.h"

namespace nietpluis {
namespace {

// "/contact/" -> "contact", "/" -> "" (the home page); nothing when it is not written as a link on the site.
std::optional<std::string> SlugOf(const std::string& page) {
  if (page.empty() || page.front() != '/') return std::nullopt;
  std::string slug = page.substr(1);
  while (!slug.empty() && slug.back() == '/') slug.pop_back();
  if (!slug.empty() && !IsValidSlug(slug)) return std::nullopt;
  return slug;
}

bool HasPage(const std::vector<Page>& pages, const std::string& slug) {
  return std::any_of(pages.begin(), pages.end(), [&](const Page& page) { return page.slug == slug; });
}

std::vector<FooterLink> DefaultFooter(const std::vector<Page>& pages, const Texts& texts) {
  std::vector<FooterLink> footer;
  auto add = [&](const char* label, auto matches) {
    for (const Page& page : pages) {
      if (matches(page)) {
        footer.push_back(FooterLink{texts.Get(label), page.slug});
        return;
      }
    }
  };
  add(kFooterContact, [](const Page& p) { return p.slug == "contact"; });
  add(kFooterKiosks, [](const Page& p) { return p.generate == GeneratedKind::kKioskLocations; });
  add(kFooterPrivacy, [](const Page& p) { return p.generate == GeneratedKind::kPrivacy; });
  add(kFooterAccessibility, [](const Page& p) { return p.generate == GeneratedKind::kAccessibility; });
  return footer;
}

}  // namespace

const std::vector<std::string>& FooterTextKeys() {
  static const std::vector<std::string> keys = {kFooterContact, kFooterKiosks, kFooterPrivacy, kFooterAccessibility};
  return keys;
}

void CheckFooter(const SiteConfig& config, const std::vector<Page>& pages, const std::filesystem::path& content_dir,
                 Diagnostics* diagnostics) {
  const std::string file = (content_dir / "site.toml").string();
  std::vector<std::string> slugs;
  for (const Page& page : pages) slugs.push_back(page.slug);
  for (const FooterSetting& link : config.footer) {
    std::optional<std::string> slug = SlugOf(link.page);
    if (!slug) {
      diagnostics->Add(Error(file, link.line, "voettekst: '" + link.page + "' is geen link naar een pagina van de site",
                             "schrijf de pagina zoals een link op de site, zoals /contact/"));
    } else if (!HasPage(pages, *slug)) {
      const std::string suggestion = ClosestMatch(*slug, slugs);
      diagnostics->Add(Error(file, link.line, "voettekst: de pagina " + link.page + " bestaat niet",
                             suggestion.empty() ? "kies een pagina uit content/pages/" : "bedoelt u /" + suggestion + "/?"));
    }
  }
}

std::vector<FooterLink> FooterLinks(const SiteConfig& config, const std::vector<Page>& pages, const Texts& texts) {
  if (config.footer.empty()) return DefaultFooter(pages, texts);
  std::vector<FooterLink> footer;
  for (const FooterSetting& link : config.footer) {
    std::optional<std::string> slug = SlugOf(link.page);
    if (slug && HasPage(pages, *slug)) footer.push_back(FooterLink{link.label, *slug});
  }
  return footer;
}

}  // namespace nietpluis
