// `nietpluis new pagina`: a new page file with its front matter filled in.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "base/env.h"
#include "base/status.h"

namespace nietpluis {

// The text of a new page titled `title`.
std::string NewPageText(std::string_view title);

// A page still holding a line of the scaffold's example text builds, but is not done: a warning
// per such line, at its line in `file`.
void WarnScaffoldLeftovers(const std::string& file, std::string_view text, Diagnostics* diagnostics);

// Writes content_dir/pages/<slug>.md; never overwrites an existing page. Returns its path.
Result<std::filesystem::path> CreatePage(Env* env, const std::filesystem::path& content_dir, std::string_view title);

}  // namespace nietpluis
