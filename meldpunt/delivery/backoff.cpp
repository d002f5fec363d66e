// Exponential backoff with jitter.
#include "delivery/backoff.h"

#include <algorithm>

namespace nietpluis {

std::int64_t BackoffSeconds(int attempts, int first_s, int cap_s, double random01) {
  double delay = first_s;
  for (int i = 1; i < attempts && delay < cap_s; ++i) delay *= 2;
  delay = std::min<double>(delay, cap_s);
  double jittered = delay / 2 + delay / 2 * std::clamp(random01, 0.0, 1.0);
  return std::clamp<std::int64_t>(static_cast<std::int64_t>(jittered), 1, std::max(cap_s, 1));
}

}  // namespace nietpluis
