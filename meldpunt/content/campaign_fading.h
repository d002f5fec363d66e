// Awareness fades: the build warns when a campaign's last period ended long ago and nothing new is
// planned at its places, because campaigns must be repeated from time to time or residents forget.
#pragma once

#include <vector>

#include "base/status.h"
#include "content/campaign.h"

namespace nietpluis {

// Default of [resultaten] vervaagt_na_maanden in site.toml.
inline constexpr int kDefaultFadingMonths = 6;

// A warning at the `tot` of a campaign's last period when that ended more than `months` before
// `today` and no campaign has a later period at one of its places (a place is known by its name).
void WarnFadingCampaigns(const std::vector<Campaign>& campaigns, const CalendarDate& today, int months,
                         Diagnostics* diagnostics);

}  // namespace nietpluis
