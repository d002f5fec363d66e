// Tests of meldpunt/site/page_share_images: which picture each page's link preview shows, that every
// picture the tags name is in the site at 1200 x 630, and that a rebuild draws only what changed.
#include "site/page_share_images.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "site/site_builder.h"
#include "site/template_images.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::ReadText;
using testing::WriteText;

Page MakePage(const std::string& slug, const std::string& title, std::optional<int> menu) {
  Page page;
  page.slug = slug;
  page.title = title;
  page.menu = menu;
  return page;
}

Campaign MakeCampaign(const std::string& id, const std::string& slug, CalendarDate start, CalendarDate end) {
  Campaign campaign;
  campaign.id = id;
  campaign.page_slug = slug;
  campaign.headline = "Kop van " + id;
  campaign.start = start;
  campaign.end = end;
  campaign.periods = {CampaignPeriod{start, end, 0}};
  return campaign;
}

std::string Meta(const std::string& html, const std::string& property) {
  std::smatch match;
  const std::regex pattern("<meta (?:property|name)=\"" + property + "\" content=\"([^\"]*)\">");
  return std::regex_search(html, match, pattern) ? match[1].str() : "";
}

}  // namespace

TEST_CASE("with a picture per page off, the home page and the menu's pages have their own share image, a running "
          "campaign's page the campaign's", "[share]") {
  const std::vector<Page> pages = {MakePage("", "Welkom", 1), MakePage("melden", "Melden", 2),
                                   MakePage("privacy", "Privacy", std::nullopt), MakePage("over", "Over ons", 3)};
  const std::vector<Campaign> campaigns = {MakeCampaign("winter", "over", {2026, 12, 1}, {2027, 2, 28}),
                                           MakeCampaign("later", "over", {2027, 1, 10}, {2027, 3, 1}),
                                           MakeCampaign("voorbij", "melden", {2025, 1, 1}, {2025, 2, 1})};
  std::map<std::string, std::string> to_draw;
  auto choices = ChooseShareImages(pages, campaigns, CalendarDate{2026, 12, 4}, "Meldpunt Proef", false, &to_draw);
  CHECK(choices[""].file == "deel/index.png");
  CHECK(choices[""].title == "Welkom");
  CHECK(choices["melden"].file == "deel/melden.png");  // its campaign is over
  CHECK(choices["privacy"].file == "deel/index.png");
  CHECK(choices["privacy"].title == "Welkom");
  CHECK(choices["over"].file == "deel/campagne-winter.png");
  CHECK(choices["over"].title == "Kop van winter");
  // Over's own too, though its campaign runs: the public intake may name it.
  CHECK(to_draw == std::map<std::string, std::string>{
                       {"deel/index.png", "Welkom"}, {"deel/melden.png", "Melden"}, {"deel/over.png", "Over ons"}});

  // Of two running campaigns, the one that started last.
  to_draw.clear();
  choices = ChooseShareImages(pages, campaigns, CalendarDate{2027, 1, 15}, "Meldpunt Proef", false, &to_draw);
  CHECK(choices["over"].file == "deel/campagne-later.png");

  // A campaign on the home page: the pages without their own still show the home page's picture.
  to_draw.clear();
  choices = ChooseShareImages(pages, {MakeCampaign("thuis", "", {2026, 12, 1}, {2026, 12, 31})}, CalendarDate{2026, 12, 4},
                              "Meldpunt Proef", false, &to_draw);
  CHECK(choices[""].file == "deel/campagne-thuis.png");
  CHECK(choices["privacy"].file == "deel/index.png");
  CHECK(to_draw.count("deel/index.png") == 1);
}

TEST_CASE("by default every page has a share image of its own with its title", "[share]") {
  const std::vector<Page> pages = {MakePage("", "Welkom", 1), MakePage("melden", "Melden", 2),
                                   MakePage("privacy", "Privacy", std::nullopt)};
  std::map<std::string, std::string> to_draw;
  auto choices = ChooseShareImages(pages, {}, CalendarDate{2026, 12, 4}, "Meldpunt Proef", true, &to_draw);
  CHECK(choices["privacy"].file == "deel/privacy.png");
  CHECK(choices["privacy"].title == "Privacy");
  CHECK(to_draw == std::map<std::string, std::string>{
                       {"deel/index.png", "Welkom"}, {"deel/melden.png", "Melden"}, {"deel/privacy.png", "Privacy"}});
}

TEST_CASE("every page names a share image of 1200 x 630 that is in the site, its own with its title", "[share][build]") {
  testing::TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  BuildOptions options;
  options.content_dir = dir / "content";
  options.out_dir = dir / "site";
  options.templates_dir = testing::TemplatesDir();
  BuildSummary summary = BuildSite(options);
  for (const std::string& message : testing::Messages(summary.diagnostics)) UNSCOPED_INFO(message);
  REQUIRE(summary.written);
  const std::vector<std::pair<const char*, const char*>> pages = {
      {"index.html", "deel/index.png"},          {"over/index.html", "deel/over.png"},
      {"melden/index.html", "deel/melden.png"},  {"privacy/index.html", "deel/privacy.png"},
      {"404.html", "deel/index.png"}};
  std::set<std::string> own;
  for (const auto& [page, expected] : pages) {
    CAPTURE(page);
    const std::string html = ReadText(dir / "site" / page);
    const std::string url = Meta(html, "og:image");
    CHECK(url == std::string("https://www.proef.nl/nietpluis/") + expected);
    CHECK(Meta(html, "twitter:image") == url);
    CHECK(Meta(html, "og:image:width") == "1200");
    CHECK(Meta(html, "og:image:height") == "630");
    CHECK_FALSE(Meta(html, "og:image:alt").empty());
    const std::string bytes = ReadText(dir / "site" / expected);
    CHECK(PngDimensions(bytes) == std::pair<int, int>(1200, 630));
    own.insert(bytes);
  }
  CHECK(own.size() == 4);  // the 404 page shows the home page's
  CHECK(summary.share_images_drawn >= 4);
  CHECK(Meta(ReadText(dir / "site/over/index.html"), "og:image:alt") == "Over ons - Meldpunt Proef");
}

