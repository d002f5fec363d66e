// A per-client limit on posts of the online form, held only in memory and keyed so that not even
// memory holds a visitor's address.
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace nietpluis {

class RateLimiter {
 public:
  // At most `limit` posts per client in any `window_s` seconds; a limit of 0 lets everything through.
  // A client is an IPv4 address or an IPv6 network of `ipv6_prefix` bits (ClientKey).
  RateLimiter(int limit, std::int64_t window_s, int ipv6_prefix = 64);

  // Counts a post by `client` at `now` and says whether it may go on. A refused post is not counted,
  // so a client that keeps trying is let through again once its window has passed.
  bool Allow(std::string_view client, std::int64_t now);
  // Seconds until `client` may post again (0 when it may now); for Retry-After.
  std::int64_t RetryAfter(std::string_view client, std::int64_t now);

  std::size_t tracked() const;

  // Beyond this many counted posts the oldest are forgotten, so a flood of addresses cannot exhaust memory.
  static constexpr std::size_t kMaxClients = 100000;

 private:
  std::uint64_t Key(std::string_view client) const;
  void Forget(std::int64_t now);

  int limit_;
  std::int64_t window_s_;
  int ipv6_prefix_;
  std::uint64_t secret_[2];  // random per process: the same address gives another key after a restart
  mutable std::mutex mutex_;
  std::unordered_map<std::uint64_t, std::deque<std::int64_t>> posts_;  // times of counted posts
  std::deque<std::pair<std::int64_t, std::uint64_t>> order_;            // (time, key) oldest first
};

}  // namespace nietpluis
