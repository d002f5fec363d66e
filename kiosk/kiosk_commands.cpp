// Starting the meldzuil, and the two maintenance commands for IT staff.
#include "kiosk_commands.h"

#include <malloc.h>
#include <sys/statvfs.h>
#include <signal.h>

#include <iostream>
#include <mutex>
#include <thread>

#include "address/address_import.h"
#include "address/address_register.h"
#include "address/area_check.h"
#include "base/clock.h"
#include "base/dutch_format.h"
#include "base/command_line.h"
#include "base/install_dir.h"
#include "config/kiosk_config.h"
#include "config/organisations.h"
#include "config/postcode_area.h"
#include "curl_courier.h"
#include "base/dutch_format.h"
#include "delivery/certificate_check.h"
#include "delivery/forwarder.h"
#include "delivery/follow_key.h"
#include "delivery/follow_registrar.h"
#include "delivery/follow_store.h"
#include "delivery/forwarding_settings.h"
#include "delivery/it_alert.h"
#include "delivery/outbox.h"
#include "delivery/outbox_summary.h"
#include "delivery/report_email.h"
#include "delivery/report_sealer.h"
#include "intake/kiosk_screens.h"
#include "follow_desk.h"
#include "intake_server.h"
#include "screen_speech.h"

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
    "meldzuil te starten. Zegt per organisatie welke postcodes ze krijgt, hoe, en of de\n"
    "meldingen verzegeld zijn (met het certificaat van de organisatie).\n";

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

constexpr const char* kAddressesHelp =
    "Gebruik: nietpluis-kiosk adressen importeer BESTAND --config kiosk.toml\n"
    "\n"
    "Leest de adressen van de gemeente in, zodat de meldzuil straat en woonplaats kent en een\n"
    "typfout in postcode of huisnummer opvalt. BESTAND is het BAG 2.0 Extract van de gemeente\n"
    "(de zip zoals het Kadaster hem levert) of een CSV met de kop\n"
    "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats. Het nieuwe adressenbestand\n"
    "vervangt het oude pas als alles gelukt is. Start de meldzuil daarna opnieuw.\n";

constexpr const char* kCountsHelp =
    "Gebruik: nietpluis-kiosk statistiek --config kiosk.toml [--vanaf WEEK] [--tot WEEK] [--json]\n"
    "\n"
    "Laat zien hoeveel meldingen deze meldzuil per week aannam, per bron en per campagne-bron\n"
    "(de plek van een poster of flyer). Een week schrijft u als 2027-W05. Zonder --json is het\n"
    "CSV met de kop week,bron,campagne,meldingen: zet het bestand in content/resultaten/ voor de\n"
    "pagina met resultaten. Er staan alleen aantallen in, geen adressen, namen of tijden.\n";

constexpr const char* kItMessageHelp =
    "Gebruik: nietpluis-kiosk it-bericht --config kiosk.toml\n"
    "\n"
    "Stuurt ICT een e-mail als er iets mis is: meldingen die de ontvanger weigerde, meldingen die te\n"
    "lang wachten, of een schijf die bijna vol is. Alleen aantallen en kenmerken. Als alles goed gaat,\n"
    "gaat er niets weg. Het adres en de grenzen staan onder [it_bericht] in kiosk.toml; de timer\n"
    "nietpluis-it-bericht@kiosk.timer doet dit elke ochtend.\n";

int UsageError(const std::string& command, const std::string& message) {
  std::cerr << "nietpluis-kiosk: " << message << "\n"
            << "Meer uitleg: nietpluis-kiosk " << (command.empty() ? "" : command + " ") << "--help\n";
  return kExitUsageError;
}

void PrintDiagnostics(const Diagnostics& diagnostics) {
  for (const Diagnostic& diagnostic : diagnostics.all()) std::cerr << diagnostic.ToString() << "\n";
}

// The IT message's journal lines, beside the forwarder's (delivery/forwarder.h).
constexpr const char* kLogItMessageSent = "NP-IT-MESSAGE-SENT";
constexpr const char* kLogItMessageFailed = "NP-IT-MESSAGE-FAILED";

