// Invariants of a loaded site.toml and kiosk.toml.
#include "config_checks.h"

#include <algorithm>

#include "base/colour.h"
#include "base/text.h"
#include "base/web_address.h"
#include "config/postcode.h"
#include "fuzz_support.h"
#include "render/template_context.h"

namespace nietpluis::fuzz {
namespace {

bool Blank(const std::string& text) { return Trim(text).empty(); }

bool IsId(const std::string& id) {
  return !id.empty() && id.size() <= 60 &&
         std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

void CheckRanges(const std::vector<PostcodeRange>& ranges) {
  FUZZ_CHECK(!ranges.empty());
  for (const PostcodeRange& range : ranges) FUZZ_CHECK(IsPc4(range.first) && IsPc4(range.last) && range.first <= range.last);
}

bool DialablePhone(const std::string& phone) { return PhoneDigits(phone).size() >= 3; }

// Each text colour keeps 7:1 against its background, and the CSS made of them has no room for more.
void CheckStyle(const HouseStyle& style, const std::filesystem::path& content_dir) {
  FUZZ_CHECK(style.logo.empty() || std::filesystem::is_regular_file(content_dir / style.logo));
  for (const std::string* colour : {&style.text, &style.background, &style.primary, &style.primary_text, &style.danger,
                                    &style.danger_background, &style.focus}) {
    FUZZ_CHECK_MSG(ParseColour(*colour).has_value(), *colour);
  }
  auto contrast = [](const std::string& fg, const std::string& bg) { return ContrastRatio(*ParseColour(fg), *ParseColour(bg)); };
  FUZZ_CHECK(contrast(style.text, style.background) >= 7.0);
  FUZZ_CHECK(contrast(style.primary, style.background) >= 7.0);
  FUZZ_CHECK(contrast(style.primary_text, style.primary) >= 7.0);
  FUZZ_CHECK(contrast(style.danger, style.danger_background) >= 7.0);
  FUZZ_CHECK(contrast(style.text, style.danger_background) >= 7.0);
  const std::string css = HouseStyleCss(style);
  FUZZ_CHECK_MSG(Count(css, ";") == 7 && Count(css, "{") == 1 && Count(css, "}") == 1 && Count(css, "\n") == 9 &&
                     css.find('<') == std::string::npos,
                 css);
}

void CheckIntakeUrl(const SiteConfig& config) {
  const std::string& url = config.intake_url;
  if (url.empty()) return;
  const bool loopback = StartsWith(url, "http://") && IsLoopbackHost(UrlHost(url));
  FUZZ_CHECK_MSG((StartsWith(url, "https://") || loopback) && !UrlHost(url).empty() && EndsWith(url, "/"), url);
  FUZZ_CHECK_MSG(url.find_first_of("\"'<> ?#") == std::string::npos, url);
  const std::string origin = config.IntakeOrigin();
  FUZZ_CHECK_MSG(!origin.empty() && StartsWith(url, origin) && origin.find('/', origin.find("://") + 3) == std::string::npos,
                 origin);
}

}  // namespace

void CheckSiteConfig(const SiteConfig& config, const std::filesystem::path& content_dir) {
  FUZZ_CHECK(!Blank(config.language) && !Blank(config.municipality) && !Blank(config.meldpunt));
  FUZZ_CHECK_MSG(StartsWith(config.base_url, "https://") && EndsWith(config.base_url, "/"), config.base_url);
  const std::string base_path = config.BasePath();
  FUZZ_CHECK_MSG(StartsWith(base_path, "/") && EndsWith(base_path, "/"), base_path);
  CheckIntakeUrl(config);
  FUZZ_CHECK(DialablePhone(config.contact.phone) && !Blank(config.contact.phone_hours));
  FUZZ_CHECK(LooksLikeEmail(config.contact.email));
  FUZZ_CHECK(!config.organisations.empty());
  for (const Organisation& organisation : config.organisations) {
    FUZZ_CHECK(!Blank(organisation.name));
    CheckRanges(organisation.postcodes.ranges);
    FUZZ_CHECK(organisation.website.empty() || StartsWith(organisation.website, "https://"));
    FUZZ_CHECK(organisation.phone.empty() || DialablePhone(organisation.phone));
  }
  for (const KioskLocation& kiosk : config.kiosks) {
    FUZZ_CHECK(!Blank(kiosk.name) && !Blank(kiosk.address) && !Blank(kiosk.opening_hours));
  }
  FUZZ_CHECK(!Blank(config.privacy.controller) && !Blank(config.privacy.retention) && LooksLikeEmail(config.privacy.dpo_email));
  const AccessibilityInfo& accessibility = config.accessibility;
  const auto& statuses = AccessibilityStatuses();
  FUZZ_CHECK(std::find(statuses.begin(), statuses.end(), accessibility.status) != statuses.end());
  FUZZ_CHECK(accessibility.month >= 1 && accessibility.month <= 12 && accessibility.day >= 1 && accessibility.day <= 31);
  FUZZ_CHECK(!Blank(accessibility.method) && LooksLikeEmail(accessibility.contact_email));
  CheckStyle(config.style, content_dir);
  const LanguageCheckSettings& language = config.language_check;
  for (int limit : {language.sentence_warning, language.sentence_error, language.long_word_syllables}) {
    FUZZ_CHECK(limit >= 1 && limit <= 100);
  }
  FUZZ_CHECK(language.sentence_error >= language.sentence_warning);
  SiteContext(config, EmergencyNumbers{});  // the values every template gets: must not throw for any accepted site.toml
}

void CheckKioskConfig(const KioskConfig& config) {
  FUZZ_CHECK_MSG(IsId(config.id), config.id);
  FUZZ_CHECK(!Blank(config.location) && !config.data_dir.empty() && !config.content_dir.empty());
  FUZZ_CHECK(!config.listen_host.empty() && config.listen_port >= 1 && config.listen_port <= 65535);
  FUZZ_CHECK(config.idle_reset_s >= 10 && config.idle_reset_s <= 3600);
  FUZZ_CHECK(config.first_retry_s >= 1 && config.first_retry_s <= 3600);
  FUZZ_CHECK(config.max_retry_s >= 1 && config.max_retry_s <= 86400);
  const PublicIntakeSettings& limits = config.public_intake;
  FUZZ_CHECK(limits.max_request_kib >= 4 && limits.max_request_kib <= 1024);
  FUZZ_CHECK(limits.read_timeout_s >= 1 && limits.read_timeout_s <= 120);
  FUZZ_CHECK(limits.reports_per_address >= 0 && limits.reports_per_address <= 10000);
  FUZZ_CHECK(limits.window_s >= 1 && limits.window_s <= 86400);
  FUZZ_CHECK(!config.organisations.empty());
  for (const KioskOrganisation& organisation : config.organisations) {
    FUZZ_CHECK_MSG(IsId(organisation.id), organisation.id);
    FUZZ_CHECK(config.OrganisationById(organisation.id) == &organisation);  // ids are unique
    FUZZ_CHECK(!Blank(organisation.name));
    CheckRanges(organisation.postcodes.ranges);
    for (const PostcodeRange& range : organisation.postcodes.ranges) {
      // Areas do not overlap: every postcode of this organisation reaches this organisation, unless
      // another's PC6 exception takes that one postcode.
      for (int pc4 : {range.first, range.last}) {
        const KioskOrganisation* found = config.OrganisationFor(Postcode{pc4, "AB"});
        FUZZ_CHECK(found == &organisation ||
                   (found != nullptr && found->postcodes.MatchOf(Postcode{pc4, "AB"}, "") == PostcodeArea::Match::kPc6));
      }
    }
    for (const std::string& exception : organisation.postcodes.pc6) {
      FUZZ_CHECK(config.OrganisationFor(*ParsePostcode(exception)) == &organisation);
    }
    const DeliveryTarget& delivery = organisation.delivery;
    FUZZ_CHECK(delivery.timeout_s >= 1 && delivery.timeout_s <= 600);
    if (delivery.kind == DeliveryTarget::Kind::kHttps) {
      const bool loopback = StartsWith(delivery.url, "http://") && IsLoopbackHost(UrlHost(delivery.url));
      FUZZ_CHECK_MSG((StartsWith(delivery.url, "https://") || loopback) && !UrlHost(delivery.url).empty(), delivery.url);
      FUZZ_CHECK(!delivery.secret.empty() && Trim(delivery.secret) == delivery.secret);
    } else {
      FUZZ_CHECK_MSG(StartsWith(delivery.smtp_url, "smtps://") || StartsWith(delivery.smtp_url, "smtp://"), delivery.smtp_url);
      FUZZ_CHECK(!UrlHost(delivery.smtp_url).empty());
      for (const std::string* address : {&delivery.from, &delivery.to}) {
        FUZZ_CHECK_MSG(LooksLikeEmail(*address) && address->find_first_of("\r\n,;") == std::string::npos, *address);
      }
      FUZZ_CHECK(delivery.user.empty() || !delivery.password.empty());
    }
    FUZZ_CHECK(delivery.ca_file.empty() || std::filesystem::is_regular_file(delivery.ca_file));
  }
  CheckSiteConfig(config.site, config.content_dir);
}

}  // namespace nietpluis::fuzz
