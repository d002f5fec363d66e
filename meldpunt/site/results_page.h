// The results page for the people who run campaigns (resultaten/index.html, beside the print
// overview): the counts of content/resultaten/*.csv per campaign, as SVG charts made at build time
// with a table of the same numbers.
#pragma once

#include <filesystem>
#include <vector>

#include "base/env.h"
#include "base/status.h"
#include "base/week_counts.h"
#include "render/templates.h"
#include "render/texts.h"
#include "site/campaign_results.h"
#include "site/page_writer.h"
#include "site/site_inputs.h"

namespace nietpluis {

// Where the build finds the intakes' counts, under the content folder.
inline constexpr const char* kResultsFolder = "resultaten";

// Every content_dir/resultaten/*.csv, checked and added up. No folder means no counts.
std::vector<WeekCount> LoadResultCounts(Env* env, const std::filesystem::path& content_dir, Diagnostics* diagnostics);

// For templates/resultaten.mustache.
TemplateData ResultsPageData(const std::vector<CampaignResult>& results, const Texts& texts, int threshold,
                             bool have_counts);

// Writes resultaten/index.html.
Status WriteResultsPage(PageWriter& writer, const SiteInputs& inputs, const std::vector<WeekCount>& counts);

}  // namespace nietpluis
