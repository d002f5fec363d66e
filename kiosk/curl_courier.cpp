// HTTPS and SMTP delivery with libcurl.
#include "curl_courier.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <string_view>

#include "base/web_address.h"
#include "delivery/receiver_answer.h"
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

// The mail server's replies, as libcurl's debug callback sees them: only the last line is kept, so
// a refusal can name the server's own reason ("554 5.7.1 ...") instead of libcurl's general text.
struct ServerReply {
  std::string last_line;
};

int KeepServerReply(CURL*, curl_infotype type, char* data, std::size_t size, void* user) {
  if (type != CURLINFO_HEADER_IN) return 0;
  std::string_view line(data, std::min(size, kMaxResponseBody));
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  if (!line.empty()) static_cast<ServerReply*>(user)->last_line = std::string(line);
  return 0;
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

// A POST of `body` to `url`, its answer kept (a little of it) in `response`.
void SetPostOptions(CURL* curl, const std::string& url, curl_slist* headers, const std::string& body,
                    std::string* response, char* error) {
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  // Plain http only to this computer (the configuration allows no other): loopback peers in tests.
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, IsLoopbackUrl(url) ? "http,https" : "https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "nietpluis-kiosk");
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, KeepLittle);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, response);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
}

// One message by SMTP from `from` to `recipients`, read from `upload`.
void SetMailOptions(CURL* curl, const DeliveryTarget& target, const std::string& from, curl_slist* recipients,
                    Upload* upload, char* error) {
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
  curl_easy_setopt(curl, CURLOPT_READDATA, upload);
  curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(upload->data->size()));
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
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

DeliveryResult ClassifyRegistration(long status) {
  using Outcome = DeliveryResult::Outcome;
  if (status >= 200 && status < 300) return {Outcome::kDelivered, ""};
  std::string text = "HTTP " + std::to_string(status);
  if (status == 400 || status == 410) return {Outcome::kRefused, text};
  return {Outcome::kRetry, text};
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
  intake_.reset();
  curl_global_cleanup();
}

CurlCourier::Connection& CurlCourier::ConnectionFor(const KioskOrganisation& organisation) {
  // The map is shared; each connection is used by its organisation's thread only.
  std::lock_guard lock(connections_mutex_);
  std::unique_ptr<Connection>& connection = connections_[organisation.id];
  if (!connection) connection = std::make_unique<Connection>();
  return *connection;
}

CurlCourier::Connection* CurlCourier::Ready(const KioskOrganisation& organisation, DeliveryResult* refusal) {
  if (cancelled_) {
    *refusal = {DeliveryResult::Outcome::kRetry, "afgebroken: de kiosk stopt"};
    return nullptr;
  }
  Connection& connection = ConnectionFor(organisation);
  if (connection.curl == nullptr) {
    *refusal = {DeliveryResult::Outcome::kRetry, "libcurl kon niet starten"};
    return nullptr;
  }
  // The handle keeps its connection between reports; the options are set anew for each.
  curl_easy_reset(connection.curl);
  return &connection;
}

DeliveryResult CurlCourier::Deliver(const Report& report, const KioskOrganisation& organisation) {
  DeliveryResult refusal;
  Connection* connection = Ready(organisation, &refusal);
  if (connection == nullptr) return refusal;
  if (organisation.delivery.kind == DeliveryTarget::Kind::kHttps) {
    return Post(report.id, ReportJson(report), "Content-Type: application/json", &report, organisation, *connection);
  }
  const DeliveryTarget& target = organisation.delivery;
  return SendEmail(ReportEmail(report, EmailEnvelope{target.from, target.to, organisation.name}, texts_), &report,
                   organisation, *connection);
}

DeliveryResult CurlCourier::DeliverSealed(const SealedReport& sealed, const KioskOrganisation& organisation) {
  const bool https = organisation.delivery.kind == DeliveryTarget::Kind::kHttps;
  if (https != (sealed.form == SealedReport::Form::kJson)) {
    // Sealed content cannot be recast: the kiosk cannot open it. Kept apart until kiosk.toml has the
    // way back, then `opnieuw` sends it.
    return {DeliveryResult::Outcome::kRefused,
            std::string("verzegeld voor ") + (https ? "e-mail" : "HTTPS") + ", maar de organisatie krijgt nu " +
                (https ? "HTTPS" : "e-mail") + "; zet de oude manier van doorsturen terug en voer 'opnieuw' uit"};
  }
  DeliveryResult refusal;
  Connection* connection = Ready(organisation, &refusal);
  if (connection == nullptr) return refusal;
  if (https) {
    return Post(sealed.id, sealed.cms, "Content-Type: application/pkcs7-mime", nullptr, organisation, *connection);
  }
  const DeliveryTarget& target = organisation.delivery;
  // A sealed message holds nothing the mail server could read back, so its reply is kept as it is.
  return SendEmail(SealedReportEmail(sealed, EmailEnvelope{target.from, target.to, organisation.name}, texts_),
                   nullptr, organisation, *connection);
}

