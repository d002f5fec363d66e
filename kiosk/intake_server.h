// The kiosk's HTTP side: serves the screens, takes reports into the outbox, answers /health.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "base/clock.h"
#include "base/status.h"
#include "config/kiosk_config.h"
#include "delivery/outbox.h"
#include "intake/kiosk_screens.h"
#include "intake/rate_limit.h"
#include "intake/report_form.h"

namespace httplib {
class Server;
class ContentReader;
struct Request;
struct Response;
}  // namespace httplib

namespace nietpluis::kiosk {

class GuardedServer;

// Files the screens link to, read once at start: nothing on disk is looked up per request, so no
// request path can reach a file outside this set.
struct Asset {
  std::string content_type;
  std::string body;
};
using AssetMap = std::map<std::string, Asset>;  // "style.css", "fonts/x.woff2"

// The stylesheets, fonts and script of `templates_dir`, tokens.css from the house style, and the logo.
Result<AssetMap> LoadAssets(const KioskConfig& config, const std::filesystem::path& templates_dir);

class IntakeServer {
 public:
  using Log = std::function<void(const std::string&)>;
  // `stored` is called after each report is committed (the forwarder's wake-up).
  IntakeServer(const KioskConfig& config, Outbox* outbox, KioskScreens* screens, AssetMap assets, Clock* clock,
               std::function<void()> stored, Log log);
  ~IntakeServer();

  // The texts it shows itself, beyond the screens' (in the intake's text file).
  static const std::vector<std::string>& TextKeys();

  // Binds the configured address; an error naming kiosk.toml when that is not possible.
  Status Bind();
  // Serves until Stop(); call after Bind.
  void Serve();
  void Stop();

 private:
  void Routes();
  // Runs one request's work. Whatever it throws is logged and answered with a screen here, so no
  // exception reaches httplib (which would put its text in a response header).
  void Answer(httplib::Response& response, const std::function<void()>& work);
  void Screen(const ScreenView& view, int status, httplib::Response& response);
  // The posted form's fields; or nothing, with the error screen already in `response`.
  std::optional<std::vector<FormField>> ReadForm(const httplib::Request& request, const httplib::ContentReader& reader,
                                                 httplib::Response& response);
  void HandleStep(const std::vector<FormField>& fields, httplib::Response& response);
  void HandleReport(const std::vector<FormField>& fields, httplib::Response& response);
  void HandleHealth(httplib::Response& response);
  std::string StaffNotice();
  // False (and the 429 answer written) when this client has posted the form too often.
  bool WithinRateLimit(const httplib::Request& request, httplib::Response& response);

  const KioskConfig& config_;
  Outbox* outbox_;
  KioskScreens* screens_;
  AssetMap assets_;
  Clock* clock_;
  std::function<void()> stored_;
  Log log_;
  RateLimiter limiter_;
  std::string rate_limited_page_;  // rendered once: a refusal must cost far less than a report
  std::unique_ptr<GuardedServer> server_;
};

}  // namespace nietpluis::kiosk
