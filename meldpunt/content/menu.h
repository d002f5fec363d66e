// The main menu: pages with a `menu` number, in that order.
#pragma once

#include <string>
#include <vector>

#include "content/page.h"

namespace nietpluis {

struct MenuItem {
  std::string label;
  std::string slug;
  int order = 0;
};

std::vector<MenuItem> BuildMenu(const std::vector<Page>& pages);

}  // namespace nietpluis
