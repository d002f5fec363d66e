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

class CurlCourier : public Courier {
 public:
  // `texts` hold the e-mail's texts and the reasons' labels (EmailTextKeys, FormTextKeys).
  explicit CurlCourier(Texts texts);
  ~CurlCourier() override;

  DeliveryResult Deliver(const Report& report, const KioskOrganisation& organisation) override;
  // Aborts transfers under way from libcurl's progress callback, which runs at least once a second.
  void SetCancelled(bool cancelled) override { cancelled_ = cancelled; }

 private:
  struct Connection;
  Connection& ConnectionFor(const KioskOrganisation& organisation);
  DeliveryResult PostJson(const Report& report, const KioskOrganisation& organisation, Connection& connection);
  DeliveryResult SendEmail(const Report& report, const KioskOrganisation& organisation, Connection& connection);

  const Texts texts_;
  std::atomic<bool> cancelled_{false};
  std::mutex connections_mutex_;
  std::map<std::string, std::unique_ptr<Connection>> connections_;  // by organisation id
};

}  // namespace nietpluis::kiosk
