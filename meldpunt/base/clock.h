// The clock seam: the outbox and forwarder ask it the time, so tests can move time on.
#pragma once

#include <cstdint>

namespace nietpluis {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::int64_t NowSeconds() = 0;  // Unix time
  static Clock* System();
};

}  // namespace nietpluis
