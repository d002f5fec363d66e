// The texts the site build puts on pages itself (templates/teksten/nietpluis.toml, table [site]):
// the 404 page, the print overview and the default footer.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/env.h"
#include "base/status.h"
#include "render/texts.h"

namespace nietpluis {

// The keys, so every text the build uses is checked at load.
inline constexpr const char* kNotFoundTitle = "site.niet_gevonden.titel";
inline constexpr const char* kNotFoundDescription = "site.niet_gevonden.beschrijving";
inline constexpr const char* kPrintOverviewTitle = "site.drukwerk.titel";
inline constexpr const char* kPrintOverviewDescription = "site.drukwerk.beschrijving";
inline constexpr const char* kFooterContact = "site.voettekst.contact";
inline constexpr const char* kFooterKiosks = "site.voettekst.meldzuilen";
inline constexpr const char* kFooterPrivacy = "site.voettekst.privacy";
inline constexpr const char* kFooterAccessibility = "site.voettekst.toegankelijkheid";

// Every key above.
const std::vector<std::string>& SiteTextKeys();

// templates_dir/teksten/nietpluis.toml; a missing text is an error naming the file.
Result<Texts> LoadSiteTexts(Env* env, const std::filesystem::path& templates_dir);

}  // namespace nietpluis