// Logs go to stderr (the journal under systemd). Callers pass report ids and error codes only.
void LogLine(const std::string& line) {
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  std::cerr << "nietpluis-kiosk: " << line << std::endl;
}

std::filesystem::path TemplatesDirFor(const KioskConfig& config) {
  if (!config.templates_dir.empty()) return config.templates_dir;
  if (auto installed = InstalledTemplatesDir("nietpluis-kiosk")) return *installed;
  return NIETPLUIS_TEMPLATES_DIR;
}

// Parses `--config FILE` plus `boolean_flags`; prints the usage error or help itself.
std::optional<Args> ParseCommand(const std::string& command, const std::vector<std::string>& argv, const char* help,
                                 const std::vector<std::string>& boolean_flags, int* exit_code,
                                 std::vector<std::string> value_flags = {}) {
  value_flags.push_back("--config");
  Result<Args> parsed = Parse(argv, value_flags, boolean_flags);
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
  // Warnings too (an older kiosk.toml with its own organisations): to the terminal, or the journal.
  diagnostics.SortByLocation();
  PrintDiagnostics(diagnostics);
  if (diagnostics.HasErrors()) return std::nullopt;
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
  // The organisations' checked certificates, by organisation id: these get sealed reports.
  std::map<std::string, std::shared_ptr<const RecipientCertificate>> certificates;
  // Certificates that end within 30 days.
  std::vector<Diagnostic> warnings;
  std::unique_ptr<AddressRegister> addresses;  // null without a register
  Diagnostics address_warnings;                // gaps and age, for `controleer`
};

// The certificate checks' findings: errors into `errors`, warnings returned.
std::vector<Diagnostic> CertificateFindings(const Diagnostics& found, Diagnostics* errors) {
  std::vector<Diagnostic> warnings;
  for (const Diagnostic& diagnostic : found.all()) {
    if (diagnostic.is_error()) {
      errors->Add(diagnostic);
    } else {
      warnings.push_back(diagnostic);
    }
  }
  return warnings;
}

// For `controleer`: whether an organisation's reports are sealed, and with which certificate.
std::string SealingLine(const KioskOrganisation& organisation,
                        const std::map<std::string, std::shared_ptr<const RecipientCertificate>>& certificates) {
  auto certificate = certificates.find(organisation.id);
  if (certificate == certificates.end()) {
    return "Let op: niet verzegeld. De meldingen voor " + organisation.id +
           " wachten en reizen leesbaar; zet 'certificaat' bij deze organisatie om ze te verzegelen.";
  }
  const RecipientCertificate& used = *certificate->second;
  return "Verzegeld (" + std::string(organisation.delivery.kind == DeliveryTarget::Kind::kEmail ? "S/MIME, AES-256-CBC"
                                                                                                 : "CMS, AES-256-GCM") +
         ") voor " + used.subject() + ", " + used.key_type() + "-sleutel, geldig tot " +
         FormatUtc(used.not_after(), "%Y-%m-%d") + ".";
}

// The register, when its file is there. Without one everything works by postcode, as before.
Result<std::unique_ptr<AddressRegister>> OpenAddresses(const KioskConfig& config) {
  std::error_code ec;
  if (config.addresses.file.empty() || !std::filesystem::exists(config.addresses.file, ec)) {
    return std::unique_ptr<AddressRegister>();
  }
  return AddressRegister::Open(config.addresses.file);
}

