// The system clock.
#include "base/clock.h"

#include <chrono>

namespace nietpluis {
namespace {

class SystemClock : public Clock {
 public:
  std::int64_t NowSeconds() override {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  }
};

}  // namespace

Clock* Clock::System() {
  static SystemClock clock;
  return &clock;
}

}  // namespace nietpluis
