// The preview server. Pages get a small same-origin script that polls for a new build version;
// the built site itself stays free of it.
#include "serve.h"

#include <httplib.h>
#include <signal.h>
#include <stdlib.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "base/markup.h"
#include "base/media_type.h"
#include "base/text.h"
#include "cli.h"
#include "commands.h"

namespace nietpluis::cli {
namespace {

constexpr const char* kServeHelp =
    "Gebruik: nietpluis serve [--content MAP] [--port N] [--templates MAP]\n"
    "\n"
    "Laat de site zien op http://127.0.0.1:N/ (standaard poort 8000), alleen op\n"
    "deze computer. Bij elke wijziging in de inhoud of de sjablonen wordt de site\n"
    "opnieuw gemaakt en ververst de pagina in de browser vanzelf. Lukt dat niet,\n"
    "dan ziet u de fouten boven de laatste versie die wel lukte. Het taalverslag\n"
    "en het drukwerk (de map site-intern/) staan op http://127.0.0.1:N/_intern/.\n"
    "De mappen site/ en site-intern/ veranderen niet. Stoppen: Ctrl+C.\n";

constexpr const char* kReloadPath = "/_nietpluis/herladen.js";
constexpr const char* kStaffPath = "/_intern";
constexpr const char* kVersionPath = "/_nietpluis/versie";

// Polls instead of holding a connection open, so it survives the server restarting.
constexpr const char* kReloadScript =
    "(function () {\n"
    "  var known = null;\n"
    "  function check() {\n"
    "    fetch('/_nietpluis/versie', {cache: 'no-store'}).then(function (r) { return r.text(); })\n"
    "      .then(function (v) { if (known !== null && v !== known) { location.reload(); } known = v; })\n"
    "      .catch(function () {});\n"
    "  }\n"
    "  check();\n"
    "  setInterval(check, 700);\n"
    "})();\n";

std::string ReadWhole(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The preview answers only on 127.0.0.1, for the writer at this computer: its own texts (this page,
// "Dit adres klopt niet.") are the generator's words to staff, like its messages, and stay here. What
// a resident reads comes from the built site, 404.html included.

// Shown instead of any page while the content has errors, so the writer sees them where they look.
std::string ErrorPage(const std::vector<std::string>& errors) {
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"nl\">\n<head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>De site kon niet gemaakt worden</title></head>\n"
      "<body style=\"font: 1.25rem/1.5 sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem\">\n"
      "<h1>De site kon niet gemaakt worden</h1>\n"
      "<p>Verbeter deze punten. De pagina ververst vanzelf zodra het bestand is opgeslagen.</p>\n<ul>\n";
  for (const std::string& error : errors) html += "<li><code>" + EscapeMarkup(error) + "</code></li>\n";
  return html + "</ul>\n</body>\n</html>\n";
}

// Above the last good version of the page: what is wrong with the new one.
std::string WithErrorsOnTop(std::string html, const std::vector<std::string>& errors) {
  std::string box =
      "<div role=\"alert\" style=\"font: 1.1rem/1.5 sans-serif; background: #fff3cd; color: #1a1a1a; "
      "border: 4px solid #8a6d00; padding: 1rem; margin: 0\">\n"
      "<p style=\"margin: 0 0 0.5rem\"><strong>De nieuwe versie kon niet gemaakt worden.</strong> Hieronder staat de "
      "laatste versie die wel lukte. Verbeter deze punten; de pagina ververst vanzelf.</p>\n<ul style=\"margin: 0\">\n";
  for (const std::string& error : errors) box += "<li><code>" + EscapeMarkup(error) + "</code></li>\n";
  box += "</ul>\n</div>\n";
  std::size_t body = html.find("<body");
  std::size_t after = body == std::string::npos ? std::string::npos : html.find('>', body);
  if (after == std::string::npos) return box + html;
  return html.insert(after + 1, "\n" + box);
}

std::string WithReloadScript(std::string html) {
  const std::string tag = std::string("<script src=\"") + kReloadPath + "\" defer></script>";
  std::size_t body_end = html.rfind("</body>");
  if (body_end == std::string::npos) return html + tag;
  return html.insert(body_end, tag);
}

// Maps a request path to a file inside `root`; nothing for paths that try to leave it.
std::optional<std::filesystem::path> Resolve(const std::filesystem::path& root, const std::string& request_path) {
  if (request_path.empty() || request_path[0] != '/' || request_path.find('\0') != std::string::npos ||
      request_path.find('\\') != std::string::npos) {
    return std::nullopt;
  }
  std::filesystem::path relative;
  std::istringstream segments(request_path.substr(1));
  for (std::string segment; std::getline(segments, segment, '/');) {
    if (segment == "..") return std::nullopt;
    if (segment.empty() || segment == ".") continue;
    relative /= segment;
  }
  return root / relative;
}

}  // namespace

std::uint64_t TreeFingerprint(const std::filesystem::path& dir) {
  std::uint64_t hash = 1469598103934665603ull;
  auto mix = [&hash](std::uint64_t value) {
    hash ^= value;
    hash *= 1099511628211ull;
  };
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code entry_ec;
    if (!it->is_regular_file(entry_ec)) continue;
    mix(std::hash<std::string>{}(it->path().string()));
    mix(it->file_size(entry_ec));
    mix(static_cast<std::uint64_t>(it->last_write_time(entry_ec).time_since_epoch().count()));
  }
  return hash;
}

PreviewServer::PreviewServer(BuildOptions options)
    : options_(std::move(options)), server_(std::make_unique<httplib::Server>()) {
  Routes();
}

PreviewServer::~PreviewServer() { Stop(); }

std::uint64_t PreviewServer::Fingerprint() const {
  return TreeFingerprint(options_.content_dir) * 31 + TreeFingerprint(options_.templates_dir);
}

bool PreviewServer::BuildOnce() {
  built_fingerprint_ = Fingerprint();
  std::vector<std::string> errors;
  bool ok = BuildAndReport(options_, "voorbeeld", &errors);
  {
    std::lock_guard<std::mutex> lock(errors_mutex_);
    errors_ = std::move(errors);
  }
  ++version_;
  return ok;
}

bool PreviewServer::last_build_failed() const {
  std::lock_guard<std::mutex> lock(errors_mutex_);
  return !errors_.empty();
}

bool PreviewServer::RebuildIfChanged() {
  if (Fingerprint() == built_fingerprint_) return false;
  std::cout << "nietpluis: wijziging gezien, opnieuw bouwen\n";
  return BuildOnce();
}

void PreviewServer::Routes() {
  server_->Get(kReloadPath, [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kReloadScript, "text/javascript; charset=utf-8");
  });
  server_->Get(kVersionPath, [this](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::to_string(version_.load()), "text/plain");
  });
  server_->Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    // The staff folder (site-intern/) is shown below /_intern/, beside the site.
    // The staff pages link back to the site as the folders lie on disk ("../../site/x/"), so the site
    // is also served below its folder's name.
    const bool staff = req.path == kStaffPath || StartsWith(req.path, std::string(kStaffPath) + "/");
    const std::string site_alias = "/" + SiteFolderName(options_.out_dir) + "/";
    const std::filesystem::path root = staff ? options_.StaffDir() : options_.out_dir;
    std::string inside = req.path;
    if (staff) inside = req.path.substr(std::string(kStaffPath).size());
    if (!staff && StartsWith(req.path, site_alias)) inside = req.path.substr(site_alias.size() - 1);
    auto path = Resolve(root, inside);
    if (!path) {
      res.status = 400;
      res.set_content("Dit adres klopt niet.", "text/plain; charset=utf-8");
      return;
    }
    const std::string extension = path->extension().string();
    std::vector<std::string> errors;
    if (extension.empty() || extension == ".html") {
      std::lock_guard<std::mutex> lock(errors_mutex_);
      errors = errors_;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(*path, ec)) {
      if (!EndsWith(req.path, "/")) {
        res.set_redirect(req.path + "/", 301);
        return;
      }
      *path /= "index.html";
    }
    if (!errors.empty()) res.status = 500;
    if (!std::filesystem::is_regular_file(*path, ec) && !errors.empty()) {
      // No good version of this page yet: only the errors.
      res.set_content(WithReloadScript(ErrorPage(errors)), "text/html; charset=utf-8");
      return;
    }
    if (!std::filesystem::is_regular_file(*path, ec)) {
      res.status = 404;
      *path = options_.out_dir / "404.html";
      if (!std::filesystem::is_regular_file(*path, ec)) {
        res.set_content("Deze pagina bestaat niet.", "text/plain; charset=utf-8");
        return;
      }
    }
    std::string body = ReadWhole(*path);
    std::string type = MediaType(*path);
    if (path->extension() == ".html" && !errors.empty()) body = WithErrorsOnTop(std::move(body), errors);
    if (path->extension() == ".html") body = WithReloadScript(std::move(body));
    res.set_content(body, type);
  });
}

