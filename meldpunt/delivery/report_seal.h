// Sealing a report for one organisation: CMS enveloped data (RFC 5652) to its certificate, with OpenSSL.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

typedef struct x509_st X509;

namespace nietpluis {

// Which CMS structure and cipher a sealed report uses (docs/verzegelen.md says why).
enum class SealCipher {
  // EnvelopedData with AES-256-CBC: S/MIME e-mail, which Outlook, Apple Mail and Thunderbird open.
  kAes256Cbc,
  // AuthEnvelopedData (RFC 5083/5084) with AES-256-GCM: the HTTPS document, opened with openssl cms.
  kAes256Gcm,
};

// An organisation's certificate, loaded once and shared by every thread that seals.
class RecipientCertificate {
 public:
  // The certificate in `path` (PEM or DER); nothing when the file holds none.
  static std::shared_ptr<const RecipientCertificate> Read(const std::filesystem::path& path);
  ~RecipientCertificate();
  RecipientCertificate(const RecipientCertificate&) = delete;
  RecipientCertificate& operator=(const RecipientCertificate&) = delete;

  X509* x509() const { return x509_; }
  const std::filesystem::path& path() const { return path_; }
  // Unix seconds.
  std::int64_t not_before() const;
  std::int64_t not_after() const;
  // "RSA" or "EC"; "" for any other key.
  std::string key_type() const;
  // "CN=Welzijn Noord,O=..." for messages.
  std::string subject() const;

  // `content` as DER-encoded CMS ContentInfo, readable only with the certificate's private key. The
  // bytes are taken as they are (binary): no line-end translation. An error only when OpenSSL fails.
  Result<std::string> Seal(std::string_view content, SealCipher cipher) const;

 private:
  RecipientCertificate(X509* x509, std::filesystem::path path) : x509_(x509), path_(std::move(path)) {}
  X509* x509_;
  std::filesystem::path path_;
};

// The content type a sealed body travels as: "application/pkcs7-mime".
inline constexpr const char* kSealedMediaType = "application/pkcs7-mime";

// Base64 (RFC 4648) of `bytes`, in lines of `line_length` characters (a multiple of 4) ended by
// CRLF, or on one line when `line_length` is 0.
std::string Base64(std::string_view bytes, std::size_t line_length = 0);
// Reads one-line Base64; nothing for any other text.
std::optional<std::string> FromBase64(std::string_view text);

}  // namespace nietpluis
