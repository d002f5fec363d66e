// Reading or making the follow-up key.
#include "delivery/follow_key.h"

#include <fcntl.h>
#include <openssl/rand.h>
#include <unistd.h>

#include <cerrno>

#include "base/text.h"

namespace nietpluis {
namespace {

Diagnostic KeyError(const std::string& path, const std::string& what) {
  return Error(path, 0, what, "haal het bestand weg, dan maakt de kiosk een nieuwe sleutel; of zet [volgen] sleutel_bestand in kiosk.toml");
}

}  // namespace

Result<std::string> LoadFollowKey(const std::filesystem::path& data_dir, const std::string& configured) {
  if (!configured.empty()) return configured;  // its length was checked with kiosk.toml
  const std::string path = (data_dir / kFollowKeyFileName).string();
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT) {
    unsigned char bytes[32];
    if (RAND_bytes(bytes, sizeof bytes) != 1) return KeyError(path, "er is geen nieuwe sleutel te maken");
    static const char* kHex = "0123456789abcdef";
    std::string key;
    for (unsigned char byte : bytes) {
      key += kHex[byte >> 4];
      key += kHex[byte & 0x0f];
    }
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return KeyError(path, "de sleutel is niet te maken");
    const std::string line = key + "\n";
    const bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) return KeyError(path, "de sleutel is niet te schrijven");
    return key;
  }
  if (fd < 0) return KeyError(path, "de sleutel is niet te lezen");
  std::string contents;
  char buffer[256];
  for (ssize_t got; (got = ::read(fd, buffer, sizeof buffer)) > 0 && contents.size() < 4096;) contents.append(buffer, got);
  ::close(fd);
  std::string key(Trim(contents));
  if (key.size() < kMinFollowKeyLength) return KeyError(path, "de sleutel is korter dan " + std::to_string(kMinFollowKeyLength) + " tekens");
  return key;
}

}  // namespace nietpluis