bool PreviewServer::Listen(int port) {
  if (port == 0) {
    port_ = server_->bind_to_any_port("127.0.0.1");
    if (port_ < 0) return false;
  } else {
    if (!server_->bind_to_port("127.0.0.1", port)) return false;
    port_ = port;
  }
  server_thread_ = std::thread([this] { server_->listen_after_bind(); });
  return true;
}

void PreviewServer::WatchInBackground(std::chrono::milliseconds interval) {
  watch_thread_ = std::thread([this, interval] {
    while (!stopping_) {
      std::this_thread::sleep_for(interval);
      if (!stopping_) RebuildIfChanged();
    }
  });
}

void PreviewServer::Stop() {
  stopping_ = true;
  server_->stop();
  if (server_thread_.joinable()) server_thread_.join();
  if (watch_thread_.joinable()) watch_thread_.join();
}

int RunServe(const std::vector<std::string>& argv) {
  Result<Args> parsed = Parse(argv, {"--content", "--port", "--templates"}, {});
  if (!parsed.ok()) return UsageError("serve", UsageText(parsed.error()));
  const Args& args = parsed.value();
  if (args.help) {
    std::cout << kServeHelp;
    return kExitOk;
  }
  if (!args.positional.empty()) return UsageError("serve", "onverwacht argument '" + args.positional[0] + "'");
  const std::string port_text = FlagOr(args, "--port", "8000");
  int port = 0;
  try {
    std::size_t used = 0;
    port = std::stoi(port_text, &used);
    if (used != port_text.size() || port < 1 || port > 65535) throw std::out_of_range("port");
  } catch (const std::exception&) {
    return UsageError("serve", "--port " + port_text + " is geen poortnummer; kies een getal van 1 tot 65535");
  }

  // Block the stop signals before any thread starts, so only the waiting thread below receives them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  char temp_template[] = "/tmp/nietpluis-voorbeeld-XXXXXX";
  if (!mkdtemp(temp_template)) {
    std::cerr << "nietpluis: kan geen tijdelijke map maken in /tmp; kijk of er ruimte is\n";
    return kExitContentError;
  }
  const std::filesystem::path temp_dir = temp_template;
  BuildOptions options;
  options.content_dir = FlagOr(args, "--content", "content");
  options.templates_dir = TemplatesDir(args);
  options.out_dir = temp_dir / "site";

  int exit_code = kExitOk;
  {
    PreviewServer server(options);
    server.BuildOnce();  // a failing first build still serves, so the writer sees the page after fixing it
    if (!server.Listen(port)) {
      std::cerr << "nietpluis: poort " << port << " is al in gebruik; kies een andere met --port\n";
      exit_code = kExitContentError;
    } else {
      std::cout << "nietpluis: bekijk de site op http://127.0.0.1:" << server.port() << "/  (stoppen: Ctrl+C)\n"
                << "nietpluis: taalverslag en drukwerk op http://127.0.0.1:" << server.port() << kStaffPath << "/\n"
                << std::flush;
      server.WatchInBackground(std::chrono::milliseconds(300));
      int signal_number = 0;
      sigwait(&stop_signals, &signal_number);
      std::cout << "\nnietpluis: gestopt\n";
    }
  }
  std::error_code ec;
  std::filesystem::remove_all(temp_dir, ec);
  return exit_code;
}

}  // namespace nietpluis::cli
