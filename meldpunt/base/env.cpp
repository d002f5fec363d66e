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

Diagnostic WriteError(const std::filesystem::path& path, int err) { return DiskError(DiskOp::kWrite, path, err); }

FileType TypeOf(mode_t mode) {
  if (S_ISREG(mode)) return FileType::kFile;
  if (S_ISDIR(mode)) return FileType::kDirectory;
  if (S_ISLNK(mode)) return FileType::kLink;
  return FileType::kOther;
}

FileInfo InfoOf(int result, const struct stat& info) {
  if (result != 0) return FileInfo{};
  FileInfo file{TypeOf(info.st_mode), 0};
  if (file.is_file()) file.size = static_cast<std::uintmax_t>(info.st_size);
  return file;
}

// The type readdir already knows, so listing a folder of files costs no look at each one.
FileType TypeOf(const std::filesystem::directory_entry& entry) {
  std::error_code ec;
  const std::filesystem::file_status status = entry.symlink_status(ec);
  if (ec) return FileType::kMissing;  // gone between listing and looking
  switch (status.type()) {
    case std::filesystem::file_type::regular: return FileType::kFile;
    case std::filesystem::file_type::directory: return FileType::kDirectory;
    case std::filesystem::file_type::symlink: return FileType::kLink;
    case std::filesystem::file_type::not_found: return FileType::kMissing;
    default: return FileType::kOther;
  }
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
    if (fd < 0) return DiskError(DiskOp::kRead, path, errno);
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
    if (ec) return DiskError(DiskOp::kRemove, path, ec.value());
    return Status::Ok();
  }

  Result<std::vector<DirEntry>> ListDirectory(const std::filesystem::path& path) override {
    std::vector<DirEntry> entries;
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator(path, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec)) {
      entries.push_back(DirEntry{it->path().filename().string(), TypeOf(*it)});
    }
    if (ec) return DiskError(DiskOp::kList, path, ec.value());
    std::sort(entries.begin(), entries.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
    return entries;
  }

  FileInfo Stat(const std::filesystem::path& path) override {
    struct stat info;
    int result = ::stat(path.c_str(), &info);
    return InfoOf(result, info);
  }

  FileInfo LinkStat(const std::filesystem::path& path) override {
    struct stat info;
    int result = ::lstat(path.c_str(), &info);
    return InfoOf(result, info);
  }

  Result<std::filesystem::path> ReadLink(const std::filesystem::path& path) override {
    std::error_code ec;
    std::filesystem::path target = std::filesystem::read_symlink(path, ec);
    if (ec) return DiskError(DiskOp::kRead, path, ec.value());
    return target;
  }

  Result<std::filesystem::path> Resolve(const std::filesystem::path& path) override {
    std::error_code ec;
    std::filesystem::path real = std::filesystem::weakly_canonical(path, ec);
    if (ec) return DiskError(DiskOp::kRead, path, ec.value());
    return real;
  }
};

}  // namespace

Diagnostic DiskError(DiskOp op, const std::filesystem::path& path, int err) {
  const std::string reason = " (" + Reason(err) + ")";
  switch (op) {
    case DiskOp::kRead:
      return Error(path.string(), 0, "kan niet lezen" + reason, "kijk of het bestand bestaat en leesbaar is");
    case DiskOp::kList:
      return Error(path.string(), 0, "kan de map niet lezen" + reason, "kijk of de map bestaat");
    case DiskOp::kRemove:
      return Error(path.string(), 0, "kan niet opruimen" + reason, "verwijder deze map met de hand");
    case DiskOp::kWrite:
    case DiskOp::kCreateDirectories:
    case DiskOp::kRename:
    case DiskOp::kExchange:
      break;
  }
  return Error(path.string(), 0, "kan niet schrijven" + reason,
               "kijk of er genoeg ruimte op de schijf is en of u in deze map mag schrijven");
}

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
