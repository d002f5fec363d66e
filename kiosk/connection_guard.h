// Which connections the intake holds: a bound in total and per client, and room for newcomers.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace nietpluis::kiosk {

// Every open connection holds one of httplib's workers, so a client that opens many, or sends its
// request slowly, or keeps connections idle, takes workers from everyone else. The guard keeps a
// register of the connections and, when a new one would pass a limit, shuts down the connection of
// the same client (or, for the total, of anyone) that has waited longest for its request. A
// connection whose request has arrived is never shut down: only then is the new one refused.
class ConnectionGuard {
 public:
  // `per_client` 0: no limit per client.
  ConnectionGuard(std::size_t max_connections, std::size_t per_client);

  // Registers the connection on socket `fd` from `client` (ClientKey of the peer; empty for a
  // trusted proxy, which speaks for many visitors and has no limit of its own), accepted at
  // `arrived` (its wait for a request began then, however late a worker admits it). Its id for the
  // calls below; nothing when it must be closed at once because every held connection is busy.
  std::optional<std::uint64_t> Admit(int fd, const std::string& client,
                                     std::chrono::steady_clock::time_point arrived);
  // The connection waits for (or is reading) a request: it may give way to a newcomer.
  void Waiting(std::uint64_t id);
  // Its request has arrived: it may not give way.
  void Busy(std::uint64_t id);
  // Forgets the connection; call before its socket is closed, so no shutdown can reach a socket
  // that reuses the number.
  void Leave(std::uint64_t id);
  // Shuts down every waiting connection (the server stops), so none waits out its time-out; busy
  // ones finish their answer.
  void ShutdownWaiting();

  std::size_t held() const;

 private:
  struct Connection {
    std::uint64_t id;
    int fd;
    std::string client;
    bool waiting;
    std::chrono::steady_clock::time_point since;  // when it began to wait
  };
  // Shuts down the connection that has waited longest among those `select` accepts; false if none waits.
  template <typename Select>
  bool MakeRoom(Select select);

  const std::size_t max_connections_;
  const std::size_t per_client_;
  mutable std::mutex mutex_;
  std::vector<Connection> connections_;
  std::uint64_t next_id_ = 1;
};

}  // namespace nietpluis::kiosk
