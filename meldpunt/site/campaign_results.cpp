// Adding up the counts per campaign, and hiding small numbers.
#include "site/campaign_results.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace nietpluis {
namespace {

constexpr int kWeeksBefore = 2;
constexpr int kWeeksAfter = 12;

ShownCount Count(std::int64_t value, int threshold) {
  return ShownCount{value > 0 && value < threshold ? ShownCount::Kind::kSmall : ShownCount::Kind::kShown, value};
}

// When what is hidden in one view adds up to less than the threshold, the view's total (shown
// elsewhere) would reveal it: hide the smallest shown numbers as well until it does not.
template <typename Item>
void HideComplement(std::vector<Item>& items, int threshold) {
  std::int64_t hidden = 0;
  for (const Item& item : items) {
    if (!item.reports.shown()) hidden += item.reports.value;
  }
  while (hidden > 0 && hidden < threshold) {
    Item* smallest = nullptr;
    for (Item& item : items) {
      if (item.reports.shown() && item.reports.value > 0 &&
          (!smallest || item.reports.value < smallest->reports.value)) {
        smallest = &item;
      }
    }
    if (!smallest) break;
    smallest->reports.kind = ShownCount::Kind::kHidden;
    hidden += smallest->reports.value;
  }
}

IsoWeek WeekOf(const CalendarDate& date) { return WeekOfDate(date.year, date.month, date.day); }

bool InPeriod(const Campaign& campaign, const IsoWeek& week) {
  for (const CampaignPeriod& period : campaign.periods) {
    if (WeekOf(period.start) <= week && week <= WeekOf(period.end)) return true;
  }
  return false;
}

}  // namespace

std::vector<WeekCount> MergeCounts(const std::vector<std::pair<std::string, std::vector<CountLine>>>& files,
                                   Diagnostics* diagnostics) {
  std::map<std::tuple<IsoWeek, std::string, std::string>, std::pair<WeekCount, std::string>> merged;
  for (const auto& [file, lines] : files) {
    for (const CountLine& line : lines) {
      const std::string here = file + ":" + std::to_string(line.line);
      auto [it, inserted] = merged.try_emplace({line.count.week, line.count.source, line.count.campaign}, line.count, here);
      if (inserted) continue;
      diagnostics->Add(Warning(file, line.line,
                               "week " + line.count.week.ToString() + " van bron '" + line.count.source +
                                   "' staat ook in " + it->second.second + "; alleen die telt mee",
                               "zet van elke meldzuil en van de website één bestand in content/resultaten/"));
    }
  }
  std::vector<WeekCount> counts;
  for (auto& [key, value] : merged) counts.push_back(value.first);
  return counts;
}

CampaignResult ResultOf(const Campaign& campaign, const std::vector<WeekCount>& counts, int threshold) {
  CampaignResult result;
  result.campaign = &campaign;
  std::set<std::string> tags;
  for (const Placement& placement : campaign.placements) tags.insert(placement.tag);
  if (counts.empty() || campaign.periods.empty()) return result;

  IsoWeek first = WeekOf(campaign.periods.front().start), last = WeekOf(campaign.periods.front().end);
  for (const CampaignPeriod& period : campaign.periods) {
    first = std::min(first, WeekOf(period.start));
    last = std::max(last, WeekOf(period.end));
  }
  first = WeekOfDays(first.MondayDays() - 7 * kWeeksBefore);
  last = WeekOfDays(last.MondayDays() + 7 * kWeeksAfter);
  IsoWeek last_counted = counts.front().week;
  for (const WeekCount& count : counts) last_counted = std::max(last_counted, count.week);
  last = std::min(last, last_counted);

  // Per week: the campaign's reports, and each placement's and way in's share of them.
  std::map<IsoWeek, std::int64_t> per_week;
  std::map<IsoWeek, std::map<std::string, std::int64_t>> per_tag;
  std::map<IsoWeek, std::map<WayIn, std::int64_t>> per_way;
  for (const WeekCount& count : counts) {
    if (count.week < first || last < count.week) continue;
    if (tags.count(count.campaign)) {
      per_week[count.week] += count.reports;
      per_tag[count.week][count.campaign] += count.reports;
      per_way[count.week][WayIn::kQrCode] += count.reports;
    } else if (count.campaign.empty()) {
      per_way[count.week][count.source == "website" ? WayIn::kWebsite : WayIn::kKiosk] += count.reports;
    }
  }

  std::set<IsoWeek> shown_weeks;
  for (IsoWeek week = first; week <= last; week = week.Next()) {
    WeekResult row{week, Count(per_week[week], threshold), InPeriod(campaign, week)};
    if (row.reports.shown()) {
      shown_weeks.insert(week);
      result.total += row.reports.value;
    } else {
      result.total_complete = false;
    }
    result.weeks.push_back(row);
  }

  // A week below the threshold is left out of every other number on the page.
  for (const Placement& placement : campaign.placements) {
    std::int64_t sum = 0;
    for (const IsoWeek& week : shown_weeks) sum += per_tag[week][placement.tag];
    result.placements.push_back(PlacementResult{placement.tag, placement.name, Count(sum, threshold)});
  }
  HideComplement(result.placements, threshold);

  for (WayIn way : {WayIn::kQrCode, WayIn::kWebsite, WayIn::kKiosk}) {
    std::int64_t sum = 0;
    for (const IsoWeek& week : shown_weeks) sum += per_way[week][way];
    result.shares.push_back(ShareResult{way, Count(sum, threshold), -1});
  }
  HideComplement(result.shares, threshold);
  std::int64_t all = 0;
  bool complete = true;
  for (const ShareResult& share : result.shares) {
    all += share.reports.value;
    complete = complete && share.reports.shown();
  }
  if (complete && all > 0) {
    for (ShareResult& share : result.shares) share.percent = static_cast<int>((share.reports.value * 100 + all / 2) / all);
  }
  return result;
}

}  // namespace nietpluis
