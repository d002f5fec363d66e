// Making the content that travels, and sealing it for the organisation's certificate.
#include "delivery/report_sealer.h"

#include "delivery/report_email.h"
#include "intake/report_json.h"

namespace nietpluis {

ReportSealer::ReportSealer(std::map<std::string, std::shared_ptr<const RecipientCertificate>> certificates, Texts texts)
    : certificates_(std::move(certificates)), texts_(std::move(texts)) {}

Result<SealedReport> ReportSealer::Seal(const Report& report, const KioskOrganisation& organisation) const {
  auto certificate = certificates_.find(organisation.id);
  if (certificate == certificates_.end()) {
    return Error(organisation.certificate, organisation.certificate_line,
                 "organisatie '" + organisation.id + "' heeft geen gecontroleerd certificaat",
                 "start de kiosk opnieuw, zodat hij de certificaten nakijkt");
  }
  SealedReport sealed{report.id, report.organisation, report.received_at, SealedReport::Form::kJson, {}};
  const bool email = organisation.delivery.kind == DeliveryTarget::Kind::kEmail;
  // E-mail clients open EnvelopedData with CBC; the JSON's receiver runs openssl, which opens GCM.
  Result<std::string> cms =
      email ? certificate->second->Seal(
                  ReportEmailPart(report, EmailEnvelope{organisation.delivery.from, organisation.delivery.to, organisation.name},
                                  texts_),
                  SealCipher::kAes256Cbc)
            : certificate->second->Seal(ReportJson(report), SealCipher::kAes256Gcm);
  if (!cms.ok()) return cms.error();
  sealed.form = email ? SealedReport::Form::kEmail : SealedReport::Form::kJson;
  sealed.cms = std::move(cms).value();
  return sealed;
}

}  // namespace nietpluis
