// CMS EnvelopedData and AuthEnvelopedData through OpenSSL's CMS_encrypt.
#include "delivery/report_seal.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <iterator>

namespace nietpluis {
namespace {

struct BioFree {
  void operator()(BIO* bio) const { BIO_free(bio); }
};
struct CmsFree {
  void operator()(CMS_ContentInfo* cms) const { CMS_ContentInfo_free(cms); }
};
struct StackFree {
  void operator()(STACK_OF(X509) * stack) const { sk_X509_free(stack); }
};

std::int64_t UnixSeconds(const ASN1_TIME* time) {
  struct tm parts {};
  if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1) return 0;
  return static_cast<std::int64_t>(timegm(&parts));
}

// OpenSSL's reason, for a message to IT staff; it never holds the content being sealed.
std::string OpenSslError() {
  unsigned long code = ERR_get_error();
  ERR_clear_error();
  if (code == 0) return "onbekende fout";
  char text[256];
  ERR_error_string_n(code, text, sizeof text);
  return text;
}

}  // namespace

std::shared_ptr<const RecipientCertificate> RecipientCertificate::Read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
  X509* x509 = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
  if (x509 == nullptr) {
    // Not PEM: perhaps DER, as some authorities hand out a .cer.
    const unsigned char* data = reinterpret_cast<const unsigned char*>(bytes.data());
    x509 = d2i_X509(nullptr, &data, static_cast<long>(bytes.size()));
  }
  ERR_clear_error();
  if (x509 == nullptr) return nullptr;
  return std::shared_ptr<const RecipientCertificate>(new RecipientCertificate(x509, path));
}

RecipientCertificate::~RecipientCertificate() { X509_free(x509_); }

std::int64_t RecipientCertificate::not_before() const { return UnixSeconds(X509_get0_notBefore(x509_)); }

std::int64_t RecipientCertificate::not_after() const { return UnixSeconds(X509_get0_notAfter(x509_)); }

std::string RecipientCertificate::key_type() const {
  EVP_PKEY* key = X509_get0_pubkey(x509_);
  if (key == nullptr) return "";
  if (EVP_PKEY_is_a(key, "RSA")) return "RSA";
  if (EVP_PKEY_is_a(key, "EC")) return "EC";
  return "";
}

std::string RecipientCertificate::subject() const {
  std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
  X509_NAME_print_ex(bio.get(), X509_get_subject_name(x509_), 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
  char* data = nullptr;
  long size = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(size));
}

Result<std::string> RecipientCertificate::Seal(std::string_view content, SealCipher cipher) const {
  std::unique_ptr<STACK_OF(X509), StackFree> recipients(sk_X509_new_null());
  std::unique_ptr<BIO, BioFree> in(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
  if (!recipients || !in || sk_X509_push(recipients.get(), x509_) <= 0) {
    return Error(path_.string(), 0, "kan de melding niet verzegelen (" + OpenSslError() + ")", "start de kiosk opnieuw");
  }
  // CMS_BINARY: the content is already what must arrive (CRLF for e-mail), byte for byte. CMS_encrypt
  // makes AuthEnvelopedData by itself for an AEAD cipher such as GCM (OpenSSL 3.0 and later).
  const EVP_CIPHER* evp = cipher == SealCipher::kAes256Gcm ? EVP_aes_256_gcm() : EVP_aes_256_cbc();
  std::unique_ptr<CMS_ContentInfo, CmsFree> cms(CMS_encrypt(recipients.get(), in.get(), evp, CMS_BINARY));
  std::unique_ptr<BIO, BioFree> out(BIO_new(BIO_s_mem()));
  if (!cms || !out || i2d_CMS_bio(out.get(), cms.get()) != 1) {
    return Error(path_.string(), 0, "kan de melding niet verzegelen (" + OpenSslError() + ")",
                 "kijk het certificaat na met: nietpluis-kiosk controleer");
  }
  char* data = nullptr;
  long size = BIO_get_mem_data(out.get(), &data);
  return std::string(data, static_cast<std::size_t>(size));
}

std::string Base64(std::string_view bytes, std::size_t line_length) {
  // EVP_EncodeBlock writes 4 characters for every 3 bytes, plus a terminating NUL.
  const std::size_t chunk = line_length == 0 ? bytes.size() : line_length / 4 * 3;
  std::string out;
  std::string line;
  for (std::size_t at = 0; at < bytes.size() || (at == 0 && bytes.empty()); at += chunk) {
    const std::size_t size = std::min(chunk, bytes.size() - at);
    line.resize(4 * ((size + 2) / 3) + 1);
    const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(line.data()),
                                        reinterpret_cast<const unsigned char*>(bytes.data() + at), static_cast<int>(size));
    out.append(line.data(), static_cast<std::size_t>(written));
    if (size == 0) break;
    if (line_length != 0) out += "\r\n";
  }
  return out;
}

std::optional<std::string> FromBase64(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  std::string out(text.size() / 4 * 3 + 1, '\0');
  const int written = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                      reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()));
  if (written < 0) return std::nullopt;
  // EVP_DecodeBlock counts the padding as zero bytes; the '=' at the end say how many to drop.
  std::size_t size = static_cast<std::size_t>(written);
  for (std::size_t i = text.size(); i > 0 && text[i - 1] == '=' && size > 0; --i) --size;
  out.resize(size);
  return out;
}

}  // namespace nietpluis
