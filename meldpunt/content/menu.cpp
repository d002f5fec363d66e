// Building the main menu from front matter.
#include "content/menu.h"

#include <algorithm>
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

}  // namespace nietpluis