std::optional<LoadedKiosk> LoadKiosk(const Args& args) {
  std::optional<KioskConfig> config = LoadConfig(args, true);
  if (!config) return std::nullopt;
  LoadedKiosk kiosk{std::move(*config), nullptr, {}, {}, {}, nullptr, {}};
  Diagnostics diagnostics;
  Diagnostics certificates;
  kiosk.certificates =
      CheckCertificates(kiosk.config.organisations_file, kiosk.config.organisations, Clock::System()->NowSeconds(), &certificates);
  kiosk.warnings = CertificateFindings(certificates, &diagnostics);
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
  Result<std::unique_ptr<AddressRegister>> addresses = OpenAddresses(kiosk.config);
  if (addresses.ok()) {
    kiosk.addresses = std::move(addresses).value();
    Diagnostics areas;
    CheckAreasAgainstRegister(kiosk.config, kiosk.addresses.get(), Clock::System()->NowSeconds(), &areas);
    for (const Diagnostic& found : areas.all()) (found.is_error() ? diagnostics : kiosk.address_warnings).Add(found);
  } else {
    diagnostics.Add(addresses.error());
  }
  if (!kiosk.screens || diagnostics.HasErrors()) {
    diagnostics.SortByLocation();
    PrintDiagnostics(diagnostics);
    return std::nullopt;
  }
  return kiosk;
}

std::string ImportCommand(const KioskConfig& config) {
  return "nietpluis-kiosk adressen importeer BESTAND --config " + config.file;
}

// One or two lines for `controleer` and `status`: where the register is, what it holds, how old it is.
std::string AddressesLine(const KioskConfig& config, const AddressRegister* addresses) {
  if (addresses == nullptr) {
    return "Adressen: geen adressenbestand (" + config.addresses.file.string() +
           "); meldingen gaan alleen op postcode. Maken: " + ImportCommand(config) + "\n";
  }
  Result<RegisterInfo> info = addresses->Info();
  if (!info.ok()) return info.error().ToString() + "\n";
  std::string line = "Adressen: " + std::to_string(info.value().addresses) + " uit " + info.value().source +
                     ", stand van " + FormatUtc(info.value().source_date, "%d-%m-%Y") + " (" + addresses->file() + ")\n";
  if (RegisterIsStale(info.value(), config.addresses.stale_after_months, Clock::System()->NowSeconds())) {
    line += "Let op: het adressenbestand is ouder dan " + std::to_string(config.addresses.stale_after_months) +
            " maanden. Nieuwe huizen ontbreken dan. Importeer een nieuw BAG-extract: " + ImportCommand(config) + "\n";
  }
  return line;
}

// For `controleer`: whether residents can look up this kiosk's codes at once on the public intake.
std::string FollowLine(const KioskConfig& config) {
  // Without a public intake there are no codes at all, so nothing to register or to say.
  if (config.site.intake_url.empty()) return "";
  if (config.mode == KioskConfig::Mode::kPublic) {
    return "Volgcodes: aan; deze intake beantwoordt /volg en neemt codes van meldzuilen aan op /volg/ontvangen.\n";
  }
  if (config.follow.key.empty()) {
    return "Let op: volgcodes zonder gedeelde sleutel. De publieke intake kent de codes en links van deze meldzuil "
           "niet; zet [volgen] sleutel_bestand, met dezelfde sleutel als de publieke intake.\n";
  }
  return "Volgcodes: aan; elke code wordt aangemeld bij " + config.site.intake_url +
         "volg/ontvangen zodra die te bereiken is.\n";
}

