// Checking an organisation's certificate at start: readable, valid today, with a key that may encrypt.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "config/organisation.h"
#include "delivery/report_seal.h"

namespace nietpluis {

// A certificate that ends within this many seconds gets a warning in `status` and at start.
inline constexpr std::int64_t kCertificateWarningSeconds = 30 * 24 * 60 * 60;

// The certificate in `path`, named at `config_file`:`line`, if it can seal reports at `now`: a
// readable X.509 certificate (PEM or DER), valid now, with an RSA key that allows keyEncipherment or
// an EC key that allows keyAgreement (a certificate without key usage allows both). Otherwise the
// first thing wrong, as `file:line: ...; ...`.
Result<std::shared_ptr<const RecipientCertificate>> CheckCertificate(const std::string& config_file, int line,
                                                                     const std::string& path, std::int64_t now);

// A warning when `certificate` ends within kCertificateWarningSeconds of `now`.
std::optional<Diagnostic> ExpiryWarning(const std::string& config_file, int line, const RecipientCertificate& certificate,
                                        std::int64_t now);

// Checks the certificate of every organisation that has one; adds its error or expiry warning to
// `diagnostics` and returns the good ones by organisation id.
std::map<std::string, std::shared_ptr<const RecipientCertificate>> CheckCertificates(
    const std::string& config_file, const std::vector<KioskOrganisation>& organisations, std::int64_t now,
    Diagnostics* diagnostics);

}  // namespace nietpluis
