// Test certificates through OpenSSL's API (the openssl 3.0 command cannot back-date a certificate).
#include "kiosk/seal_certificates.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <stdexcept>

namespace nietpluis::testing {
namespace {

EVP_PKEY* NewKey(const std::string& key_type) {
  EVP_PKEY* key = key_type == "EC" ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
                                   : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048));
  if (key == nullptr) throw std::runtime_error("cannot make a " + key_type + " key");
  return key;
}

void AddExtension(X509* cert, X509* issuer, int nid, const std::string& value) {
  X509V3_CTX context;
  X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str());
  if (extension == nullptr) throw std::runtime_error("bad extension " + value);
  X509_add_ext(cert, extension, -1);
  X509_EXTENSION_free(extension);
}

X509* NewCertificate(EVP_PKEY* key, const std::string& common_name, X509* issuer, int from_days,
                     int to_days, long serial) {
  X509* cert = X509_new();
  X509_set_version(cert, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(cert), serial);
  X509_gmtime_adj(X509_getm_notBefore(cert), static_cast<long>(from_days) * 86400);
  X509_gmtime_adj(X509_getm_notAfter(cert), static_cast<long>(to_days) * 86400);
  X509_set_pubkey(cert, key);
  X509_NAME* name = X509_get_subject_name(cert);
  X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Proef"), -1, -1, 0);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(common_name.c_str()), -1, -1, 0);
  X509_set_issuer_name(cert, issuer != nullptr ? X509_get_subject_name(issuer) : name);
  return cert;
}

void Sign(X509* cert, EVP_PKEY* key) {
  if (X509_sign(cert, key, EVP_sha256()) == 0) throw std::runtime_error("cannot sign a test certificate");
}

void WritePem(const std::filesystem::path& path, X509* cert) {
  FILE* out = std::fopen(path.c_str(), "w");
  PEM_write_X509(out, cert);
  std::fclose(out);
}

void WriteKey(const std::filesystem::path& path, EVP_PKEY* key) {
  FILE* out = std::fopen(path.c_str(), "w");
  PEM_write_PrivateKey(out, key, nullptr, nullptr, 0, nullptr, nullptr);
  std::fclose(out);
}

}  // namespace

SealCertificates::SealCertificates() {
  EVP_PKEY* key = NewKey("RSA");
  X509* ca = NewCertificate(key, "Nietpluis Proef-CA", nullptr, -10, 3650, 1);
  AddExtension(ca, ca, NID_basic_constraints, "critical,CA:TRUE");
  AddExtension(ca, ca, NID_key_usage, "critical,keyCertSign,cRLSign");
  Sign(ca, key);
  WritePem(dir_ / "ca.pem", ca);
  ca_key_ = key;
  ca_cert_ = ca;
  rsa_ = Make("rsa", "RSA", "critical,digitalSignature,keyEncipherment");
  ec_ = Make("ec", "EC", "critical,digitalSignature,keyAgreement");
}

SealCertificates::~SealCertificates() {
  X509_free(static_cast<X509*>(ca_cert_));
  EVP_PKEY_free(static_cast<EVP_PKEY*>(ca_key_));
}

Recipient SealCertificates::Make(const std::string& name, const std::string& key_type, const std::string& key_usage,
                                 int from_days, int to_days) {
  static long serial = 100;
  EVP_PKEY* key = NewKey(key_type);
  X509* ca = static_cast<X509*>(ca_cert_);
  X509* cert = NewCertificate(key, "Welzijn " + name, ca, from_days, to_days, ++serial);
  AddExtension(cert, ca, NID_basic_constraints, "critical,CA:FALSE");
  if (!key_usage.empty()) AddExtension(cert, ca, NID_key_usage, key_usage);
  AddExtension(cert, ca, NID_ext_key_usage, "emailProtection");
  Sign(cert, static_cast<EVP_PKEY*>(ca_key_));
  Recipient recipient{dir_ / (name + ".pem"), dir_ / (name + ".key")};
  WritePem(recipient.cert, cert);
  WriteKey(recipient.key, key);
  X509_free(cert);
  EVP_PKEY_free(key);
  return recipient;
}

CommandResult OpenSealed(const std::string& sealed, const std::string& inform, const Recipient& recipient) {
  TempDir dir;
  WriteText(dir / "verzegeld", sealed);
  return Run("openssl cms -decrypt -binary -inform " + inform + " -in " + Quote((dir / "verzegeld").string()) +
             " -recip " + Quote(recipient.cert.string()) + " -inkey " + Quote(recipient.key.string()));
}

std::string OpenSealedDer(const std::string& der, const Recipient& recipient) {
  FILE* cert_file = std::fopen(recipient.cert.c_str(), "r");
  X509* cert = PEM_read_X509(cert_file, nullptr, nullptr, nullptr);
  std::fclose(cert_file);
  FILE* key_file = std::fopen(recipient.key.c_str(), "r");
  EVP_PKEY* key = PEM_read_PrivateKey(key_file, nullptr, nullptr, nullptr);
  std::fclose(key_file);
  BIO* in = BIO_new_mem_buf(der.data(), static_cast<int>(der.size()));
  CMS_ContentInfo* cms = d2i_CMS_bio(in, nullptr);
  BIO* out = BIO_new(BIO_s_mem());
  std::string opened;
  if (cms != nullptr && CMS_decrypt(cms, key, cert, nullptr, out, CMS_BINARY) == 1) {
    char* data = nullptr;
    long size = BIO_get_mem_data(out, &data);
    opened.assign(data, static_cast<std::size_t>(size));
  }
  CMS_ContentInfo_free(cms);
  BIO_free(out);
  BIO_free(in);
  EVP_PKEY_free(key);
  X509_free(cert);
  return opened;
}

}  // namespace nietpluis::testing
