// The follow-up code at the intake: issues a code with each report, answers /volg, and takes status
// updates from the coordinator's links (/status, one button), from signed receiver posts, and the
// kiosks' registrations of the codes they made (/volg/ontvangen).
// Nothing here logs a code, a status or a client's address.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>

#include "base/clock.h"
#include "base/status.h"
#include "config/kiosk_config.h"
#include "delivery/follow_store.h"
#include "intake/follow_signing.h"
#include "intake/follow_view.h"
#include "intake/report.h"

namespace nietpluis::kiosk {

class FollowDesk {
 public:
  using Log = std::function<void(const std::string&)>;
  // `key` is the follow-up key (delivery/follow_key.h). Codes are made only when the site has an
  // intake_url: without a public intake there is no page to look a code up.
  FollowDesk(const KioskConfig& config, FollowStore* store, std::string key, Clock* clock, Log log);

  bool enabled() const { return !config_.site.intake_url.empty(); }
  // Whether this kiosk registers its codes with the public intake: only a kiosk (not the public
  // intake itself) with the intake's address and the key the meldpunt's intakes share, because
  // the intake can check a token only when it was signed with its own key.
  bool registers() const {
    return enabled() && config_.mode == KioskConfig::Mode::kKiosk && !config_.follow.key.empty();
  }
  // Where the kiosk registers its codes: the public intake's /volg/ontvangen.
  std::string registration_url() const { return config_.site.intake_url + "volg/ontvangen"; }
  // A page of its own with nothing filled in: /volg before a code is typed.
  FollowView Blank() const;

  // A new code for `report`, stored as received, with report->follow filled for the organisation.
  // When registers(), its token is queued for the public intake in the same transaction.
  // Returns the ticket /bedankt shows the code for; "" when codes are off or the store failed (the
  // report is still taken: the resident must not lose it over the code).
  std::string Issue(Report* report);
  // A ticket for a code that is stored nowhere: a bot that filled in the trap field sees what
  // anyone sees.
  std::string Decoy();
  // The thank-you screen's part for a ticket; an unknown or old ticket shows no code.
  FollowView ThankYou(const std::string& ticket);

  // POST /volg: the answer to a typed code. An error only when the store cannot be read.
  Result<FollowView> Look(const std::string& typed);
  FollowView TooOften(const std::string& typed) const;

  // GET /status: the page with one button. Reads only.
  Result<FollowView> OpenLink(const std::string& token, const std::string& status);
  // POST /status from that page: the change.
  Result<FollowView> ApplyLink(const std::string& token, const std::string& status);

  // POST /status with a signed JSON body (intake/status_post.h): the HTTP status and JSON answer.
  struct SignedAnswer {
    int status = 200;
    std::string json;
  };
  SignedAnswer ApplySigned(const std::string& body, const std::string& signature);

  // POST /volg/ontvangen from a kiosk: its code's token. A token signed with our key adds the code
  // as received today when the code is not stored yet; a stored code keeps its status, so a replay
  // changes nothing. 400 for a token that is not ours, 410 for an expired one.
  SignedAnswer Register(const std::string& token);

  // Wipes expired codes; called by the forwarder's periodic cleanup.
  void WipeExpired();

 private:
  struct Ticket {
    std::string code;
    std::int64_t expires_at = 0;
  };
  std::string NewTicket(const std::string& code);
  // The token's check and the wanted status, as a view; `grant` set when both hold.
  FollowView CheckLink(const std::string& token, const std::string& status, StatusGrant* grant);
  std::int64_t keep_s() const { return std::int64_t{config_.site.privacy.follow_kept_days} * 86400; }

  const KioskConfig& config_;
  FollowStore* store_;
  std::string key_;
  Clock* clock_;
  Log log_;
  std::mutex tickets_mutex_;
  std::map<std::string, Ticket> tickets_;
  std::deque<std::string> ticket_order_;  // oldest first
};

}  // namespace nietpluis::kiosk
