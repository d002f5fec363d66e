// How long the forwarder waits before it tries an organisation again.
#pragma once

#include <cstdint>

namespace nietpluis {

// Doubles from `first_s` per failed attempt up to `cap_s`, then takes a random point in the upper
// half (`random01` in [0, 1)), so kiosks that lost the network together do not return together.
// Never more than `cap_s`, never less than 1.
std::int64_t BackoffSeconds(int attempts, int first_s, int cap_s, double random01);

}  // namespace nietpluis
