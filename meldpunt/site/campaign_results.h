// The numbers of the results page: per campaign, reports per week, per placement and by way in,
// with small numbers hidden so that no count below the threshold can be read or worked out.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/iso_week.h"
#include "base/status.h"
#include "base/week_counts.h"
#include "content/campaign.h"

namespace nietpluis {

// One number as the page shows it.
struct ShownCount {
  enum class Kind {
    kShown,   // the number itself
    kSmall,   // below the threshold: "minder dan 5"
    kHidden,  // not small, but hidden too, so the small ones cannot be worked out from a total
  };
  Kind kind = Kind::kShown;
  std::int64_t value = 0;  // the true count; a page shows it only for kShown
  bool shown() const { return kind == Kind::kShown; }
};

struct WeekResult {
  IsoWeek week;
  ShownCount reports;
  bool in_period = false;  // the material hung in this week
};

struct PlacementResult {
  std::string tag, name;
  ShownCount reports;
};

// The ways a report came in, in this order.
enum class WayIn { kQrCode, kWebsite, kKiosk };

struct ShareResult {
  WayIn way;
  ShownCount reports;
  int percent = -1;  // -1 when not shown: a share of a total with small parts would reveal them
};

struct CampaignResult {
  const Campaign* campaign = nullptr;
  std::vector<WeekResult> weeks;  // empty: no counts yet for the campaign's weeks
  std::vector<PlacementResult> placements;
  std::vector<ShareResult> shares;
  std::int64_t total = 0;       // of the weeks shown; weeks below the threshold are left out
  bool total_complete = true;   // false when weeks were left out of `total`
};

// Counts of several intakes' files added up. The same week, source and tag in two files is the
// same intake exported twice: a warning, and the first is kept.
std::vector<WeekCount> MergeCounts(const std::vector<std::pair<std::string, std::vector<CountLine>>>& files,
                                   Diagnostics* diagnostics);

// The campaign's results from every intake's counts. Weeks from two weeks before its first period
// to twelve after its last, as far as the counts go.
CampaignResult ResultOf(const Campaign& campaign, const std::vector<WeekCount>& counts, int threshold);

}  // namespace nietpluis
