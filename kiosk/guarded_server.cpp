// Serving each connection of the intake under a deadline per request and the guard's limits.
#include "guarded_server.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>

namespace nietpluis::kiosk {
namespace {

using Clock = std::chrono::steady_clock;

// What a refused newcomer gets: all held connections are busy with requests, so it may try again soon.
constexpr char kBusy[] =
    "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

// Waits until `fd` is ready for `events`, at most until `deadline`; false on time-out or error.
bool WaitFor(int fd, short events, Clock::time_point deadline) {
  while (true) {
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd entry{fd, events, 0};
    const int ready = poll(&entry, 1, static_cast<int>(std::min<long long>(left, 60'000)));
    if (ready > 0) return true;
    if (ready < 0 && errno != EINTR) return false;
  }
}

void AddressOf(const sockaddr_storage& address, socklen_t length, std::string& ip, int& port) {
  if (address.ss_family == AF_INET) {
    port = ntohs(reinterpret_cast<const sockaddr_in*>(&address)->sin_port);
  } else if (address.ss_family == AF_INET6) {
    port = ntohs(reinterpret_cast<const sockaddr_in6*>(&address)->sin6_port);
  } else {
    return;
  }
  std::array<char, NI_MAXHOST> text{};
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&address), length, text.data(), text.size(), nullptr, 0,
                  NI_NUMERICHOST) == 0) {
    ip = text.data();
  }
}

std::string PeerAddress(int fd) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  std::string ip;
  int port = 0;
  if (getpeername(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) AddressOf(address, length, ip, port);
  return ip;
}

// One request's reads and its answer's writes. Every read waits at most `stall_s`, and all of them
// together end at the request's deadline: a byte now and then does not keep the connection.
class DeadlineStream : public httplib::Stream {
 public:
  DeadlineStream(int fd, const ConnectionLimits& limits, ConnectionGuard* guard, std::uint64_t id)
      : fd_(fd), limits_(limits), guard_(guard), id_(id),
        request_deadline_(Clock::now() + std::chrono::seconds(limits.request_s)) {}

  bool is_readable() const override {
    return offset_ < filled_ || WaitFor(fd_, POLLIN, ReadDeadline());
  }
  bool is_writable() const override { return WaitFor(fd_, POLLOUT, WriteDeadline()); }

  ssize_t read(char* data, std::size_t size) override {
    if (offset_ == filled_) {
      if (!WaitFor(fd_, POLLIN, ReadDeadline())) {
        timed_out_ = true;
        return -1;
      }
      const ssize_t got = recv(fd_, buffer_.data(), buffer_.size(), 0);
      if (got <= 0) return got;
      offset_ = 0;
      filled_ = static_cast<std::size_t>(got);
    }
    const std::size_t n = std::min(size, filled_ - offset_);
    std::copy_n(buffer_.data() + offset_, n, data);
    offset_ += n;
    reading_ = true;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* data, std::size_t size) override {
    if (reading_ || !writing_) {
      // An answer begins: the request is in (or a "100 Continue" invites its body, which still has
      // the request's deadline). The answer gets its own time.
      reading_ = false;
      writing_ = true;
      write_deadline_ = Clock::now() + std::chrono::seconds(limits_.write_s);
      guard_->Busy(id_);
    }
    // Without MSG_DONTWAIT a send larger than the room in the socket would block until the peer
    // reads, past the deadline; a part is fine, httplib sends the rest.
    while (WaitFor(fd_, POLLOUT, write_deadline_)) {
      const ssize_t sent = send(fd_, data, size, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (sent >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) return sent;
    }
    return -1;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override { Address(getpeername, ip, port); }
  void get_local_ip_and_port(std::string& ip, int& port) const override { Address(getsockname, ip, port); }
  socket_t socket() const override { return fd_; }

  void MarkRead() { guard_->Busy(id_); }
  // The request took longer than allowed: httplib answers 400, and the connection must then end.
  bool timed_out() const { return timed_out_; }

 private:
  Clock::time_point ReadDeadline() const {
    return std::min(request_deadline_, Clock::now() + std::chrono::seconds(limits_.stall_s));
  }
  Clock::time_point WriteDeadline() const {
    return writing_ ? write_deadline_ : Clock::now() + std::chrono::seconds(limits_.write_s);
  }
  void Address(int (*name)(int, sockaddr*, socklen_t*), std::string& ip, int& port) const {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (name(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0) AddressOf(address, length, ip, port);
  }

  const int fd_;
  const ConnectionLimits& limits_;
  ConnectionGuard* guard_;
  const std::uint64_t id_;
  const Clock::time_point request_deadline_;
  Clock::time_point write_deadline_{};
  bool timed_out_ = false;
  bool reading_ = false;
  bool writing_ = false;
  std::array<char, 4096> buffer_{};  // httplib reads header lines a byte at a time
  std::size_t offset_ = 0;
  std::size_t filled_ = 0;
};

thread_local DeadlineStream* current_stream = nullptr;
// When the listener accepted the connection this worker now serves.
thread_local Clock::time_point current_arrival{};

// httplib's pool, with each accepted connection stamped with the moment the listener accepted it.
// The listener calls `enqueue` in the order connections arrive; the workers may start them in any
// order under load, and the guard must still know which connection has waited longest.
class ArrivalStampingPool : public httplib::TaskQueue {
 public:
  explicit ArrivalStampingPool(std::size_t workers) : pool_(workers) {}
  void enqueue(std::function<void()> task) override {
    pool_.enqueue([arrived = Clock::now(), task = std::move(task)] {
      current_arrival = arrived;
      task();
    });
  }
  void shutdown() override { pool_.shutdown(); }

 private:
  httplib::ThreadPool pool_;
};

}  // namespace

void MarkRequestRead() {
  if (current_stream) current_stream->MarkRead();
}

GuardedServer::GuardedServer(ConnectionLimits limits, std::function<std::string(const std::string&)> client_of)
    : limits_(limits), client_of_(std::move(client_of)), guard_(limits.max_connections, limits.per_client) {
  // A few workers more than connections held: a newcomer needs a free worker to make room for itself.
  new_task_queue = [this] { return new ArrivalStampingPool(limits_.max_connections + 8); };
}

bool GuardedServer::BindTo(const std::string& host, int port) {
  if (!bind_to_port(host, port)) return false;
  ::listen(svr_sock_, SOMAXCONN);  // listening already: this only widens the queue
  return true;
}

void GuardedServer::StopWaiting() { guard_.ShutdownWaiting(); }

bool GuardedServer::process_and_close_socket(socket_t sock) {
  bool served = false;
  if (std::optional<std::uint64_t> id = guard_.Admit(sock, client_of_(PeerAddress(sock)), current_arrival)) {
    served = ServeConnection(sock, *id);
    guard_.Leave(*id);
  } else {
    send(sock, kBusy, sizeof kBusy - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
  }
  shutdown(sock, SHUT_RDWR);
  close(sock);
  return served;
}

bool GuardedServer::ServeConnection(socket_t sock, std::uint64_t id) {
  bool served = false;
  for (std::size_t left = keep_alive_max_count_; left > 0 && svr_sock_ != INVALID_SOCKET; --left) {
    guard_.Waiting(id);
    if (!WaitFor(sock, POLLIN, Clock::now() + std::chrono::seconds(limits_.idle_s))) break;
    DeadlineStream stream(sock, limits_, &guard_, id);
    current_stream = &stream;
    bool closed = false;
    served = process_request(stream, left == 1, closed, nullptr);
    current_stream = nullptr;
    if (!served || closed || stream.timed_out()) break;
  }
  return served;
}

}  // namespace nietpluis::kiosk
