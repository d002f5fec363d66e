// Results per campaign: several intakes' files added up, and small numbers that can be neither read
// nor worked out.
#include "site/campaign_results.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

Campaign Winter() {
  Campaign campaign;
  campaign.id = "winter";
  campaign.file = "content/campagnes/winter.toml";
  campaign.start = {2026, 12, 28};
  campaign.end = {2027, 1, 10};
  campaign.periods = {CampaignPeriod{campaign.start, campaign.end, 4}};
  campaign.placements = {{"huisarts", "Huisarts", 10}, {"bieb", "Bibliotheek", 14}, {"apotheek", "Apotheek", 18}};
  return campaign;
}

std::vector<CountLine> Lines(const std::vector<WeekCount>& counts) {
  std::vector<CountLine> lines;
  int line = 2;
  for (const WeekCount& count : counts) lines.push_back(CountLine{count, line++});
  return lines;
}

const WeekResult& Week(const CampaignResult& result, const std::string& week) {
  for (const WeekResult& row : result.weeks) {
    if (row.week.ToString() == week) return row;
  }
  FAIL("no week " << week);
  return result.weeks.front();
}

TEST_CASE("Counts from several intakes are added up; the same intake's week twice counts once, with a warning", "[results]") {
  Diagnostics diagnostics;
  std::vector<WeekCount> merged = MergeCounts(
      {{"content/resultaten/website.csv",
        Lines({{IsoWeek{2026, 53}, "website", "huisarts", 6}, {IsoWeek{2027, 1}, "website", "", 2}})},
       {"content/resultaten/kroon.csv", Lines({{IsoWeek{2026, 53}, "kroon", "huisarts", 3}})},
       {"content/resultaten/website-kopie.csv", Lines({{IsoWeek{2026, 53}, "website", "huisarts", 6}})}},
      &diagnostics);
  REQUIRE(merged.size() == 3);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].ToString() ==
        "content/resultaten/website-kopie.csv:2: waarschuwing: week 2026-W53 van bron 'website' staat ook in "
        "content/resultaten/website.csv:2; alleen die telt mee; zet van elke meldzuil en van de website één bestand in "
        "content/resultaten/");
  CHECK(diagnostics.all()[0].level == Diagnostic::Level::kWarning);
  Campaign winter = Winter();
  CampaignResult result = ResultOf(winter, merged, 5);
  // The website's 6 and the kiosk's 3 of the same week and placement are one week of 9.
  CHECK(Week(result, "2026-W53").reports.value == 9);
  CHECK(Week(result, "2026-W53").reports.shown());
  CHECK(Week(result, "2026-W53").in_period);
}

