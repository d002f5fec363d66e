// Keyed hashes and status tokens with HMAC-SHA256 (intake/signature.h).
#include "intake/follow_signing.h"

#include <openssl/crypto.h>

#include <vector>

#include "intake/signature.h"

namespace nietpluis {
namespace {

// Each use of the key hashes its own kind of text, so a code hash can never pass as a token's MAC.
constexpr std::string_view kCodeDomain = "nietpluis.volgcode/1\n";
constexpr std::string_view kTokenDomain = "nietpluis.statuslink/1\n";

std::string TokenMac(std::string_view key, const StatusGrant& grant) {
  return HmacSha256Hex(key, std::string(kTokenDomain) + grant.code_hash + "\n" + grant.organisation + "\n" +
                                std::to_string(grant.expires_at));
}

bool IsLowerHex(std::string_view text, std::size_t length) {
  if (text.size() != length) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

bool IsOrganisationId(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  for (char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

std::vector<std::string_view> SplitDots(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', start)) {
    parts.push_back(text.substr(start, dot - start));
    start = dot + 1;
  }
  parts.push_back(text.substr(start));
  return parts;
}

}  // namespace

std::string FollowCodeHash(std::string_view key, std::string_view canonical_code) {
  return HmacSha256Hex(key, std::string(kCodeDomain) + std::string(canonical_code));
}

std::string MakeStatusToken(std::string_view key, const StatusGrant& grant) {
  return grant.code_hash + "." + grant.organisation + "." + std::to_string(grant.expires_at) + "." +
         TokenMac(key, grant);
}

ReadToken ReadStatusToken(std::string_view key, std::string_view token, std::int64_t now) {
  if (token.size() > 300) return {};
  const std::vector<std::string_view> parts = SplitDots(token);
  if (parts.size() != 4 || !IsLowerHex(parts[0], 64) || !IsOrganisationId(parts[1]) || !IsLowerHex(parts[3], 64)) return {};
  const std::string_view expiry = parts[2];
  if (expiry.empty() || expiry.size() > 12 || expiry.find_first_not_of("0123456789") != std::string_view::npos) return {};
  StatusGrant grant{std::string(parts[0]), std::string(parts[1]), std::stoll(std::string(expiry))};
  // The expiry is signed too, so it is checked only once the signature holds.
  const std::string expected = TokenMac(key, grant);
  if (CRYPTO_memcmp(expected.data(), parts[3].data(), expected.size()) != 0) return {ReadToken::Kind::kForged, {}};
  if (now >= grant.expires_at) return {ReadToken::Kind::kExpired, {}};
  return {ReadToken::Kind::kOk, std::move(grant)};
}

}  // namespace nietpluis
