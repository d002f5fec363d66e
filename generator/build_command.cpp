// `nietpluis build`: the whole site, all-or-nothing, with a summary a person can read.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <mutex>

#include "base/dutch_format.h"
#include "cli.h"
#include "commands.h"

namespace nietpluis::cli {
namespace {

constexpr const char* kBuildHelp =
    "Gebruik: nietpluis build [--content MAP] [--out MAP] [--intern MAP] [--templates MAP] [--streng]\n"
    "\n"
    "Maakt de hele website uit de inhoud (standaard content/) en zet hem in de\n"
    "uitvoermap (standaard site/). De oude site blijft staan tot de nieuwe\n"
    "helemaal klaar en goedgekeurd is.\n"
    "\n"
    "  --content MAP    map met site.toml en pages/\n"
    "  --out MAP        waar de site komt\n"
    "  --intern MAP     waar de pagina's voor de makers komen (standaard de map\n"
    "                   naast de site met -intern erachter: site-intern/)\n"
    "  --templates MAP  map met de sjablonen (standaard templates/)\n"
    "  --streng         stop bij een taalfout (B1), niet alleen bij fouten in links en opbouw\n"
    "  --zonder-taalcheck  sla de taalcheck over (alleen om te meten)\n"
    "  --zonder-voorlezen  maak geen geluid, ook als [voorlezen] aan staat: sneller\n"
    "                   tijdens het schrijven; de pagina's hebben dan geen voorleesknop\n"
    "\n"
    "De taalcheck draait altijd mee en zet zijn verslag in site-intern/_taal/.\n"
    "Staan er campagnes in content/campagnes/, dan komt het drukwerk (PDF's,\n"
    "voorbeelden en QR-codes) in site-intern/drukwerk/. Die map is voor de\n"
    "makers: zet hem niet op de website.\n"
    "\n"
    "Afsluitcode: 0 gelukt, 1 fouten in de inhoud, 2 verkeerd gebruik.\n";

// Only worth showing when a person watches and the build takes a while.
constexpr std::size_t kProgressFromPages = 500;

}  // namespace

bool BuildAndReport(const BuildOptions& options_in, const std::string& shown_out_dir,
                    std::vector<std::string>* errors_out) {
  BuildOptions options = options_in;
  std::mutex progress_mutex;
  if (isatty(STDERR_FILENO)) {
    options.progress = [&progress_mutex](std::size_t done, std::size_t total) {
      if (total < kProgressFromPages || (done % 100 != 0 && done != total)) return;
      std::lock_guard<std::mutex> lock(progress_mutex);
      std::fprintf(stderr, "\r[%zu/%zu] pagina's geschreven", done, total);
      if (done == total) std::fprintf(stderr, "\r\033[K");
      std::fflush(stderr);
    };
  }
  auto start = std::chrono::steady_clock::now();
  BuildSummary summary = BuildSite(options);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  // In one write: a large site has thousands of language warnings, and stderr is unbuffered.
  std::string messages;
  for (const Diagnostic& d : summary.diagnostics.all()) {
    d.AppendTo(&messages);
    messages += '\n';
    if (errors_out && d.is_error()) errors_out->push_back(d.ToString());
  }
  std::cerr.write(messages.data(), static_cast<std::streamsize>(messages.size()));
  const std::size_t errors = summary.diagnostics.error_count();
  const std::size_t warnings = summary.diagnostics.warning_count();
  std::string counts;
  if (warnings > 0) counts = " (" + std::to_string(warnings) + (warnings == 1 ? " waarschuwing)" : " waarschuwingen)");
  if (!summary.written) {
    std::cerr << "nietpluis: " << errors << (errors == 1 ? " fout" : " fouten") << counts << "; " << shown_out_dir
              << " is niet veranderd\n";
    return false;
  }
  std::string print;
  if (summary.print_files > 0) print = " en " + std::to_string(summary.print_files) + " drukwerkbestanden";
  std::cout << "nietpluis: " << summary.pages << " pagina's" << print << " gebouwd in " << DutchDecimal(seconds, 2)
            << " s -> " << shown_out_dir << counts << "\n";
  // The staff folder is shown with `serve` below /_intern/; a build names it for the person who opens it.
  if (summary.staff_written && shown_out_dir != "voorbeeld") {
    std::cout << "nietpluis: " << summary.staff_pages << " pagina's voor de makers, niet voor de website -> "
              << (options.StaffDir() / "index.html").string() << "\n";
  }
  return true;
}

int RunBuild(const std::vector<std::string>& argv) {
  Result<Args> parsed = Parse(argv, {"--content", "--out", "--intern", "--templates"}, {"--streng", "--zonder-taalcheck", "--zonder-voorlezen"});
  if (!parsed.ok()) return UsageError("build", UsageText(parsed.error()));
  const Args& args = parsed.value();
  if (args.help) {
    std::cout << kBuildHelp;
    return kExitOk;
  }
  if (!args.positional.empty()) return UsageError("build", "onverwacht argument '" + args.positional[0] + "'");
  BuildOptions options;
  options.content_dir = FlagOr(args, "--content", "content");
  options.out_dir = FlagOr(args, "--out", "site");
  if (args.flags.count("--intern")) options.staff_dir = FlagOr(args, "--intern", "");
  options.templates_dir = TemplatesDir(args);
  options.strict = args.flags.count("--streng") > 0;
  options.check_language = args.flags.count("--zonder-taalcheck") == 0;
  options.read_aloud = args.flags.count("--zonder-voorlezen") == 0;
  return BuildAndReport(options, options.out_dir.string()) ? kExitOk : kExitContentError;
}

}  // namespace nietpluis::cli
