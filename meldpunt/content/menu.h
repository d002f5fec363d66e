// The main menu: pages with a `menu` number, in that order.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "content/page.h"

namespace nietpluis {

struct MenuItem {
  std::string label;
  std::string slug;
  int order = 0;
};

std::vector<MenuItem> BuildMenu(const std::vector<Page>& pages);

// Two pages with the same `menu` number have no order of their own: a warning at each later one.
void WarnDuplicateMenuNumbers(const std::vector<Page>& pages, Diagnostics* diagnostics);

}  // namespace nietpluis
