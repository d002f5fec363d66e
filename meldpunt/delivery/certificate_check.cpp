// The start-up checks of the organisations' certificates.
#include "delivery/certificate_check.h"

#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "base/dutch_format.h"

namespace nietpluis {
namespace {

std::string Day(std::int64_t unix_seconds) { return FormatUtc(unix_seconds, "%Y-%m-%d"); }

std::string Quoted(const std::string& path) { return "het certificaat '" + path + "'"; }

// Whether the key usage extension lets this key take part in encryption. Without the extension every
// use is allowed (RFC 5280, 4.2.1.3).
bool UsageAllowsSealing(X509* x509, const std::string& key_type) {
  const std::uint32_t usage = X509_get_key_usage(x509);
  if (usage == UINT32_MAX) return true;
  return key_type == "RSA" ? (usage & KU_KEY_ENCIPHERMENT) != 0 : (usage & KU_KEY_AGREEMENT) != 0;
}

}  // namespace

Result<std::shared_ptr<const RecipientCertificate>> CheckCertificate(const std::string& config_file, int line,
                                                                     const std::string& path, std::int64_t now) {
  auto error = [&](const std::string& problem, const std::string& remedy) {
    return Error(config_file, line, problem, remedy);
  };
  std::ifstream probe(path, std::ios::binary);
  if (!probe) {
    return error(Quoted(path) + " is niet te lezen (" + std::strerror(errno) + ")",
                 "zet het certificaat van de organisatie daar neer en geef de kiosk leesrecht");
  }
  std::shared_ptr<const RecipientCertificate> certificate = RecipientCertificate::Read(path);
  if (!certificate) {
    return error("in '" + path + "' staat geen certificaat",
                 "vraag de organisatie om haar certificaat voor versleutelde e-mail als .pem-bestand");
  }
  const std::string subject = certificate->subject();
  if (certificate->not_before() > now) {
    return error(Quoted(path) + " geldt pas vanaf " + Day(certificate->not_before()) + " (" + subject + ")",
                 "kijk of de klok van de kiosk goed staat, of zet tot die dag het vorige certificaat terug");
  }
  if (certificate->not_after() < now) {
    return error(Quoted(path) + " is verlopen op " + Day(certificate->not_after()) + " (" + subject + ")",
                 "vraag de organisatie om haar nieuwe certificaat en zet het op deze plek");
  }
  const std::string key_type = certificate->key_type();
  if (key_type.empty()) {
    return error(Quoted(path) + " heeft geen RSA- of EC-sleutel (" + subject + ")",
                 "vraag de organisatie om een certificaat met een RSA- of EC-sleutel");
  }
  if (!UsageAllowsSealing(certificate->x509(), key_type)) {
    const std::string usage = key_type == "RSA" ? "keyEncipherment" : "keyAgreement";
    return error(Quoted(path) + " mag niet versleutelen: de " + key_type + "-sleutel heeft geen " + usage + " (" +
                     subject + ")",
                 "vraag de organisatie om haar certificaat voor versleutelde e-mail (S/MIME), niet dat voor "
                 "ondertekenen");
  }
  return certificate;
}

std::optional<Diagnostic> ExpiryWarning(const std::string& config_file, int line, const RecipientCertificate& certificate,
                                        std::int64_t now) {
  const std::int64_t left = certificate.not_after() - now;
  if (left > kCertificateWarningSeconds) return std::nullopt;
  constexpr std::int64_t kDay = 24 * 60 * 60;
  const std::int64_t days = (left + kDay - 1) / kDay;  // 11.5 days left reads as 12
  return Warning(config_file, line,
                 Quoted(certificate.path().string()) + " verloopt " +
                     (days <= 0 ? std::string("vandaag") : "over " + std::to_string(days) + (days == 1 ? " dag" : " dagen")) +
                     " (op " + Day(certificate.not_after()) + ")",
                 "vraag de organisatie nu om haar nieuwe certificaat; met een verlopen certificaat start de kiosk niet");
}

std::map<std::string, std::shared_ptr<const RecipientCertificate>> CheckCertificates(
    const std::string& config_file, const std::vector<KioskOrganisation>& organisations, std::int64_t now,
    Diagnostics* diagnostics) {
  std::map<std::string, std::shared_ptr<const RecipientCertificate>> good;
  for (const KioskOrganisation& organisation : organisations) {
    if (organisation.certificate.empty()) continue;
    auto checked = CheckCertificate(config_file, organisation.certificate_line, organisation.certificate, now);
    if (!checked.ok()) {
      diagnostics->Add(checked.error());
      continue;
    }
    if (auto warning = ExpiryWarning(config_file, organisation.certificate_line, *checked.value(), now)) {
      diagnostics->Add(*warning);
    }
    good[organisation.id] = checked.value();
  }
  return good;
}

}  // namespace nietpluis
