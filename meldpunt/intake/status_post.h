// A receiver's signed status update: a JSON body posted to the public intake's /status, signed like
// deliveries ("X-Nietpluis-Signature: sha256=<hex>", HMAC with the organisation's key).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "intake/follow_status.h"

namespace nietpluis {

inline constexpr const char* kStatusSchema = "nietpluis.status/1";
// A post whose `tijd` is further than this from the intake's clock is refused, so a recorded post
// cannot be sent again much later.
inline constexpr std::int64_t kStatusPostSkewSeconds = 600;

struct StatusPost {
  std::string token;  // the report's volgen.token
  FollowStatus status = FollowStatus::kReceived;
  std::int64_t at = 0;  // `tijd`, Unix seconds
};

// {"schema": "nietpluis.status/1", "token": "...", "status": "iemand_gaat_langs", "tijd": "2026-...Z"};
// nothing for any other body.
std::optional<StatusPost> ParseStatusPost(std::string_view body);

// Whether `header` is "sha256=<hex>" of HMAC-SHA256(secret, body), compared in constant time.
bool StatusSignatureMatches(std::string_view secret, std::string_view body, std::string_view header);

}  // namespace nietpluis
