// Fuzzes X-Forwarded-For handling. Input: the peer on the first line, the header on the second, and
// the trusted proxies on the lines after. The answer is checked against the rule in client_address.h.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "base/text.h"
#include "fuzz_support.h"
#include "intake/client_address.h"

namespace {

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  std::stringstream stream{std::string(text)};
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

bool LooksLikeAddress(std::string_view text) {
  return !text.empty() && text.size() <= 45 && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isxdigit(static_cast<unsigned char>(c)) || c == '.' || c == ':';
  });
}

// Whether `address` is a proxy: compared as addresses, so "10.0.00.2" and "::ffff:10.0.0.2" are the
// proxy 10.0.0.2 (client_address_test.cpp checks that equivalence; this harness checks the walk).
bool IsProxy(std::string_view address, const std::vector<std::string>& proxies) {
  return nietpluis::IsTrustedProxy(address, proxies);
}

// The same rule written another way: split the whole header first, then walk it from the right.
std::string Expected(const std::string& peer, const std::string& header, const std::vector<std::string>& proxies) {
  auto is_proxy = [&](std::string_view address) { return IsProxy(address, proxies); };
  if (!is_proxy(peer) || header.empty()) return peer;
  std::vector<std::string> hops;
  std::size_t start = 0;
  for (std::size_t comma = header.find(','); ; comma = header.find(',', start)) {
    hops.push_back(header.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
    std::string_view address = nietpluis::Trim(*hop);
    if (!LooksLikeAddress(address)) return peer;
    if (!is_proxy(address)) return std::string(address);
  }
  return peer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nietpluis::fuzz;
  std::vector<std::string> lines = Lines(AsText(data, size));
  const std::string peer = lines.size() > 0 ? lines[0] : "";
  const std::string header = lines.size() > 1 ? lines[1] : "";
  const std::vector<std::string> proxies(lines.begin() + std::min<std::size_t>(lines.size(), 2), lines.end());
  const std::string client = nietpluis::ClientAddress(peer, header, proxies);
  FUZZ_CHECK_MSG(client == Expected(peer, header, proxies), client);
  if (client != peer) {
    FUZZ_CHECK(LooksLikeAddress(client) && header.find(client) != std::string::npos);
    FUZZ_CHECK(!IsProxy(client, proxies));
    FUZZ_CHECK(IsProxy(peer, proxies));
  }
  return 0;
}
