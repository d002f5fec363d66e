// cpp-httplib's server with deadlines on whole requests and the connection guard in front of its workers.
#pragma once

#include <httplib.h>

#include <functional>
#include <memory>
#include <string>

#include "connection_guard.h"

namespace nietpluis::kiosk {

struct ConnectionLimits {
  std::size_t max_connections = 64;  // held at once, each on its own worker
  std::size_t per_client = 16;       // of those, from one client; a browser opens six
  int idle_s = 5;                    // the wait for the first byte of a request, after connecting or between requests
  int request_s = 20;                // the whole request, header and body, from its first byte
  int stall_s = 10;                  // the longest pause within a request
  int write_s = 10;                  // the whole answer
};

// httplib gives each connection a worker until it closes, and its read time-out starts again with
// every byte, so a client that trickles a byte every few seconds, or keeps connections idle, holds
// a worker for as long as it likes. This server reads each request through a stream with a deadline
// for the whole request, and lets the guard decide which connections it holds.
class GuardedServer : public httplib::Server {
 public:
  // `client_of` turns a peer address into the guard's client key ("" for a trusted proxy).
  GuardedServer(ConnectionLimits limits, std::function<std::string(const std::string&)> client_of);

  // bind_to_port with room for a burst of connects: httplib's backlog of 5 drops the connect of a
  // visitor who arrives with a crowd, and the client tries again only after a second.
  bool BindTo(const std::string& host, int port);
  // After stop(): shuts down the connections that wait for a request, so their workers do not wait
  // out the time-out; answers being written are finished.
  void StopWaiting();
  std::size_t held() const { return guard_.held(); }

 private:
  bool process_and_close_socket(socket_t sock) override;
  bool ServeConnection(socket_t sock, std::uint64_t id);

  const ConnectionLimits limits_;
  std::function<std::string(const std::string&)> client_of_;
  ConnectionGuard guard_;
};

// Tells the guard that the request on this thread's connection has been read whole (the handler has
// its body), so the connection no longer gives way to newcomers. Does nothing outside a guarded worker.
void MarkRequestRead();

}  // namespace nietpluis::kiosk
