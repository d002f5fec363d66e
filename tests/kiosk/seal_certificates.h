// Certificates for the sealing tests, made in the test with OpenSSL: a test CA and recipients with RSA
// and EC keys, valid, expired, soon ending or with the wrong key usage; and opening what was sealed
// with the openssl command, as a receiving organisation would.
#pragma once

#include <filesystem>
#include <string>

#include "test_support.h"

namespace nietpluis::testing {

struct Recipient {
  std::filesystem::path cert;  // PEM
  std::filesystem::path key;   // PEM, unencrypted
};

class SealCertificates {
 public:
  SealCertificates();
  ~SealCertificates();
  SealCertificates(const SealCertificates&) = delete;
  SealCertificates& operator=(const SealCertificates&) = delete;
  // A certificate signed by the test CA. `key_type` "RSA" or "EC" (P-256); `key_usage` as openssl's
  // config writes it ("critical,keyEncipherment"), or "" for no key usage extension; validity from
  // `from_days` to `to_days` relative to now.
  Recipient Make(const std::string& name, const std::string& key_type, const std::string& key_usage, int from_days = -1,
                 int to_days = 365);
  // The usual ones: RSA with keyEncipherment, EC with keyAgreement.
  const Recipient& rsa() const { return rsa_; }
  const Recipient& ec() const { return ec_; }
  std::filesystem::path dir() const { return dir_.path(); }

 private:
  TempDir dir_;
  void* ca_key_ = nullptr;   // EVP_PKEY
  void* ca_cert_ = nullptr;  // X509
  Recipient rsa_;
  Recipient ec_;
};

// `openssl cms -decrypt` of `sealed` (`inform` "DER" for a CMS body, "SMIME" for an e-mail) with the
// recipient's key; the exit code and what it wrote.
CommandResult OpenSealed(const std::string& sealed, const std::string& inform, const Recipient& recipient);

// The same in this process with OpenSSL's CMS_decrypt, for tests that open thousands: `der` is a CMS
// body. Empty when it does not open.
std::string OpenSealedDer(const std::string& der, const Recipient& recipient);

}  // namespace nietpluis::testing
