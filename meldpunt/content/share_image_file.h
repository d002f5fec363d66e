// Where a page's own share image (its og:image) lies in the site, and which pages have one: shared
// by the site build, which draws them, and the public intake, whose pages name the form page's.
#pragma once

#include <string>

#include "content/page.h"

namespace nietpluis {

// Below the site's root: "deel/index.png" for the home page, "deel/<slug>.png" for the others.
std::string PageShareImageFile(const std::string& slug);

// Every page has a picture of its own; with `every_page` false ([delen] plaatje_per_pagina = false,
// for a very large site) only the home page and the pages in the menu, and the rest show the home
// page's.
bool HasOwnShareImage(const Page& page, bool every_page);

}  // namespace nietpluis
