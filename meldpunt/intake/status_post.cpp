// Reading a receiver's status post with nlohmann-json, and checking its signature.
#include "intake/status_post.h"

#include <openssl/crypto.h>

#include <nlohmann/json.hpp>

#include "intake/report.h"
#include "intake/signature.h"

namespace nietpluis {

std::optional<StatusPost> ParseStatusPost(std::string_view body) {
  nlohmann::json document = nlohmann::json::parse(body, nullptr, false);
  if (!document.is_object() || document.size() != 4) return std::nullopt;
  auto text = [&](const char* key) -> std::optional<std::string> {
    auto found = document.find(key);
    if (found == document.end() || !found->is_string()) return std::nullopt;
    return found->get<std::string>();
  };
  const auto schema = text("schema"), token = text("token"), status = text("status"), at = text("tijd");
  if (!schema || *schema != kStatusSchema || !token || !status || !at) return std::nullopt;
  const std::optional<FollowStatus> parsed = ParseFollowStatus(*status);
  const std::optional<std::int64_t> when = ParseRfc3339Utc(*at);
  if (!parsed || !when) return std::nullopt;
  return StatusPost{*token, *parsed, *when};
}

bool StatusSignatureMatches(std::string_view secret, std::string_view body, std::string_view header) {
  constexpr std::string_view kPrefix = "sha256=";
  if (secret.empty() || header.substr(0, kPrefix.size()) != kPrefix) return false;
  const std::string_view given = header.substr(kPrefix.size());
  const std::string expected = HmacSha256Hex(secret, body);
  return given.size() == expected.size() && CRYPTO_memcmp(given.data(), expected.data(), expected.size()) == 0;
}

}  // namespace nietpluis
