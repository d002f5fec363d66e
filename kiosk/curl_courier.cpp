// HTTPS and SMTP delivery with libcurl.
#include "curl_courier.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>

#include "base/web_address.h"
#include "delivery/report_email.h"
#include "intake/report_json.h"
#include "intake/signature.h"

namespace nietpluis::kiosk {
namespace {

// Receivers answer with a short status; a large body is not read, so a broken receiver cannot
// make the kiosk hold megabytes.
constexpr std::size_t kMaxResponseBody = 4096;

std::size_t KeepLittle(char* data, std::size_t size, std::size_t count, void* user) {
  auto* body = static_cast<std::string*>(user);
  std::size_t bytes = size * count;
  body->append(data, std::min(bytes, kMaxResponseBody - std::min(kMaxResponseBody, body->size())));
  return bytes;
}

struct Upload {
  const std::string* data;
  std::size_t offset = 0;
};

std::size_t ReadUpload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  std::size_t n = std::min(size * count, upload->data->size() - upload->offset);
  std::memcpy(buffer, upload->data->data() + upload->offset, n);
  upload->offset += n;
  return n;
}

bool IsLoopbackUrl(const std::string& url) { return IsLoopbackHost(UrlHost(url)); }

// A non-zero answer makes libcurl abort the transfer: how Stop() ends a wait on a hanging receiver.
int AbortWhenCancelled(void* cancelled, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  return static_cast<const std::atomic<bool>*>(cancelled)->load() ? 1 : 0;
}

void CommonOptions(CURL* curl, const DeliveryTarget& target, std::atomic<bool>* cancelled) {
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, AbortWhenCancelled);
  curl_easy_setopt(curl, CURLOPT_XFERINFODATA, cancelled);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(std::min(target.timeout_s, 10)));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(target.timeout_s));
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
  if (!target.ca_file.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, target.ca_file.c_str());
}

std::string CurlError(CURLcode code, const char* detail) {
  // libcurl's detail names hosts and certificates, never what was sent.
  std::string text = curl_easy_strerror(code);
  if (detail != nullptr && detail[0] != '\0') text += " (" + std::string(detail) + ")";
  return text;
}

}  // namespace

DeliveryResult ClassifyHttp(long status) {
  using Outcome = DeliveryResult::Outcome;
  std::string text = "HTTP " + std::to_string(status);
  if (status >= 200 && status < 300) return {Outcome::kDelivered, ""};
  if (status == 408 || status == 429 || status >= 500 || status < 400) return {Outcome::kRetry, text};
  return {Outcome::kRefused, text};
}

DeliveryResult ClassifySmtp(long code, bool login_denied) {
  using Outcome = DeliveryResult::Outcome;
  std::string text = "SMTP " + std::to_string(code);
  if (login_denied) return {Outcome::kRetry, text + " (inloggen geweigerd; kijk gebruiker en wachtwoord na)"};
  if (code >= 500 && code < 600) return {Outcome::kRefused, text};
  return {Outcome::kRetry, text};
}

struct CurlCourier::Connection {
  CURL* curl = curl_easy_init();
  ~Connection() { curl_easy_cleanup(curl); }
};

CurlCourier::CurlCourier(Texts texts) : texts_(std::move(texts)) { curl_global_init(CURL_GLOBAL_DEFAULT); }

CurlCourier::~CurlCourier() {
  connections_.clear();
  curl_global_cleanup();
}

CurlCourier::Connection& CurlCourier::ConnectionFor(const KioskOrganisation& organisation) {
  // The map is shared; each connection is used by its organisation's thread only.
  std::lock_guard lock(connections_mutex_);
  std::unique_ptr<Connection>& connection = connections_[organisation.id];
  if (!connection) connection = std::make_unique<Connection>();
  return *connection;
}

DeliveryResult CurlCourier::Deliver(const Report& report, const KioskOrganisation& organisation) {
  if (cancelled_) return {DeliveryResult::Outcome::kRetry, "afgebroken: de kiosk stopt"};
  Connection& connection = ConnectionFor(organisation);
  if (connection.curl == nullptr) return {DeliveryResult::Outcome::kRetry, "libcurl kon niet starten"};
  // The handle keeps its connection between reports; the options are set anew for each.
  curl_easy_reset(connection.curl);
  return organisation.delivery.kind == DeliveryTarget::Kind::kHttps ? PostJson(report, organisation, connection)
                                                                    : SendEmail(report, organisation, connection);
}

DeliveryResult CurlCourier::PostJson(const Report& report, const KioskOrganisation& organisation,
                                     Connection& connection) {
  const DeliveryTarget& target = organisation.delivery;
  CURL* curl = connection.curl;
  const std::string body = ReportJson(report);
  std::string signature = "X-Nietpluis-Signature: sha256=" + HmacSha256Hex(target.secret, body);
  std::string key = "Idempotency-Key: " + report.id;
  curl_slist* headers = nullptr;
  headers = curl_slist_append(headers, "Content-Type: application/json");
  headers = curl_slist_append(headers, key.c_str());
  headers = curl_slist_append(headers, signature.c_str());
  headers = curl_slist_append(headers, "Expect:");
  CommonOptions(curl, target, &cancelled_);
  curl_easy_setopt(curl, CURLOPT_URL, target.url.c_str());
  // Plain http only where the configuration allowed it: a loopback receiver in tests.
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, IsLoopbackUrl(target.url) ? "http,https" : "https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "nietpluis-kiosk");
  std::string response_body;
  char error[CURL_ERROR_SIZE] = "";
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, KeepLittle);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response_body);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  CURLcode code = curl_easy_perform(curl);
  curl_slist_free_all(headers);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
  if (code != CURLE_OK) return {DeliveryResult::Outcome::kRetry, CurlError(code, error)};
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  return ClassifyHttp(status);
}

DeliveryResult CurlCourier::SendEmail(const Report& report, const KioskOrganisation& organisation,
                                      Connection& connection) {
  const DeliveryTarget& target = organisation.delivery;
  CURL* curl = connection.curl;
  const std::string message = ReportEmail(report, EmailEnvelope{target.from, target.to, organisation.name}, texts_);
  Upload upload{&message};
  const std::string from = "<" + target.from + ">";
  curl_slist* recipients = curl_slist_append(nullptr, ("<" + target.to + ">").c_str());
  CommonOptions(curl, target, &cancelled_);
  curl_easy_setopt(curl, CURLOPT_URL, target.smtp_url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  // smtp:// must switch to TLS with STARTTLS; only a loopback test server may stay plain.
  curl_easy_setopt(curl, CURLOPT_USE_SSL,
                   static_cast<long>(IsLoopbackUrl(target.smtp_url) ? CURLUSESSL_TRY : CURLUSESSL_ALL));
  if (!target.user.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, target.user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, target.password.c_str());
  }
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, ReadUpload);
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
  char error[CURL_ERROR_SIZE] = "";
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  CURLcode code = curl_easy_perform(curl);
  curl_slist_free_all(recipients);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
  if (code == CURLE_OK) return {DeliveryResult::Outcome::kDelivered, ""};
  long smtp_code = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &smtp_code);
  if (smtp_code == 0) return {DeliveryResult::Outcome::kRetry, CurlError(code, error)};
  DeliveryResult result = ClassifySmtp(smtp_code, code == CURLE_LOGIN_DENIED);
  result.error += ": " + CurlError(code, error);
  return result;
}

}  // namespace nietpluis::kiosk
