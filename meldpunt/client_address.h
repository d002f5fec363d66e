// Which address a request came from, when a reverse proxy may stand in between.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nietpluis {

// The client of a request the intake got from `peer`. When the peer is one of `proxies`, the
// right-most address in `forwarded_for` (X-Forwarded-For) that is not itself a proxy is the client:
// addresses further left were written by the client and prove nothing. A header that cannot be read
// counts as absent, so the peer is the client.
std::string ClientAddress(std::string_view peer, std::string_view forwarded_for, const std::vector<std::string>& proxies);

}  // namespace nietpluis
