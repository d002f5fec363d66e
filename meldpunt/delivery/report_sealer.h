// Sealing at intake: which organisations get sealed reports, and a report sealed for its organisation
// before it is written to the outbox.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "config/organisation.h"
#include "delivery/report_seal.h"
#include "delivery/sealed_report.h"
#include "intake/report.h"
#include "render/texts.h"

namespace nietpluis {

class ReportSealer {
 public:
  // `certificates` by organisation id, as CheckCertificates gives them; `texts` hold the e-mail's
  // texts and the reasons' labels (EmailTextKeys, FormTextKeys), as CurlCourier's do.
  ReportSealer(std::map<std::string, std::shared_ptr<const RecipientCertificate>> certificates, Texts texts);

  // True when reports for this organisation are sealed.
  bool Seals(const std::string& organisation_id) const { return certificates_.count(organisation_id) > 0; }

  // The report sealed for `organisation`, which must have a certificate (Seals): the JSON document
  // with AES-256-GCM for HTTPS, the e-mail's body part with AES-256-CBC for e-mail. Thread-safe.
  Result<SealedReport> Seal(const Report& report, const KioskOrganisation& organisation) const;

 private:
  std::map<std::string, std::shared_ptr<const RecipientCertificate>> certificates_;
  Texts texts_;
};

}  // namespace nietpluis
