// Where a page's own share image (its og:image) lies in the site, and which pages have one: shared
// by the site build, which draws them, and the public intake, whose pages name the form page's.
#pragma once

#include <string>

#include "content/page.h"

namespace nietpluis {

// Below the site's root: "deel/index.png" for the home page, "deel/<slug>.png" for the others.
std::string PageShareImageFile(const std::string& slug);

// The home page and every page in the menu have a picture of their own; the rest show the home
// page's (site/page_share_images.h says why).
bool HasOwnShareImage(const Page& page);

}  // namespace nietpluis
