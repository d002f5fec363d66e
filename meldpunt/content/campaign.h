// Awareness campaigns (content/campagnes/*.toml): what the print material says, where it hangs, in
// which formats, and the `bron` tag that tells the meldpunt which placement brought a report.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"
#include "content/print_format.h"

namespace nietpluis {

struct CalendarDate {
  int year = 0, month = 0, day = 0;
};

// When the material hangs: van to tot, both included.
struct CampaignPeriod {
  CalendarDate start, end;
  int line = 0;  // of its `tot`, for messages about its end
};

struct Placement {
  std::string tag;   // bron: "huisarts-centrum"; goes into the QR code's URL
  std::string name;  // "Huisartsenpraktijk Centrum"
  int line = 0;
};

struct Campaign {
  std::string id;    // the file name without .toml: "winter-2026"; the folder under drukwerk/
  std::string file;  // as the user names it: "content/campagnes/winter-2026.toml"
  std::string name;  // for the overview page
  CalendarDate start, end;  // the first period: van and tot at the top of the file
  // Every period, the first one and each [[herhaling]] (the same material hung again), in the
  // order of the file. Results show each; the fading warning looks at the last.
  std::vector<CampaignPeriod> periods;
  std::string headline;
  std::vector<std::string> lines;  // one or two short lines under the headline
  std::string call = "Meld het ons";  // the one call to action, beside the QR code
  std::string page_slug;           // "" for the home page
  std::vector<PrintFormat> formats;
  bool bleed = false;  // 3 mm bleed and crop marks, for a print shop
  // Optional picture on the posters and the flyer: relative to content/ ("beeld/winter.svg"), with
  // the sentence that says what it shows (the PDF's alternative text).
  std::filesystem::path picture;
  std::string picture_alt;
  std::vector<Placement> placements;
  // Lines in the file, for messages.
  int headline_line = 0, lines_line = 0, call_line = 0, page_line = 0, formats_line = 0, picture_line = 0;
};

// Reads every content_dir/campagnes/*.toml, in name order. No folder means no campaigns.
std::vector<Campaign> LoadCampaigns(const std::filesystem::path& content_dir, Diagnostics* diagnostics);

// Checks across the site: each campaign's page exists, and no `bron` tag is used twice (reports are
// counted per tag, so a shared tag would mix up two placements).
void CheckCampaigns(const std::vector<Campaign>& campaigns, const std::vector<std::string>& page_slugs,
                    Diagnostics* diagnostics);

// What the QR code holds: base URL + page + "?bron=<tag>".
std::string QrUrl(const std::string& base_url, const Campaign& campaign, const Placement& placement);

// The campaign's page as people type it: no https://, no closing slash ("www.gemeente.nl/nietpluis/hoe-meld-ik").
std::string TypedWebAddress(const std::string& base_url, const Campaign& campaign);

}  // namespace nietpluis
