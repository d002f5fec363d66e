// The follow-up codes' statuses: one SQLite file (volgcodes.db) beside the outbox, apart from it.
// Per code only its keyed hash, the organisation's id, the status, the day of that status and when
// the row is wiped; never anything of the report, the reporter or the client. On a kiosk it also
// holds the status tokens still to be registered with the public intake (docs/volgcode.md).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "intake/follow_status.h"

namespace SQLite {
class Database;
}

namespace nietpluis {

struct FollowEntry {
  std::string organisation;
  FollowStatus status = FollowStatus::kReceived;
  std::string day;  // "2026-12-04", local time: a day, never a time
  std::int64_t expires_at = 0;
};

// A kiosk's code the public intake has not yet been told of: only the code's status token, which
// holds the keyed hash, the organisation's id and an expiry.
struct PendingRegistration {
  std::int64_t id = 0;
  std::string token;
  std::int64_t expires_at = 0;
  int attempts = 0;  // failed so far
};

class FollowStore {
 public:
  static constexpr const char* kFileName = "volgcodes.db";

  // Creates the file (0600) in `data_dir` when missing; the outbox has already made the folder private.
  static Result<std::unique_ptr<FollowStore>> Open(const std::filesystem::path& data_dir);
  ~FollowStore();

  // A new code, received today, kept `keep_s` from `now`. False when the hash is there already (a
  // new code must then be drawn). With a `registration` token (a kiosk's), the token is queued for
  // the public intake in the same transaction, so a stored code never lacks its registration; it is
  // dropped at `registration_expires_at`.
  Result<bool> Add(const std::string& code_hash, const std::string& organisation, std::int64_t now, std::int64_t keep_s,
                   const std::string& registration = "", std::int64_t registration_expires_at = 0);

  // Registrations due at `now`, the longest waiting first, at most `limit`. Expired ones too: the
  // caller drops them.
  Result<std::vector<PendingRegistration>> DueRegistrations(std::int64_t now, int limit);
  // The intake has it, refused it, or it expired: deleted (its pages zeroed).
  Status RegistrationDone(std::int64_t id);
  // Not reached: tried again at `next_attempt_at`, one more failed attempt counted.
  Status RegistrationRetry(std::int64_t id, std::int64_t next_attempt_at);
  // How many registrations wait.
  Result<std::int64_t> RegistrationsWaiting();
  // The same, read-only from `data_dir` while the kiosk runs, for `nietpluis-kiosk status`: 0 when
  // there is no file yet, or one from before registrations.
  static Result<std::int64_t> RegistrationsWaitingIn(const std::filesystem::path& data_dir);

  // The entry of a hash that has not expired at `now`.
  Result<std::optional<FollowEntry>> Find(const std::string& code_hash, std::int64_t now);

  enum class Change { kChanged, kAlready, kOtherOrganisation };
  // Moves the status forward (never back) for a checked token: a hash the store never saw (a kiosk's
  // code) is added. Each change keeps the row `keep_s` longer from `now`.
  Result<Change> Advance(const std::string& code_hash, const std::string& organisation, FollowStatus status,
                         std::int64_t now, std::int64_t keep_s);

  // Deletes every row that expired at `now` (secure_delete: its pages are zeroed); how many codes.
  // Expired registrations go too, uncounted: their codes are counted with the codes.
  Result<std::int64_t> WipeExpired(std::int64_t now);

 private:
  FollowStore(std::unique_ptr<SQLite::Database> db, std::string path);

  std::mutex mutex_;
  std::unique_ptr<SQLite::Database> db_;
  std::string path_;
};

// The local day of `unix_seconds`: "2026-12-04".
std::string LocalDay(std::int64_t unix_seconds);

}  // namespace nietpluis
