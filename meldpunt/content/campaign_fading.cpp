// Finding campaigns whose effect has had time to fade.
#include "content/campaign_fading.h"

#include <algorithm>
#include <string>
#include <tuple>

#include "base/dutch_format.h"

namespace nietpluis {
namespace {

bool Before(const CalendarDate& a, const CalendarDate& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

// The same day `months` later; the 31st becomes the last day of a shorter month.
CalendarDate AddMonths(const CalendarDate& date, int months) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int index = date.year * 12 + (date.month - 1) + months;
  CalendarDate later{index / 12, index % 12 + 1, date.day};
  const bool leap = (later.year % 4 == 0 && later.year % 100 != 0) || later.year % 400 == 0;
  const int last_day = kDays[later.month - 1] + (later.month == 2 && leap ? 1 : 0);
  later.day = std::min(later.day, last_day);
  return later;
}

const CampaignPeriod* LastPeriod(const Campaign& campaign) {
  const CampaignPeriod* last = nullptr;
  for (const CampaignPeriod& period : campaign.periods) {
    if (period.end.year > 0 && (!last || Before(last->end, period.end))) last = &period;
  }
  return last;
}

bool SharesAPlace(const Campaign& a, const Campaign& b) {
  for (const Placement& mine : a.placements) {
    for (const Placement& theirs : b.placements) {
      if (!mine.name.empty() && mine.name == theirs.name) return true;
    }
  }
  return false;
}

// Another campaign hangs at one of this campaign's places after `end`.
bool RepeatedElsewhere(const Campaign& campaign, const CalendarDate& end, const std::vector<Campaign>& campaigns) {
  for (const Campaign& other : campaigns) {
    if (&other == &campaign || !SharesAPlace(campaign, other)) continue;
    const CampaignPeriod* last = LastPeriod(other);
    if (last && Before(end, last->end)) return true;
  }
  return false;
}

}  // namespace

void WarnFadingCampaigns(const std::vector<Campaign>& campaigns, const CalendarDate& today, int months,
                         Diagnostics* diagnostics) {
  for (const Campaign& campaign : campaigns) {
    const CampaignPeriod* last = LastPeriod(campaign);
    if (!last || !Before(AddMonths(last->end, months), today)) continue;
    if (RepeatedElsewhere(campaign, last->end, campaigns)) continue;
    const std::string name = campaign.name.empty() ? campaign.id : campaign.name;
    diagnostics->Add(Warning(
        campaign.file, last->line,
        "de campagne '" + name + "' hing tot " + DutchDate(last->end.year, last->end.month, last->end.day) +
            ", meer dan " + std::to_string(months) + " maanden geleden, en er is geen nieuwe periode gepland",
        "mensen vergeten het meldpunt weer: hang het drukwerk opnieuw en zet de nieuwe periode onder [[herhaling]] "
        "(van, tot) in dit bestand"));
  }
}

}  // namespace nietpluis
