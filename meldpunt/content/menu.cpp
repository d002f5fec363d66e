// Building the main menu from front matter.
#include "content/menu.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

namespace nietpluis {

std::vector<MenuItem> BuildMenu(const std::vector<Page>& pages) {
  std::vector<MenuItem> menu;
  for (const Page& page : pages) {
    if (!page.menu) continue;
    menu.push_back(MenuItem{page.menu_title.empty() ? page.title : page.menu_title, page.slug, *page.menu});
  }
  // Equal numbers keep a stable, predictable order: by label.
  std::sort(menu.begin(), menu.end(),
            [](const MenuItem& a, const MenuItem& b) { return std::tie(a.order, a.label) < std::tie(b.order, b.label); });
  return menu;
}

void WarnDuplicateMenuNumbers(const std::vector<Page>& pages, Diagnostics* diagnostics) {
  std::map<int, const Page*> first;
  for (const Page& page : pages) {
    if (!page.menu) continue;
    auto [it, inserted] = first.emplace(*page.menu, &page);
    if (inserted) continue;
    diagnostics->Add(Warning(page.Where(), page.menu_line,
                             "menu: " + std::to_string(*page.menu) + " staat ook in " + it->second->Where(),
                             "geef elke pagina in het menu een eigen nummer"));
  }
}

}  // namespace nietpluis
