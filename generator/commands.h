// The generator's commands; main() only dispatches to these.
#pragma once

#include <string>
#include <vector>

#include "site/site_builder.h"

namespace nietpluis::cli {

int RunBuild(const std::vector<std::string>& argv);
int RunServe(const std::vector<std::string>& argv);
int RunNew(const std::vector<std::string>& argv);
int RunTaal(const std::vector<std::string>& argv);

// Builds, prints every diagnostic and a one-line summary. Returns true when the site was written.
// When `errors` is given it receives the printed error lines, for showing them elsewhere.
bool BuildAndReport(const BuildOptions& options, const std::string& shown_out_dir,
                    std::vector<std::string>* errors = nullptr);

}  // namespace nietpluis::cli
