// The kiosk's HTTP side: serves the screens, takes reports into the outbox, answers /health.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "address/address_register.h"
#include "base/clock.h"
#include "base/status.h"
#include "config/kiosk_config.h"
#include "delivery/outbox.h"
#include "delivery/report_sealer.h"
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
class FollowDesk;

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

  // The address register, or null (the default): reports then carry no street, and GET /adres says
  // there is no register. Call before Serve; the register must outlive the server.
  void SetAddressRegister(const AddressRegister* addresses) { addresses_ = addresses; }
  // Reports for the organisations `sealer` has a certificate of are sealed before they are stored.
  // Without a sealer (or before this is called) every report is stored as it is.
  void SetSealer(const ReportSealer* sealer) { sealer_ = sealer; }
  // With a desk, each report gets a follow-up code on its thank-you screen, and the public intake
  // answers /volg and /status (follow_desk.h). Without one, neither.
  void SetFollowDesk(FollowDesk* desk) { follow_ = desk; }

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
  // The posted body, at most [publiek] grootste_verzoek_kib; or nothing, with the error screen in `response`.
  std::optional<std::string> ReadBody(const httplib::ContentReader& reader, httplib::Response& response);
  // The posted form's fields; or nothing, with the error screen already in `response`.
  std::optional<std::vector<FormField>> ReadForm(const httplib::Request& request, const httplib::ContentReader& reader,
                                                 httplib::Response& response);
  void HandleStep(const std::vector<FormField>& fields, httplib::Response& response);
  // Into the outbox: sealed when the report's organisation has a certificate.
  Status Store(const Report& report);
  void HandleReport(const std::vector<FormField>& fields, httplib::Response& response);
  void HandleHealth(httplib::Response& response);
  // The follow-up code's pages on the public intake (follow_desk.h).
  void FollowRoutes();
  void HandleLook(const httplib::Request& request, const std::vector<FormField>& fields, httplib::Response& response);
  void HandleStatusPost(const httplib::Request& request, const httplib::ContentReader& reader, httplib::Response& response);
  // POST /volg/ontvangen: a kiosk registers a code it made offline; answers JSON.
  void HandleRegistration(const httplib::Request& request, const httplib::ContentReader& reader,
                          httplib::Response& response);
  void FollowScreen(KioskScreen screen, const Result<FollowView>& view, int status, httplib::Response& response);
  std::string ClientOf(const httplib::Request& request) const;
  void HandleAddressLookup(const httplib::Request& request, httplib::Response& response);
  // CORS for GET /adres: only the site's own origin (from basis_url) may read the answer.
  void AllowSiteOrigin(const httplib::Request& request, httplib::Response& response) const;
  // Whether reports are stuck or refused: the start screen then shows staff a small symbol, no text.
  bool NeedsStaff();
  // GET /statistiek.csv: the weekly counts, for whoever sends the token of [statistiek].
  void HandleCounts(const httplib::Request& request, httplib::Response& response);
  // False (and the 429 answer written) when this client has posted the form too often.
  // Over the limit, the answer is the form again with what was typed (`fields`), never stored.
  bool WithinRateLimit(const httplib::Request& request, const std::vector<FormField>& fields,
                       httplib::Response& response);
  // The same for address lookups, with their own, larger budget; answers 429 as JSON.
  bool WithinLookupLimit(const httplib::Request& request, httplib::Response& response);

  const KioskConfig& config_;
  Outbox* outbox_;
  KioskScreens* screens_;
  AssetMap assets_;
  Clock* clock_;
  std::function<void()> stored_;
  Log log_;
  const ReportSealer* sealer_ = nullptr;
  RateLimiter limiter_;
  FollowDesk* follow_ = nullptr;
  // Looking up codes and opening status links: as many per address as reports, counted apart.
  RateLimiter follow_limiter_;
  RateLimiter lookup_limiter_;
  // "https://www.gemeente.nl": the origin of the site whose form page asks /adres; "" without basis_url.
  std::string site_origin_;
  const AddressRegister* addresses_ = nullptr;
  std::unique_ptr<GuardedServer> server_;
};

}  // namespace nietpluis::kiosk
