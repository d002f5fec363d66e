// Turning campaign results into the page's charts and tables.
#include "site/results_page.h"

#include <algorithm>
#include <string>

#include "base/dutch_format.h"
#include "base/file_list.h"
#include "site/site_texts.h"

namespace nietpluis {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// The charts' drawing area, in SVG units. Drawn at a phone's width, so the text is as large on a
// phone as on a desktop, where the chart keeps this size (style.css: max-width 100%).
constexpr int kWidth = 340;
constexpr int kWeekChartHeight = 200;
constexpr int kLeft = 30, kRight = 4, kTop = 10, kBottom = 30;
// A bar chart's row: its label on a line of its own, the bar and its number below.
constexpr int kBarRow = 46, kValueWidth = 96;

TemplateData Flag(bool on) { return TemplateData(on ? TemplateData::type::bool_true : TemplateData::type::bool_false); }

std::string Number(double value) { return std::to_string(static_cast<long long>(value + 0.5)); }

// What a cell or bar says, and a machine-readable twin for the browser suite.
std::string Shown(const ShownCount& count, const Texts& texts, int threshold) {
  if (count.kind == ShownCount::Kind::kSmall) return texts.Fill(kResultsSmall, {{"drempel", std::to_string(threshold)}});
  if (count.kind == ShownCount::Kind::kHidden) return texts.Get(kResultsHidden);
  return std::to_string(count.value);
}
std::string Machine(const ShownCount& count) {
  if (count.kind == ShownCount::Kind::kSmall) return "klein";
  if (count.kind == ShownCount::Kind::kHidden) return "verborgen";
  return std::to_string(count.value);
}

// A round top for the scale: 5, 10, 20, 50, 100, ...
std::int64_t ScaleTop(std::int64_t largest) {
  for (std::int64_t step : {5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000}) {
    if (largest <= step) return step;
  }
  return largest;
}

TemplateData WeekChart(const CampaignResult& result, const Texts& texts, int threshold) {
  const int plot_width = kWidth - kLeft - kRight, plot_height = kWeekChartHeight - kTop - kBottom;
  std::int64_t largest = threshold;
  for (const WeekResult& week : result.weeks) {
    if (week.reports.shown()) largest = std::max(largest, week.reports.value);
  }
  const std::int64_t top = ScaleTop(largest);
  const double slot = static_cast<double>(plot_width) / result.weeks.size();
  const double bar = std::max(2.0, slot * 0.7);
  const int label_every = std::max<int>(1, static_cast<int>(result.weeks.size() + 6) / 7);
  TemplateData bars{list{}}, bands{list{}}, labels{list{}};
  for (std::size_t i = 0; i < result.weeks.size(); ++i) {
    const WeekResult& week = result.weeks[i];
    const double x = kLeft + slot * i;
    if (week.in_period) {
      bands.push_back(object{{"x", Number(x)}, {"breedte", Number(slot + 0.5)}});
    }
    // A small count is drawn as the dashed outline of everything below the threshold, not as a bar.
    const std::int64_t drawn = week.reports.shown() ? week.reports.value : threshold;
    const double height = plot_height * static_cast<double>(drawn) / top;
    bars.push_back(object{{"x", Number(x + (slot - bar) / 2)},
                          {"y", Number(kTop + plot_height - height)},
                          {"breedte", Number(bar)},
                          {"hoogte", Number(height)},
                          {"klein", Flag(!week.reports.shown())},
                          {"week", week.week.ToString()},
                          {"waarde", Machine(week.reports)},
                          {"tekst", Shown(week.reports, texts, threshold)}});
    if (i % label_every == 0) {
      labels.push_back(object{{"x", Number(x + slot / 2)}, {"tekst", "W" + week.week.ToString().substr(6)}});
    }
  }
  TemplateData ticks{list{}};
  for (int i = 0; i <= 2; ++i) {
    ticks.push_back(object{{"y", Number(kTop + plot_height - plot_height * i / 2.0)},
                           {"tekst", std::to_string(top * i / 2)}});
  }
  return object{{"breedte", std::to_string(kWidth)},         {"hoogte", std::to_string(kWeekChartHeight)},
                {"links", std::to_string(kLeft)},            {"rechts", std::to_string(kWidth - kRight)},
                {"boven", std::to_string(kTop)},             {"onder", std::to_string(kTop + plot_height)},
                {"perioden_hoogte", std::to_string(plot_height)}, {"label_y", std::to_string(kWeekChartHeight - 14)},
                {"balken", bars},                            {"perioden", bands},
                {"weeklabels", labels},                      {"schaal", ticks}};
}

// Horizontal bars with their label: the placements, and the ways in.
struct Row {
  std::string label;
  ShownCount count;
  std::string extra;  // after the number, such as "(40%)"
};

TemplateData BarChart(const std::vector<Row>& rows, const Texts& texts, int threshold) {
  std::int64_t largest = threshold;
  for (const Row& row : rows) {
    if (row.count.shown()) largest = std::max(largest, row.count.value);
  }
  const int plot_width = kWidth - kValueWidth;
  TemplateData bars{list{}};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    const double width = row.count.shown() ? plot_width * static_cast<double>(row.count.value) / largest : 0;
    const int y = static_cast<int>(i) * kBarRow;
    bars.push_back(object{{"label", row.label},
                          {"label_y", std::to_string(y + 16)},
                          {"y", std::to_string(y + 22)},
                          {"tekst_y", std::to_string(y + 36)},
                          {"x", "0"},
                          {"breedte", Number(width)},
                          {"waarde_x", Number(width + 6)},
                          {"waarde", Machine(row.count)},
                          {"tekst", Shown(row.count, texts, threshold) + row.extra}});
  }
  return object{{"breedte", std::to_string(kWidth)},
                {"hoogte", std::to_string(std::max<std::size_t>(1, rows.size()) * kBarRow + 4)},
                {"balken", bars}};
}

