// The warning that a campaign's effect fades, with the line of its last period's end.
#include "content/campaign_fading.h"

#include <catch2/catch.hpp>

namespace nietpluis {
namespace {

Campaign Centre(CalendarDate start, CalendarDate end, int line) {
  Campaign campaign;
  campaign.id = "winter-2026";
  campaign.file = "content/campagnes/winter-2026.toml";
  campaign.name = "Winter 2026: let op elkaar";
  campaign.periods = {CampaignPeriod{start, end, line}};
  campaign.placements = {{"huisarts-centrum", "Huisartsenpraktijk Centrum", 20}};
  return campaign;
}

TEST_CASE("A campaign whose last period ended more than six months ago gets a warning at that period's end", "[fading]") {
  std::vector<Campaign> campaigns = {Centre({2026, 12, 1}, {2027, 2, 28}, 9)};
  Diagnostics fresh;
  WarnFadingCampaigns(campaigns, {2027, 8, 28}, 6, &fresh);  // exactly six months: not yet
  CHECK(fresh.all().empty());
  Diagnostics faded;
  WarnFadingCampaigns(campaigns, {2027, 8, 29}, 6, &faded);
  REQUIRE(faded.all().size() == 1);
  CHECK(faded.all()[0].level == Diagnostic::Level::kWarning);
  CHECK(faded.all()[0].ToString() ==
        "content/campagnes/winter-2026.toml:9: waarschuwing: de campagne 'Winter 2026: let op elkaar' hing tot 28 februari 2027, meer "
        "dan 6 maanden geleden, en er is geen nieuwe periode gepland; mensen vergeten het meldpunt weer: hang het "
        "drukwerk opnieuw en zet de nieuwe periode onder [[herhaling]] (van, tot) in dit bestand");
  Diagnostics later;
  WarnFadingCampaigns(campaigns, {2027, 8, 29}, 12, &later);  // the months are a setting
  CHECK(later.all().empty());
}

TEST_CASE("A repeat of the campaign, or a later campaign at one of its places, keeps the warning away", "[fading]") {
  Campaign repeated = Centre({2026, 12, 1}, {2027, 2, 28}, 9);
  repeated.periods.push_back(CampaignPeriod{{2027, 10, 1}, {2027, 10, 31}, 40});
  Diagnostics diagnostics;
  WarnFadingCampaigns({repeated}, {2027, 9, 15}, 6, &diagnostics);
  CHECK(diagnostics.all().empty());
  // Long after the repeat, the warning names the repeat's line.
  WarnFadingCampaigns({repeated}, {2028, 6, 1}, 6, &diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].line == 40);

  Campaign centre = Centre({2026, 12, 1}, {2027, 2, 28}, 9);
  Campaign autumn = Centre({2027, 10, 1}, {2027, 11, 30}, 8);
  autumn.file = "content/campagnes/najaar-2027.toml";
  Diagnostics same_place;
  WarnFadingCampaigns({centre, autumn}, {2027, 10, 15}, 6, &same_place);
  CHECK(same_place.all().empty());
  autumn.placements = {{"bieb", "Bibliotheek Voorbeeld", 20}};
  Diagnostics other_place;
  WarnFadingCampaigns({centre, autumn}, {2027, 10, 15}, 6, &other_place);
  CHECK(other_place.all().size() == 1);
}

}  // namespace
}  // namespace nietpluis
