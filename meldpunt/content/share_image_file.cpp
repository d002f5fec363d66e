// Where share images lie, and which pages have one.
#include "content/share_image_file.h"

namespace nietpluis {

std::string PageShareImageFile(const std::string& slug) { return "deel/" + (slug.empty() ? std::string("index") : slug) + ".png"; }

bool HasOwnShareImage(const Page& page, bool every_page) {
  return every_page || page.is_home() || page.menu.has_value();
}

}  // namespace nietpluis
