// Unit tests for kiosk/connection_guard: which connection gives way to a newcomer, and when it is refused.
#include "connection_guard.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <thread>
#include <vector>

namespace nietpluis::kiosk {
namespace {

// A connected pair of sockets: the guard holds `server`, the test watches `client` for the end.
struct Pair {
  Pair() {
    int fds[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
    server = fds[0];
    client = fds[1];
  }
  ~Pair() {
    close(server);
    close(client);
  }
  bool ShutDown() const {
    pollfd entry{client, POLLIN, 0};
    char byte;
    return poll(&entry, 1, 0) == 1 && recv(client, &byte, 1, MSG_DONTWAIT) == 0;
  }
  int server;
  int client;
};

// Admissions a moment apart, so "the one that waited longest" is well defined.
std::optional<std::uint64_t> AdmitLater(ConnectionGuard& guard, const Pair& pair, const std::string& client) {
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
  return guard.Admit(pair.server, client, std::chrono::steady_clock::now());
}

TEST_CASE("A client's newest connection takes the place of its longest-waiting one", "[connection_guard]") {
  ConnectionGuard guard(10, 2);
  Pair a1, a2, a3, b1;
  REQUIRE(AdmitLater(guard, a1, "192.0.2.1"));
  REQUIRE(AdmitLater(guard, a2, "192.0.2.1"));
  REQUIRE(AdmitLater(guard, b1, "192.0.2.2"));
  REQUIRE(AdmitLater(guard, a3, "192.0.2.1"));
  CHECK(a1.ShutDown());
  CHECK_FALSE(a2.ShutDown());
  CHECK_FALSE(a3.ShutDown());
  CHECK_FALSE(b1.ShutDown());
  CHECK(guard.held() == 3);
}

TEST_CASE("A connection admitted late by its worker keeps its place in the order of arrival", "[connection_guard]") {
  // Under load the pool's workers admit connections out of the order the listener accepted them:
  // the one accepted first must still be the one that has waited longest.
  ConnectionGuard guard(10, 2);
  Pair first, second, third;
  const auto start = std::chrono::steady_clock::now();
  REQUIRE(guard.Admit(second.server, "192.0.2.1", start + std::chrono::milliseconds(2)));
  REQUIRE(guard.Admit(first.server, "192.0.2.1", start));
  REQUIRE(guard.Admit(third.server, "192.0.2.1", start + std::chrono::milliseconds(4)));
  CHECK(first.ShutDown());
  CHECK_FALSE(second.ShutDown());
  CHECK_FALSE(third.ShutDown());
}

TEST_CASE("A connection whose request has arrived never gives way; then the newcomer is refused", "[connection_guard]") {
  ConnectionGuard guard(10, 2);
  Pair a1, a2, a3, a4;
  auto first = AdmitLater(guard, a1, "192.0.2.1");
  auto second = AdmitLater(guard, a2, "192.0.2.1");
  guard.Busy(*first);
  auto third = AdmitLater(guard, a3, "192.0.2.1");  // a2 still waits for its request, so it gives way
  REQUIRE(third);
  CHECK(a2.ShutDown());
  CHECK_FALSE(a1.ShutDown());
  guard.Leave(*second);  // a2's worker leaves after the shutdown: nothing changes for the others
  CHECK(guard.held() == 2);
  guard.Busy(*third);
  CHECK_FALSE(AdmitLater(guard, a4, "192.0.2.1"));
  CHECK_FALSE(a1.ShutDown());
  CHECK_FALSE(a3.ShutDown());
  CHECK(guard.held() == 2);
}

TEST_CASE("When all places are taken the longest-waiting connection of anyone gives way", "[connection_guard]") {
  ConnectionGuard guard(3, 0);
  Pair p1, p2, p3, p4, p5;
  auto first = AdmitLater(guard, p1, "192.0.2.1");
  REQUIRE(AdmitLater(guard, p2, "192.0.2.2"));
  REQUIRE(AdmitLater(guard, p3, "192.0.2.3"));
  guard.Busy(*first);
  REQUIRE(AdmitLater(guard, p4, "192.0.2.4"));
  CHECK_FALSE(p1.ShutDown());  // busy
  CHECK(p2.ShutDown());
  CHECK_FALSE(p3.ShutDown());
  // A connection that went back to waiting (kept alive after its answer) waits from now on.
  guard.Waiting(*first);
  REQUIRE(AdmitLater(guard, p5, "192.0.2.5"));
  CHECK(p3.ShutDown());
  CHECK_FALSE(p1.ShutDown());
}

TEST_CASE("With every place busy a newcomer is refused, and a trusted proxy has no limit of its own",
          "[connection_guard]") {
  ConnectionGuard guard(3, 1);
  std::vector<Pair> pairs(4);
  for (int i = 0; i < 3; ++i) {
    auto id = AdmitLater(guard, pairs[i], "");  // "" is the proxy in front
    REQUIRE(id);
    guard.Busy(*id);
  }
  CHECK_FALSE(AdmitLater(guard, pairs[3], "192.0.2.1"));
  CHECK(guard.held() == 3);
  for (const Pair& pair : pairs) CHECK_FALSE(pair.ShutDown());
}

TEST_CASE("ShutdownWaiting ends the connections that wait and lets busy ones finish", "[connection_guard]") {
  ConnectionGuard guard(10, 0);
  Pair waiting, busy;
  REQUIRE(AdmitLater(guard, waiting, "192.0.2.1"));
  guard.Busy(*AdmitLater(guard, busy, "192.0.2.2"));
  guard.ShutdownWaiting();
  CHECK(waiting.ShutDown());
  CHECK_FALSE(busy.ShutDown());
}

}  // namespace
}  // namespace nietpluis::kiosk
