// The forwarder: takes due reports from the outbox, in order per organisation, and hands them to a
// courier until each organisation has them.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <random>
#include <string>
#include <thread>

#include "clock.h"
#include "kiosk_config.h"
#include "outbox.h"

namespace nietpluis {

struct DeliveryResult {
  enum class Outcome { kDelivered, kRetry, kRefused };
  Outcome outcome = Outcome::kRetry;
  std::string error;  // "HTTP 503", "time-out"; never report content
};

// The network seam: HTTPS and SMTP live in the kiosk program, behind this.
class Courier {
 public:
  virtual ~Courier() = default;
  virtual DeliveryResult Deliver(const Report& report, const KioskOrganisation& organisation) = 0;
};

class Forwarder {
 public:
  using Log = std::function<void(const std::string&)>;
  // How many reports of one organisation are sent before their deletion is committed together:
  // one WAL checkpoint per batch instead of per report.
  static constexpr std::size_t kBatch = 64;
  // The longest the thread sleeps before it looks at the outbox again.
  static constexpr std::int64_t kIdleCheckSeconds = 5;
  // After a round that delivered nothing, the next starts no sooner than this.
  static constexpr std::chrono::milliseconds kQuietAfterEmptyRound{100};

  Forwarder(Outbox* outbox, const KioskConfig* config, Courier* courier, Clock* clock, Log log);
  ~Forwarder();

  // Runs rounds on a thread of its own until Stop().
  void Start();
  void Stop();
  // A new report is waiting: start a round now instead of at the next due time.
  void Wake();

  // One round: delivers what is due. Returns how many reports were delivered.
  std::size_t RunRound();

 private:
  void Loop();
  void Handle(const QueuedReport& queued, const DeliveryResult& result, std::vector<std::string>* delivered,
              bool* stop_organisation);

  Outbox* outbox_;
  const KioskConfig* config_;
  Courier* courier_;
  Clock* clock_;
  Log log_;
  std::mt19937 random_{std::random_device{}()};
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool woken_ = false;
  bool stopping_ = false;
};

}  // namespace nietpluis
