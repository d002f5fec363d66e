// Registering a kiosk's follow-up codes with the public intake.
#include "delivery/follow_registrar.h"

#include <algorithm>

#include "delivery/backoff.h"

namespace nietpluis {
namespace {

std::string Codes(std::int64_t count) { return std::to_string(count) + (count == 1 ? " volgcode" : " volgcodes"); }

}  // namespace

FollowRegistrar::FollowRegistrar(FollowStore* store, Courier* courier, std::string url, int first_retry_s,
                                 int max_retry_s, Clock* clock, Log log)
    : store_(store),
      courier_(courier),
      url_(std::move(url)),
      first_retry_s_(first_retry_s),
      max_retry_s_(max_retry_s),
      clock_(clock),
      log_(std::move(log)) {}

std::int64_t FollowRegistrar::RunDue(const std::function<bool()>& stopping) {
  std::int64_t now = clock_->NowSeconds();
  // A clock set back must not strand the queue behind a pause from the future.
  if (paused_until_ > now + max_retry_s_) paused_until_ = 0;
  if (now < paused_until_) return paused_until_ - now;
  Result<std::vector<PendingRegistration>> due = store_->DueRegistrations(now, kBatch);
  if (!due.ok()) {
    log_(due.error().ToString());
    return Forwarder::kIdleCheckSeconds;
  }
  std::int64_t registered = 0, refused = 0, expired = 0;
  std::int64_t wait = due.value().size() == static_cast<std::size_t>(kBatch) ? 0 : Forwarder::kIdleCheckSeconds;
  std::string refusal;
  for (const PendingRegistration& pending : due.value()) {
    if (stopping && stopping()) break;
    now = clock_->NowSeconds();
    if (pending.expires_at <= now) {
      // The intake would refuse it, and the code has gone from its store anyway.
      if (Status done = store_->RegistrationDone(pending.id); !done.ok()) log_(done.error().ToString());
      ++expired;
      continue;
    }
    const DeliveryResult result = courier_->RegisterFollowCode(url_, pending.token);
    if (result.outcome == DeliveryResult::Outcome::kRetry) {
      // Cut off by the forwarder's Stop(): not the intake's failure, so the token stays as it was.
      if (stopping && stopping()) break;
      std::uniform_real_distribution<double> unit(0.0, 1.0);
      const std::int64_t backoff = BackoffSeconds(pending.attempts + 1, first_retry_s_, max_retry_s_, unit(random_));
      paused_until_ = now + backoff;
      wait = backoff;
      Status retry = store_->RegistrationRetry(pending.id, paused_until_);
      // The courier's error names the intake's host or HTTP status, never what was posted.
      log_(std::string(kLogFollowRegisterRetry) + " de publieke intake is niet bereikt: " + result.error +
           "; nieuwe poging over " + std::to_string(backoff) + " s" + (retry.ok() ? "" : "; " + retry.error().ToString()));
      break;
    }
    if (Status done = store_->RegistrationDone(pending.id); !done.ok()) log_(done.error().ToString());
    if (result.outcome == DeliveryResult::Outcome::kDelivered) {
      ++registered;
    } else {
      ++refused;
      refusal = result.error;
    }
  }
  if (registered > 0) log_(std::string(kLogFollowRegistered) + " " + Codes(registered) + " aangemeld bij de publieke intake");
  if (refused > 0) {
    log_(std::string(kLogFollowRegisterDropped) + " " + Codes(refused) + " geweigerd door de publieke intake (" + refusal +
         "); is [volgen] sleutel_bestand daar dezelfde sleutel?");
  }
  if (expired > 0) log_(std::string(kLogFollowRegisterDropped) + " " + Codes(expired) + " verlopen voor ze aangemeld waren");
  return wait;
}

}  // namespace nietpluis
