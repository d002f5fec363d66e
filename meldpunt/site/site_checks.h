// Checks across all pages: dead links, images without alt text, clashing slugs, skipped heading
// levels and pages nobody can reach. Each finding names the file and line to fix.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"
#include "content/page.h"

namespace nietpluis {

// `always_linked` are slugs every page links to through the layout (footer links).
void CheckSite(const std::vector<Page>& pages, const std::filesystem::path& content_dir,
               const std::vector<std::string>& always_linked, Diagnostics* diagnostics);

}  // namespace nietpluis
