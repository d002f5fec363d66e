// `nietpluis serve`: a preview on 127.0.0.1 that rebuilds on every change and reloads the open page.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "site/site_builder.h"

namespace httplib {
class Server;
}

namespace nietpluis::cli {

// A cheap summary of a folder tree (names, sizes, modification times); it changes when any file does.
std::uint64_t TreeFingerprint(const std::filesystem::path& dir);

class PreviewServer {
 public:
  // Builds into `options.out_dir` (a private folder) and serves it.
  explicit PreviewServer(BuildOptions options);
  ~PreviewServer();

  // Builds now. Every attempt bumps the version so the open page reloads: to the new site, or to a
  // page listing the errors while the last good build keeps serving its assets.
  bool BuildOnce();
  // Binds 127.0.0.1:port (0 picks a free port) and serves on a background thread. False when busy.
  bool Listen(int port);
  int port() const { return port_; }
  // Rebuilds when content or templates change; checks every `interval`.
  void WatchInBackground(std::chrono::milliseconds interval);
  // Rebuilds now if something changed since the last build; true when a new version is served.
  bool RebuildIfChanged();
  std::uint64_t version() const { return version_; }
  bool last_build_failed() const;
  void Stop();

 private:
  void Routes();
  std::uint64_t Fingerprint() const;

  BuildOptions options_;
  std::unique_ptr<httplib::Server> server_;
  std::thread server_thread_;
  std::thread watch_thread_;
  std::atomic<bool> stopping_{false};
  std::atomic<std::uint64_t> version_{0};
  std::uint64_t built_fingerprint_ = 0;
  mutable std::mutex errors_mutex_;
  std::vector<std::string> errors_;  // of the last build; empty when it succeeded
  int port_ = 0;
};

}  // namespace nietpluis::cli