std::string WayName(WayIn way, const Texts& texts) {
  switch (way) {
    case WayIn::kQrCode: return texts.Get(kResultsWayQr);
    case WayIn::kWebsite: return texts.Get(kResultsWayWebsite);
    case WayIn::kKiosk: return texts.Get(kResultsWayKiosk);
  }
  return {};
}

std::string DateOf(const CalendarDate& date) { return DutchDate(date.year, date.month, date.day); }

TemplateData CampaignData(const CampaignResult& result, const Texts& texts, int threshold) {
  const Campaign& campaign = *result.campaign;
  TemplateData periods{list{}};
  for (const CampaignPeriod& period : campaign.periods) {
    periods.push_back(object{{"van", DateOf(period.start)}, {"tot", DateOf(period.end)}});
  }
  TemplateData weeks{list{}};
  std::int64_t small_weeks = 0;
  for (const WeekResult& week : result.weeks) {
    if (!week.reports.shown()) ++small_weeks;
    weeks.push_back(object{{"week", week.week.ToString()},
                           {"waarde", Machine(week.reports)},
                           {"tekst", Shown(week.reports, texts, threshold)},
                           {"in_periode", Flag(week.in_period)}});
  }
  std::vector<Row> placement_rows, share_rows;
  TemplateData placements{list{}}, shares{list{}};
  for (const PlacementResult& placement : result.placements) {
    placement_rows.push_back(Row{placement.name, placement.reports, ""});
    placements.push_back(object{{"naam", placement.name}, {"bron", placement.tag},
                                {"waarde", Machine(placement.reports)},
                                {"tekst", Shown(placement.reports, texts, threshold)}});
  }
  for (const ShareResult& share : result.shares) {
    std::string percent = share.percent >= 0 ? std::to_string(share.percent) + "%" : "";
    share_rows.push_back(Row{WayName(share.way, texts), share.reports, percent.empty() ? "" : " (" + percent + ")"});
    shares.push_back(object{{"naam", WayName(share.way, texts)}, {"waarde", Machine(share.reports)},
                            {"tekst", Shown(share.reports, texts, threshold)}, {"aandeel", percent}});
  }
  const bool have_weeks = !result.weeks.empty();
  TemplateData data = object{{"id", campaign.id},
                             {"naam", campaign.name},
                             {"perioden", periods},
                             {"heeft_cijfers", Flag(have_weeks)},
                             {"weken", weeks},
                             {"eerste_week", have_weeks ? result.weeks.front().week.ToString() : ""},
                             {"laatste_week", have_weeks ? result.weeks.back().week.ToString() : ""},
                             {"totaal", std::to_string(result.total)},
                             {"totaal_volledig", Flag(result.total_complete)},
                             {"kleine_weken", std::to_string(small_weeks)},
                             {"plekken", placements},
                             {"manieren", shares}};
  if (have_weeks) {
    data.set("weekgrafiek", WeekChart(result, texts, threshold));
    data.set("plekgrafiek", BarChart(placement_rows, texts, threshold));
    data.set("manieregrafiek", BarChart(share_rows, texts, threshold));
  }
  return data;
}

}  // namespace

std::vector<WeekCount> LoadResultCounts(Env* env, const std::filesystem::path& content_dir, Diagnostics* diagnostics) {
  std::vector<std::pair<std::string, std::vector<CountLine>>> files;
  for (const std::filesystem::path& file : FilesIn(env, content_dir, content_dir / kResultsFolder, {".csv"}, diagnostics)) {
    Result<std::string> text = env->ReadFile(file);
    if (!text.ok()) {
      diagnostics->Add(text.error());
      continue;
    }
    files.emplace_back(file.string(), ParseWeekCountsCsv(text.value(), file.string(), diagnostics));
  }
  return MergeCounts(files, diagnostics);
}

TemplateData ResultsPageData(const std::vector<CampaignResult>& results, const Texts& texts, int threshold,
                             bool have_counts) {
  TemplateData campaigns{list{}};
  for (const CampaignResult& result : results) campaigns.push_back(CampaignData(result, texts, threshold));
  TemplateData data{object{}};
  data.set("campagnes", campaigns);
  data.set("drempel", std::to_string(threshold));
  data.set("heeft_tellingen", Flag(have_counts));
  return data;
}

Status WriteResultsPage(PageWriter& writer, const SiteInputs& inputs, const std::vector<WeekCount>& counts) {
  const int threshold = inputs.config.results.threshold;
  std::vector<CampaignResult> results;
  for (const Campaign& campaign : inputs.campaigns) results.push_back(ResultOf(campaign, counts, threshold));
  Renderer renderer(writer.templates());
  PageView view = PageWriter::StaffPage(inputs.texts.Get(kResultsTitle), inputs.texts.Get(kResultsDescription));
  Result<std::string> body = renderer.Render(
      "resultaten", ResultsPageData(results, inputs.texts, threshold, !counts.empty()), &writer.site_data());
  return writer.WriteInLayout(renderer, std::move(view), std::move(body), "resultaten/index.html");
}

}  // namespace nietpluis
