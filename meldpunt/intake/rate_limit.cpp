// Sliding-window counting of form posts per client.
#include "intake/rate_limit.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <random>

#include "intake/client_address.h"

namespace nietpluis {

RateLimiter::RateLimiter(int limit, std::int64_t window_s, int ipv6_prefix)
    : limit_(limit), window_s_(window_s), ipv6_prefix_(ipv6_prefix) {
  std::random_device random;
  for (std::uint64_t& word : secret_) word = (static_cast<std::uint64_t>(random()) << 32) | random();
}

std::uint64_t RateLimiter::Key(std::string_view client) const {
  const std::string counted = ClientKey(client, ipv6_prefix_);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  HMAC(EVP_sha256(), secret_, sizeof secret_, reinterpret_cast<const unsigned char*>(counted.data()), counted.size(),
       digest, &length);
  std::uint64_t key = 0;
  for (int i = 0; i < 8; ++i) key = (key << 8) | digest[i];
  return key;
}

void RateLimiter::Forget(std::int64_t now) {
  while (!order_.empty() && (order_.front().first <= now - window_s_ || order_.size() >= kMaxClients)) {
    auto [time, key] = order_.front();
    order_.pop_front();
    auto it = posts_.find(key);
    if (it == posts_.end()) continue;
    std::deque<std::int64_t>& times = it->second;
    if (!times.empty() && times.front() == time) times.pop_front();
    if (times.empty()) posts_.erase(it);
  }
}

bool RateLimiter::Allow(std::string_view client, std::int64_t now) {
  if (limit_ <= 0) return true;
  std::uint64_t key = Key(client);
  std::lock_guard lock(mutex_);
  Forget(now);
  std::deque<std::int64_t>& times = posts_[key];
  if (static_cast<int>(times.size()) >= limit_) return false;
  times.push_back(now);
  order_.emplace_back(now, key);
  return true;
}

std::int64_t RateLimiter::RetryAfter(std::string_view client, std::int64_t now) {
  if (limit_ <= 0) return 0;
  std::uint64_t key = Key(client);
  std::lock_guard lock(mutex_);
  Forget(now);
  auto it = posts_.find(key);
  if (it == posts_.end() || static_cast<int>(it->second.size()) < limit_) return 0;
  return std::max<std::int64_t>(1, it->second.front() + window_s_ - now);
}

std::size_t RateLimiter::tracked() const {
  std::lock_guard lock(mutex_);
  return posts_.size();
}

}  // namespace nietpluis
