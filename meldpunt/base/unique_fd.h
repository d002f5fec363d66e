// A file descriptor that closes itself, for code that works on the disk below std::filesystem.
#pragma once

#include <unistd.h>

namespace nietpluis {

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace nietpluis
