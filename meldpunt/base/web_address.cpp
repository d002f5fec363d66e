// Web address helpers.
#include "base/web_address.h"

#include <algorithm>
#include <cctype>

#include "base/text.h"

namespace nietpluis {

bool IsLoopbackHost(const std::string& host) {
  if (host == "localhost" || host == "::1") return true;
  // Only a literal address in 127/8: "127.example.nl" is a name anyone can point anywhere.
  return StartsWith(host, "127.") && std::all_of(host.begin(), host.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) || c == '.';
         });
}

std::string UrlHost(const std::string& url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) return {};
  std::string rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (std::size_t at = rest.rfind('@'); at != std::string::npos) rest = rest.substr(at + 1);
  if (!rest.empty() && rest.front() == '[') {
    std::size_t close = rest.find(']');
    return close == std::string::npos ? "" : rest.substr(1, close - 1);
  }
  return rest.substr(0, rest.find(':'));
}

std::string UrlOrigin(const std::string& url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) return "";
  return url.substr(0, url.find_first_of("/?#", scheme + 3));
}

}  // namespace nietpluis
