// End-to-end tests for kiosk/intake_server reached directly: clients that hold connections without finishing a request.
#include "intake_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "kiosk/kiosk_fixture.h"

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;
using Clock = std::chrono::steady_clock;

// A TCP connection to the intake on 127.0.0.1 from the loopback address `source`, so one test can
// play many clients. Non-blocking when asked, for clients that must not wait on a full queue.
int ConnectFrom(int port, const std::string& source, bool non_blocking = false) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in local{};
  local.sin_family = AF_INET;
  inet_pton(AF_INET, source.c_str(), &local.sin_addr);
  ::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local);
  if (non_blocking) fcntl(fd, F_SETFL, O_NONBLOCK);
  sockaddr_in server{};
  server.sin_family = AF_INET;
  server.sin_port = htons(static_cast<std::uint16_t>(port));
  server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::connect(fd, reinterpret_cast<sockaddr*>(&server), sizeof server);
  return fd;
}

// True when the server has closed `fd` (or reset it), after any answer it sent; waits at most `wait_ms`.
bool ClosedByServer(int fd, int wait_ms = 0) {
  pollfd entry{fd, POLLIN, 0};
  if (poll(&entry, 1, wait_ms) <= 0) return false;
  char buffer[4096];
  while (true) {
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
    if (n == 0) return true;
    if (n < 0) return errno != EAGAIN && errno != EWOULDBLOCK;
  }
}

// A visitor: GET /melden from `source` on a new connection, answered whole within `limit`.
bool AnsweredWithin(int port, const std::string& source, std::chrono::milliseconds limit) {
  const Clock::time_point deadline = Clock::now() + limit;
  const int fd = ConnectFrom(port, source, true);
  std::string answer;
  bool sent = false;
  while (Clock::now() < deadline) {
    const int left = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count());
    pollfd entry{fd, static_cast<short>(sent ? POLLIN : POLLOUT), 0};
    if (poll(&entry, 1, std::max(left, 1)) <= 0) continue;
    if (!sent) {
      const std::string request = "GET /melden HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
      sent = ::send(fd, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size());
      if (!sent) break;
      continue;
    }
    char buffer[8192];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    answer.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return answer.rfind("HTTP/1.1 200 OK\r\n", 0) == 0 && answer.find("</html>") != std::string::npos;
}

// Slowloris: `count` connections, each sending one more byte of a header that never ends every
// 3 seconds; each one the server closes is opened again at the next byte. Loopback only, and it
// stops by itself after `limit` even if the test does not.
class Trickle {
 public:
  Trickle(int port, int count, bool one_client, std::chrono::seconds limit)
      : port_(port), count_(count), one_client_(one_client), end_(Clock::now() + limit), thread_([this] { Run(); }) {}
  ~Trickle() {
    stop_ = true;
    thread_.join();
  }
  int open() const { return open_; }
  int opened() const { return opened_; }

