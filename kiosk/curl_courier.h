// Delivery over the network with libcurl: HTTPS posts of the signed JSON document, or an e-mail over
// SMTP with TLS. One connection per organisation is kept open and reused.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "forwarder.h"

namespace nietpluis::kiosk {

// How a receiver's answer counts. HTTP: 2xx delivered; 408, 429 and 5xx try again; other 4xx
// refused. SMTP: 250 after DATA delivered; 5xx refused, except a failed login (535), which is the
// kiosk's configuration and not the report's fault; everything else tries again.
DeliveryResult ClassifyHttp(long status);
DeliveryResult ClassifySmtp(long code, bool login_denied);

class CurlCourier : public Courier {
 public:
  CurlCourier();
  ~CurlCourier() override;

  DeliveryResult Deliver(const Report& report, const KioskOrganisation& organisation) override;

 private:
  struct Connection;
  Connection& ConnectionFor(const KioskOrganisation& organisation);
  DeliveryResult PostJson(const Report& report, const KioskOrganisation& organisation, Connection& connection);
  DeliveryResult SendEmail(const Report& report, const KioskOrganisation& organisation, Connection& connection);

  std::map<std::string, std::unique_ptr<Connection>> connections_;  // by organisation id
};

}  // namespace nietpluis::kiosk
