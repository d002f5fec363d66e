// Each page's share image (og:image, the picture a link preview in WhatsApp or Facebook shows):
// which file its tags name, and drawing that file, or keeping an earlier build's copy when nothing
// it shows has changed (drawing one costs about as much as writing a hundred pages).
#pragma once

#include <atomic>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "content/campaign.h"
#include "content/page.h"
#include "print/share_image.h"
#include "site/site_builder.h"
#include "site/site_inputs.h"
#include "site/staged_output.h"

namespace nietpluis {

// What a page's tags name.
struct ShareImageChoice {
  std::string file;   // below the site's root: "deel/melden.png"
  std::string title;  // what the picture says, for its alternative text
};

// Which picture a page shows: every page has its own, with its title; a campaign's page shows the
// campaign's picture (deel/campagne-<id>.png, drawn with the print material) while the campaign runs.
// With `every_page` false ([delen] plaatje_per_pagina, for a site of thousands of pages) only the home
// page and the menu's pages have their own and the others show the home page's. The key "" is the
// home page's, also without a home page (the 404 page shows it); `to_draw` gets every page's own
// picture (also where a campaign's replaces it), by file.
std::map<std::string, ShareImageChoice> ChooseShareImages(const std::vector<Page>& pages,
                                                          const std::vector<Campaign>& campaigns, CalendarDate today,
                                                          const std::string& site_name, bool every_page,
                                                          std::map<std::string, std::string>* to_draw);

class PageShareImages {
 public:
  // Loads the fonts and the logo; null after an error, which is in `diagnostics`.
  static std::unique_ptr<PageShareImages> Prepare(const BuildOptions& options, const SiteInputs& inputs,
                                                  Diagnostics* diagnostics);

  // The picture of the page with `slug` ("" is the home page; an unknown slug gets the home page's).
  const ShareImageChoice& For(const std::string& slug) const;

  // Writes every page picture a page names, on every core: kept from the build before last or copied
  // from the last when its key matches (ShareImages::PageKey), drawn otherwise.
  void Write(StagedOutput& output, Diagnostics* diagnostics);

  std::size_t drawn() const { return drawn_; }
  std::size_t reused() const { return reused_; }

 private:
  PageShareImages() = default;

  std::shared_ptr<const ShareImages> images_;
  std::map<std::string, ShareImageChoice> choices_;
  std::vector<std::pair<std::string, std::string>> to_draw_;  // file, title
  std::atomic<std::size_t> drawn_{0}, reused_{0};
};

}  // namespace nietpluis
