// Delivering the outbox.
#include "forwarder.h"

#include <algorithm>
#include <chrono>

#include "backoff.h"

namespace nietpluis {

Forwarder::Forwarder(Outbox* outbox, const KioskConfig* config, Courier* courier, Clock* clock, Log log)
    : outbox_(outbox), config_(config), courier_(courier), clock_(clock), log_(std::move(log)) {}

Forwarder::~Forwarder() { Stop(); }

void Forwarder::Start() { thread_ = std::thread([this] { Loop(); }); }

void Forwarder::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Forwarder::Wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wake_.notify_all();
}

void Forwarder::Handle(const QueuedReport& queued, const DeliveryResult& result, std::vector<std::string>* delivered,
                       bool* stop_organisation) {
  const std::string& id = queued.report.id;
  switch (result.outcome) {
    case DeliveryResult::Outcome::kDelivered:
      delivered->push_back(id);
      return;
    case DeliveryResult::Outcome::kRefused: {
      // The receiver will never take this one; keep it for the coordinator and let the rest through.
      Status status = outbox_->MarkFailed(id, result.error);
      log_("melding " + id + " geweigerd: " + result.error + (status.ok() ? "" : "; " + status.error().ToString()));
      return;
    }
    case DeliveryResult::Outcome::kRetry: {
      std::uniform_real_distribution<double> unit(0.0, 1.0);
      std::int64_t wait = BackoffSeconds(queued.attempts + 1, config_->first_retry_s, config_->max_retry_s, unit(random_));
      Status status = outbox_->MarkRetry(id, clock_->NowSeconds() + wait, result.error);
      log_("melding " + id + " niet bezorgd: " + result.error + "; nieuwe poging over " + std::to_string(wait) + " s" +
           (status.ok() ? "" : "; " + status.error().ToString()));
      // Later reports of this organisation wait, so they arrive in the order they were made.
      *stop_organisation = true;
      return;
    }
  }
}

std::size_t Forwarder::RunRound() {
  std::vector<QueuedReport> due = outbox_->Due(clock_->NowSeconds(), kBatch);
  std::vector<std::string> delivered;
  std::string stopped_organisation;
  for (const QueuedReport& queued : due) {
    if (queued.report.organisation == stopped_organisation) continue;
    {
      std::lock_guard lock(mutex_);
      if (stopping_) break;
    }
    const KioskOrganisation* organisation = config_->OrganisationById(queued.report.organisation);
    DeliveryResult result;
    if (organisation == nullptr) {
      // The organisation left kiosk.toml while this report waited; wait for it to come back.
      result = {DeliveryResult::Outcome::kRetry, "organisatie '" + queued.report.organisation + "' staat niet meer in kiosk.toml"};
    } else {
      result = courier_->Deliver(queued.report, *organisation);
    }
    bool stop = false;
    Handle(queued, result, &delivered, &stop);
    if (stop) stopped_organisation = queued.report.organisation;
  }
  Status status = outbox_->MarkDelivered(delivered, clock_->NowSeconds());
  if (!status.ok()) log_(status.error().ToString());
  if (!delivered.empty()) {
    log_(std::to_string(delivered.size()) + (delivered.size() == 1 ? " melding" : " meldingen") + " bezorgd");
  }
  return delivered.size();
}

void Forwarder::Loop() {
  while (true) {
    std::size_t delivered = RunRound();
    std::unique_lock lock(mutex_);
    if (stopping_) return;
    if (delivered > 0) {
      woken_ = false;  // this round may have left more that is due
      continue;
    }
    // Nothing went out. Wake-ups in the next moment are gathered into one round, so a burst of new
    // reports for a receiver that is away costs a round per burst, not one per report.
    wake_.wait_for(lock, kQuietAfterEmptyRound, [this] { return stopping_; });
    if (stopping_) return;
    if (woken_) {
      woken_ = false;
      continue;
    }
    lock.unlock();
    std::optional<std::int64_t> next = outbox_->NextDue();
    lock.lock();
    // Without anything due, sleep until the next due time; a new report wakes us early. A few seconds
    // at most, so reports put back by `nietpluis-kiosk opnieuw` (another process) go soon, and a clock
    // change never strands a report.
    std::int64_t wait = kIdleCheckSeconds;
    if (next) wait = std::clamp<std::int64_t>(*next - clock_->NowSeconds(), 0, kIdleCheckSeconds);
    if (wait > 0) wake_.wait_for(lock, std::chrono::seconds(wait), [this] { return woken_ || stopping_; });
    woken_ = false;
    if (stopping_) return;
  }
}

}  // namespace nietpluis