 private:
  std::string Source(int i) const {
    return one_client_ ? "127.0.0.2" : "127.0.1." + std::to_string(i % 250 + 1);
  }
  void Run() {
    std::vector<int> fds(count_, -1);
    sent_.assign(count_, false);
    while (!stop_ && Clock::now() < end_) {
      for (int i = 0; i < count_; ++i) {
        if (fds[i] >= 0 && ClosedByServer(fds[i])) {
          ::close(fds[i]);
          fds[i] = -1;
          --open_;
        }
        if (fds[i] < 0) {
          fds[i] = ConnectFrom(port_, Source(i), true);
          sent_[i] = false;
          ++open_;
          ++opened_;
        } else {
          // The first time this completes a request line; after that it is one byte of a header.
          const char* bytes = sent_[i] ? "a" : "GET /melden HTTP/1.1\r\nX-a: ";
          if (::send(fds[i], bytes, std::strlen(bytes), MSG_NOSIGNAL) > 0) sent_[i] = true;
        }
      }
      const Clock::time_point next = std::min(end_, Clock::now() + std::chrono::seconds(3));
      while (!stop_ && Clock::now() < next) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    for (int fd : fds) {
      if (fd >= 0) ::close(fd);
    }
  }

  const int port_;
  const int count_;
  const bool one_client_;
  const Clock::time_point end_;
  std::atomic<bool> stop_{false};
  std::atomic<int> open_{0};
  std::atomic<int> opened_{0};
  std::vector<bool> sent_;
  std::thread thread_;
};

struct Visits {
  int answered = 0;       // of 30, each within a second
  long long slowest_ms = 0;
};

// 30 visitors one after another, 200 ms apart so the trickle goes on around them.
Visits VisitorsAnsweredWithinASecond(int port, const std::string& source) {
  Visits visits;
  for (int i = 0; i < 30; ++i) {
    const Clock::time_point start = Clock::now();
    if (AnsweredWithin(port, source, std::chrono::milliseconds(1000))) ++visits.answered;
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    visits.slowest_ms = std::max(visits.slowest_ms, static_cast<long long>(ms));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  return visits;
}

const std::string kOrganisation =
    "[[organisatie]]\nid = \"noord\"\nnaam = \"Welzijn Noord\"\npostcodes = [\"1000-1099\"]\n"
    "[organisatie.doorsturen]\ntype = \"https\"\nurl = \"https://127.0.0.1:1/meldingen\"\n"
    "geheim_bestand = \"geheim/sleutel\"\n";

TEST_CASE("200 trickling connections from many addresses leave every visitor served within a second",
          "[intake][slow_clients]") {
  KioskProcess kiosk(kOrganisation);
  kiosk.Start();
  Trickle trickle(kiosk.port(), 200, false, std::chrono::seconds(40));
  WaitUntil([&] { return trickle.open() == 200; }, std::chrono::seconds(5));
  std::this_thread::sleep_for(std::chrono::seconds(1));
  const Visits visits = VisitorsAnsweredWithinASecond(kiosk.port(), "127.0.0.1");
  INFO(visits.answered << " of 30 visitors answered within a second; the slowest took " << visits.slowest_ms << " ms");
  CHECK(visits.answered == 30);
}

TEST_CASE("200 trickling connections from one address leave that address and others served",
          "[intake][slow_clients]") {
  KioskProcess kiosk(kOrganisation);
  kiosk.Start();
  Trickle trickle(kiosk.port(), 200, true, std::chrono::seconds(40));
  WaitUntil([&] { return trickle.open() == 200; }, std::chrono::seconds(5));
  std::this_thread::sleep_for(std::chrono::seconds(1));
  const Visits others = VisitorsAnsweredWithinASecond(kiosk.port(), "127.0.0.1");
  INFO(others.answered << " of 30 other visitors answered within a second; the slowest took " << others.slowest_ms
                       << " ms");
  CHECK(others.answered == 30);
  // A browser on the address that trickles gets its page too: its new connection takes the place of
  // the one that waited longest.
  CHECK(AnsweredWithin(kiosk.port(), "127.0.0.2", std::chrono::milliseconds(1000)));
}

TEST_CASE("One client holds at most 16 idle connections", "[intake][slow_clients]") {
  KioskProcess kiosk(kOrganisation);
  kiosk.Start();
  std::vector<int> fds;
  for (int i = 0; i < 40; ++i) fds.push_back(ConnectFrom(kiosk.port(), "127.0.0.3"));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  int closed = 0;
  for (int fd : fds) closed += ClosedByServer(fd, 0) ? 1 : 0;
  CHECK(closed == 24);
  CHECK_FALSE(ClosedByServer(fds.back(), 0));  // the newest ones stay
  for (int fd : fds) ::close(fd);
}

TEST_CASE("A request sent a byte at a time is cut off at its deadline, however steady the bytes come",
          "[intake][slow_clients]") {
  KioskProcess kiosk(kOrganisation, "modus = \"publiek\"\n\n[publiek]\nheel_verzoek_s = 4\n");
  kiosk.Start();
  const int fd = ConnectFrom(kiosk.port(), "127.0.0.1");
  ::send(fd, "GET /melden HTTP/1.1\r\n", 22, MSG_NOSIGNAL);
  const Clock::time_point start = Clock::now();
  bool closed = false;
  // A byte a second: well within the 10 s pause allowed between bytes, and on past the 4 s allowed
  // for the whole request.
  while (!closed && Clock::now() - start < std::chrono::seconds(12)) {
    ::send(fd, "X", 1, MSG_NOSIGNAL);
    closed = ClosedByServer(fd, 1000);
  }
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
  INFO("closed after " << ms << " ms");
  CHECK(closed);
  CHECK(ms >= 3500);
  CHECK(ms <= 5500);
  ::close(fd);
}

}  // namespace
}  // namespace nietpluis::kiosk
