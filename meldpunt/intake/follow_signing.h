// What the meldpunt's intakes sign with their shared follow-up key: the keyed hash of a code (all the
// store keeps) and the status token, which binds one code hash and one organisation until an expiry.
// A kiosk makes both offline; the public intake checks them with the same key (docs/volgcode.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace nietpluis {

// HMAC-SHA256 of the canonical code under `key`, lower-case hex. Without the key, a copy of the store
// cannot be searched by trying all 2.75e10 codes.
std::string FollowCodeHash(std::string_view key, std::string_view canonical_code);

struct StatusGrant {
  std::string code_hash;     // 64 hex
  std::string organisation;  // an organisation id ([a-z0-9-])
  std::int64_t expires_at = 0;
};

// "<code hash>.<organisation>.<expiry, Unix seconds>.<HMAC-SHA256 hex>": safe in a URL as it is.
std::string MakeStatusToken(std::string_view key, const StatusGrant& grant);

struct ReadToken {
  enum class Kind { kOk, kMalformed, kForged, kExpired };
  Kind kind = Kind::kMalformed;
  StatusGrant grant;  // only for kOk
};
// Checks the form, then the signature (in constant time), then the expiry against `now`.
ReadToken ReadStatusToken(std::string_view key, std::string_view token, std::int64_t now);

}  // namespace nietpluis
