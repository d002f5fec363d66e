// The outbox: reports wait here, durably, until their organisation has them; then they are wiped.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "base/iso_week.h"
#include "base/status.h"
#include "delivery/sealed_report.h"
#include "base/week_counts.h"
#include "intake/report.h"

namespace SQLite {
class Database;
class Statement;
}

namespace nietpluis {

struct QueuedReport {
  std::int64_t seq = 0;
  Report report;     // when unreadable or sealed, only its id, organisation and time are known
  int attempts = 0;  // failed attempts so far (only the head of a queue is tried)
  // The stored document does not parse: it can never be delivered, and must not hold up the rest.
  bool unreadable = false;
  // Sealed at intake for its organisation (delivery/report_sealer.h): this is what travels.
  std::optional<SealedReport> sealed;
};

// The oldest waiting report of one organisation: the only one of its queue that is tried.
struct QueueHead {
  std::string organisation;
  std::string id;
  std::int64_t next_attempt_at = 0;
  int attempts = 0;
  std::string last_error;  // why its last attempt failed; "" before the first
};

// A report its receiver refused, kept apart for the coordinator until requeued or wiped.
struct RefusedReport {
  std::string id;
  std::string organisation;
  std::string error;  // "HTTP 422: <first line of the receiver's answer>"
  std::int64_t refused_at = 0;  // 0: refused before the kiosk kept the time
};

// The most recent failed attempt to deliver, whether retried or refused; kept after later successes.
struct LastFailure {
  std::int64_t at = 0;  // 0: none yet
  std::string organisation;
  std::string id;
  std::string error;
};

// What `status` and /health show: counts and times only, never a report's content.
struct OutboxStats {
  std::int64_t queued = 0;            // waiting for delivery
  std::int64_t oldest_received_at = 0;  // 0 when nothing waits
  std::int64_t retrying = 0;          // organisations whose first report failed at least once
  std::int64_t failed = 0;            // refused for good, kept for the coordinator
  std::int64_t delivered_total = 0;
  std::int64_t last_delivery_at = 0;  // 0 when never
  // Per organisation, what is wrong now: "report id: reason" of its head while that is being retried,
  // else of its latest refused report. A delivery to one organisation leaves the others' errors be.
  std::map<std::string, std::string> errors;
  std::vector<std::string> failed_ids;
  std::vector<RefusedReport> refused;  // the same reports as failed_ids, with why and when
  LastFailure last_failure;
  // Since when delivered reports wait in the WAL because another program holds the database open;
  // 0 when every delivered report is wiped.
  std::int64_t unwiped_since = 0;
};

// One SQLite file, `meldingen.db`, in WAL mode with synchronous=FULL and secure_delete on.
// Thread-safe: the intake threads add, the forwarder takes and marks.
class Outbox {
 public:
  static constexpr const char* kFileName = "meldingen.db";

  // Creates the data folder (0700) and the database (0600) when missing. A file that is not our
  // database, or is damaged, is reported and left exactly as it is. So are a data folder that is a
  // symbolic link, shared or another user's, and database files that are links or another user's;
  // the kiosk's own folder and files are made private (0700, 0600) if they were not.
  static Result<std::unique_ptr<Outbox>> Open(const std::filesystem::path& data_dir);
  // For `status`: reads only, creates nothing.
  static Result<std::unique_ptr<Outbox>> OpenReadOnly(const std::filesystem::path& data_dir);
  ~Outbox();

  // Stores the report. When this returns ok, the report survives a power cut. Reports added by
  // several threads at once are committed together, one sync for all (LevelDB's group commit).
  Status Add(const Report& report);
  // The same for a sealed report: the outbox then holds its sealed bytes, id, organisation and time.
  // `source` and `campaign` (the report's, not sealed) go only into the weekly counts.
  Status AddSealed(const SealedReport& sealed, const std::string& source, const std::string& campaign);

  // The readers below return a database error as a value, never throw: they run on the forwarder's
  // threads, where an exception would end the kiosk.

  // Every organisation with waiting reports, with its oldest one, by organisation id.
  Result<std::vector<QueueHead>> Heads();
  // For each organisation whose oldest waiting report is due at `now`: that report and up to
  // `per_organisation - 1` after it, in the order they came in. A report whose document does not
  // parse comes back `unreadable`, in its place, for the caller to set apart.
  Result<std::vector<QueuedReport>> Due(std::int64_t now, std::size_t per_organisation);
  // The same for one organisation.
  Result<std::vector<QueuedReport>> DueOf(const std::string& organisation, std::int64_t now, std::size_t limit);
  // The earliest time a waiting head is due, if any report waits.
  Result<std::optional<std::int64_t>> NextDue();

