// Delivering the outbox: a worker thread per organisation.
#include "delivery/forwarder.h"

#include <SQLiteCpp/Exception.h>

#include <algorithm>
#include <chrono>

#include "delivery/backoff.h"

namespace nietpluis {
namespace {

std::string Delivered(std::size_t count, const std::string& organisation) {
  return std::string(kLogDelivered) + " " + std::to_string(count) + (count == 1 ? " melding" : " meldingen") +
         " bezorgd aan " + organisation;
}

// How often the forwarder looks for refused reports to wipe: their limit is counted in days.
constexpr std::int64_t kWipeRefusedEverySeconds = 60;

}  // namespace

Forwarder::Forwarder(Outbox* outbox, ForwardingSettings settings, Courier* courier, Clock* clock, Log log)
    : outbox_(outbox), settings_(std::move(settings)), courier_(courier), clock_(clock), log_(std::move(log)) {}

Forwarder::~Forwarder() { Stop(); }

void Forwarder::Start() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = false;
  }
  courier_->SetCancelled(false);
  thread_ = std::thread([this] {
    Guarded("het zoeken naar wachtende meldingen", [this] { Discover(); });
  });
  if (settings_.side_work) {
    side_thread_ = std::thread([this] {
      Guarded("het aanmelden van volgcodes", [this] { SideWork(); });
    });
  }
}

void Forwarder::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    for (auto& [id, worker] : workers_) worker->wake.notify_all();
    side_wake_.notify_all();
  }
  courier_->SetCancelled(true);
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (side_thread_.joinable()) side_thread_.join();
  // The discovering thread has ended, so no worker is added any more; Wake() may still run.
  std::map<std::string, std::unique_ptr<Worker>> workers;
  {
    std::lock_guard lock(mutex_);
    workers.swap(workers_);
  }
  for (auto& [id, worker] : workers) {
    if (worker->thread.joinable()) worker->thread.join();
  }
}

void Forwarder::Wake() {
  std::lock_guard lock(mutex_);
  woken_ = true;
  wake_.notify_all();
  for (auto& [id, worker] : workers_) {
    worker->woken = true;
    worker->wake.notify_all();
  }
  side_woken_ = true;
  side_wake_.notify_all();
}

bool Forwarder::Stopping() {
  std::lock_guard lock(mutex_);
  return stopping_;
}

void Forwarder::Guarded(const std::string& where, const std::function<void()>& body) {
  while (true) {
    try {
      body();
      return;
    } catch (const SQLite::Exception& error) {
      log_("fout bij " + where + ": " + error.what() + "; nieuwe poging over " + std::to_string(kIdleCheckSeconds) + " s");
    } catch (...) {
      // Other exceptions' texts may quote what they were reading, which can be a report.
      log_("onverwachte fout bij " + where + "; nieuwe poging over " + std::to_string(kIdleCheckSeconds) + " s");
    }
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, std::chrono::seconds(kIdleCheckSeconds), [this] { return stopping_; });
    if (stopping_) return;
  }
}

void Forwarder::Discover() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    woken_ = false;
    lock.unlock();
    // Reports can appear for any organisation, also from another process (`nietpluis-kiosk opnieuw`).
    Result<std::vector<QueueHead>> heads = outbox_->Heads();
    if (!heads.ok()) log_(heads.error().ToString());
    WipeOldRefusals();
    lock.lock();
    if (heads.ok()) {
      for (const QueueHead& head : heads.value()) {
        if (!stopping_ && workers_.count(head.organisation) == 0) StartWorker(head.organisation);
      }
    }
    wake_.wait_for(lock, std::chrono::seconds(kIdleCheckSeconds), [this] { return woken_ || stopping_; });
  }
}

void Forwarder::StartWorker(const std::string& organisation) {
  auto worker = std::make_unique<Worker>();
  worker->organisation = organisation;
  Worker* started = worker.get();
  workers_[organisation] = std::move(worker);
  started->thread = std::thread([this, started] {
    Guarded("de bezorging aan " + started->organisation, [this, started] { Work(started); });
  });
}

void Forwarder::Work(Worker* worker) {
  while (true) {
    Pass pass = DeliverDue(worker->organisation);
    std::unique_lock lock(mutex_);
    if (stopping_) return;
    if (!worker->woken && pass.wait_s > 0) {
      worker->wake.wait_for(lock, std::chrono::seconds(pass.wait_s), [this, worker] { return worker->woken || stopping_; });
    }
    worker->woken = false;
    if (stopping_) return;
  }
}

void Forwarder::SideWork() {
  while (true) {
    const std::int64_t wait = settings_.side_work([this] { return Stopping(); });
    std::unique_lock lock(mutex_);
    if (stopping_) return;
    if (!side_woken_ && wait > 0) {
      side_wake_.wait_for(lock, std::chrono::seconds(std::min(wait, kIdleCheckSeconds)),
                          [this] { return side_woken_ || stopping_; });
    }
    side_woken_ = false;
    if (stopping_) return;
  }
}

