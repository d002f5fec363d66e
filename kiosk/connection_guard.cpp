// The register of open connections and the choice of which one gives way.
#include "connection_guard.h"

#include <sys/socket.h>

#include <algorithm>

namespace nietpluis::kiosk {

ConnectionGuard::ConnectionGuard(std::size_t max_connections, std::size_t per_client)
    : max_connections_(max_connections), per_client_(per_client) {}

template <typename Select>
bool ConnectionGuard::MakeRoom(Select select) {
  auto oldest = connections_.end();
  for (auto it = connections_.begin(); it != connections_.end(); ++it) {
    if (it->waiting && select(*it) && (oldest == connections_.end() || it->since < oldest->since)) oldest = it;
  }
  if (oldest == connections_.end()) return false;
  // Its worker wakes from poll, reads the end of the stream and closes the socket itself.
  shutdown(oldest->fd, SHUT_RDWR);
  connections_.erase(oldest);
  return true;
}

std::optional<std::uint64_t> ConnectionGuard::Admit(int fd, const std::string& client,
                                                    std::chrono::steady_clock::time_point arrived) {
  std::lock_guard lock(mutex_);
  if (per_client_ > 0 && !client.empty()) {
    const auto own = [&](const Connection& c) { return c.client == client; };
    if (static_cast<std::size_t>(std::count_if(connections_.begin(), connections_.end(), own)) >= per_client_ &&
        !MakeRoom(own)) {
      return std::nullopt;
    }
  }
  if (connections_.size() >= max_connections_ && !MakeRoom([](const Connection&) { return true; })) {
    return std::nullopt;
  }
  const std::uint64_t id = next_id_++;
  connections_.push_back({id, fd, client, true, arrived});
  return id;
}

void ConnectionGuard::Waiting(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  for (Connection& c : connections_) {
    // Only a connection that was busy begins to wait now; one still waiting since it was admitted
    // keeps its place, or a worker scheduled late would make an older connection look newest.
    if (c.id == id && !c.waiting) {
      c.waiting = true;
      c.since = std::chrono::steady_clock::now();
    }
  }
}

void ConnectionGuard::Busy(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  for (Connection& c : connections_) {
    if (c.id == id) c.waiting = false;
  }
}

void ConnectionGuard::Leave(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  std::erase_if(connections_, [&](const Connection& c) { return c.id == id; });
}

void ConnectionGuard::ShutdownWaiting() {
  std::lock_guard lock(mutex_);
  for (const Connection& c : connections_) {
    if (c.waiting) shutdown(c.fd, SHUT_RDWR);
  }
}

std::size_t ConnectionGuard::held() const {
  std::lock_guard lock(mutex_);
  return connections_.size();
}

}  // namespace nietpluis::kiosk
