// The texts the site build puts on pages itself (templates/teksten/nietpluis.toml, table [site]):
// the 404 page, the print overview, the results page and the default footer.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/env.h"
#include "base/status.h"
#include "render/footer.h"
#include "render/texts.h"

namespace nietpluis {

// The keys, so every text the build uses is checked at load.
inline constexpr const char* kNotFoundTitle = "site.niet_gevonden.titel";
inline constexpr const char* kNotFoundDescription = "site.niet_gevonden.beschrijving";
inline constexpr const char* kPrintOverviewTitle = "site.drukwerk.titel";
inline constexpr const char* kPrintOverviewDescription = "site.drukwerk.beschrijving";
inline constexpr const char* kStaffIndexTitle = "site.intern.titel";
inline constexpr const char* kStaffIndexDescription = "site.intern.beschrijving";
inline constexpr const char* kResultsTitle = "site.resultaten.titel";
inline constexpr const char* kResultsDescription = "site.resultaten.beschrijving";
inline constexpr const char* kResultsSmall = "site.resultaten.minder_dan";
inline constexpr const char* kResultsHidden = "site.resultaten.niet_getoond";
inline constexpr const char* kResultsWayQr = "site.resultaten.via_qr";
inline constexpr const char* kResultsWayWebsite = "site.resultaten.via_website";
inline constexpr const char* kResultsWayKiosk = "site.resultaten.via_meldzuil";

// Every key above.
const std::vector<std::string>& SiteTextKeys();

// templates_dir/teksten/nietpluis.toml; a missing text is an error naming the file.
Result<Texts> LoadSiteTexts(Env* env, const std::filesystem::path& templates_dir);

}  // namespace nietpluis
