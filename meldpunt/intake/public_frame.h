// The site around the public intake's pages: its menu, footer and the title of its form page, so
// the answers to the online form (errors, thank you, wait) look like the rest of the site.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/env.h"
#include "base/status.h"
#include "config/kiosk_config.h"
#include "content/menu.h"
#include "render/template_context.h"
#include "render/texts.h"

namespace nietpluis {

struct PublicFrame {
  std::vector<MenuItem> menu;
  std::vector<FooterLink> footer;
  std::string form_title;  // the h1 of the site's page with the form ("Wilt u iets melden?")
  std::string form_slug;   // and its slug, marked in the menu on the form's pages
  // The share image the site's form page names (content/share_image_file.h), and its title.
  std::string share_image = "deel/index.png";
  std::string share_image_title;
};

// Reads the pages of `config.content_dir`/pages (their front matter is what counts) once, at start.
// Without a pages folder the frame has no menu and footer, and `fallback_title` as the form's title.
// A page that cannot be read is an error in `diagnostics`, as in the site build.
PublicFrame LoadPublicFrame(const KioskConfig& config, const std::filesystem::path& templates_dir, Env* env,
                            const std::string& fallback_title, Diagnostics* diagnostics);

}  // namespace nietpluis
