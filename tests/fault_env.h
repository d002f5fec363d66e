// An Env that behaves like the real disk until told to fail: a full disk after N writes, or a failed swap.
#pragma once

#include <atomic>
#include <cerrno>
#include <cstring>

#include "base/env.h"

namespace nietpluis::testing {

class FaultyEnv : public Env {
 public:
  // Writes number `fail_after + 1` and later fail as on a full disk; -1 never fails.
  explicit FaultyEnv(long fail_after = -1) : writes_left_(fail_after) {}

  void FailExchange() { fail_exchange_ = true; }
  long writes() const { return writes_; }

  Result<std::string> ReadFile(const std::filesystem::path& path) override { return base_->ReadFile(path); }

  Status WriteFile(const std::filesystem::path& path, std::string_view contents) override {
    ++writes_;
    if (writes_left_.load() >= 0 && writes_left_-- == 0) {
      writes_left_ = 0;  // a full disk stays full
      return Error(path.string(), 0, std::string("kan niet schrijven (") + std::strerror(ENOSPC) + ")",
                   "kijk of er genoeg ruimte op de schijf is en of u in deze map mag schrijven");
    }
    return base_->WriteFile(path, contents);
  }
  Status CreateDirectories(const std::filesystem::path& path) override { return base_->CreateDirectories(path); }
  Status Rename(const std::filesystem::path& from, const std::filesystem::path& to) override {
    return base_->Rename(from, to);
  }
  Status Exchange(const std::filesystem::path& a, const std::filesystem::path& b) override {
    if (fail_exchange_) return Error(b.string(), 0, "wisselen mislukt", "probeer opnieuw");
    return base_->Exchange(a, b);
  }
  Status RemoveAll(const std::filesystem::path& path) override { return base_->RemoveAll(path); }

 private:
  Env* base_ = Env::Default();
  std::atomic<long> writes_left_;
  std::atomic<long> writes_{0};
  bool fail_exchange_ = false;
};

}  // namespace nietpluis::testing
