// Routes of the kiosk: screens, the report post, health, and the files the screens need.
#include "intake_server.h"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/statvfs.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/content_path.h"
#include "base/file_list.h"
#include "base/media_type.h"
#include "base/text.h"
#include "base/web_address.h"
#include "delivery/forwarding_settings.h"
#include "delivery/outbox_summary.h"
#include "follow_desk.h"
#include "follow_qr.h"
#include "guarded_server.h"
#include "intake/address_lookup.h"
#include "intake/client_address.h"
#include "intake/report_form.h"
#include "render/template_context.h"

namespace nietpluis::kiosk {
namespace {

// httplib gives each open connection a worker for as long as it is open. The guard holds this many,
// and gives a newcomer the place of the one that has waited longest for its request.
constexpr std::size_t kMaxConnections = 64;
// A browser opens up to six connections per host; a home or office behind one address a few more.
// A trusted proxy speaks for many visitors and has no limit of its own.
constexpr std::size_t kConnectionsPerClient = 16;
// How long a kept-alive connection may wait for its next request (and a new one for its first byte).
constexpr int kIdleSeconds = 5;

constexpr std::size_t kMaxHeaders = 100;

// A resident's browser asks once or twice per address typed, and a few times more after a typo:
// this many lookups per post of the form the rate limit allows.
constexpr int kLookupsPerReport = 10;

Result<std::string> ReadWhole(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error(file.string(), 0, "bestand is niet te lezen", "zet het terug uit de templates/ van Nietpluis");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Screens must never come back from a cache: the next resident would see the previous one's answers.
void NoStore(httplib::Response& response) { response.set_header("Cache-Control", "no-store"); }

// Compares in time that does not depend on where the texts differ, so the token cannot be guessed
// one character at a time.
bool SameToken(std::string_view given, std::string_view token) {
  unsigned char difference = given.size() == token.size() ? 0 : 1;
  for (std::size_t i = 0; i < token.size(); ++i) {
    difference |= static_cast<unsigned char>(token[i] ^ (i < given.size() ? given[i] : 0));
  }
  return difference == 0;
}

httplib::Headers SecurityHeaders() {
  return {
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
  };
}

// Below this much free space a report may not fit: the screens say so before the resident starts.
constexpr unsigned long long kMinFreeBytes = 256 * 1024;

bool DiskNearlyFull(const std::filesystem::path& dir) {
  struct statvfs info {};
  if (statvfs(dir.c_str(), &info) != 0) return false;  // unknown: let the commit decide
  return static_cast<unsigned long long>(info.f_bavail) * info.f_frsize < kMinFreeBytes;
}

// Our forms post url-encoded; anything else (multipart, JSON) is not from them.
bool IsFormPost(const httplib::Request& request) {
  return StartsWith(request.get_header_value("Content-Type"), "application/x-www-form-urlencoded");
}

std::string Campaign(const httplib::Request& request) {
  std::string tag = request.get_param_value("bron");
  return IsCampaignTag(tag) ? tag : "";
}

// Time-outs and connection limits that hold without a reverse proxy in front (the kiosk has none).
std::unique_ptr<GuardedServer> MakeServer(const PublicIntakeSettings& settings) {
  ConnectionLimits limits;
  limits.max_connections = kMaxConnections;
  limits.per_client = kConnectionsPerClient;
  limits.idle_s = kIdleSeconds;
  limits.request_s = settings.request_s;
  limits.stall_s = settings.read_timeout_s;
  limits.write_s = settings.read_timeout_s;
  // Per client as the rate limit counts it; the proxy's own address stands for many visitors.
  auto client_of = [proxies = settings.proxies, prefix = settings.ipv6_prefix](const std::string& peer) {
    return IsTrustedProxy(peer, proxies) ? std::string() : ClientKey(peer, prefix);
  };
  return std::make_unique<GuardedServer>(limits, client_of);
}

}  // namespace

Result<AssetMap> LoadAssets(const KioskConfig& config, const std::filesystem::path& templates_dir) {
  AssetMap assets;
  const std::filesystem::path assets_dir = templates_dir / "assets";
  auto missing = [&] {
    return Error(assets_dir.string(), 0, "de map met opmaak ontbreekt of is leeg",
                 "zet templates/assets terug uit de bestanden van Nietpluis, of kijk 'sjablonen' in kiosk.toml na");
  };
  // The same rule as the build's: a link may not serve a file from outside the templates.
  Result<std::vector<TreeFile>> files = FilesBelow(templates_dir, assets_dir);
  if (!files.ok()) return std::filesystem::is_directory(assets_dir) ? files.error() : missing();
  for (const TreeFile& file : files.value()) {
    Result<std::string> body = ReadWhole(file.path);
    if (!body.ok()) return body.error();
    assets[file.inside] = Asset{MediaType(file.path), std::move(body).value()};
  }
  if (assets.count("style.css") == 0) return missing();
  const std::filesystem::path script_file = templates_dir / "kiosk" / "kiosk.js";
  if (Status inside = CheckInside(templates_dir, script_file); !inside.ok()) return inside.error();
  Result<std::string> script = ReadWhole(script_file);
  if (!script.ok()) return script.error();
  assets["kiosk.js"] = Asset{MediaType("kiosk.js"), std::move(script).value()};
  // The touch screen's own full-screen look, beside the house style the site shares.
  const std::filesystem::path kiosk_css = templates_dir / "kiosk" / "kiosk.css";
  if (Status inside = CheckInside(templates_dir, kiosk_css); !inside.ok()) return inside.error();
  Result<std::string> css = ReadWhole(kiosk_css);
  if (!css.ok()) return css.error();
  assets["kiosk.css"] = Asset{MediaType("kiosk.css"), std::move(css).value()};
  assets["tokens.css"] = Asset{MediaType("tokens.css"), HouseStyleCss(config.site.style)};
  const std::filesystem::path logo = config.content_dir / config.site.style.logo;
  Result<std::string> logo_body = ReadWhole(logo);
  if (!logo_body.ok()) {
    return Error(logo.string(), 0, "het logo is niet te lezen", "kijk 'logo' in site.toml na");
  }
  assets["logo" + logo.extension().string()] = Asset{MediaType(logo), std::move(logo_body).value()};
  // The kiosk's thank-you screen: a QR code to the public status page, for the resident's phone.
  if (config.mode == KioskConfig::Mode::kKiosk && !config.site.intake_url.empty()) {
    const std::string status_page = config.site.intake_url + "volg";
    if (std::optional<std::string> qr = QrSvg(status_page, "QR-code naar " + status_page)) {
      assets["volg-qr.svg"] = Asset{"image/svg+xml", std::move(*qr)};
    }
  }
  return assets;
}

IntakeServer::IntakeServer(const KioskConfig& config, Outbox* outbox, KioskScreens* screens, AssetMap assets,
                           Clock* clock, std::function<void()> stored, Log log)
    : config_(config),
      outbox_(outbox),
      screens_(screens),
      assets_(std::move(assets)),
      clock_(clock),
      stored_(std::move(stored)),
      log_(std::move(log)),
      limiter_(config.mode == KioskConfig::Mode::kPublic ? config.public_intake.reports_per_address : 0,
               config.public_intake.window_s, config.public_intake.ipv6_prefix),
      follow_limiter_(config.mode == KioskConfig::Mode::kPublic ? config.public_intake.reports_per_address : 0,
                       config.public_intake.window_s, config.public_intake.ipv6_prefix),
      lookup_limiter_(config.mode == KioskConfig::Mode::kPublic ? config.public_intake.reports_per_address * kLookupsPerReport : 0,
                      config.public_intake.window_s, config.public_intake.ipv6_prefix),
      site_origin_(UrlOrigin(config.site.base_url)),
      server_(MakeServer(config.public_intake)) {
  // A report is about a dozen short fields and one text of at most 1,000 characters; even fully
  // %-encoded that stays far below the default 16 KiB.
  const PublicIntakeSettings& limits = config.public_intake;
  // httplib's default sets SO_REUSEPORT, which lets a second kiosk bind the same port and take half
  // the requests. SO_REUSEADDR alone allows a quick restart and refuses a second instance.
  // TCP_NODELAY (accepted connections inherit it): httplib writes a page's headers and body
  // separately, and Nagle's algorithm with the client's delayed ACK held each page back 40 ms.
  server_->set_socket_options([](int socket) {
    int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  });
  server_->set_payload_max_length(static_cast<std::size_t>(limits.max_request_kib) * 1024);
  server_->set_keep_alive_max_count(100);
  server_->set_default_headers(SecurityHeaders());
  Routes();
}

IntakeServer::~IntakeServer() { Stop(); }

const std::vector<std::string>& IntakeServer::TextKeys() {
  // None: what staff need is in `status` and /health, never in words on a resident's screen.
  static const std::vector<std::string> keys;
  return keys;
}

Status IntakeServer::Bind() {
  if (server_->BindTo(config_.listen_host, config_.listen_port)) return Status::Ok();
  return Error(config_.file, 0, "kan niet luisteren op " + config_.listen_host + ":" + std::to_string(config_.listen_port),
               "kijk of een ander programma deze poort gebruikt, of kies een andere 'listen'");
}

void IntakeServer::Serve() { server_->listen_after_bind(); }

void IntakeServer::Stop() {
  if (!server_) return;
  server_->stop();
  server_->StopWaiting();
}

void IntakeServer::Screen(const ScreenView& view, int status, httplib::Response& response) {
  response.status = status;
  NoStore(response);
  response.set_content(screens_->Render(view), "text/html; charset=utf-8");
}

bool IntakeServer::NeedsStaff() {
  Result<OutboxStats> stats = outbox_->Stats();
  return !stats.ok() || !StaffNoticeText(stats.value(), clock_->NowSeconds()).empty();
}

std::optional<std::vector<FormField>> IntakeServer::ReadForm(const httplib::Request& request,
                                                             const httplib::ContentReader& reader,
                                                             httplib::Response& response) {
  if (!IsFormPost(request)) {
    Screen(ScreenView(KioskScreen::kBadForm), 415, response);
    return std::nullopt;
  }
  std::optional<std::string> body = ReadBody(reader, response);
  if (!body) return std::nullopt;
  Result<std::vector<FormField>> decoded = DecodeForm(*body);
  if (!decoded.ok()) {
    Screen(ScreenView(KioskScreen::kBadForm), 400, response);
    return std::nullopt;
  }
  return std::move(decoded).value();
}

std::optional<std::string> IntakeServer::ReadBody(const httplib::ContentReader& reader, httplib::Response& response) {
  // Read through the content reader: httplib would otherwise parse url-encoded bodies itself and
  // refuse any over its fixed 8 KiB, below what a long text fully %-encoded can need.
  const std::size_t limit = static_cast<std::size_t>(config_.public_intake.max_request_kib) * 1024;
  std::string body;
  bool too_large = false;
  bool read = reader([&](const char* data, std::size_t length) {
    if (body.size() + length > limit) {
      too_large = true;
      return false;
    }
    body.append(data, length);
    return true;
  });
  MarkRequestRead();
  if (!read || too_large) {
    Screen(ScreenView(KioskScreen::kBadForm), too_large || response.status == 413 ? 413 : 400, response);
    return std::nullopt;
  }
  return body;
}

void IntakeServer::HandleStep(const std::vector<FormField>& fields, httplib::Response& response) {
  FlowStep step = AdvanceFlow(fields, config_, addresses_);
  if (step.view.screen == KioskScreen::kStart) step.view.attention = NeedsStaff();
  Screen(step.view, step.status, response);
}

bool IntakeServer::WithinRateLimit(const httplib::Request& request, const std::vector<FormField>& fields,
                                   httplib::Response& response) {
  // The address is only a key for counting, held in memory and never logged or stored.
  const std::string client = ClientAddress(request.remote_addr, request.get_header_value("X-Forwarded-For"),
                                           config_.public_intake.proxies);
  const std::int64_t now = clock_->NowSeconds();
  // With a register, a post without adres_bevestigd cannot be stored: it is answered with the
  // address question (or its mistakes). It counts as a lookup, so the question's extra round trip
  // does not halve the reports a resident may send.
  const bool asks_only = addresses_ != nullptr &&
                         std::none_of(fields.begin(), fields.end(), [](const FormField& field) {
                           return field.name == "adres_bevestigd" && !field.value.empty();
                         });
  RateLimiter& limiter = asks_only ? lookup_limiter_ : limiter_;
  if (limiter.Allow(client, now)) return true;
  response.status = 429;
  NoStore(response);
  response.set_header("Retry-After", std::to_string(limiter.RetryAfter(client, now)));
  // Still far cheaper than a report (no disk): a bounded body decoded and one template rendered.
  response.set_content(screens_->Render(ScreenView(KioskScreen::kRateLimited, ReadReportForm(fields))),
                       "text/html; charset=utf-8");
  return false;
}

bool IntakeServer::WithinLookupLimit(const httplib::Request& request, httplib::Response& response) {
  const std::string client = ClientAddress(request.remote_addr, request.get_header_value("X-Forwarded-For"),
                                           config_.public_intake.proxies);
  const std::int64_t now = clock_->NowSeconds();
  if (lookup_limiter_.Allow(client, now)) return true;
  response.status = 429;
  NoStore(response);
  response.set_header("Retry-After", std::to_string(lookup_limiter_.RetryAfter(client, now)));
  response.set_content(R"({"error":"te veel vragen"})", "application/json");
  return false;
}

// The site's page with the form is served from another origin (basis_url) than the intake, and asks
// /adres while the resident types: only that origin may read the answer, and without cookies or
// other credentials, which the intake never uses. Any other origin gets no CORS header, so its
// pages cannot read what the register holds. Same-origin pages (the intake's own answers) need none.
void IntakeServer::AllowSiteOrigin(const httplib::Request& request, httplib::Response& response) const {
  // The answer differs by Origin: a shared cache must not hand one origin's answer to another.
  response.set_header("Vary", "Origin");
  if (!site_origin_.empty() && request.get_header_value("Origin") == site_origin_) {
    response.set_header("Access-Control-Allow-Origin", site_origin_);
  }
}

// GET /adres?postcode=..&huisnummer=..[&toevoeging=..]: what the register holds there, as JSON. An
// address typed here is personal data like a report's: it is never logged, and the answer never cached.
void IntakeServer::HandleAddressLookup(const httplib::Request& request, httplib::Response& response) {
  NoStore(response);
  // The query is form-encoded, where '+' is a space (URLSearchParams writes "1012+AB"); this
  // httplib leaves it as it is. No answer of the form holds a '+' of its own.
  auto param = [&](const char* name) {
    std::string value = request.get_param_value(name);
    std::replace(value.begin(), value.end(), '+', ' ');
    return value;
  };
  ReportForm form;
  form.postcode = param("postcode");
  form.house_number = param("huisnummer");
  form.addition = param("toevoeging");
  Checked<AcceptedAddress> address = CheckAddress(form);
  if (!address.accepted) {
    std::string fields;
    for (const FieldError& error : address.errors) fields += (fields.empty() ? "\"" : ",\"") + error.field + "\"";
    response.status = 400;
    response.set_content(R"({"errors":[)" + fields + "]}", "application/json");
    return;
  }
  response.set_content(AddressLookupJson(addresses_, *address.accepted), "application/json");
}

Status IntakeServer::Store(const Report& report) {
  if (sealer_ == nullptr || !sealer_->Seals(report.organisation)) return outbox_->Add(report);
  // Sealed before anything is written: the outbox, its WAL and the disk never see the content.
  const KioskOrganisation* organisation = config_.OrganisationById(report.organisation);
  if (organisation == nullptr) return outbox_->Add(report);  // ReviewReport routed it, so never
  Result<SealedReport> sealed = sealer_->Seal(report, *organisation);
  if (!sealed.ok()) return sealed.error();
  return outbox_->AddSealed(sealed.value(), report.source, report.campaign);
}

void IntakeServer::HandleReport(const std::vector<FormField>& fields, httplib::Response& response) {
  Intake intake = ReviewReport(fields, config_, clock_->NowSeconds(), addresses_);
  if (intake.trapped) {
    log_("een post met het lokveld ingevuld is niet bewaard");
    NoStore(response);
    response.status = 303;
    const std::string decoy = follow_ ? follow_->Decoy() : "";
    response.set_header("Location", decoy.empty() ? "bedankt" : "bedankt?bon=" + decoy);
    return;
  }
  if (!intake.report) {
    Screen(intake.refusal.view, intake.refusal.status, response);
    return;
  }
  // The code's status is stored first: a report on disk must have its code. The ticket, not the
  // code, goes into the address of the thank-you page, so no log of a proxy ever holds a code.
  const std::string ticket = follow_ ? follow_->Issue(&*intake.report) : "";
  Status stored = Store(*intake.report);
  if (!stored.ok()) {
    // The resident must not be thanked for a report that is not safe on disk.
    log_("NP-INTAKE-NOT-STORED " + stored.error().ToString());
    Screen(ScreenView(KioskScreen::kStorageFailed), 503, response);
    return;
  }
  stored_();
  NoStore(response);
  response.status = 303;
  response.set_header("Location", ticket.empty() ? "bedankt" : "bedankt?bon=" + ticket);
}

void IntakeServer::HandleHealth(httplib::Response& response) {
  NoStore(response);
  Result<OutboxStats> stats = outbox_->Stats();
  if (!stats.ok()) {
    // Monitoring should see the kiosk is not well; the details are for `status` on the machine.
    response.status = 503;
    response.set_content(R"({"error":"de wachtrij is niet te lezen"})", "application/json");
    return;
  }
  response.set_content(HealthJson(stats.value(), clock_->NowSeconds(), OrganisationNamesOf(config_)), "application/json");
}

void IntakeServer::HandleCounts(const httplib::Request& request, httplib::Response& response) {
  NoStore(response);
  // A spreadsheet can seldom send a header, so the token may also come as ?sleutel=.
  std::string given = request.get_header_value("Authorization");
  given = StartsWith(given, "Bearer ") ? given.substr(7) : request.get_param_value("sleutel");
  if (given.empty() || !SameToken(given, config_.counts.token)) {
    response.status = 401;
    response.set_header("WWW-Authenticate", "Bearer");
    response.set_content("De sleutel ontbreekt of klopt niet; zie [statistiek] in de instellingen.\n",
                         "text/plain; charset=utf-8");
    return;
  }
  Result<std::vector<WeekCount>> counts = outbox_->Counts(std::nullopt, std::nullopt);
  if (!counts.ok()) {
    response.status = 503;
    response.set_content("De tellingen zijn nu niet te lezen.\n", "text/plain; charset=utf-8");
    return;
  }
  response.set_content(WeekCountsCsv(counts.value()), "text/csv; charset=utf-8");
}

void IntakeServer::Answer(httplib::Response& response, const std::function<void()>& work) {
  try {
    work();
    return;
  } catch (...) {
    // What an exception says may quote what it was reading, which can be a report: not logged.
    log_("een verzoek gaf een onverwachte fout; de bewoner ziet het scherm 'Er ging iets mis'");
  }
  try {
    response.headers.erase("Location");
    Screen(ScreenView(KioskScreen::kBadForm), 500, response);
  } catch (...) {
    response.status = 500;
    response.body.clear();
  }
}

void IntakeServer::Routes() {
  using httplib::Request;
  using httplib::Response;
  // Browsers send a few dozen headers at most; thousands are an attack on memory and time.
  server_->set_pre_routing_handler([this](const Request& request, Response& response) {
    // A request without a body is whole once its header is: it no longer gives way to newcomers.
    if (!request.has_header("Content-Length") && !request.has_header("Transfer-Encoding")) MarkRequestRead();
    if (request.headers.size() <= kMaxHeaders) return httplib::Server::HandlerResponse::Unhandled;
    Answer(response, [&] { Screen(ScreenView(KioskScreen::kBadForm), 431, response); });
    return httplib::Server::HandlerResponse::Handled;
  });
  server_->Get("/", [this](const Request& request, Response& response) {
    Answer(response, [&] {
      if (DiskNearlyFull(config_.data_dir)) {
        Screen(ScreenView(KioskScreen::kStorageFailed), 503, response);
        return;
      }
      ScreenView view{KioskScreen::kStart};
      view.form.campaign = Campaign(request);
      view.attention = NeedsStaff();
      Screen(view, 200, response);
    });
  });
  server_->Get("/melden", [this](const Request& request, Response& response) {
    Answer(response, [&] {
      if (DiskNearlyFull(config_.data_dir)) {
        Screen(ScreenView(KioskScreen::kStorageFailed), 503, response);
        return;
      }
      ScreenView view{config_.mode == KioskConfig::Mode::kKiosk ? KioskScreen::kAddress : KioskScreen::kForm};
      view.form.campaign = Campaign(request);
      Screen(view, 200, response);
    });
  });
  server_->Post("/melden", [this](const Request& request, Response& response, const httplib::ContentReader& reader) {
    Answer(response, [&] {
      if (auto fields = ReadForm(request, reader, response)) HandleStep(*fields, response);
    });
  });
  server_->Post("/melding", [this](const Request& request, Response& response, const httplib::ContentReader& reader) {
    Answer(response, [&] {
      std::optional<std::vector<FormField>> fields = ReadForm(request, reader, response);
      if (fields && WithinRateLimit(request, *fields, response)) HandleReport(*fields, response);
    });
  });
  server_->Get("/bedankt", [this](const Request& request, Response& response) {
    Answer(response, [&] {
      ScreenView view(KioskScreen::kThankYou);
      if (follow_) view.follow = follow_->ThankYou(request.get_param_value("bon"));
      Screen(view, 200, response);
    });
  });
  if (config_.mode == KioskConfig::Mode::kPublic) FollowRoutes();
  server_->Get("/adres", [this](const Request& request, Response& response) {
    Answer(response, [&] {
      // Before the limit: the site's page must be able to read a 429 too, and then stays quiet.
      AllowSiteOrigin(request, response);
      if (WithinLookupLimit(request, response)) HandleAddressLookup(request, response);
    });
  });
  server_->Get("/health", [this](const Request&, Response& response) {
    Answer(response, [&] { HandleHealth(response); });
  });
  if (!config_.counts.token.empty()) {
    server_->Get("/statistiek.csv", [this](const Request& request, Response& response) {
      Answer(response, [&] { HandleCounts(request, response); });
    });
  }
  server_->Get(R"(/assets/(.+))", [this](const Request& request, Response& response) {
    Answer(response, [&] {
      auto asset = assets_.find(request.matches[1].str());
      if (asset == assets_.end()) {
        Screen(ScreenView(KioskScreen::kNotFound), 404, response);
        return;
      }
      response.set_header("Cache-Control", "max-age=3600");
      response.set_content(asset->second.body, asset->second.content_type);
    });
  });
  // Every other failure (unknown page, a body over the limit, a broken request) gets a screen too.
  server_->set_error_handler(httplib::Server::HandlerWithResponse([this](const Request&, Response& response) {
    if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    KioskScreen screen = response.status == 404 ? KioskScreen::kNotFound : KioskScreen::kBadForm;
    int status = response.status;
    Answer(response, [&] { Screen(ScreenView(screen), status, response); });
    return httplib::Server::HandlerResponse::Handled;
  }));
}

}  // namespace nietpluis::kiosk

namespace nietpluis::kiosk {

std::string IntakeServer::ClientOf(const httplib::Request& request) const {
  // Only a key for counting, held in memory and never logged or stored.
  return ClientAddress(request.remote_addr, request.get_header_value("X-Forwarded-For"), config_.public_intake.proxies);
}

void IntakeServer::FollowScreen(KioskScreen screen, const Result<FollowView>& view, int status,
                                httplib::Response& response) {
  if (!view.ok()) {
    log_("NP-FOLLOW-STORE " + view.error().ToString());
    Screen(ScreenView(KioskScreen::kStorageFailed), 503, response);
    return;
  }
  ScreenView shown(screen);
  shown.follow = view.value();
  Screen(shown, status, response);
}

void IntakeServer::HandleLook(const httplib::Request& request, const std::vector<FormField>& fields,
                              httplib::Response& response) {
  std::string typed;
  for (const FormField& field : fields) {
    if (field.name == "code") typed = field.value;
  }
  const std::string client = ClientOf(request);
  const std::int64_t now = clock_->NowSeconds();
  if (!follow_limiter_.Allow(client, now)) {
    response.set_header("Retry-After", std::to_string(follow_limiter_.RetryAfter(client, now)));
    FollowScreen(KioskScreen::kFollow, follow_->TooOften(typed), 429, response);
    return;
  }
  FollowScreen(KioskScreen::kFollow, follow_->Look(typed), 200, response);
}

namespace {

// The HTTP status of a status link's page: what went wrong, for a client that reads only that.
int LinkHttpStatus(const Result<FollowView>& view) {
  if (!view.ok()) return 503;
  switch (view.value().link) {
    case FollowView::Link::kExpired: return 410;
    case FollowView::Link::kForged:
    case FollowView::Link::kBadStatus: return 400;
    case FollowView::Link::kOtherOrganisation: return 409;
    case FollowView::Link::kTooOften: return 429;
    default: return 200;
  }
}

std::string FieldValue(const std::vector<FormField>& fields, const std::string& name) {
  for (const FormField& field : fields) {
    if (field.name == name) return field.value;
  }
  return "";
}

}  // namespace

void IntakeServer::HandleStatusPost(const httplib::Request& request, const httplib::ContentReader& reader,
                                    httplib::Response& response) {
  const std::string client = ClientOf(request);
  const std::int64_t now = clock_->NowSeconds();
  if (StartsWith(request.get_header_value("Content-Type"), "application/json")) {
    std::optional<std::string> body = ReadBody(reader, response);
    if (!body) return;
    FollowDesk::SignedAnswer answer =
        follow_limiter_.RetryAfter(client, now) > 0 ? FollowDesk::SignedAnswer{429, ""} : follow_->ApplySigned(*body, request.get_header_value("X-Nietpluis-Signature"));
    // A receiver's signed posts are not counted; refused ones are, so guessing costs as much as at /volg.
    if (answer.status != 200 && answer.status != 429 && answer.status != 503) follow_limiter_.Allow(client, now);
    if (answer.status == 429) {
      answer = {429, R"({"fout":"te veel geweigerde verzoeken; wacht een paar minuten"})"};
      response.set_header("Retry-After", std::to_string(follow_limiter_.RetryAfter(client, now)));
    }
    response.status = answer.status;
    response.set_content(answer.json, "application/json");
    return;
  }
  std::optional<std::vector<FormField>> fields = ReadForm(request, reader, response);
  if (!fields) return;
  // As above: a client whose posts keep being refused is held off, as at /volg.
  if (follow_limiter_.RetryAfter(client, now) > 0) {
    FollowView view = follow_->Blank();
    view.link = FollowView::Link::kTooOften;
    response.set_header("Retry-After", std::to_string(follow_limiter_.RetryAfter(client, now)));
    FollowScreen(KioskScreen::kStatusLink, view, 429, response);
    return;
  }
  Result<FollowView> view = follow_->ApplyLink(FieldValue(*fields, "token"), FieldValue(*fields, "status"));
  const int status = LinkHttpStatus(view);
  if (status != 200 && status != 503) follow_limiter_.Allow(client, now);
  FollowScreen(KioskScreen::kStatusLink, view, status, response);
}

void IntakeServer::HandleRegistration(const httplib::Request& request, const httplib::ContentReader& reader,
                                      httplib::Response& response) {
  NoStore(response);
  const std::string client = ClientOf(request);
  const std::int64_t now = clock_->NowSeconds();
  auto answer = [&response](int status, const std::string& json) {
    response.status = status;
    response.set_content(json, "application/json");
  };
  // Checked before the body is read, as for /status: a client whose posts keep being refused waits.
  if (follow_limiter_.RetryAfter(client, now) > 0) {
    response.set_header("Retry-After", std::to_string(follow_limiter_.RetryAfter(client, now)));
    answer(429, R"({"fout":"te veel geweigerde verzoeken; wacht een paar minuten"})");
    return;
  }
  if (!IsFormPost(request)) {
    follow_limiter_.Allow(client, now);
    answer(400, R"({"fout":"stuur token=... als application/x-www-form-urlencoded"})");
    return;
  }
  std::optional<std::string> body = ReadBody(reader, response);
  if (!body) return;
  Result<std::vector<FormField>> fields = DecodeForm(*body);
  FollowDesk::SignedAnswer result =
      fields.ok() ? follow_->Register(FieldValue(fields.value(), "token")) : FollowDesk::SignedAnswer{400, R"({"fout":"geen formulier"})"};
  // Kiosks' registrations are not counted; refused ones are, so trying tokens costs as much as guessing at /volg.
  if (result.status != 200 && result.status != 503) follow_limiter_.Allow(client, now);
  answer(result.status, result.json);
}

void IntakeServer::FollowRoutes() {
  using httplib::Request;
  using httplib::Response;
  // Without a desk (no intake_url) these pages do not exist: the error handler answers 404.
  auto absent = [this](Response& response) {
    if (follow_) return false;
    Screen(ScreenView(KioskScreen::kNotFound), 404, response);
    return true;
  };
  server_->Get("/volg", [this, absent](const Request&, Response& response) {
    Answer(response, [&] {
      if (!absent(response)) FollowScreen(KioskScreen::kFollow, follow_->Blank(), 200, response);
    });
  });
  server_->Post("/volg", [this, absent](const Request& request, Response& response, const httplib::ContentReader& reader) {
    Answer(response, [&] {
      if (absent(response)) return;
      if (auto fields = ReadForm(request, reader, response)) HandleLook(request, *fields, response);
    });
  });
  // A GET only shows the button: mail scanners open every link in a message.
  server_->Get("/status", [this, absent](const Request& request, Response& response) {
    Answer(response, [&] {
      if (absent(response)) return;
      // Not counted: it changes nothing, and a token cannot be guessed (a 256-bit signature).
      Result<FollowView> view = follow_->OpenLink(request.get_param_value("token"), request.get_param_value("status"));
      FollowScreen(KioskScreen::kStatusLink, view, LinkHttpStatus(view), response);
    });
  });
  server_->Post("/status", [this, absent](const Request& request, Response& response, const httplib::ContentReader& reader) {
    Answer(response, [&] {
      if (!absent(response)) HandleStatusPost(request, reader, response);
    });
  });
  // A kiosk's code, made offline, known here before anyone works on the report (docs/volgcode.md).
  server_->Post("/volg/ontvangen", [this, absent](const Request& request, Response& response, const httplib::ContentReader& reader) {
    Answer(response, [&] {
      if (!absent(response)) HandleRegistration(request, reader, response);
    });
  });
}

}  // namespace nietpluis::kiosk
