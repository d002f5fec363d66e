// Reading X-Forwarded-For from a trusted proxy only.
#include "intake/client_address.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "base/text.h"

namespace nietpluis {
namespace {

// "192.000.002.001" -> "192.0.2.1": inet_pton refuses leading zeros in IPv4 (they once meant octal),
// but a proxy may write them and they must not make one address count as another.
std::string WithoutLeadingZeros(std::string_view address) {
  std::string out;
  std::size_t start = 0;
  while (start <= address.size()) {
    std::size_t dot = std::min(address.find('.', start), address.size());
    std::string_view part = address.substr(start, dot - start);
    while (part.size() > 1 && part.front() == '0') part.remove_prefix(1);
    if (start > 0) out += '.';
    out += part;
    start = dot + 1;
  }
  return out;
}

std::optional<in_addr> ParseIpv4(std::string_view text) {
  in_addr address{};
  if (text.find(':') != std::string_view::npos) return std::nullopt;
  if (inet_pton(AF_INET, WithoutLeadingZeros(text).c_str(), &address) != 1) return std::nullopt;
  return address;
}

std::string Ipv4Text(const void* address) {
  char text[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, address, text, sizeof text);
  return text;
}

// The first `bits` bits of `address`, the rest zero, as "2001:db8::/64".
std::string Ipv6Network(in6_addr address, int bits) {
  bits = std::clamp(bits, 0, 128);
  for (int byte = 0; byte < 16; ++byte) {
    const int keep = std::clamp(bits - byte * 8, 0, 8);
    address.s6_addr[byte] &= static_cast<unsigned char>(0xff00 >> keep);
  }
  char text[INET6_ADDRSTRLEN];
  inet_ntop(AF_INET6, &address, text, sizeof text);
  return std::string(text) + "/" + std::to_string(bits);
}

// An IPv4 or IPv6 address in text form: hex digits, dots and colons, nothing else.
bool LooksLikeAddress(std::string_view text) {
  return !text.empty() && text.size() <= 45 && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isxdigit(static_cast<unsigned char>(c)) || c == '.' || c == ':';
  });
}

}  // namespace

// Compared as addresses, not text: a dual-stack listener names an IPv4 proxy "::ffff:127.0.0.1".
bool IsTrustedProxy(std::string_view address, const std::vector<std::string>& proxies) {
  constexpr int kWholeAddress = 128;
  const std::string key = ClientKey(address, kWholeAddress);
  return std::any_of(proxies.begin(), proxies.end(),
                     [&](const std::string& proxy) { return ClientKey(proxy, kWholeAddress) == key; });
}

std::string ClientAddress(std::string_view peer, std::string_view forwarded_for, const std::vector<std::string>& proxies) {
  if (!IsTrustedProxy(peer, proxies) || forwarded_for.empty()) return std::string(peer);
  std::string_view rest = forwarded_for;
  while (!rest.empty()) {
    std::size_t comma = rest.rfind(',');
    std::string_view hop = Trim(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    if (!LooksLikeAddress(hop)) return std::string(peer);
    if (!IsTrustedProxy(hop, proxies)) return std::string(hop);
  }
  return std::string(peer);
}

std::string ClientKey(std::string_view address, int ipv6_prefix) {
  if (address.size() > 2 && address.front() == '[' && address.back() == ']') address = address.substr(1, address.size() - 2);
  // A zone ("fe80::1%eth0") names the local interface, not the client.
  address = address.substr(0, address.find('%'));
  if (auto ipv4 = ParseIpv4(address)) return Ipv4Text(&*ipv4);
  in6_addr ipv6{};
  if (inet_pton(AF_INET6, std::string(address).c_str(), &ipv6) != 1) return std::string(address);
  if (IN6_IS_ADDR_V4MAPPED(&ipv6)) return Ipv4Text(&ipv6.s6_addr[12]);
  return Ipv6Network(ipv6, ipv6_prefix);
}

}  // namespace nietpluis
