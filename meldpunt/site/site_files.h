// The files of a site besides its pages: the 404 page, sitemap.xml, robots.txt, the assets, the
// house-style tokens, the logo and the images.
#pragma once

#include "base/status.h"
#include "site/page_writer.h"
#include "site/site_builder.h"
#include "site/site_inputs.h"

namespace nietpluis {

// 404.html, with links from the site's base path: a host serves it at any depth.
Status WriteNotFoundPage(PageWriter& writer, const SiteInputs& inputs);

// assets/ with tokens.css and the logo: what the layout needs, in the site and in the staff folder.
void WriteAssets(const BuildOptions& options, const SiteInputs& inputs, StagedOutput& output, Diagnostics* diagnostics);

// sitemap.xml, robots.txt, assets/ (with tokens.css and the logo) and beeld/.
void WriteSiteExtras(const BuildOptions& options, const SiteInputs& inputs, StagedOutput& output,
                     Diagnostics* diagnostics);

}  // namespace nietpluis
