// The real-disk Env, on POSIX calls so that errno (a full disk, say) reaches the user intact.
#include "base/env.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <system_error>

namespace nietpluis {
namespace {

std::string Reason(int err) { return std::strerror(err); }

Diagnostic WriteError(const std::filesystem::path& path, int err) {
  return Error(path.string(), 0, "kan niet schrijven (" + Reason(err) + ")",
               "kijk of er genoeg ruimte op de schijf is en of u in deze map mag schrijven");
}

// Never through a link: every file written is one Nietpluis makes, and a link in its place (planted in
// an output or cache folder) would turn the write onto whatever it points to.
int OpenForWriting(const std::filesystem::path& path) {
  return ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
}

class PosixEnv : public Env {
 public:
  Result<std::string> ReadFile(const std::filesystem::path& path) override {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      int err = errno;
      return Error(path.string(), 0, "kan niet lezen (" + Reason(err) + ")",
                   "kijk of het bestand bestaat en leesbaar is");
    }
    std::string contents;
    struct stat info;  // reserved up front, so a large file is not copied again at every doubling
    if (::fstat(fd, &info) == 0 && info.st_size > 0) contents.reserve(static_cast<std::size_t>(info.st_size));
    char buffer[64 * 1024];
    for (;;) {
      ssize_t n = ::read(fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        int err = errno;
        ::close(fd);
        return Error(path.string(), 0, "kan niet lezen (" + Reason(err) + ")", "kijk of het bestand leesbaar is");
      }
      if (n == 0) break;
      contents.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return contents;
  }

  Status WriteFile(const std::filesystem::path& path, std::string_view contents) override {
    int fd = OpenForWriting(path);
    if (fd < 0) return WriteError(path, errno);
    const char* data = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
      ssize_t n = ::write(fd, data, left);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        int err = errno;
        ::close(fd);
        return WriteError(path, err);
      }
      data += n;
      left -= static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) return WriteError(path, errno);
    return Status::Ok();
  }

  Status WriteFileParts(const std::filesystem::path& path, const std::vector<std::string_view>& parts) override {
    int fd = OpenForWriting(path);
    if (fd < 0) return WriteError(path, errno);
    std::vector<iovec> pending;
    for (std::string_view part : parts) {
      if (!part.empty()) pending.push_back(iovec{const_cast<char*>(part.data()), part.size()});
    }
    for (std::size_t next = 0; next < pending.size();) {
      const int count = static_cast<int>(std::min<std::size_t>(pending.size() - next, IOV_MAX));
      ssize_t n = ::writev(fd, pending.data() + next, count);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        int err = n < 0 ? errno : EIO;
        ::close(fd);
        return WriteError(path, err);
      }
      // Past what was written: whole parts, then the written start of the next.
      for (auto written = static_cast<std::size_t>(n); written > 0;) {
        const std::size_t taken = std::min(written, pending[next].iov_len);
        pending[next].iov_base = static_cast<char*>(pending[next].iov_base) + taken;
        pending[next].iov_len -= taken;
        written -= taken;
        if (pending[next].iov_len == 0) ++next;
      }
    }
    if (::close(fd) != 0) return WriteError(path, errno);
    return Status::Ok();
  }

  Status CreateDirectories(const std::filesystem::path& path) override {
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (ec) return WriteError(path, ec.value());
    return Status::Ok();
  }

  Status Rename(const std::filesystem::path& from, const std::filesystem::path& to) override {
    if (::rename(from.c_str(), to.c_str()) != 0) return WriteError(to, errno);
    return Status::Ok();
  }

  Status Exchange(const std::filesystem::path& a, const std::filesystem::path& b) override {
    if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) != 0) return WriteError(b, errno);
    return Status::Ok();
  }

  Status RemoveAll(const std::filesystem::path& path) override {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
    if (ec) {
      return Error(path.string(), 0, "kan niet opruimen (" + ec.message() + ")",
                   "verwijder deze map met de hand");
    }
    return Status::Ok();
  }
};

}  // namespace

Status Env::WriteFileParts(const std::filesystem::path& path, const std::vector<std::string_view>& parts) {
  std::string joined;
  std::size_t size = 0;
  for (std::string_view part : parts) size += part.size();
  joined.reserve(size);
  for (std::string_view part : parts) joined += part;
  return WriteFile(path, joined);
}

Env* Env::Default() {
  static PosixEnv env;
  return &env;
}

}  // namespace nietpluis
