// Default front matter for the pages generated from configuration.
#include "content/generated_pages.h"

#include <map>
#include <string>

namespace nietpluis {
namespace {

struct Defaults {
  GeneratedKind kind;
  const char* slug;
  const char* title;
  const char* description;
};

// Every Dutch public body must publish a privacy and an accessibility statement, so these always exist.
const Defaults kDefaults[] = {
    {GeneratedKind::kPrivacy, "privacy", "Privacy",
     "Wie krijgt uw melding, wat doen zij ermee en hoe lang bewaren zij die?"},
    {GeneratedKind::kAccessibility, "toegankelijkheid", "Toegankelijkheid",
     "Hoe goed werkt deze website voor iedereen, en wat kunt u doen als iets niet werkt?"},
    {GeneratedKind::kKioskLocations, "kiosk-locaties", "Waar staan de meldzuilen?",
     "Op deze plekken kunt u bij een meldzuil uw zorgen doorgeven."},
    // With intake_url in site.toml it holds the online form; without, how else to report.
    {GeneratedKind::kReport, "melden", "Melden", "Geef uw zorgen om iemand in de buurt hier door."},
};

}  // namespace

std::string GeneratedTemplateName(GeneratedKind kind) { return "generated/" + std::string(GeneratedKindName(kind)); }

void AddMissingGeneratedPages(std::vector<Page>* pages, Diagnostics* diagnostics) {
  std::map<GeneratedKind, const Page*> claimed;
  for (const Page& page : *pages) {
    if (page.generate == GeneratedKind::kNone) continue;
    auto [it, inserted] = claimed.emplace(page.generate, &page);
    if (!inserted) {
      diagnostics->Add(Error(page.Where(), 1,
                             "generate: " + std::string(GeneratedKindName(page.generate)) + " staat ook in " +
                                 it->second->Where(),
                             "haal het uit een van de twee pagina's"));
    }
  }
  for (const Defaults& defaults : kDefaults) {
    if (claimed.count(defaults.kind)) continue;
    Page page;
    page.slug = defaults.slug;
    page.title = defaults.title;
    page.description = defaults.description;
    page.generate = defaults.kind;
    pages->push_back(std::move(page));
  }
}

}  // namespace nietpluis