TEST_CASE("A week below the threshold shows as small and is left out of every total on the page", "[results]") {
  Campaign winter = Winter();
  std::vector<WeekCount> counts = {
      {IsoWeek{2026, 52}, "website", "huisarts", 2},   // small week, before the period
      {IsoWeek{2026, 53}, "website", "huisarts", 6},   {IsoWeek{2026, 53}, "website", "bieb", 4},
      {IsoWeek{2027, 1}, "website", "huisarts", 7},    {IsoWeek{2027, 1}, "kroon", "bieb", 1},
      {IsoWeek{2027, 2}, "kroon", "apotheek", 1},      // small week, after the period
      {IsoWeek{2026, 53}, "website", "", 8},           {IsoWeek{2026, 53}, "kroon", "", 6},
      {IsoWeek{2027, 1}, "website", "", 9},            {IsoWeek{2027, 1}, "kroon", "", 5},
      {IsoWeek{2027, 2}, "website", "", 30},
  };
  CampaignResult result = ResultOf(winter, counts, 5);
  REQUIRE(result.weeks.size() == 5);  // W51 (2 before the period) to W02, the last week counted
  CHECK(result.weeks.front().week.ToString() == "2026-W51");
  CHECK(Week(result, "2026-W51").reports.value == 0);
  CHECK(Week(result, "2026-W51").reports.shown());
  CHECK(Week(result, "2026-W52").reports.kind == ShownCount::Kind::kSmall);
  CHECK_FALSE(Week(result, "2026-W52").in_period);
  CHECK(Week(result, "2026-W53").reports.value == 10);
  CHECK(Week(result, "2027-W01").reports.value == 8);
  CHECK(Week(result, "2027-W02").reports.kind == ShownCount::Kind::kSmall);
  CHECK(result.total == 18);
  CHECK_FALSE(result.total_complete);

  // Placements over the shown weeks only: the 2 of W52 and the 1 of W02 are in no total.
  REQUIRE(result.placements.size() == 3);
  CHECK(result.placements[0].reports.value == 13);  // huisarts: 6 + 7
  CHECK(result.placements[1].reports.value == 5);   // bieb: 4 + 1
  CHECK(result.placements[2].reports.value == 0);   // apotheek: only in the small week W02
  CHECK(result.placements[0].reports.shown());
  CHECK(result.placements[1].reports.shown());

  // Ways in over the same weeks; every part shown, so the shares are too.
  REQUIRE(result.shares.size() == 3);
  CHECK(result.shares[0].reports.value == 18);  // QR codes of this campaign
  CHECK(result.shares[1].reports.value == 17);  // website without a code: 8 + 9; W02's 30 is left out with its week
  CHECK(result.shares[2].reports.value == 11);  // kiosk without a code: 6 + 5
  CHECK(result.shares[0].percent == 39);
  CHECK(result.shares[1].percent == 37);
  CHECK(result.shares[2].percent == 24);
}

TEST_CASE("When hidden small numbers add up to less than the threshold, the next smallest is hidden too", "[results]") {
  Campaign winter = Winter();
  std::vector<WeekCount> counts = {
      {IsoWeek{2026, 53}, "website", "huisarts", 20}, {IsoWeek{2026, 53}, "website", "bieb", 6},
      {IsoWeek{2026, 53}, "website", "apotheek", 2},  {IsoWeek{2026, 53}, "website", "", 3},
      {IsoWeek{2026, 53}, "kroon", "", 9},
  };
  CampaignResult result = ResultOf(winter, counts, 5);
  CHECK(result.total == 28);
  // The week's total (28) is shown, so apotheek's 2 would be 28 - 20 - 6: bieb is hidden as well.
  CHECK(result.placements[0].reports.shown());
  CHECK(result.placements[1].reports.kind == ShownCount::Kind::kHidden);
  CHECK(result.placements[2].reports.kind == ShownCount::Kind::kSmall);
  // Ways in: the website's 3 is small, the kiosk's 9 is hidden with it; no percentages.
  CHECK(result.shares[0].reports.shown());
  CHECK(result.shares[1].reports.kind == ShownCount::Kind::kSmall);
  CHECK(result.shares[2].reports.kind == ShownCount::Kind::kHidden);
  for (const ShareResult& share : result.shares) CHECK(share.percent == -1);
}

TEST_CASE("A campaign without counts for its weeks has no weeks; the threshold is a setting", "[results]") {
  Campaign winter = Winter();
  CHECK(ResultOf(winter, {}, 5).weeks.empty());
  CHECK(ResultOf(winter, {{IsoWeek{2026, 40}, "website", "", 3}}, 5).weeks.empty());
  CampaignResult strict = ResultOf(winter, {{IsoWeek{2026, 53}, "website", "huisarts", 8}}, 10);
  CHECK(Week(strict, "2026-W53").reports.kind == ShownCount::Kind::kSmall);
  CampaignResult loose = ResultOf(winter, {{IsoWeek{2026, 53}, "website", "huisarts", 3}}, 3);
  CHECK(Week(loose, "2026-W53").reports.shown());
}

}  // namespace
}  // namespace nietpluis
