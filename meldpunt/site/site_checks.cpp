// Cross-page checks of the content model.
#include "site/site_checks.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "base/text.h"

namespace nietpluis {
namespace {

constexpr std::size_t kLongDescription = 160;  // search engines cut descriptions around here

bool HasScheme(std::string_view url) {
  std::size_t colon = url.find(':');
  return colon != std::string_view::npos && url.find_first_of("/?#") > colon;
}

// "/a/b/#x?y" -> "a/b/"
std::string PathOf(std::string_view url) {
  std::string_view path = url.substr(1);
  return std::string(path.substr(0, path.find_first_of("#?")));
}

bool IsFilePath(const std::string& path) {
  std::size_t slash = path.rfind('/');
  std::string last = path.substr(slash == std::string::npos ? 0 : slash + 1);
  return last.find('.') != std::string::npos;
}

class SiteChecker {
 public:
  SiteChecker(const std::vector<Page>& pages, const std::filesystem::path& content_dir, Diagnostics* diagnostics)
      : pages_(pages), content_dir_(content_dir), diagnostics_(diagnostics) {
    for (const Page& page : pages) slugs_.push_back(page.slug);
    slug_set_.insert(slugs_.begin(), slugs_.end());
  }

  void Run(const std::vector<std::string>& always_linked) {
    CheckSlugs();
    for (const Page& page : pages_) {
      CheckHeadings(page);
      CheckLinks(page);
      CheckDescription(page);
      for (int line : page.raw_html_lines) {
        diagnostics_->Add(Warning(page.Where(), line, "HTML in de tekst wordt niet getoond",
                                  "schrijf het met Markdown, zoals **vet** of [link](/pagina/)"));
      }
    }
    CheckReachable(always_linked);
  }

 private:
  void Add(const Page& page, int line, std::string problem, std::string remedy) {
    diagnostics_->Add(Error(page.Where(), line, std::move(problem), std::move(remedy)));
  }

  void CheckSlugs() {
    std::map<std::string, const Page*> owners;
    for (const Page& page : pages_) {
      auto [it, inserted] = owners.emplace(page.slug, &page);
      if (inserted) continue;
      std::string name = page.slug.empty() ? "de startpagina" : "slug '" + page.slug + "'";
      Add(page, page.slug_line, name + " is al in gebruik door " + it->second->Where(),
          "kies een andere slug of bestandsnaam");
    }
  }

  void CheckHeadings(const Page& page) {
    int previous = 1;  // the title is the page's h1
    for (const Heading& heading : page.headings) {
      if (heading.level == 1) {
        Add(page, heading.line, "kop '" + heading.text + "' met één # maakt een tweede h1",
            "de titel is al de h1; begin koppen met ##");
      } else if (heading.level > previous + 1) {
        Add(page, heading.line,
            "kop '" + heading.text + "' slaat een niveau over (h" + std::to_string(previous) + " naar h" +
                std::to_string(heading.level) + ")",
            "gebruik " + std::string(static_cast<std::size_t>(previous + 1), '#') + " of voeg eerst een kop daarboven toe");
      }
      previous = heading.level;
    }
  }

  void CheckDescription(const Page& page) {
    if (page.description.size() > kLongDescription) {
      diagnostics_->Add(Warning(page.Where(), 1,
                                "de beschrijving is " + std::to_string(page.description.size()) + " tekens lang",
                                "houd hem onder " + std::to_string(kLongDescription) +
                                    " tekens; zoekmachines korten langere af"));
    }
  }

  void CheckLinks(const Page& page) {
    for (const LinkRef& link : page.links) {
      if (link.is_image && Trim(link.text).empty()) {
        Add(page, link.line, "afbeelding " + link.url + " heeft geen alt-tekst",
            "beschrijf tussen de [ ] wat er op de afbeelding te zien is");
      }
      CheckTarget(page, link);
    }
  }

  void CheckTarget(const Page& page, const LinkRef& link) {
    const std::string& url = link.url;
    const char* what = link.is_image ? "afbeelding" : "link";
    if (url.empty()) {
      Add(page, link.line, std::string(what) + " zonder adres", "zet het adres tussen de ( )");
      return;
    }
    if (url[0] == '#') return;
    if (HasScheme(url) || StartsWith(url, "//")) {
      if (link.is_image) {
        Add(page, link.line, "afbeelding " + url + " komt van een andere website",
            "zet het bestand in " + (content_dir_ / "beeld").string() + " en schrijf /beeld/naam.jpg");
      }
      return;
    }
    if (url[0] != '/') {
      std::string stem = EndsWith(url, ".md") ? url.substr(0, url.size() - 3) : url;
      Add(page, link.line, std::string(what) + " '" + url + "' is relatief",
          "schrijf interne links met een / ervoor, zoals /" + (stem.empty() ? "pagina" : stem) + "/");
      return;
    }
    std::string path = PathOf(url);
    if (IsFilePath(path)) {
      if (!std::filesystem::is_regular_file(content_dir_ / path)) {
        Add(page, link.line, std::string(what) + " naar " + url + " gaat naar een bestand dat niet bestaat",
            "zet het bestand in " + (content_dir_ / path).string() + " of verbeter de naam");
      }
      return;
    }
    std::string slug = path;
    while (!slug.empty() && slug.back() == '/') slug.pop_back();
    if (slug_set_.count(slug)) {
      if (slug != page.slug) {
        linked_.insert(slug);
        links_out_.insert(page.slug);
      }
      return;
    }
    std::string suggestion = ClosestMatch(slug, slugs_);
    Add(page, link.line, "link naar " + url + " gaat naar een pagina die niet bestaat",
        suggestion.empty() ? "verbeter de link of maak de pagina " +
                                 (content_dir_ / "pages" / (slug + ".md")).string()
                           : "bedoelt u /" + suggestion + "/?");
  }

  void CheckReachable(const std::vector<std::string>& always_linked) {
    for (const std::string& slug : always_linked) linked_.insert(slug);
    for (const Page& page : pages_) {
      if (page.is_home() || page.menu || page.source_file.empty()) continue;
      if (linked_.count(page.slug) || links_out_.count(page.slug)) continue;
      Add(page, 1, "geen pagina linkt naar deze pagina en deze pagina linkt nergens naar",
          "zet hem in het menu (menu: in de front matter) of link ernaar vanaf een andere pagina");
    }
  }

  const std::vector<Page>& pages_;
  const std::filesystem::path& content_dir_;
  Diagnostics* diagnostics_;
  std::vector<std::string> slugs_;  // for suggestions
  std::unordered_set<std::string> slug_set_;
  std::set<std::string> linked_;     // slugs some other page links to
  std::set<std::string> links_out_;  // slugs of pages that link to another page
};

}  // namespace

void CheckSite(const std::vector<Page>& pages, const std::filesystem::path& content_dir,
               const std::vector<std::string>& always_linked, Diagnostics* diagnostics) {
  SiteChecker(pages, content_dir, diagnostics).Run(always_linked);
}

}  // namespace nietpluis
