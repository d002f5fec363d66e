// Starting the meldzuil, and the two maintenance commands for IT staff.
#include "kiosk_commands.h"

#include <malloc.h>
#include <signal.h>

#include <iostream>
#include <mutex>
#include <thread>

#include "base/clock.h"
#include "base/command_line.h"
#include "config/kiosk_config.h"
#include "config/postcode_area.h"
#include "curl_courier.h"
#include "delivery/forwarder.h"
#include "delivery/forwarding_settings.h"
#include "delivery/outbox.h"
#include "delivery/outbox_summary.h"
#include "delivery/report_email.h"
#include "intake/kiosk_screens.h"
#include "intake_server.h"

namespace nietpluis::kiosk {
namespace {

constexpr const char* kRunHelp =
    "Gebruik: nietpluis-kiosk --config kiosk.toml\n"
    "\n"
    "Start de meldzuil: de schermen op het adres van 'listen' (standaard http://127.0.0.1:8080/)\n"
    "en het doorsturen van meldingen. Stoppen: Ctrl+C of systemctl stop nietpluis-kiosk.\n";

constexpr const char* kCheckHelp =
    "Gebruik: nietpluis-kiosk controleer --config kiosk.toml\n"
    "\n"
    "Kijkt kiosk.toml na, met de geheimen, site.toml, het logo en de sjablonen, zonder de\n"
    "meldzuil te starten. Zegt per organisatie welke postcodes ze krijgt en hoe.\n";

constexpr const char* kStatusHelp =
    "Gebruik: nietpluis-kiosk status --config kiosk.toml\n"
    "\n"
    "Laat zien hoeveel meldingen wachten, hoe lang al, welke geweigerd zijn en wanneer er\n"
    "het laatst iets bezorgd is. Er staan geen persoonsgegevens in.\n";

constexpr const char* kRequeueHelp =
    "Gebruik: nietpluis-kiosk opnieuw --config kiosk.toml (ID... | --alle)\n"
    "\n"
    "Zet meldingen die de ontvanger weigerde terug in de rij, bijvoorbeeld nadat de ontvanger\n"
    "een fout heeft hersteld. De meldzuil probeert ze binnen enkele seconden opnieuw.\n";

int UsageError(const std::string& command, const std::string& message) {
  std::cerr << "nietpluis-kiosk: " << message << "\n"
            << "Meer uitleg: nietpluis-kiosk " << (command.empty() ? "" : command + " ") << "--help\n";
  return kExitUsageError;
}

void PrintDiagnostics(const Diagnostics& diagnostics) {
  for (const Diagnostic& diagnostic : diagnostics.all()) std::cerr << diagnostic.ToString() << "\n";
}

// Logs go to stderr (the journal under systemd). Callers pass report ids and error codes only.
void LogLine(const std::string& line) {
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  std::cerr << "nietpluis-kiosk: " << line << std::endl;
}

std::filesystem::path TemplatesDirFor(const KioskConfig& config) {
  if (!config.templates_dir.empty()) return config.templates_dir;
  if (std::filesystem::is_directory(NIETPLUIS_INSTALLED_TEMPLATES_DIR)) return NIETPLUIS_INSTALLED_TEMPLATES_DIR;
  return NIETPLUIS_TEMPLATES_DIR;
}

// Parses `--config FILE` plus `boolean_flags`; prints the usage error or help itself.
std::optional<Args> ParseCommand(const std::string& command, const std::vector<std::string>& argv, const char* help,
                                 const std::vector<std::string>& boolean_flags, int* exit_code) {
  Result<Args> parsed = Parse(argv, {"--config"}, boolean_flags);
  if (!parsed.ok()) {
    *exit_code = UsageError(command, UsageText(parsed.error()));
    return std::nullopt;
  }
  std::optional<Args> args = std::move(parsed).value();
  if (args->help) {
    std::cout << help;
    *exit_code = kExitOk;
    return std::nullopt;
  }
  if (args->flags.count("--config") == 0) {
    *exit_code = UsageError(command, "zeg welk bestand de instellingen heeft: --config kiosk.toml");
    return std::nullopt;
  }
  return args;
}

std::optional<KioskConfig> LoadConfig(const Args& args, bool read_secrets) {
  Diagnostics diagnostics;
  KioskConfig config = LoadKioskConfig(args.flags.at("--config"), read_secrets, &diagnostics);
  if (diagnostics.HasErrors()) {
    diagnostics.SortByLocation();
    PrintDiagnostics(diagnostics);
    return std::nullopt;
  }
  return config;
}

// Stops the server on SIGTERM or SIGINT. The signals are blocked in every thread, so only this
// one receives them, and the server is stopped outside any signal handler.
class StopOnSignal {
 public:
  explicit StopOnSignal(IntakeServer* server) {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGTERM);
    sigaddset(&signals_, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
    thread_ = std::thread([this, server] {
      int received = 0;
      sigwait(&signals_, &received);
      if (received == SIGTERM || received == SIGINT) server->Stop();
    });
  }
  ~StopOnSignal() {
    // Wakes the waiting thread when the server stopped for another reason.
    pthread_kill(thread_.native_handle(), SIGTERM);
    thread_.join();
  }

