// Reading X-Forwarded-For from a trusted proxy only.
#include "client_address.h"

#include <algorithm>
#include <cctype>

#include "text.h"

namespace nietpluis {
namespace {

bool IsProxy(std::string_view address, const std::vector<std::string>& proxies) {
  return std::find(proxies.begin(), proxies.end(), address) != proxies.end();
}

// An IPv4 or IPv6 address in text form: hex digits, dots and colons, nothing else.
bool LooksLikeAddress(std::string_view text) {
  return !text.empty() && text.size() <= 45 && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isxdigit(static_cast<unsigned char>(c)) || c == '.' || c == ':';
  });
}

}  // namespace

std::string ClientAddress(std::string_view peer, std::string_view forwarded_for, const std::vector<std::string>& proxies) {
  if (!IsProxy(peer, proxies) || forwarded_for.empty()) return std::string(peer);
  std::string_view rest = forwarded_for;
  while (!rest.empty()) {
    std::size_t comma = rest.rfind(',');
    std::string_view hop = Trim(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    if (!LooksLikeAddress(hop)) return std::string(peer);
    if (!IsProxy(hop, proxies)) return std::string(hop);
  }
  return std::string(peer);
}

}  // namespace nietpluis
