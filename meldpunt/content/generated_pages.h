// Pages made from site.toml: the privacy statement, the accessibility statement, the kiosk
// locations and the page with the online form. A content page with `generate:` supplies their title and intro; otherwise defaults apply.
#pragma once

#include <vector>

#include "base/status.h"
#include "content/page.h"

namespace nietpluis {

// Adds a page for every generated kind no content page claims; reports kinds claimed twice.
void AddMissingGeneratedPages(std::vector<Page>* pages, Diagnostics* diagnostics);

// The template that renders a kind's generated part: "generated/privacy".
std::string GeneratedTemplateName(GeneratedKind kind);

}  // namespace nietpluis