  // Deletes delivered reports in one transaction and empties the WAL, so their content is gone from
  // every file. While another program holds a read open, the WAL cannot be emptied: a thread tries
  // again, waiting longer each time, and Stats().unwiped_since says so until it succeeds.
  Status MarkDelivered(const std::vector<std::string>& ids, std::int64_t now);
  // `now` is when the attempt failed (for Stats().last_failure).
  Status MarkRetry(const std::string& id, std::int64_t next_attempt_at, const std::string& error, std::int64_t now = 0);
  // Keeps the report, out of the queue, for the coordinator to fetch by hand, until WipeRefused.
  Status MarkFailed(const std::string& id, const std::string& error, std::int64_t now = 0);
  // Wipes the refused reports that were refused `keep_s` or longer before `now`, from every file,
  // and says which they were (for the journal: ids only).
  Result<std::vector<RefusedReport>> WipeRefused(std::int64_t now, std::int64_t keep_s);

  // Puts refused reports back at their place in the queue, after the receiver was fixed. An empty
  // `ids` means every refused report. Returns how many went back.
  Result<std::int64_t> Requeue(const std::vector<std::string>& ids);

  Result<OutboxStats> Stats();

  // Counting (delivery/report_counts.h): every Add also counts its report, in the same commit.
  // Counts of weeks older than `months` are dropped as new weeks come in.
  void KeepCountsFor(int months);
  // The counts from `from` to `to`, both included; an open end takes everything on that side.
  Result<std::vector<WeekCount>> Counts(std::optional<IsoWeek> from, std::optional<IsoWeek> to);

 private:
  // An Add waiting for its group commit.
  struct PendingAdd {
    const std::string* id;
    const std::string* organisation;
    std::int64_t received_at;
    const std::string* source;    // for the counts: the kiosk id or "website"
    const std::string* campaign;  // for the counts: the campaign tag, may be empty
    std::string document;
    bool done = false;
    Status status;
  };
  explicit Outbox(std::unique_ptr<SQLite::Database> db, std::string file);
  // After a start: keeps wiping what an earlier run could not.
  void ResumeWiping();
  // True when the WAL is empty, so no delivered report is left in it. Call with mutex_ held.
  bool Wipe();
  bool TruncateWal();
  // Remembers, also for `status` in another process, that delivered reports wait in the WAL.
  void KeepWiping(std::int64_t since);
  void StoreUnwipedSince(std::int64_t since);
  void WipeLoop();
  void SetMeta(const std::string& key, const std::string& value);
  // Throws on a database error; call with mutex_ held, inside the failing attempt's transaction.
  void StoreLastFailure(const std::string& id, const std::string& error, std::int64_t now);
  Status Insert(const std::vector<PendingAdd*>& batch);
  // Waits for the group commit that holds `add`.
  Status Commit(PendingAdd& add);
  // These throw on a database error; call with mutex_ held.
  std::vector<QueueHead> ReadHeads();
  void ReadQueue(const std::string& organisation, std::size_t limit, std::vector<QueuedReport>* out);
  Diagnostic ReadError(const std::exception& error) const;
  // A prepared statement for `sql`, reset and ready to bind: preparing costs more than running
  // these small statements. Call with mutex_ held.
  SQLite::Statement& Prepared(const std::string& sql);

  std::mutex mutex_;  // the database connection
  std::unique_ptr<SQLite::Database> db_;
  std::map<std::string, std::unique_ptr<SQLite::Statement>> statements_;  // destroyed before db_
  std::string file_;
  int schema_version_ = 2;  // older only for a read-only outbox that `status` opened
  std::mutex adds_mutex_;  // the queue of Adds waiting for a commit
  std::condition_variable adds_done_;
  std::deque<PendingAdd*> adds_;
  // Wiping the WAL again while another program held it; guarded by mutex_.
  bool unwiped_ = false;
  // Counting; guarded by mutex_.
  int count_months_ = 24;
  std::string pruned_in_week_;  // the week in which old counts were last dropped
  bool stopping_ = false;
  std::condition_variable wipe_wake_;
  std::thread wiper_;
};

}  // namespace nietpluis