// For `status`: codes the public intake has not yet been told of (a kiosk that is offline).
std::string FollowWaitingLine(const KioskConfig& config) {
  if (config.mode != KioskConfig::Mode::kKiosk || config.site.intake_url.empty()) return "";
  Result<std::int64_t> waiting = FollowStore::RegistrationsWaitingIn(config.data_dir);
  if (!waiting.ok()) return waiting.error().ToString() + "\n";
  // Nothing when none wait: without the secrets, status cannot tell whether registration is on.
  if (waiting.value() == 0) return "";
  return "Volgcodes: " + std::to_string(waiting.value()) +
         (waiting.value() == 1 ? " wacht" : " wachten") + " op aanmelding bij de publieke intake (" +
         config.site.intake_url + "volg/ontvangen)\n";
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

  outbox.value()->KeepCountsFor(config->counts.keep_months);
  // The follow-up codes: their own file beside the outbox (which made the folder private), and the key.
  Result<std::unique_ptr<FollowStore>> follow_store = FollowStore::Open(config->data_dir);
  if (!follow_store.ok()) {
    std::cerr << follow_store.error().ToString() << "\n";
    return kExitError;
  }
  Result<std::string> follow_key = LoadFollowKey(config->data_dir, config->follow.key);
  if (!follow_key.ok()) {
    std::cerr << follow_key.error().ToString() << "\n";
    return kExitError;
  }
  // Made before the first screen is served, so every screen has its button or none has.
  const ScreenAudioSummary audio = AddScreenAudio(*config, *kiosk->screens, TemplatesDirFor(*config), &kiosk->assets);
  if (audio.on || !audio.problem.empty()) LogLine(DescribeScreenAudio(audio));

  signal(SIGPIPE, SIG_IGN);
  // glibc gives every thread that allocates its own arena, each keeping freed memory; two are plenty
  // for a kiosk and keep it well within its memory budget.
  mallopt(M_ARENA_MAX, 2);
  for (const Diagnostic& warning : kiosk->warnings) LogLine(warning.ToString());
  CurlCourier courier(kiosk->screens->texts());
  ReportSealer sealer(kiosk->certificates, kiosk->screens->texts());
  FollowDesk follow(*config, follow_store.value().get(), follow_key.value(), Clock::System(), LogLine);
  ForwardingSettings forwarding = ForwardingSettingsOf(*config);
  forwarding.also_wipe = [&follow] { follow.WipeExpired(); };
  // A kiosk's codes are made offline; the public intake learns of them when it can be reached.
  FollowRegistrar registrar(follow_store.value().get(), &courier, follow.registration_url(), config->first_retry_s,
                            config->max_retry_s, Clock::System(), LogLine);
  if (follow.registers()) {
    forwarding.side_work = [&registrar](const std::function<bool()>& stopping) { return registrar.RunDue(stopping); };
  }
  Forwarder forwarder(outbox.value().get(), forwarding, &courier, Clock::System(), LogLine);
  IntakeServer server(*config, outbox.value().get(), kiosk->screens.get(), std::move(kiosk->assets), Clock::System(),
                      [&forwarder] { forwarder.Wake(); }, LogLine);
  server.SetSealer(&sealer);
  if (follow.enabled()) server.SetFollowDesk(&follow);
  server.SetAddressRegister(kiosk->addresses.get());
  if (kiosk->address_warnings.warning_count() > 0) {
    LogLine("het adressenbestand gaf " + std::to_string(kiosk->address_warnings.warning_count()) +
            " waarschuwingen; zie: nietpluis-kiosk controleer --config " + config->file);
  }
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
  // What residents read on the site against where this kiosk sends reports: drift is named, not fatal,
  // so an upgraded kiosk with its own organisations keeps running.
  const std::vector<Diagnostic> drift =
      CompareWithPublished(config.site.organisations, config.site.organisations_file, config.organisations);
  for (const Diagnostic& warning : drift) std::cerr << warning.ToString() << "\n";
  std::cout << args->flags.at("--config")
            << (drift.empty() ? " is in orde.\n" : " werkt, maar de site noemt gebieden die deze kiosk anders doet (zie boven).\n")
            << "Meldzuil: " << config.id << " (" << config.location << "), op http://" << config.listen_host << ":"
            << config.listen_port << "/\n"
            << "Meldingen in: " << (config.data_dir / Outbox::kFileName).string() << "\n"
            << AddressesLine(config, kiosk->addresses.get()) << FollowLine(config);
  PrintDiagnostics(kiosk->address_warnings);
  for (const KioskOrganisation& organisation : config.organisations) {
    const bool https = organisation.delivery.kind == DeliveryTarget::Kind::kHttps;
    std::cout << "Organisatie " << organisation.id << " (" << organisation.name << "): "
              << DescribePostcodeArea(organisation.postcodes) << "; " << (https ? "HTTPS naar " : "e-mail via ")
              << (https ? organisation.delivery.url : organisation.delivery.smtp_url) << "\n";
    std::cout << "  " << SealingLine(organisation, kiosk->certificates) << "\n";
  }
  for (const Diagnostic& warning : kiosk->warnings) std::cout << warning.ToString() << "\n";
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
            << StatusText(stats.value(), Clock::System()->NowSeconds(), OrganisationNamesOf(*config));
  Result<std::unique_ptr<AddressRegister>> addresses = OpenAddresses(*config);
  if (!addresses.ok()) {
    std::cerr << addresses.error().ToString() << "\n";
    return kExitError;
  }
  std::cout << AddressesLine(*config, addresses.value().get()) << FollowWaitingLine(*config);
  // A certificate about to end (or already wrong) is said here, where IT staff look regularly.
  Diagnostics certificates;
  CheckCertificates(config->organisations_file, config->organisations, Clock::System()->NowSeconds(), &certificates);
  for (const Diagnostic& finding : certificates.all()) std::cout << "Certificaat: " << finding.ToString() << "\n";
  std::cout << ScreenAudioStatus(*config);
  return kExitOk;
}

