// Choosing, drawing and reusing the pages' share images.
#include "site/page_share_images.h"

#include <ctime>
#include <tuple>
#include <utility>

#include "base/parallel.h"
#include "content/share_image_file.h"
#include "print/cairo_output.h"

namespace nietpluis {
namespace {

std::tuple<int, int, int> Ordered(CalendarDate date) { return {date.year, date.month, date.day}; }

bool Runs(const Campaign& campaign, CalendarDate today) {
  for (const CampaignPeriod& period : campaign.periods) {
    if (Ordered(period.start) <= Ordered(today) && Ordered(today) <= Ordered(period.end)) return true;
  }
  return Ordered(campaign.start) <= Ordered(today) && Ordered(today) <= Ordered(campaign.end);
}

CalendarDate Today(Clock* clock) {
  std::time_t now = static_cast<std::time_t>(clock->NowSeconds());
  std::tm local{};
  localtime_r(&now, &local);
  return CalendarDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace

std::map<std::string, ShareImageChoice> ChooseShareImages(const std::vector<Page>& pages,
                                                          const std::vector<Campaign>& campaigns, CalendarDate today,
                                                          const std::string& site_name, bool every_page,
                                                          std::map<std::string, std::string>* to_draw) {
  std::map<std::string, ShareImageChoice> choices;
  ShareImageChoice home{PageShareImageFile(""), site_name};
  for (const Page& page : pages) {
    if (page.is_home()) home.title = page.title;
  }
  choices[""] = home;
  for (const Page& page : pages) {
    choices[page.slug] = HasOwnShareImage(page, every_page) ? ShareImageChoice{PageShareImageFile(page.slug), page.title} : home;
  }
  // While a campaign runs, its page shows the campaign; of two, the one that started last.
  std::map<std::string, const Campaign*> running;
  for (const Campaign& campaign : campaigns) {
    if (!Runs(campaign, today) || !choices.count(campaign.page_slug)) continue;
    const Campaign*& current = running[campaign.page_slug];
    if (!current || Ordered(campaign.start) >= Ordered(current->start)) current = &campaign;
  }
  for (const auto& [slug, campaign] : running) {
    choices[slug] = ShareImageChoice{CampaignShareImagePath(*campaign), campaign->headline};
  }
  // Every own picture, also where a campaign took the page's tags: other pages show the home page's,
  // and the public intake names the form page's without knowing the campaigns.
  (*to_draw)[home.file] = home.title;
  for (const Page& page : pages) {
    if (HasOwnShareImage(page, every_page)) (*to_draw)[PageShareImageFile(page.slug)] = page.title;
  }
  return choices;
}

std::unique_ptr<PageShareImages> PageShareImages::Prepare(const BuildOptions& options, const SiteInputs& inputs,
                                                          Diagnostics* diagnostics) {
  auto images = ShareImages::Load(inputs.config, options.templates_dir, options.content_dir, options.env);
  if (!images.ok()) {
    diagnostics->Add(images.error());
    return nullptr;
  }
  std::unique_ptr<PageShareImages> pages(new PageShareImages());
  pages->images_ = std::move(images).value();
  std::map<std::string, std::string> to_draw;
  pages->choices_ =
      ChooseShareImages(inputs.pages, inputs.campaigns, Today(options.clock), inputs.config.meldpunt,
                        inputs.config.share.picture_per_page, &to_draw);
  pages->to_draw_.assign(to_draw.begin(), to_draw.end());
  return pages;
}

const ShareImageChoice& PageShareImages::For(const std::string& slug) const {
  auto found = choices_.find(slug);
  return found != choices_.end() ? found->second : choices_.at("");
}

void PageShareImages::Write(StagedOutput& output, Diagnostics* diagnostics) {
  std::vector<std::unique_ptr<ShareImagePainter>> painters(WorkerCount());  // made when first needed
  std::vector<Diagnostics> found(WorkerCount());
  ParallelFor(to_draw_.size(), [&](unsigned worker, std::size_t i) {
    const auto& [file, title] = to_draw_[i];
    const std::string key = images_->PageKey(title);
    bool in_staging = false;
    if (std::optional<std::string> earlier = output.Earlier(file, &in_staging); earlier && PngKey(*earlier) == key) {
      ++reused_;
      if (in_staging) {
        output.Keep(file);
      } else {
        found[worker].Add(output.Write(file, *earlier));
      }
      return;
    }
    if (!painters[worker]) painters[worker] = images_->Painter();
    ++drawn_;
    found[worker].Add(output.Write(file, painters[worker]->PagePng(title, key)));
  });
  for (const Diagnostics& d : found) diagnostics->Append(d);
}

}  // namespace nietpluis
