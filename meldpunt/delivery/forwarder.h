// The forwarder: takes due reports from the outbox, in order per organisation, and hands them to a
// courier until each organisation has them; one organisation's receiver never holds up another's.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>

#include "base/clock.h"
#include "config/organisation.h"
#include "delivery/outbox.h"

namespace nietpluis {

// The first word of the forwarder's journal lines: stable ids a monitoring system can match
// (journalctl -u nietpluis-kiosk | grep NP-DELIVERY-REFUSED). The rest of a line may change.
inline constexpr const char* kLogDelivered = "NP-DELIVERED";
inline constexpr const char* kLogRetry = "NP-DELIVERY-RETRY";
inline constexpr const char* kLogRefused = "NP-DELIVERY-REFUSED";
inline constexpr const char* kLogUnreadable = "NP-REPORT-UNREADABLE";
inline constexpr const char* kLogRefusedWiped = "NP-REFUSED-WIPED";

struct DeliveryResult {
  enum class Outcome { kDelivered, kRetry, kRefused };
  Outcome outcome = Outcome::kRetry;
  std::string error;  // "HTTP 503", "time-out"; never report content
};

// The network seam: HTTPS and SMTP live in the kiosk program, behind this. The forwarder calls
// Deliver from one thread per organisation at once, never twice at once for one organisation.
class Courier {
 public:
  virtual ~Courier() = default;
  virtual DeliveryResult Deliver(const Report& report, const KioskOrganisation& organisation) = 0;
  // A report sealed at intake: its sealed bytes go as they are, in the form they were sealed for.
  virtual DeliveryResult DeliverSealed(const SealedReport& sealed, const KioskOrganisation& organisation) = 0;
  // Tells the public intake at `url` of a code this kiosk made (delivery/follow_registrar.h): posts
  // the code's status token. Called from one thread only. kRefused only when the intake refused the
  // token itself (400, 410): anything else may be a passing fault and is kRetry.
  virtual DeliveryResult RegisterFollowCode(const std::string& /*url*/, const std::string& /*token*/) {
    return {DeliveryResult::Outcome::kRetry, "deze bezorger kan geen volgcodes aanmelden"};
  }
  // While cancelled, a delivery under way ends as soon as it can and later ones end at once, each
  // as kRetry: so Stop() need not wait for a hanging receiver's time-out. Called from any thread.
  virtual void SetCancelled(bool /*cancelled*/) {}
};

// What the forwarder needs of kiosk.toml: the retry settings and the organisations by id
// (delivery/forwarding_settings.h makes them from a KioskConfig).
struct ForwardingSettings {
  int first_retry_s = 5;
  int max_retry_s = 900;
  // How long a refused report is kept for the coordinator before it is wiped.
  std::int64_t refused_kept_s = 30 * 86400;
  // The organisation with this id, or nullptr when kiosk.toml no longer has it.
  std::function<const KioskOrganisation*(const std::string& id)> organisation_by_id;
  // Run with the refusals' wipe (about once a minute): the follow-up codes' expiry. May be empty.
  std::function<void()> also_wipe;
  // Work beside the reports, on a thread of its own that starts, stops and wakes with the workers:
  // the follow-up codes' registrations (delivery/follow_registrar.h). Returns the seconds until it
  // has work again (the forwarder looks again after kIdleCheckSeconds at most); `stopping` turns
  // true when the forwarder stops, to end a pass early. May be empty.
  std::function<std::int64_t(const std::function<bool()>& stopping)> side_work;
};

// Delivers each organisation's queue on a thread of its own, so a slow or hanging receiver holds
// back only its own reports. A report is deleted as soon as its receiver has it.
class Forwarder {
 public:
  using Log = std::function<void(const std::string&)>;
  // The longest a worker sleeps before it looks at the outbox again; also the pause after a
  // database error, so a broken database is not read in a tight loop.
  static constexpr std::int64_t kIdleCheckSeconds = 5;

  Forwarder(Outbox* outbox, ForwardingSettings settings, Courier* courier, Clock* clock, Log log);
  ~Forwarder();

  // Starts a thread that finds the organisations with waiting reports and starts a worker for each.
  void Start();
  // Ends every thread, cancelling deliveries under way; a cancelled report stays due as it was.
  void Stop();
  // A new report is waiting: every worker looks now instead of at its next due time.
  void Wake();

  // Without threads: delivers what is due, organisation after organisation. Returns how many
  // reports were delivered. For tests, and the same steps each worker takes.
  std::size_t RunRound();

 private:
  struct Worker {
    std::string organisation;
    std::condition_variable wake;
    bool woken = false;
    std::thread thread;
  };
  // What a worker does next after one pass over its queue.
  struct Pass {
    std::size_t delivered = 0;
    std::int64_t wait_s = kIdleCheckSeconds;  // until the head is due, or after an error
  };
  enum class Step { kNext, kWait, kError };

  void Discover();
  void StartWorker(const std::string& organisation);
  void Work(Worker* worker);
  // The loop of the side_work thread.
  void SideWork();
  // Runs `body` until it returns; an exception is logged without its content and `body` runs again
  // after a pause, so no exception ends the kiosk.
  void Guarded(const std::string& where, const std::function<void()>& body);
  bool Stopping();
  Pass DeliverDue(const std::string& organisation);
  Step Send(const QueuedReport& queued, std::size_t* delivered);
  Step Retry(const QueuedReport& queued, const std::string& error);
  // Wipes refused reports past their time, at most once a minute; logs each by id.
  void WipeOldRefusals();

  Outbox* outbox_;
  ForwardingSettings settings_;
  Courier* courier_;
  Clock* clock_;
  Log log_;
  std::mutex random_mutex_;
  std::mt19937 random_{std::random_device{}()};
  std::thread thread_;
  std::int64_t last_refusal_wipe_ = 0;  // used by the discovering thread, or RunRound without threads
  std::mutex mutex_;  // everything below, and each worker's flag
  std::condition_variable wake_;
  bool woken_ = false;
  bool stopping_ = false;
  std::map<std::string, std::unique_ptr<Worker>> workers_;  // by organisation id
  std::thread side_thread_;
  std::condition_variable side_wake_;
  bool side_woken_ = false;
};

}  // namespace nietpluis