Forwarder::Pass Forwarder::DeliverDue(const std::string& organisation) {
  Pass pass;
  Step step = Step::kNext;
  while (step == Step::kNext && !Stopping()) {
    Result<std::vector<QueuedReport>> due = outbox_->DueOf(organisation, clock_->NowSeconds(), 1);
    if (!due.ok()) {
      step = Step::kError;
      log_(due.error().ToString());
    } else if (due.value().empty()) {
      step = Step::kWait;
    } else {
      step = Send(due.value().front(), &pass.delivered);
    }
  }
  if (pass.delivered > 0) log_(Delivered(pass.delivered, organisation));
  if (step != Step::kWait) return pass;
  // Sleep until the head is due; a few seconds at most, so reports put back by another process go
  // soon, and a clock change never strands a report.
  Result<std::vector<QueueHead>> heads = outbox_->Heads();
  if (!heads.ok()) {
    log_(heads.error().ToString());
    return pass;
  }
  for (const QueueHead& head : heads.value()) {
    if (head.organisation != organisation) continue;
    pass.wait_s = std::clamp<std::int64_t>(head.next_attempt_at - clock_->NowSeconds(), 0, kIdleCheckSeconds);
  }
  return pass;
}

Forwarder::Step Forwarder::Send(const QueuedReport& queued, std::size_t* delivered) {
  const std::string& id = queued.report.id;
  if (queued.unreadable) {
    // It can never be delivered; set apart, it no longer holds up the reports after it.
    Status status = outbox_->MarkFailed(id, "onleesbaar in de database", clock_->NowSeconds());
    log_(std::string(kLogUnreadable) + " melding " + id + " is onleesbaar in de database en apart gezet" +
         (status.ok() ? "" : "; " + status.error().ToString()));
    return status.ok() ? Step::kNext : Step::kError;
  }
  const KioskOrganisation* organisation = settings_.organisation_by_id(queued.report.organisation);
  if (organisation == nullptr) {
    // The organisation left kiosk.toml while this report waited; wait for it to come back.
    return Retry(queued, "organisatie '" + queued.report.organisation + "' staat niet meer in kiosk.toml");
  }
  DeliveryResult result = queued.sealed ? courier_->DeliverSealed(*queued.sealed, *organisation)
                                        : courier_->Deliver(queued.report, *organisation);
  switch (result.outcome) {
    case DeliveryResult::Outcome::kDelivered: {
      // Deleted now, not with a batch: the promise is that a delivered report is gone from the disk.
      Status status = outbox_->MarkDelivered({id}, clock_->NowSeconds());
      *delivered += 1;
      if (!status.ok()) log_(status.error().ToString());
      return status.ok() ? Step::kNext : Step::kError;
    }
    case DeliveryResult::Outcome::kRefused: {
      // The receiver will never take this one; keep it for the coordinator and let the rest through.
      Status status = outbox_->MarkFailed(id, result.error, clock_->NowSeconds());
      log_(std::string(kLogRefused) + " " + organisation->id + ": melding " + id + " geweigerd: " + result.error +
           (status.ok() ? "" : "; " + status.error().ToString()));
      return status.ok() ? Step::kNext : Step::kError;
    }
    case DeliveryResult::Outcome::kRetry:
      // Cut off by Stop(): not the receiver's failure, so the report stays due as it was.
      if (Stopping()) return Step::kError;
      return Retry(queued, result.error);
  }
  return Step::kError;
}

Forwarder::Step Forwarder::Retry(const QueuedReport& queued, const std::string& error) {
  const std::string& id = queued.report.id;
  std::int64_t wait = 0;
  {
    std::lock_guard lock(random_mutex_);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    wait = BackoffSeconds(queued.attempts + 1, settings_.first_retry_s, settings_.max_retry_s, unit(random_));
  }
  const std::int64_t now = clock_->NowSeconds();
  Status status = outbox_->MarkRetry(id, now + wait, error, now);
  log_(std::string(kLogRetry) + " " + queued.report.organisation + ": melding " + id + " niet bezorgd: " + error +
       "; nieuwe poging over " + std::to_string(wait) + " s" +
       (status.ok() ? "" : "; " + status.error().ToString()));
  // Later reports of this organisation wait, so they arrive in the order they were made.
  return status.ok() ? Step::kWait : Step::kError;
}

void Forwarder::WipeOldRefusals() {
  const std::int64_t now = clock_->NowSeconds();
  if (last_refusal_wipe_ != 0 && now - last_refusal_wipe_ < kWipeRefusedEverySeconds && now >= last_refusal_wipe_) return;
  last_refusal_wipe_ = now;
  if (settings_.also_wipe) settings_.also_wipe();
  Result<std::vector<RefusedReport>> wiped = outbox_->WipeRefused(now, settings_.refused_kept_s);
  if (!wiped.ok()) {
    log_(wiped.error().ToString());
    return;
  }
  const std::string days = std::to_string(settings_.refused_kept_s / 86400);
  for (const RefusedReport& report : wiped.value()) {
    log_(std::string(kLogRefusedWiped) + " " + report.organisation + ": melding " + report.id + " gewist, " + days +
         " dagen na de weigering");
  }
}

std::size_t Forwarder::RunRound() {
  WipeOldRefusals();
  Result<std::vector<QueueHead>> heads = outbox_->Heads();
  if (!heads.ok()) {
    log_(heads.error().ToString());
    return 0;
  }
  std::size_t delivered = 0;
  for (const QueueHead& head : heads.value()) delivered += DeliverDue(head.organisation).delivered;
  return delivered;
}

}  // namespace nietpluis
