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

// Whether `address` is one of `proxies`, however either is written.
bool IsTrustedProxy(std::string_view address, const std::vector<std::string>& proxies);

// What the rate limit counts `address` as. Every spelling of one address gives one key (IPv6
// compressed or written out, in any case, with leading zeros; an IPv4-mapped IPv6 address as the IPv4
// address), and an IPv6 address stands for its whole network of `ipv6_prefix` bits: a home or phone
// gets a /64 and may take any address in it. An IPv4 address counts alone. Text that is no address
// is its own key.
std::string ClientKey(std::string_view address, int ipv6_prefix);

}  // namespace nietpluis
