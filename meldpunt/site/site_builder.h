// Builds the whole public site: content and templates in, a complete static folder out.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>

#include "base/env.h"
#include "base/status.h"

namespace nietpluis {

struct BuildOptions {
  std::filesystem::path content_dir = "content";
  std::filesystem::path out_dir = "site";
  std::filesystem::path templates_dir = "templates";
  Env* env = Env::Default();
  bool check_language = true;  // the B1 check; its findings are warnings...
  bool strict = false;         // ...unless strict, when error-level findings stop the build
  // Called after each page is written, from any thread.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

struct BuildSummary {
  std::size_t pages = 0;    // HTML pages written, 404 and the language report included
  std::size_t print_files = 0;  // PDFs, previews and QR codes under drukwerk/
  Diagnostics diagnostics;  // errors and warnings, sorted by file and line
  bool written = false;     // true only when the new site replaced the old one
};

// On any error nothing in `out_dir` changes.
BuildSummary BuildSite(const BuildOptions& options);

}  // namespace nietpluis