TEST_CASE("with a picture per page off, pages outside the menu show the home page's share image", "[share][build]") {
  testing::TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  testing::WriteText(dir / "content/site.toml", testing::MinimalSiteToml() + "\n[delen]\nplaatje_per_pagina = false\n");
  BuildOptions options;
  options.content_dir = dir / "content";
  options.out_dir = dir / "site";
  options.templates_dir = testing::TemplatesDir();
  options.check_language = false;
  BuildSummary summary = BuildSite(options);
  for (const std::string& message : testing::Messages(summary.diagnostics)) UNSCOPED_INFO(message);
  REQUIRE(summary.written);
  CHECK(summary.share_images_drawn == 2);  // the menu's pages: home and over
  CHECK(Meta(ReadText(dir / "site/over/index.html"), "og:image") == "https://www.proef.nl/nietpluis/deel/over.png");
  for (const char* page : {"melden/index.html", "privacy/index.html", "404.html"}) {
    CAPTURE(page);
    CHECK(Meta(ReadText(dir / "site" / page), "og:image") == "https://www.proef.nl/nietpluis/deel/index.png");
  }
  CHECK_FALSE(std::filesystem::exists(dir / "site/deel/privacy.png"));
}

TEST_CASE("a rebuild copies or keeps the share images and draws only the page whose title changed", "[share][build]") {
  testing::TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  BuildOptions options;
  options.content_dir = dir / "content";
  options.out_dir = dir / "site";
  options.templates_dir = testing::TemplatesDir();
  options.check_language = false;
  BuildSummary first = BuildSite(options);
  REQUIRE(first.written);
  const std::size_t pictures = first.share_images_drawn;
  CHECK(pictures >= 4);
  const std::string over = ReadText(dir / "site/deel/over.png");
  BuildSummary second = BuildSite(options);  // the last build's files are copied
  REQUIRE(second.written);
  CHECK(second.share_images_drawn == 0);
  CHECK(second.share_images_reused == pictures);
  BuildSummary third = BuildSite(options);  // the build before last's are kept where they are
  CHECK(third.share_images_drawn == 0);
  CHECK(ReadText(dir / "site/deel/over.png") == over);

  WriteText(dir / "content/pages/over.md",
            "---\ntitle: Wie zijn wij?\ndescription: Wie wij zijn.\nmenu: 2\n---\nTerug naar [start](/).\n");
  BuildSummary changed = BuildSite(options);
  REQUIRE(changed.written);
  CHECK(changed.share_images_drawn == 1);
  CHECK(ReadText(dir / "site/deel/over.png") != over);
  // A picture cut short (a crashed build) is never kept.
  const std::string index = ReadText(dir / "site/deel/index.png");
  WriteText(dir / "site/deel/index.png", index.substr(0, index.size() - 1));
  BuildSummary after_crash = BuildSite(options);
  CHECK(after_crash.share_images_drawn == 1);
  CHECK(ReadText(dir / "site/deel/index.png") == index);
}

TEST_CASE("an icon the layout names that is missing, not a PNG or of the wrong size stops the build at the layout's line",
          "[share][build]") {
  testing::TempDir dir;
  testing::WriteMinimalContent(dir / "content");
  std::filesystem::remove(dir / "content/beeld/icoon.svg");
  std::filesystem::copy_file(dir / "content/beeld/icoon-32.png", dir / "content/beeld/icoon-180.png",
                             std::filesystem::copy_options::overwrite_existing);
  WriteText(dir / "content/beeld/icoon-32.png", "<svg/>");
  BuildOptions options;
  options.content_dir = dir / "content";
  options.out_dir = dir / "site";
  options.templates_dir = testing::TemplatesDir();
  BuildSummary summary = BuildSite(options);
  CHECK_FALSE(summary.written);
  const std::string layout = (testing::TemplatesDir() / "layout.mustache").string();
  const std::string beeld = (dir / "content/beeld").string();
  CHECK(testing::Messages(summary.diagnostics) ==
        std::vector<std::string>{
            layout + ":19: het sjabloon noemt beeld/icoon.svg, maar " + beeld + "/icoon.svg bestaat niet; zet dat bestand in " +
                beeld + ", of haal de regel uit het sjabloon",
            layout + ":20: " + beeld + "/icoon-32.png is geen PNG-bestand; sla het op als PNG van 32 x 32 pixels",
            layout + ":21: " + beeld + "/icoon-180.png is 32 x 32 pixels, het sjabloon belooft 180 x 180 pixels; maak het beeld " +
                "180 x 180 pixels groot (bijvoorbeeld met rsvg-convert -w 180 -h 180 uit een SVG), of pas sizes= in het " +
                "sjabloon aan"});
}

}  // namespace nietpluis