int RunItMessage(const std::vector<std::string>& argv) {
  int exit_code = kExitOk;
  std::optional<Args> args = ParseCommand("it-bericht", argv, kItMessageHelp, {}, &exit_code);
  if (!args) return exit_code;
  if (!args->positional.empty()) return UsageError("it-bericht", "onverwacht '" + args->positional[0] + "'");
  std::optional<KioskConfig> config = LoadConfig(*args, true);
  if (!config) return kExitError;
  if (!config->it_message.enabled) {
    std::cerr << config->file << ": er staat geen [it_bericht] in; zet daar het adres van ICT, zie de uitleg in "
                                 "het voorbeeld\n";
    return kExitError;
  }
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
  DiskSpace disk;
  struct statvfs info {};
  if (statvfs(config->data_dir.c_str(), &info) == 0) {
    disk.free_bytes = static_cast<std::uint64_t>(info.f_bavail) * info.f_frsize;
    disk.total_bytes = static_cast<std::uint64_t>(info.f_blocks) * info.f_frsize;
  }
  const std::int64_t now = Clock::System()->NowSeconds();
  const ItMessageSettings& settings = config->it_message;
  std::optional<ItAlert> alert =
      MakeItAlert(stats.value(), disk, now, ItAlertLimits{std::int64_t{settings.wait_hours} * 3600, settings.min_free_percent},
                  ItAlertSource{config->id, config->location, config->file});
  if (!alert) {
    std::cout << "Alles in orde: geen bericht verstuurd.\n";
    return kExitOk;
  }
  DeliveryResult sent =
      SendMail(settings.mail, ItAlertEmail(*alert, settings.mail.from, settings.mail.to, now, config->id));
  if (sent.outcome != DeliveryResult::Outcome::kDelivered) {
    LogLine(std::string(kLogItMessageFailed) + " bericht aan " + settings.mail.to + " niet verstuurd: " + sent.error);
    return kExitError;
  }
  LogLine(std::string(kLogItMessageSent) + " bericht aan " + settings.mail.to + " verstuurd");
  std::cout << "Bericht verstuurd aan " << settings.mail.to << ":\n\n" << alert->body;
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

// --vanaf or --tot as a week; nothing when the flag is absent; false after a usage error.
static bool WeekFlag(const Args& args, const std::string& flag, std::optional<IsoWeek>* week, int* exit_code) {
  auto value = args.flags.find(flag);
  if (value == args.flags.end()) return true;
  *week = ParseIsoWeek(value->second);
  if (*week) return true;
  *exit_code = UsageError("statistiek", "'" + value->second + "' is geen week; schrijf " + flag + " zoals 2027-W05");
  return false;
}

int RunCounts(const std::vector<std::string>& argv) {
  int exit_code = kExitOk;
  std::optional<Args> args = ParseCommand("statistiek", argv, kCountsHelp, {"--json"}, &exit_code, {"--vanaf", "--tot"});
  if (!args) return exit_code;
  if (!args->positional.empty()) return UsageError("statistiek", "onverwacht '" + args->positional[0] + "'");
  std::optional<IsoWeek> from, to;
  if (!WeekFlag(*args, "--vanaf", &from, &exit_code) || !WeekFlag(*args, "--tot", &to, &exit_code)) return exit_code;
  if (from && to && *to < *from) {
    return UsageError("statistiek", "--tot " + to->ToString() + " ligt voor --vanaf " + from->ToString() +
                                        "; draai ze om");
  }
  std::optional<KioskConfig> config = LoadConfig(*args, false);
  if (!config) return kExitError;
  Result<std::unique_ptr<Outbox>> outbox = Outbox::OpenReadOnly(config->data_dir);
  if (!outbox.ok()) {
    std::cerr << outbox.error().ToString() << "\n";
    return kExitError;
  }
  Result<std::vector<WeekCount>> counts = outbox.value()->Counts(from, to);
  if (!counts.ok()) {
    std::cerr << counts.error().ToString() << "\n";
    return kExitError;
  }
  std::cout << (args->flags.count("--json") ? WeekCountsJson(counts.value()) : WeekCountsCsv(counts.value()));
  return kExitOk;
}

int RunAddresses(const std::vector<std::string>& argv) {
  int exit_code = kExitOk;
  std::optional<Args> args = ParseCommand("adressen", argv, kAddressesHelp, {}, &exit_code);
  if (!args) return exit_code;
  if (args->positional.empty() || args->positional[0] != "importeer") {
    return UsageError("adressen", "zeg wat er moet gebeuren: nietpluis-kiosk adressen importeer BESTAND --config kiosk.toml");
  }
  if (args->positional.size() != 2) return UsageError("adressen", "geef één bestand: het BAG-extract (.zip) of een CSV");
  std::optional<KioskConfig> config = LoadConfig(*args, false);
  if (!config) return kExitError;
  const std::int64_t now = Clock::System()->NowSeconds();
  Result<ImportSummary> imported = ImportAddresses(args->positional[1], config->addresses.file, Env::Default(), now);
  if (!imported.ok()) {
    std::cerr << imported.error().ToString() << "\n";
    return kExitError;
  }
  const ImportSummary& summary = imported.value();
  std::cout << "Adressenbestand gemaakt: " << config->addresses.file.string() << "\n"
            << summary.addresses << " adressen";
  if (summary.bag_extract) {
    std::vector<std::string> codes(summary.municipalities.begin(), summary.municipalities.end());
    std::cout << " in gebruik uit het BAG-extract (gemeentecode " << JoinDutch(codes) << "), stand van "
              << FormatUtc(summary.source_date, "%d-%m-%Y") << ".\n"
              << summary.not_in_use << (summary.not_in_use == 1 ? " huisnummer" : " huisnummers")
              << " zonder woning of ander verblijfsobject in gebruik " << (summary.not_in_use == 1 ? "is" : "zijn")
              << " overgeslagen.\n";
  } else {
    std::cout << " uit de CSV.\n";
  }
  if (summary.duplicates > 0) std::cout << summary.duplicates << " adressen stonden er twee keer in; ze tellen één keer.\n";
  Result<std::unique_ptr<AddressRegister>> addresses = AddressRegister::Open(config->addresses.file);
  if (!addresses.ok()) {
    std::cerr << addresses.error().ToString() << "\n";
    return kExitError;
  }
  Diagnostics areas;
  CheckAreasAgainstRegister(*config, addresses.value().get(), now, &areas);
  areas.SortByLocation();
  PrintDiagnostics(areas);
  std::cout << "Start de meldzuil opnieuw, zodat hij de nieuwe adressen gebruikt (systemctl restart nietpluis-kiosk).\n";
  if (areas.HasErrors()) {
    std::cerr << "nietpluis-kiosk: de gebieden van de organisaties passen niet bij de adressen; de meldzuil start pas "
                 "als kiosk.toml verbeterd is\n";
    return kExitError;
  }
  return kExitOk;
}

}  // namespace nietpluis::kiosk
