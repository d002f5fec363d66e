// Builds the whole public site: content and templates in, a complete static folder out.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

#include "base/clock.h"
#include "base/env.h"
#include "base/status.h"

namespace nietpluis {

struct BuildOptions {
  std::filesystem::path content_dir = "content";
  std::filesystem::path out_dir = "site";
  std::filesystem::path templates_dir = "templates";
  // The staff pages (the language report _taal/, the print material drukwerk/): not for residents,
  // so not in the site. Empty: beside out_dir, its name with "-intern" ("site" -> "site-intern").
  std::filesystem::path staff_dir;
  std::filesystem::path StaffDir() const;
  Env* env = Env::Default();
  Clock* clock = Clock::System();  // today, for the warning about campaigns long over
  bool check_language = true;  // the B1 check; its findings are warnings...
  bool strict = false;         // ...unless strict, when error-level findings stop the build
  bool read_aloud = true;      // false: no audio, whatever site.toml's [voorlezen] says (benchmarks)
  // Called after each page is written, from any thread.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

struct BuildSummary {
  std::size_t pages = 0;    // HTML pages of the site written, 404 included
  std::size_t print_files = 0;  // PDFs, previews and QR codes under drukwerk/
  // The pages' share images (deel/): drawn by this build, and kept or copied from an earlier one.
  std::size_t share_images_drawn = 0, share_images_reused = 0;
  Diagnostics diagnostics;  // errors and warnings, sorted by file and line
  bool written = false;     // true only when the new site replaced the old one
  bool staff_written = false;    // true when the staff folder (BuildOptions::StaffDir) was replaced
  std::size_t staff_pages = 0;   // its pages: the index, the language report, the print overview
  std::size_t audio_made = 0;    // read-aloud files spoken by this build...
  std::size_t audio_reused = 0;  // ...and taken from the audio cache
  double audio_seconds_spoken = 0;
};

// The output folder's own name, "site" for "out/site/": the staff pages link back through it.
std::string SiteFolderName(const std::filesystem::path& out_dir);

// On any error nothing in `out_dir` or the staff folder changes.
BuildSummary BuildSite(const BuildOptions& options);

}  // namespace nietpluis