DeliveryResult CurlCourier::Post(const std::string& id, const std::string& body, const char* content_type,
                                 const Report* report,
                                 const KioskOrganisation& organisation, Connection& connection) {
  const DeliveryTarget& target = organisation.delivery;
  CURL* curl = connection.curl;
  // The signature is over the body as sent: for a sealed report, over the sealed bytes.
  std::string signature = "X-Nietpluis-Signature: sha256=" + HmacSha256Hex(target.secret, body);
  std::string key = "Idempotency-Key: " + id;
  curl_slist* headers = nullptr;
  headers = curl_slist_append(headers, content_type);
  headers = curl_slist_append(headers, key.c_str());
  headers = curl_slist_append(headers, signature.c_str());
  headers = curl_slist_append(headers, "Expect:");
  CommonOptions(curl, target, &cancelled_);
  std::string response_body;
  char error[CURL_ERROR_SIZE] = "";
  SetPostOptions(curl, target.url, headers, body, &response_body, error);
  CURLcode code = curl_easy_perform(curl);
  curl_slist_free_all(headers);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
  if (code != CURLE_OK) return {DeliveryResult::Outcome::kRetry, CurlError(code, error)};
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  DeliveryResult result = ClassifyHttp(status);
  // The receiver's reason, for IT: its first line, without anything of the report it may quote.
  // Not for a sealed report: the kiosk cannot know what of the content the receiver quotes.
  if (result.outcome != DeliveryResult::Outcome::kDelivered && report != nullptr) {
    result.error = WithAnswer(result.error, ReceiverAnswerLine(response_body, *report));
  }
  return result;
}

DeliveryResult CurlCourier::RegisterFollowCode(const std::string& url, const std::string& token) {
  if (cancelled_) return {DeliveryResult::Outcome::kRetry, "afgebroken: de kiosk stopt"};
  if (!intake_) intake_ = std::make_unique<Connection>();
  CURL* curl = intake_->curl;
  if (curl == nullptr) return {DeliveryResult::Outcome::kRetry, "libcurl kon niet starten"};
  curl_easy_reset(curl);
  // The intake answers at once or not at all: a short time-out keeps a hanging intake from holding
  // the registrations for long.
  DeliveryTarget target;
  target.timeout_s = 15;
  CommonOptions(curl, target, &cancelled_);
  // The token is %-safe as it is ([0-9a-z.-]); in the body, so no log of a proxy holds it.
  const std::string body = "token=" + token;
  curl_slist* headers = nullptr;
  headers = curl_slist_append(headers, "Content-Type: application/x-www-form-urlencoded");
  headers = curl_slist_append(headers, "Expect:");
  std::string response_body;  // not used: the status says all, and the answer is never logged
  char error[CURL_ERROR_SIZE] = "";
  SetPostOptions(curl, url, headers, body, &response_body, error);
  CURLcode code = curl_easy_perform(curl);
  curl_slist_free_all(headers);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
  if (code != CURLE_OK) return {DeliveryResult::Outcome::kRetry, CurlError(code, error)};
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  return ClassifyRegistration(status);
}

DeliveryResult CurlCourier::SendEmail(const std::string& message, const Report* report,
                                      const KioskOrganisation& organisation, Connection& connection) {
  const DeliveryTarget& target = organisation.delivery;
  CURL* curl = connection.curl;
  Upload upload{&message};
  const std::string from = "<" + target.from + ">";
  curl_slist* recipients = curl_slist_append(nullptr, ("<" + target.to + ">").c_str());
  CommonOptions(curl, target, &cancelled_);
  char error[CURL_ERROR_SIZE] = "";
  SetMailOptions(curl, target, from, recipients, &upload, error);
  ServerReply reply;
  curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, KeepServerReply);
  curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &reply);
  curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);  // the debug callback runs only in verbose mode
  CURLcode code = curl_easy_perform(curl);
  curl_slist_free_all(recipients);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
  if (code == CURLE_OK) return {DeliveryResult::Outcome::kDelivered, ""};
  long smtp_code = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &smtp_code);
  if (smtp_code == 0) return {DeliveryResult::Outcome::kRetry, CurlError(code, error)};
  DeliveryResult result = ClassifySmtp(smtp_code, code == CURLE_LOGIN_DENIED);
  // The server's own reason, for IT; a server may quote what it was sent, so the report's values go.
  std::string answer = ReceiverAnswerLine(reply.last_line, report != nullptr ? *report : Report{});
  if (answer.empty()) answer = CurlError(code, error);
  result.error += ": " + answer;
  return result;
}

DeliveryResult SendMail(const DeliveryTarget& target, const std::string& message) {
  std::atomic<bool> never{false};
  CURL* curl = curl_easy_init();
  if (curl == nullptr) return {DeliveryResult::Outcome::kRetry, "libcurl kon niet starten"};
  Upload upload{&message};
  const std::string from = "<" + target.from + ">";
  curl_slist* recipients = curl_slist_append(nullptr, ("<" + target.to + ">").c_str());
  CommonOptions(curl, target, &never);
  char error[CURL_ERROR_SIZE] = "";
  SetMailOptions(curl, target, from, recipients, &upload, error);
  CURLcode code = curl_easy_perform(curl);
  long smtp_code = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &smtp_code);
  curl_slist_free_all(recipients);
  curl_easy_cleanup(curl);
  if (code == CURLE_OK) return {DeliveryResult::Outcome::kDelivered, ""};
  if (smtp_code == 0) return {DeliveryResult::Outcome::kRetry, CurlError(code, error)};
  DeliveryResult result = ClassifySmtp(smtp_code, code == CURLE_LOGIN_DENIED);
  result.error += ": " + CurlError(code, error);
  return result;
}

}  // namespace nietpluis::kiosk
