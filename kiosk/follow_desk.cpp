// Issuing, showing and updating follow-up codes.
#include "follow_desk.h"

#include <openssl/rand.h>

#include <nlohmann/json.hpp>

#include "intake/follow_code.h"
#include "intake/follow_signing.h"
#include "intake/status_post.h"

namespace nietpluis::kiosk {
namespace {

// How long /bedankt can show a code after the report: enough to reload the page or to come back
// from another tab; after that the code lives only on the resident's note.
constexpr std::int64_t kTicketSeconds = 15 * 60;
// A flood of reports cannot make the tickets take more memory than this many.
constexpr std::size_t kMaxTickets = 10000;
// A fresh code that is already in the store (1 in 2.75e10 per stored code) is drawn again.
constexpr int kDraws = 4;

std::string RandomHex(std::size_t bytes) {
  std::string hex;
  static const char* kHex = "0123456789abcdef";
  for (std::size_t i = 0; i < bytes; ++i) {
    unsigned char byte = 0;
    if (RAND_bytes(&byte, 1) != 1) return "";
    hex += kHex[byte >> 4];
    hex += kHex[byte & 0x0f];
  }
  return hex;
}

std::string WithoutScheme(const std::string& url) {
  for (const char* scheme : {"https://", "http://"}) {
    if (url.rfind(scheme, 0) == 0) return url.substr(std::string(scheme).size());
  }
  return url;
}

std::string JsonAnswer(const std::string& key, const std::string& value) {
  return nlohmann::json{{key, value}}.dump();
}

}  // namespace

FollowDesk::FollowDesk(const KioskConfig& config, FollowStore* store, std::string key, Clock* clock, Log log)
    : config_(config), store_(store), key_(std::move(key)), clock_(clock), log_(std::move(log)) {}

FollowView FollowDesk::Blank() const {
  FollowView view;
  view.status_url = config_.site.intake_url + "volg";
  view.status_page = WithoutScheme(view.status_url);
  view.keep_days = config_.site.privacy.follow_kept_days;
  view.phone = config_.site.contact.phone;
  return view;
}

std::string FollowDesk::NewTicket(const std::string& code) {
  const std::string ticket = RandomHex(16);
  if (ticket.empty()) return "";
  const std::int64_t now = clock_->NowSeconds();
  std::lock_guard lock(tickets_mutex_);
  while (!ticket_order_.empty()) {
    auto oldest = tickets_.find(ticket_order_.front());
    const bool gone = oldest == tickets_.end();
    if (!gone && oldest->second.expires_at > now && tickets_.size() < kMaxTickets) break;
    if (!gone) tickets_.erase(oldest);
    ticket_order_.pop_front();
  }
  tickets_[ticket] = Ticket{code, now + kTicketSeconds};
  ticket_order_.push_back(ticket);
  return ticket;
}

std::string FollowDesk::Issue(Report* report) {
  if (!enabled()) return "";
  const std::int64_t now = clock_->NowSeconds();
  for (int draw = 0; draw < kDraws; ++draw) {
    const std::optional<std::string> code = NewFollowCode();
    if (!code) break;
    const std::string hash = FollowCodeHash(key_, ParseFollowCode(*code).canonical);
    const StatusGrant grant{hash, report->organisation, now + keep_s()};
    const std::string token = MakeStatusToken(key_, grant);
    Result<bool> added = registers() ? store_->Add(hash, report->organisation, now, keep_s(), token, grant.expires_at)
                                     : store_->Add(hash, report->organisation, now, keep_s());
    if (!added.ok()) {
      log_("NP-FOLLOW-NOT-STORED " + added.error().ToString() + "; de melding krijgt geen volgcode");
      return "";
    }
    if (!added.value()) continue;
    report->follow = ReportFollow{config_.site.intake_url + "status", token, grant.expires_at};
    return NewTicket(*code);
  }
  log_("NP-FOLLOW-NOT-STORED er is geen nieuwe volgcode te maken; de melding krijgt geen volgcode");
  return "";
}

std::string FollowDesk::Decoy() {
  if (!enabled()) return "";
  const std::optional<std::string> code = NewFollowCode();
  return code ? NewTicket(*code) : "";
}

FollowView FollowDesk::ThankYou(const std::string& ticket) {
  FollowView view = Blank();
  view.qr = config_.mode == KioskConfig::Mode::kKiosk;
  std::lock_guard lock(tickets_mutex_);
  auto found = tickets_.find(ticket);
  if (found != tickets_.end() && found->second.expires_at > clock_->NowSeconds()) view.code = found->second.code;
  return view;
}

FollowView FollowDesk::TooOften(const std::string& typed) const {
  FollowView view = Blank();
  view.answer = FollowView::Answer::kTooOften;
  view.typed = typed.substr(0, 40);
  return view;
}

Result<FollowView> FollowDesk::Look(const std::string& typed) {
  FollowView view = Blank();
  const ParsedFollowCode parsed = ParseFollowCode(typed);
  switch (parsed.kind) {
    case ParsedFollowCode::Kind::kEmpty: view.answer = FollowView::Answer::kEmpty; return view;
    case ParsedFollowCode::Kind::kNotACode:
    case ParsedFollowCode::Kind::kWrongCheck:
      view.answer = FollowView::Answer::kMistyped;
      view.typed = typed.substr(0, 40);
      return view;
    case ParsedFollowCode::Kind::kOk: break;
  }
  Result<std::optional<FollowEntry>> entry = store_->Find(FollowCodeHash(key_, parsed.canonical), clock_->NowSeconds());
  if (!entry.ok()) return entry.error();
  if (!entry.value()) {
    // The same answer for a code never made, one wiped, and a kiosk's code nobody has picked up yet.
    view.answer = FollowView::Answer::kUnknown;
    view.typed = typed.substr(0, 40);
    return view;
  }
  view.answer = FollowView::Answer::kStatus;
  view.status = entry.value()->status;
  view.day = entry.value()->day;
  return view;
}

FollowView FollowDesk::CheckLink(const std::string& token, const std::string& status, StatusGrant* grant) {
  FollowView view = Blank();
  const std::optional<FollowStatus> wanted = ParseFollowStatus(status);
  if (wanted) view.wanted = *wanted;
  const ReadToken read = ReadStatusToken(key_, token, clock_->NowSeconds());
  if (read.kind == ReadToken::Kind::kExpired) {
    view.link = FollowView::Link::kExpired;
  } else if (read.kind != ReadToken::Kind::kOk) {
    view.link = FollowView::Link::kForged;
  } else if (!wanted || *wanted == FollowStatus::kReceived) {
    // Only the two steps an organisation takes; "received" is set at intake.
    view.wanted = FollowStatus::kVisiting;
    view.link = FollowView::Link::kBadStatus;
  } else {
    view.token = token;
    *grant = read.grant;
  }
  return view;
}

Result<FollowView> FollowDesk::OpenLink(const std::string& token, const std::string& status) {
  StatusGrant grant;
  FollowView view = CheckLink(token, status, &grant);
  if (view.link != FollowView::Link::kAsk) return view;
  Result<std::optional<FollowEntry>> entry = store_->Find(grant.code_hash, clock_->NowSeconds());
  if (!entry.ok()) return entry.error();
  if (entry.value() && entry.value()->organisation != grant.organisation) view.link = FollowView::Link::kOtherOrganisation;
  return view;
}

Result<FollowView> FollowDesk::ApplyLink(const std::string& token, const std::string& status) {
  StatusGrant grant;
  FollowView view = CheckLink(token, status, &grant);
  if (view.link != FollowView::Link::kAsk) return view;
  view.token.clear();
  Result<FollowStore::Change> change =
      store_->Advance(grant.code_hash, grant.organisation, view.wanted, clock_->NowSeconds(), keep_s());
  if (!change.ok()) return change.error();
  switch (change.value()) {
    case FollowStore::Change::kChanged: view.link = FollowView::Link::kDone; break;
    case FollowStore::Change::kAlready: view.link = FollowView::Link::kAlready; break;
    case FollowStore::Change::kOtherOrganisation: view.link = FollowView::Link::kOtherOrganisation; break;
  }
  return view;
}

FollowDesk::SignedAnswer FollowDesk::ApplySigned(const std::string& body, const std::string& signature) {
  const std::optional<StatusPost> post = ParseStatusPost(body);
  if (!post) return {400, JsonAnswer("fout", "dit is geen nietpluis.status/1; zie docs/melding-json.md")};
  const std::int64_t now = clock_->NowSeconds();
  const ReadToken read = ReadStatusToken(key_, post->token, now);
  if (read.kind == ReadToken::Kind::kExpired) return {410, JsonAnswer("fout", "het token is verlopen")};
  if (read.kind != ReadToken::Kind::kOk) return {403, JsonAnswer("fout", "het token klopt niet")};
  // Signed with the key of the organisation the token names: another organisation's key fails here.
  const KioskOrganisation* organisation = config_.OrganisationById(read.grant.organisation);
  if (organisation == nullptr || !StatusSignatureMatches(organisation->delivery.secret, body, signature)) {
    return {401, JsonAnswer("fout", "de handtekening klopt niet")};
  }
  if (post->at < now - kStatusPostSkewSeconds || post->at > now + kStatusPostSkewSeconds) {
    return {403, JsonAnswer("fout", "'tijd' ligt meer dan 10 minuten van nu; kijk de klok van de ontvanger na")};
  }
  if (post->status == FollowStatus::kReceived) return {422, JsonAnswer("fout", "'ontvangen' zet de intake zelf")};
  Result<FollowStore::Change> change = store_->Advance(read.grant.code_hash, read.grant.organisation, post->status, now, keep_s());
  if (!change.ok()) return {503, JsonAnswer("fout", "de volgcodes zijn nu niet te schrijven; probeer het later")};
  switch (change.value()) {
    case FollowStore::Change::kChanged: return {200, JsonAnswer("resultaat", "veranderd")};
    case FollowStore::Change::kAlready: return {200, JsonAnswer("resultaat", "stond al zo of verder")};
    case FollowStore::Change::kOtherOrganisation: return {409, JsonAnswer("fout", "deze code hoort bij een andere organisatie")};
  }
  return {500, JsonAnswer("fout", "onverwacht")};
}

FollowDesk::SignedAnswer FollowDesk::Register(const std::string& token) {
  const std::int64_t now = clock_->NowSeconds();
  // The same check as the coordinator's links: form, then the MAC in constant time, then the expiry.
  const ReadToken read = ReadStatusToken(key_, token, now);
  if (read.kind == ReadToken::Kind::kExpired) return {410, JsonAnswer("fout", "het token is verlopen")};
  if (read.kind != ReadToken::Kind::kOk) return {400, JsonAnswer("fout", "het token klopt niet")};
  // Add never overwrites: a code the organisation already moved on stays where it is.
  Result<bool> added = store_->Add(read.grant.code_hash, read.grant.organisation, now, keep_s());
  if (!added.ok()) {
    log_("NP-FOLLOW-STORE " + added.error().ToString());
    return {503, JsonAnswer("fout", "de volgcodes zijn nu niet te schrijven; probeer het later")};
  }
  return {200, JsonAnswer("resultaat", added.value() ? "ontvangen" : "stond er al")};
}

void FollowDesk::WipeExpired() {
  Result<std::int64_t> wiped = store_->WipeExpired(clock_->NowSeconds());
  if (!wiped.ok()) {
    log_(wiped.error().ToString());
  } else if (wiped.value() > 0) {
    log_("NP-FOLLOW-WIPED " + std::to_string(wiped.value()) + " verlopen volgcodes gewist");
  }
}

}  // namespace nietpluis::kiosk
