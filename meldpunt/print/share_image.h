// Share images: the picture a link preview shows (WhatsApp, Facebook, Open Graph's og:image), drawn
// with cairo in the house style at build time, 1200 x 630 pixels: one per page (its title, the
// meldpunt's name, the logo) and one per campaign (its headline and picture, as on its posters).
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "base/env.h"
#include "base/status.h"
#include "config/site_config.h"
#include "content/campaign.h"
#include "print/print_logo.h"
#include "print/print_picture.h"
#include "print/print_piece.h"
#include "print/print_type.h"

namespace nietpluis {

constexpr int kShareImageWidth = 1200;
constexpr int kShareImageHeight = 630;

// Where a campaign's share image goes, below the site's output: "deel/campagne-winter-2026.png".
std::string CampaignShareImagePath(const Campaign& campaign);

// Draws share images for one thread (pango font maps and librsvg handles are not shared).
class ShareImagePainter {
 public:
  ShareImagePainter(std::shared_ptr<const PrintFonts> fonts, std::shared_ptr<PrintLogo> logo, std::string meldpunt,
                    PieceColours colours);

  // A page's image: its title as large as fits, the logo and the meldpunt's name. PNG bytes; a
  // non-empty `key` (ShareImages::PageKey) is stored in the file, see PngKey.
  std::string PagePng(const std::string& title, const std::string& key = {}) const;
  // A campaign's image from its design: the headline and lines on the primary colour, its picture
  // (or the posters' speech bubble) beside them. `picture` may be null.
  std::string CampaignPng(const PieceTexts& texts, const PrintPicture* picture) const;

 private:
  Typesetter typesetter_;
  std::shared_ptr<PrintLogo> logo_;
  std::string meldpunt_;
  PieceColours colours_;
};

// What every painter shares: the print fonts, the logo and the house style, loaded once.
class ShareImages {
 public:
  // Reads templates_dir/drukwerk/fonts and the logo of site.toml (no logo, or one print cannot draw:
  // none drawn).
  static Result<std::shared_ptr<const ShareImages>> Load(const SiteConfig& config,
                                                         const std::filesystem::path& templates_dir,
                                                         const std::filesystem::path& content_dir, Env* env);
  // One for each thread that draws.
  std::unique_ptr<ShareImagePainter> Painter() const;
  // What a page's image depends on (its title, the house style, the logo, the fonts and this code's
  // drawing), as 16 hex digits: an earlier build's file with the same key shows the same picture.
  std::string PageKey(const std::string& title) const;

 private:
  ShareImages() = default;
  std::shared_ptr<const PrintFonts> fonts_;
  std::string logo_bytes_, logo_extension_;
  std::string meldpunt_;
  PieceColours colours_;
  std::string style_key_;  // everything of the key but the title
};

}  // namespace nietpluis
