// The staff folder beside the site (site-intern/): the language report and the print material are
// for the people who make the site and its campaigns, so they are never published with it.
#pragma once

#include "base/status.h"
#include "site/page_writer.h"
#include "site/site_builder.h"
#include "site/site_inputs.h"

namespace nietpluis {

// assets/ for the staff pages' layout, and a robots.txt that keeps search engines out.
void WriteStaffExtras(const BuildOptions& options, const SiteInputs& inputs, StagedOutput& output,
                      Diagnostics* diagnostics);

// index.html: links to what the folder holds (templates/intern.mustache).
Status WriteStaffIndex(PageWriter& staff, const SiteInputs& inputs, bool language_report, bool print);

}  // namespace nietpluis
