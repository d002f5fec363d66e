// Writing the language report (_taal/) as pages in the site's layout: an overview, and for a large
// site its sections on pages of their own.
#pragma once

#include <vector>

#include "base/status.h"
#include "site/language_report.h"
#include "site/page_writer.h"

namespace nietpluis {

// Writes _taal/index.html and its part pages, in parallel; counts them in the writer's pages.
Status WriteLanguageReport(PageWriter& writer, const std::vector<CheckedPage>& pages);

}  // namespace nietpluis
