// A kiosk's registrations of its follow-up codes with the public intake: the queued tokens of the
// follow store, posted through the courier, with backoff while the intake cannot be reached.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <random>
#include <string>

#include "base/clock.h"
#include "delivery/follow_store.h"
#include "delivery/forwarder.h"

namespace nietpluis {

// The journal's words for it, beside the forwarder's; each line says how many, never which.
inline constexpr const char* kLogFollowRegistered = "NP-FOLLOW-REGISTERED";
inline constexpr const char* kLogFollowRegisterRetry = "NP-FOLLOW-REGISTER-RETRY";
inline constexpr const char* kLogFollowRegisterDropped = "NP-FOLLOW-REGISTER-DROPPED";

class FollowRegistrar {
 public:
  using Log = std::function<void(const std::string&)>;
  // How many tokens one pass takes from the store; a pass that took this many is followed at once.
  static constexpr int kBatch = 20;

  // `url` is the public intake's /volg/ontvangen; the retries wait as the forwarder's do.
  FollowRegistrar(FollowStore* store, Courier* courier, std::string url, int first_retry_s, int max_retry_s,
                  Clock* clock, Log log);

  // Posts what is due, oldest first: registered and refused tokens are deleted, expired ones too
  // without a post. At the first failure to reach the intake the pass ends and the intake is left
  // alone for the backoff (the other tokens would fail the same way). Returns the seconds until
  // something may be due again: 0 when there may be more now. `stopping` ends the pass early and
  // leaves the token under way as it was.
  std::int64_t RunDue(const std::function<bool()>& stopping = {});

 private:
  FollowStore* store_;
  Courier* courier_;
  std::string url_;
  int first_retry_s_;
  int max_retry_s_;
  Clock* clock_;
  Log log_;
  std::int64_t paused_until_ = 0;  // the intake was not reached; in memory, the tokens keep their own times
  std::mt19937 random_{std::random_device{}()};
};

}  // namespace nietpluis
