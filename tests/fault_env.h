// An Env that behaves like the one it wraps until told to fail: any operation, by kind and by count,
// as a full disk (ENOSPC) or a broken one (EIO), with the message the real disk would give.
#pragma once

#include <array>
#include <atomic>
#include <cerrno>
#include <climits>

#include "base/env.h"

namespace nietpluis::testing {

class FaultyEnv : public EnvWrapper {
 public:
  // Writes number `fail_after + 1` and later fail as on a full disk; -1 never fails.
  explicit FaultyEnv(int fail_after = -1, Env* target = Env::Default()) : EnvWrapper(target) {
    if (fail_after >= 0) FailFrom(DiskOp::kWrite, fail_after + 1, ENOSPC);
  }
  explicit FaultyEnv(Env* target) : FaultyEnv(-1, target) {}

  // Counted from now, 1 being the next call of `op`: call `nth` fails with `err` and the others work.
  void FailAt(DiskOp op, long nth, int err = EIO) { Set(op, nth, nth, err); }
  // Call `nth` and every later one fail, as a full disk stays full.
  void FailFrom(DiskOp op, long nth, int err = ENOSPC) { Set(op, nth, LONG_MAX, err); }
  void FailEvery(DiskOp op, int err = EIO) { FailFrom(op, 1, err); }
  void FailExchange() { FailEvery(DiskOp::kExchange); }
  // Every operation works again, as after freeing space.
  void Heal() {
    for (Rule& rule : rules_) rule.first = 0;
  }

  long calls(DiskOp op) const { return rule(op).calls; }
  long failures(DiskOp op) const { return rule(op).failures; }
  long writes() const { return calls(DiskOp::kWrite); }

  Result<std::string> ReadFile(const std::filesystem::path& path) override {
    if (int err = Fault(DiskOp::kRead)) return DiskError(DiskOp::kRead, path, err);
    return EnvWrapper::ReadFile(path);
  }
  Status WriteFile(const std::filesystem::path& path, std::string_view contents) override {
    if (int err = Fault(DiskOp::kWrite)) return DiskError(DiskOp::kWrite, path, err);
    return EnvWrapper::WriteFile(path, contents);
  }
  // One write, whatever the number of parts, and as the wrapped Env writes parts.
  Status WriteFileParts(const std::filesystem::path& path, const std::vector<std::string_view>& parts) override {
    if (int err = Fault(DiskOp::kWrite)) return DiskError(DiskOp::kWrite, path, err);
    return target()->WriteFileParts(path, parts);
  }
  Status CreateDirectories(const std::filesystem::path& path) override {
    if (int err = Fault(DiskOp::kCreateDirectories)) return DiskError(DiskOp::kCreateDirectories, path, err);
    return EnvWrapper::CreateDirectories(path);
  }
  Status Rename(const std::filesystem::path& from, const std::filesystem::path& to) override {
    if (int err = Fault(DiskOp::kRename)) return DiskError(DiskOp::kRename, to, err);
    return EnvWrapper::Rename(from, to);
  }
  Status Exchange(const std::filesystem::path& a, const std::filesystem::path& b) override {
    if (int err = Fault(DiskOp::kExchange)) return DiskError(DiskOp::kExchange, b, err);
    return EnvWrapper::Exchange(a, b);
  }
  Status RemoveAll(const std::filesystem::path& path) override {
    if (int err = Fault(DiskOp::kRemove)) return DiskError(DiskOp::kRemove, path, err);
    return EnvWrapper::RemoveAll(path);
  }
  Result<std::vector<DirEntry>> ListDirectory(const std::filesystem::path& path) override {
    if (int err = Fault(DiskOp::kList)) return DiskError(DiskOp::kList, path, err);
    return EnvWrapper::ListDirectory(path);
  }

 private:
  // Calls numbered `first` to `last` (counted over the Env's life) fail; first == 0: none.
  struct Rule {
    std::atomic<long> calls{0};
    std::atomic<long> failures{0};
    std::atomic<long> first{0};
    std::atomic<long> last{0};
    std::atomic<int> err{0};
  };

  Rule& rule(DiskOp op) { return rules_[static_cast<std::size_t>(op)]; }
  const Rule& rule(DiskOp op) const { return rules_[static_cast<std::size_t>(op)]; }

  void Set(DiskOp op, long nth, long until, int err) {
    Rule& r = rule(op);
    const long now = r.calls;
    r.err = err;
    r.last = until == LONG_MAX ? LONG_MAX : now + until;
    r.first = now + nth;
  }

  // The errno this call fails with, or 0 when it goes through.
  int Fault(DiskOp op) {
    Rule& r = rule(op);
    const long call = ++r.calls;
    const long first = r.first;
    if (first == 0 || call < first || call > r.last) return 0;
    ++r.failures;
    return r.err;
  }

  static_assert(static_cast<int>(DiskOp::kRemove) == 6, "one rule for each kind of operation");
  std::array<Rule, 7> rules_;
};

}  // namespace nietpluis::testing
