// All print material of all campaigns: prepared and checked before the build writes anything, then
// rendered in parallel into the build's output (drukwerk/<campagne>/...), and described for the
// overview page drukwerk/index.html (which the site layer renders: print knows no templates).
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/env.h"
#include "base/status.h"
#include "config/site_config.h"
#include "content/campaign.h"
#include "print/print_logo.h"
#include "print/print_picture.h"
#include "print/print_piece.h"
#include "print/print_type.h"

namespace nietpluis {

// Where the print material goes: writes `bytes` to `relative` ('/'-separated, below the output).
using PrintOutput = std::function<Status(const std::string& relative, std::string_view bytes)>;

// What the overview page shows of each file, in plain values.
struct PrintPreview {
  std::string file;  // relative to drukwerk/
  int width_px = 0;  // as shown: half the pixels, so previews stay sharp on fine screens
  int height_px = 0;
};
struct PrintPieceSummary {
  std::string format;  // "A4-poster"
  std::string size;    // "210 x 297 mm"
  std::string pdf;     // relative to drukwerk/
  std::string file_size;  // "1,2 MB"; empty before Write
  std::vector<PrintPreview> previews;
  bool two_sided = false;
};
struct PrintPlacementSummary {
  std::string name;
  std::string tag;
  std::string url;  // what the QR code opens
  std::string qr_svg;
  std::string qr_png;
  std::vector<PrintPieceSummary> pieces;
};
struct PrintCampaignSummary {
  std::string id;
  std::string name;
  std::string from;  // "1 maart 2027"
  std::string to;
  std::string headline;
  std::string web_address;
  std::string page;  // the campaign's page, seen from drukwerk/
  bool bleed = false;
  std::vector<PrintPlacementSummary> placements;
};

class PrintShop {
 public:
  // Loads the fonts (templates_dir/drukwerk/fonts) and the logo, and checks that every text fits
  // every format each campaign asks for. `campaigns` is not empty: a site without campaigns has no
  // print material. Every problem goes to `diagnostics`, so a writer sees them all at once; the error
  // returned is the first of them (already in `diagnostics`: do not add it again).
  static Result<std::unique_ptr<PrintShop>> Prepare(const SiteConfig& config, const std::vector<Campaign>& campaigns,
                                                    const PieceWording& wording,
                                                    const std::filesystem::path& templates_dir,
                                                    const std::filesystem::path& content_dir, Env* env,
                                                    Diagnostics* diagnostics);

  // Every PDF, preview and QR code, on every core; and each campaign's share image, public, at
  // CampaignShareImagePath (deel/campagne-<id>.png) for its page's og:image.
  void Write(const PrintOutput& output, Diagnostics* diagnostics);

  std::size_t files_written() const { return files_written_; }
  // Every campaign's pieces, for the overview page drukwerk/index.html.
  std::vector<PrintCampaignSummary> Overview() const;

 private:
  struct Job;
  struct Worker;
  struct JobOutput {
    std::size_t files = 0;
    std::size_t pdf_bytes = 0;
  };
  PrintShop() = default;
  PieceTexts TextsOf(const Campaign& campaign) const;
  // Reads and checks campaign `c`'s picture: readable, and sharp enough on every format it prints on.
  void PreparePicture(std::size_t c, const std::filesystem::path& content_dir, Env* env, const Typesetter& typesetter,
                      Diagnostics* diagnostics);
  std::string PdfName(const Job& job) const;  // relative to drukwerk/
  const PrintPicture* PictureFor(std::size_t campaign, Worker& worker) const;  // null: none
  Status WriteJob(const Job& job, Worker& worker, const PrintOutput& output, JobOutput* result);

  SiteConfig config_;
  std::vector<Campaign> campaigns_;
  PieceWording wording_;
  std::shared_ptr<const PrintFonts> fonts_;
  std::string logo_bytes_;
  std::vector<std::string> picture_bytes_;  // per campaign; empty: no picture
  PieceColours colours_;
  std::map<std::string, std::size_t> pdf_sizes_;  // PdfName -> bytes, after Write
  std::size_t files_written_ = 0;
};

}  // namespace nietpluis
