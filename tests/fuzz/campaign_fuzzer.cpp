// Fuzzes a campaign file through LoadCampaigns, as the build reads content/campagnes/, and the
// addresses its print material will carry.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>

#include "base/slug.h"
#include "base/text.h"
#include "content/campaign.h"
#include "fuzz_support.h"

namespace {

namespace fs = std::filesystem;
using namespace nietpluis;
using namespace nietpluis::fuzz;

const fs::path& ContentDir() {
  static const fs::path dir = [] {
    const fs::path content = ScratchDir() / "inhoud";
    fs::create_directories(content / "campagnes");
    return content;
  }();
  return dir;
}

bool Blank(const std::string& text) { return Trim(text).empty(); }

bool IsUrlText(const std::string& url) {
  return std::all_of(url.begin(), url.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 128 ? true
                                                                                             : std::string_view("-._~:/?=").find(c) != std::string_view::npos;
  });
}

void CheckCampaign(const Campaign& campaign) {
  FUZZ_CHECK(campaign.id == "winter-2026" && !Blank(campaign.name) && !Blank(campaign.headline) && !Blank(campaign.call));
  FUZZ_CHECK(campaign.lines.size() == 1 || campaign.lines.size() == 2);
  for (const std::string& line : campaign.lines) FUZZ_CHECK(!Blank(line));
  FUZZ_CHECK(campaign.start.year > 0 && campaign.end.year > 0);
  FUZZ_CHECK(std::tie(campaign.start.year, campaign.start.month, campaign.start.day) <=
             std::tie(campaign.end.year, campaign.end.month, campaign.end.day));
  FUZZ_CHECK(campaign.page_slug.empty() || IsValidSlug(campaign.page_slug));
  FUZZ_CHECK(!campaign.formats.empty());
  for (PrintFormat format : campaign.formats) FUZZ_CHECK(std::count(campaign.formats.begin(), campaign.formats.end(), format) == 1);
  FUZZ_CHECK(!campaign.placements.empty());
  const std::string base = "https://www.voorbeeld.nl/nietpluis/";
  for (const Placement& placement : campaign.placements) {
    FUZZ_CHECK(IsValidSlug(placement.tag) && !Blank(placement.name));
    const std::string url = QrUrl(base, campaign, placement);
    FUZZ_CHECK_MSG(IsUrlText(url) && StartsWith(url, base) && EndsWith(url, "?bron=" + placement.tag), url);
  }
  // A picture always comes with the sentence that says what it shows.
  FUZZ_CHECK(campaign.picture.empty() == campaign.picture_alt.empty());
  FUZZ_CHECK(campaign.picture_alt.empty() || !Blank(campaign.picture_alt));
  const std::string typed = TypedWebAddress(base, campaign);
  FUZZ_CHECK_MSG(!typed.empty() && typed.find("://") == std::string::npos && !EndsWith(typed, "/"), typed);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  ContentDir();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = AsText(data, size);
  const fs::path file = ContentDir() / "campagnes/winter-2026.toml";
  WriteFile(file, text);
  Diagnostics diagnostics;
  std::vector<Campaign> campaigns = LoadCampaigns(ContentDir(), &diagnostics);
  FUZZ_CHECK(campaigns.size() <= 1);
  // A campaign leads to a page of the site; a tag used twice in one file is named.
  CheckCampaigns(campaigns, {"", "hoe-meld-ik", "wat-is-niet-pluis"}, &diagnostics);
  CheckDiagnostics(diagnostics, file.string(), text);
  if (!diagnostics.HasErrors()) {
    FUZZ_CHECK(campaigns.size() == 1);
    CheckCampaign(campaigns.front());
  }
  return 0;
}
