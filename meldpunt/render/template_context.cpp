// Building Mustache data from the content model. Values go in raw; the renderer escapes them.
#include "render/template_context.h"

#include "base/dutch_format.h"
#include "base/text.h"

namespace nietpluis {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// Mustache treats "" as present, so {{#website}}...{{/website}} would show an empty link; false hides it.

TemplateData OrganisationsData(const SiteConfig& config) {
  TemplateData items{list{}};
  for (const Organisation& organisation : config.organisations) {
    items.push_back(object{{"naam", organisation.name},
                           {"gebied", DescribePostcodeArea(organisation.postcodes)},
                           {"website", OptionalText(organisation.website)},
                           {"telefoon", OptionalText(organisation.phone)},
                           {"telefoon_link", OptionalText(PhoneDigits(organisation.phone))}});
  }
  return items;
}

TemplateData KiosksData(const SiteConfig& config) {
  TemplateData items{list{}};
  for (const KioskLocation& kiosk : config.kiosks) {
    items.push_back(object{{"naam", kiosk.name}, {"adres", kiosk.address}, {"open", kiosk.opening_hours}});
  }
  return items;
}

// Each other number both in the list and by its id, so a text can name one ("Bel dan het Meldpunt
// Zorgwekkend Gedrag: {{noodnummers.zorgwekkend_gedrag.nummer}}") without writing it out.
TemplateData EmergencyNumbersData(const EmergencyNumbers& numbers) {
  TemplateData data{object{{"spoed", object{{"nummer", numbers.urgent.number}, {"tel", numbers.urgent.digits}}}}};
  TemplateData others{list{}};
  for (const EmergencyNumber& number : numbers.others) {
    TemplateData entry{object{{"tekst", number.label},
                              {"kort", number.short_label},
                              {"nummer", number.number},
                              {"tel", number.digits},
                              {"erna", OptionalText(number.after)}}};
    others.push_back(entry);
    data.set(number.id, entry);
  }
  data.set("lijst", others);
  return data;
}

std::string Href(const std::string& root, const std::string& slug) {
  if (slug.empty()) return root.empty() ? "./" : root;
  return root + slug + "/";
}

}  // namespace

TemplateData SiteContext(const SiteConfig& config, const EmergencyNumbers& numbers) {
  const AccessibilityInfo& a11y = config.accessibility;
  TemplateData data{object{
      {"lang", config.language},
      {"gemeente", config.municipality},
      {"meldpunt", config.meldpunt},
      {"basis_url", config.base_url},
      {"intake", !config.intake_url.empty()},
      {"intake_herkomst", config.IntakeOrigin()},
      {"meldformulier_actie", config.intake_url + "melding"},
      // The intake's address lookup, asked by assets/adres.js while a resident types on the form.
      {"adres_zoeken", config.intake_url + "adres"},
      {"telefoon", config.contact.phone},
      {"telefoon_link", PhoneDigits(config.contact.phone)},
      {"telefoon_uren", config.contact.phone_hours},
      {"email", config.contact.email},
      {"postadres", OptionalText(config.contact.postal_address)},
      {"organisaties", OrganisationsData(config)},
      {"kiosken", KiosksData(config)},
      {"privacy", object{{"verantwoordelijke", config.privacy.controller},
                         {"fg_email", config.privacy.dpo_email},
                         {"bewaartermijn", config.privacy.retention},
                         {"geweigerd_dagen", std::to_string(config.privacy.refused_kept_days)},
                         {"volgcode_dagen", std::to_string(config.privacy.follow_kept_days)}}},
      {"toegankelijkheid", object{{"status", a11y.status},
                                  {"datum", DutchDate(a11y.year, a11y.month, a11y.day)},
                                  {"onderzoek", a11y.method},
                                  {"contact_email", a11y.contact_email}}},
      {"noodnummers", EmergencyNumbersData(numbers)},
  }};
  data.set("heeft_kiosken", config.kiosks.empty() ? TemplateData::type::bool_false : TemplateData::type::bool_true);
  return data;
}

TemplateData LayoutContext(const SiteConfig& config, const PageView& page, const std::vector<MenuItem>& menu,
                           const std::vector<FooterLink>& footer) {
  TemplateData data{object{}};
  data.set("root", page.root);
  data.set("titel", page.title);
  data.set("paginatitel", page.title == config.meldpunt ? page.title : page.title + " | " + config.meldpunt);
  data.set("beschrijving", page.description);
  data.set("canonical", page.canonical_url);
  data.set("inhoud", page.content_html);
  data.set("noindex", page.noindex ? TemplateData::type::bool_true : TemplateData::type::bool_false);
  data.set("intern", page.staff ? TemplateData::type::bool_true : TemplateData::type::bool_false);
  const std::string assets = page.assets.empty() ? page.root + "assets/" : page.assets;
  data.set("assets", assets);
  // The icons are the site's; a page served from elsewhere (the intake) may load nothing from it.
  data.set("iconen", page.assets.empty() ? TemplateData::type::bool_true : TemplateData::type::bool_false);
  if (page.share_image.empty()) {
    data.set("deelbeeld", TemplateData::type::bool_false);
  } else {
    data.set("deelbeeld", object{{"url", config.base_url + page.share_image}, {"titel", page.share_image_title}});
  }
  data.set("logo", assets + "logo" + config.style.logo.extension().string());
  data.set("home", Href(page.root, ""));

  TemplateData menu_items{list{}};
  for (const MenuItem& item : menu) {
    TemplateData entry{object{{"label", item.label}, {"href", Href(page.root, item.slug)}}};
    bool current = page.has_current && item.slug == page.current_slug;
    entry.set("huidig", current ? TemplateData::type::bool_true : TemplateData::type::bool_false);
    menu_items.push_back(entry);
  }
  data.set("menu", menu_items);

  TemplateData footer_items{list{}};
  for (const FooterLink& link : footer) {
    footer_items.push_back(object{{"label", link.label}, {"href", Href(page.root, link.slug)}});
  }
  data.set("voetlinks", footer_items);
  return data;
}

std::string HouseStyleCss(const HouseStyle& style) {
  // The colours were checked to be #rrggbb, so they cannot break out of the declaration.
  return ":root {\n"
         "  --kleur-tekst: " + style.text + ";\n"
         "  --kleur-achtergrond: " + style.background + ";\n"
         "  --kleur-primair: " + style.primary + ";\n"
         "  --kleur-primair-tekst: " + style.primary_text + ";\n"
         "  --kleur-gevaar: " + style.danger + ";\n"
         "  --kleur-gevaar-achtergrond: " + style.danger_background + ";\n"
         "  --kleur-focus: " + style.focus + ";\n"
         "}\n";
}

TemplateData OptionalText(const std::string& text) {
  return text.empty() ? TemplateData(TemplateData::type::bool_false) : TemplateData(text);
}

}  // namespace nietpluis