 private:
  sigset_t signals_;
  std::thread thread_;
};

// Everything a running kiosk needs from disk, checked before it serves its first screen.
struct LoadedKiosk {
  KioskConfig config;
  std::unique_ptr<KioskScreens> screens;
  AssetMap assets;
};

std::optional<LoadedKiosk> LoadKiosk(const Args& args) {
  std::optional<KioskConfig> config = LoadConfig(args, true);
  if (!config) return std::nullopt;
  LoadedKiosk kiosk{std::move(*config), nullptr, {}};
  Diagnostics diagnostics;
  const std::filesystem::path templates_dir = TemplatesDirFor(kiosk.config);
  // Every text the kiosk shows or sends must be there before it starts: the screens', its own, the e-mail's.
  std::vector<std::string> more_texts = IntakeServer::TextKeys();
  more_texts.insert(more_texts.end(), EmailTextKeys().begin(), EmailTextKeys().end());
  Result<std::unique_ptr<KioskScreens>> screens =
      KioskScreens::Load(kiosk.config, templates_dir, Env::Default(), &diagnostics, more_texts);
  if (screens.ok()) kiosk.screens = std::move(screens).value();
  Result<AssetMap> assets = LoadAssets(kiosk.config, templates_dir);
  if (assets.ok()) {
    kiosk.assets = std::move(assets).value();
  } else {
    diagnostics.Add(assets.error());
  }
  if (!kiosk.screens || diagnostics.HasErrors()) {
    PrintDiagnostics(diagnostics);
    return std::nullopt;
  }
  return kiosk;
}

}  // namespace

int RunKiosk(const std::vector<std::string>& argv) {
  int exit_code = kExitOk;
  std::optional<Args> args = ParseCommand("", argv, kRunHelp, {}, &exit_code);
  if (!args) return exit_code;
  if (!args->positional.empty()) return UsageError("", "onbekende opdracht '" + args->positional[0] + "'");
  std::optional<LoadedKiosk> kiosk = LoadKiosk(*args);
  if (!kiosk) return kExitError;
  const KioskConfig* config = &kiosk->config;
  Result<std::unique_ptr<Outbox>> outbox = Outbox::Open(config->data_dir);
  if (!outbox.ok()) {
    std::cerr << outbox.error().ToString() << "\n";
    return kExitError;
  }

  signal(SIGPIPE, SIG_IGN);
  // glibc gives every thread that allocates its own arena, each keeping freed memory; two are plenty
  // for a kiosk and keep it well within its memory budget.
  mallopt(M_ARENA_MAX, 2);
  CurlCourier courier(kiosk->screens->texts());
  Forwarder forwarder(outbox.value().get(), ForwardingSettingsOf(*config), &courier, Clock::System(), LogLine);
  IntakeServer server(*config, outbox.value().get(), kiosk->screens.get(), std::move(kiosk->assets), Clock::System(),
                      [&forwarder] { forwarder.Wake(); }, LogLine);
  if (Status bound = server.Bind(); !bound.ok()) {
    std::cerr << bound.error().ToString() << "\n";
    return kExitError;
  }
  StopOnSignal stop(&server);
  forwarder.Start();
  const std::size_t organisations = config->organisations.size();
  LogLine("klaar op http://" + config->listen_host + ":" + std::to_string(config->listen_port) + "/ (" + config->id +
          ", " + std::to_string(organisations) + (organisations == 1 ? " organisatie)" : " organisaties)"));
  server.Serve();
  forwarder.Stop();
  LogLine("gestopt");
  return kExitOk;
}

int RunCheck(const std::vector<std::string>& argv) {
  int exit_code = kExitOk;
  std::optional<Args> args = ParseCommand("controleer", argv, kCheckHelp, {}, &exit_code);
  if (!args) return exit_code;
  if (!args->positional.empty()) return UsageError("controleer", "onverwacht '" + args->positional[0] + "'");
  std::optional<LoadedKiosk> kiosk = LoadKiosk(*args);
  if (!kiosk) return kExitError;
  const KioskConfig& config = kiosk->config;
  std::cout << args->flags.at("--config") << " is in orde.\n"
            << "Meldzuil: " << config.id << " (" << config.location << "), op http://" << config.listen_host << ":"
            << config.listen_port << "/\n"
            << "Meldingen in: " << (config.data_dir / Outbox::kFileName).string() << "\n";
  for (const KioskOrganisation& organisation : config.organisations) {
    const bool https = organisation.delivery.kind == DeliveryTarget::Kind::kHttps;
    std::cout << "Organisatie " << organisation.id << " (" << organisation.name << "): "
              << DescribePostcodeAreas(organisation.postcodes) << "; " << (https ? "HTTPS naar " : "e-mail via ")
              << (https ? organisation.delivery.url : organisation.delivery.smtp_url) << "\n";
  }
  return kExitOk;
}

int RunStatus(const std::vector<std::string>& argv) {
  int exit_code = kExitOk;
  std::optional<Args> args = ParseCommand("status", argv, kStatusHelp, {}, &exit_code);
  if (!args) return exit_code;
  if (!args->positional.empty()) return UsageError("status", "onverwacht '" + args->positional[0] + "'");
  std::optional<KioskConfig> config = LoadConfig(*args, false);
  if (!config) return kExitError;
  Result<std::unique_ptr<Outbox>> outbox = Outbox::OpenReadOnly(config->data_dir);
  if (!outbox.ok()) {
    std::cerr << outbox.error().ToString() << "\n";
    return kExitError;
  }
  Result<OutboxStats> stats = outbox.value()->Stats();
  if (!stats.ok()) {
    std::cerr << stats.error().ToString() << "\n";
    return kExitError;
  }
  std::cout << "Meldzuil: " << config->id << " (" << config->location << ")\n"
            << StatusText(stats.value(), Clock::System()->NowSeconds());
  return kExitOk;
}

int RunRequeue(const std::vector<std::string>& argv) {
  int exit_code = kExitOk;
  std::optional<Args> args = ParseCommand("opnieuw", argv, kRequeueHelp, {"--alle"}, &exit_code);
  if (!args) return exit_code;
  const bool all = args->flags.count("--alle") > 0;
  if (all == !args->positional.empty()) {
    return UsageError("opnieuw", "geef de kenmerken van de meldingen, of --alle (niet allebei)");
  }
  std::optional<KioskConfig> config = LoadConfig(*args, false);
  if (!config) return kExitError;
  Result<std::unique_ptr<Outbox>> outbox = Outbox::Open(config->data_dir);
  if (!outbox.ok()) {
    std::cerr << outbox.error().ToString() << "\n";
    return kExitError;
  }
  Result<std::int64_t> requeued = outbox.value()->Requeue(all ? std::vector<std::string>{} : args->positional);
  if (!requeued.ok()) {
    std::cerr << requeued.error().ToString() << "\n";
    return kExitError;
  }
  std::cout << requeued.value() << (requeued.value() == 1 ? " melding staat" : " meldingen staan")
            << " weer in de rij.\n";
  if (!all && requeued.value() < static_cast<std::int64_t>(args->positional.size())) {
    std::cerr << "nietpluis-kiosk: niet elk kenmerk hoort bij een geweigerde melding; kijk ze na met: "
                 "nietpluis-kiosk status --config "
              << args->flags.at("--config") << "\n";
    return kExitError;
  }
  return kExitOk;
}

}  // namespace nietpluis::kiosk
