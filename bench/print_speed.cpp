// Measures the campaign print material: all of it for 20 placements in 4 formats (80 PDFs, 100
// previews, 40 QR files), built through the real build into a staged output, against the same
// site without campaigns. Goal: under 3 s on the 2-core development machine.
// Usage: print_speed [CONTENT_DIR]   (default: the example content of the source tree)
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

#include "base/parallel.h"
#include "site/site_builder.h"

namespace {

namespace fs = std::filesystem;
using nietpluis::BuildOptions;
using nietpluis::BuildSite;
using nietpluis::BuildSummary;

constexpr int kPlacements = 20;
constexpr int kRuns = 3;
constexpr double kGoalSeconds = 3.0;

std::string Campaign() {
  std::string toml =
      "naam = \"Meting\"\nvan = 2026-12-01\ntot = 2027-02-28\nkop = \"Ziet u iets wat niet pluis is?\"\n"
      "tekst = [\"De gordijnen blijven dicht. De post stapelt op.\", \"Geef het door. Wij gaan langs voor een praatje.\"]\n"
      "pagina = \"/hoe-meld-ik/\"\nformaten = [\"poster-a4\", \"poster-a3\", \"flyer-a5\", \"kaart\"]\n";
  for (int i = 1; i <= kPlacements; ++i) {
    toml += "\n[[plek]]\nbron = \"plek-" + std::to_string(i) + "\"\nnaam = \"Plek " + std::to_string(i) + "\"\n";
  }
  return toml;
}

// Every run starts from nothing, so no run reuses the files of the one before.
double TimedBuild(const BuildOptions& options, BuildSummary* summary) {
  fs::remove_all(options.out_dir);
  fs::remove_all(options.out_dir.parent_path() / ("." + options.out_dir.filename().string() + ".bouw"));
  auto start = std::chrono::steady_clock::now();
  *summary = BuildSite(options);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

std::uintmax_t BytesUnder(const fs::path& dir) {
  std::uintmax_t bytes = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) bytes += entry.file_size();
  }
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path source = argc > 1 ? fs::path(argv[1]) : fs::path(NIETPLUIS_SOURCE_DIR) / "content";
  if (!fs::is_regular_file(source / "site.toml")) {
    std::cerr << "print_speed: " << source << " has no site.toml\n";
    return 2;
  }
  const char* tmp = std::getenv("BENCH_TMPDIR");
  std::string pattern = std::string(tmp ? tmp : (fs::is_directory("/dev/shm") ? "/dev/shm" : "/tmp")) + "/print-speed-XXXXXX";
  if (!mkdtemp(pattern.data())) {
    std::cerr << "print_speed: cannot make a temporary folder\n";
    return 2;
  }
  const fs::path work = pattern;
  fs::create_directories(work / "content");
  for (const char* part : {"site.toml", "beeld", "pages", "taal"}) {
    if (fs::exists(source / part)) fs::copy(source / part, work / "content" / part, fs::copy_options::recursive);
  }
  BuildOptions options;
  options.content_dir = work / "content";
  options.out_dir = work / "site";
  options.templates_dir = fs::path(NIETPLUIS_SOURCE_DIR) / "templates";
  options.check_language = false;  // measured by language_check_speed; here only the print material counts

  BuildSummary summary;
  std::vector<double> site_only;
  for (int run = 0; run < kRuns; ++run) site_only.push_back(TimedBuild(options, &summary));
  if (!summary.written) {
    std::cerr << "print_speed: the site without campaigns did not build\n";
    return 1;
  }

  fs::create_directories(work / "content/campagnes");
  std::ofstream(work / "content/campagnes/meting.toml") << Campaign();
  struct Row {
    std::string label;
    unsigned threads;
    std::vector<double> seconds;
  };
  std::vector<Row> rows = {{"1 thread", 1, {}}, {"all threads", nietpluis::WorkerCount(), {}}};
  std::size_t files = 0;
  for (Row& row : rows) {
    setenv("NIETPLUIS_THREADS", std::to_string(row.threads).c_str(), 1);
    TimedBuild(options, &summary);  // warm-up: disk caches, fontconfig, librsvg
    for (int run = 0; run < kRuns; ++run) {
      row.seconds.push_back(TimedBuild(options, &summary));
      if (!summary.written) {
        std::cerr << "print_speed: the build with the campaign failed\n";
        for (const auto& d : summary.diagnostics.all()) std::cerr << d.ToString() << "\n";
        return 1;
      }
      files = summary.print_files;
    }
  }
  const double site = Median(site_only);
  std::cout << std::fixed << std::setprecision(3);
  std::cout << "print material: " << kPlacements << " placements x 4 formats = " << kPlacements * 4 << " PDFs, "
            << files << " files, " << BytesUnder(work / "site-intern/drukwerk") / (1024 * 1024) << " MiB\n";
  std::cout << "site alone (no campaigns, no language check): " << site << " s\n";
  for (const Row& row : rows) {
    const double total = Median(row.seconds);
    std::cout << row.label << " (" << row.threads << "): whole build " << total << " s, print material "
              << total - site << " s  [runs:";
    for (double s : row.seconds) std::cout << " " << s;
    std::cout << "]\n";
  }
  const double best = Median(rows.back().seconds);
  std::cout << std::setprecision(2) << "speed-up on " << rows.back().threads
            << " threads: " << Median(rows.front().seconds) / best << "x\n" << std::setprecision(1);
  std::cout << (best < kGoalSeconds ? "GOAL MET" : "GOAL NOT MET") << " (whole build with all print material < "
            << kGoalSeconds << " s)\n";
  fs::remove_all(work);
  return 0;
}
