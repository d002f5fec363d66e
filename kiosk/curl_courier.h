// Delivery over the network with libcurl: HTTPS posts of the signed JSON document, or an e-mail over
// SMTP with TLS. One connection per organisation is kept open and reused; organisations are
// delivered to from threads of their own at once.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "delivery/forwarder.h"
#include "render/texts.h"

namespace nietpluis::kiosk {

// How a receiver's answer counts. HTTP: 2xx delivered; 408, 429 and 5xx try again; other 4xx
// refused. SMTP: 250 after DATA delivered; 5xx refused, except a failed login (535), which is the
// kiosk's configuration and not the report's fault; everything else tries again.
DeliveryResult ClassifyHttp(long status);
DeliveryResult ClassifySmtp(long code, bool login_denied);
// How the public intake's answer to a code's registration counts: 2xx registered; 400 and 410 (a
// token it does not take) refused, so the token is dropped; everything else, also a 404 of an
// intake that does not know registrations yet, tries again.
DeliveryResult ClassifyRegistration(long status);

// Sends one ready message (RFC 5322, CRLF) through the mail server of `target` (kind kEmail), with
// the same TLS rules as a report's e-mail. For the IT message; `error` says why it did not go.
DeliveryResult SendMail(const DeliveryTarget& target, const std::string& message);

class CurlCourier : public Courier {
 public:
  // `texts` hold the e-mail's texts and the reasons' labels (EmailTextKeys, FormTextKeys).
  explicit CurlCourier(Texts texts);
  ~CurlCourier() override;

  DeliveryResult Deliver(const Report& report, const KioskOrganisation& organisation) override;
  // HTTPS: the sealed JSON as application/pkcs7-mime, signed as a plain one is; e-mail: an S/MIME
  // message. A report sealed for the other way than the organisation's is refused (kept apart).
  DeliveryResult DeliverSealed(const SealedReport& sealed, const KioskOrganisation& organisation) override;
  // POST token=... to the public intake, as application/x-www-form-urlencoded, with the system's CAs.
  DeliveryResult RegisterFollowCode(const std::string& url, const std::string& token) override;
  // Aborts transfers under way from libcurl's progress callback, which runs at least once a second.
  void SetCancelled(bool cancelled) override { cancelled_ = cancelled; }

 private:
  struct Connection;
  Connection& ConnectionFor(const KioskOrganisation& organisation);
  // The connection for `organisation`, reset; nothing when libcurl could not start or the kiosk stops.
  Connection* Ready(const KioskOrganisation& organisation, DeliveryResult* refusal);
  DeliveryResult Post(const std::string& id, const std::string& body, const char* content_type,
                      const Report* report,  // the plain report, to blank it in the answer; nullptr when sealed
                      const KioskOrganisation& organisation, Connection& connection);
  DeliveryResult SendEmail(const std::string& message, const Report* report, const KioskOrganisation& organisation,
                           Connection& connection);

  const Texts texts_;
  std::atomic<bool> cancelled_{false};
  std::mutex connections_mutex_;
  std::map<std::string, std::unique_ptr<Connection>> connections_;  // by organisation id
  std::unique_ptr<Connection> intake_;  // to the public intake; used by the registrations' thread only
};

}  // namespace nietpluis::kiosk
