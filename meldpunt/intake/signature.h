// The signature on forwarded reports, so a receiver knows a report came from our kiosk unaltered.
#pragma once

#include <string>
#include <string_view>

namespace nietpluis {

// Lower-case hex HMAC-SHA256 of `body` with `key`; sent as "X-Nietpluis-Signature: sha256=<hex>".
std::string HmacSha256Hex(std::string_view key, std::string_view body);

}  // namespace nietpluis
