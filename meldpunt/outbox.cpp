// The outbox on SQLite.
#include "outbox.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <map>

#include "report_json.h"

namespace nietpluis {
namespace {

// "NPLS": tells our database apart from any other SQLite file someone points us at.
constexpr int kApplicationId = 0x4e504c53;
constexpr int kSchemaVersion = 1;

constexpr const char* kSchema = R"sql(
CREATE TABLE report (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  organisation TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  document TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'wachtend' CHECK (state IN ('wachtend', 'mislukt')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX report_queue ON report (state, organisation, seq);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('delivered_total', '0'), ('last_delivery_at', '0'), ('last_error', '');
)sql";

// Resets a cached statement when its use ends, so no statement keeps a read open on the database
// (an open read would stop the WAL checkpoint that wipes delivered reports).
struct ResetWhenDone {
  SQLite::Statement& statement;
  ~ResetWhenDone() { statement.tryReset(); }
};

Diagnostic DatabaseError(const std::string& file, const std::string& problem, const std::string& remedy) {
  return Error(file, 0, problem, remedy);
}

void ApplyPragmas(SQLite::Database& db) {
  db.exec("PRAGMA journal_mode=WAL");
  db.exec("PRAGMA synchronous=FULL");
  db.exec("PRAGMA secure_delete=ON");
  db.exec("PRAGMA foreign_keys=ON");
  // The queue is small and read by its index; SQLite's default 2 MiB cache would mostly hold pages
  // of delivered, wiped reports.
  db.exec("PRAGMA cache_size=-512");
  db.setBusyTimeout(5000);
}

// The file must exist with mode 0600 before SQLite opens it: SQLite gives the WAL and shm files
// the database's mode, so no report is ever readable by another user.
Status CreatePrivateFile(const std::filesystem::path& path) {
  int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return Status::Ok();
    return DatabaseError(path.string(), "kan de database niet maken", "geef de kiosk schrijfrecht op deze map");
  }
  ::close(fd);
  return Status::Ok();
}

}  // namespace

Outbox::Outbox(std::unique_ptr<SQLite::Database> db, std::string file) : db_(std::move(db)), file_(std::move(file)) {}
Outbox::~Outbox() = default;

SQLite::Statement& Outbox::Prepared(const std::string& sql) {
  std::unique_ptr<SQLite::Statement>& statement = statements_[sql];
  if (!statement) statement = std::make_unique<SQLite::Statement>(*db_, sql);
  statement->reset();
  statement->clearBindings();
  return *statement;
}

Result<std::unique_ptr<Outbox>> Outbox::Open(const std::filesystem::path& data_dir) {
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec || !std::filesystem::is_directory(data_dir)) {
    return DatabaseError(data_dir.string(), "kan de map voor meldingen niet maken",
                         "maak de map en geef de kiosk schrijfrecht, of kies een andere data_dir");
  }
  ::chmod(data_dir.c_str(), 0700);
  const std::filesystem::path path = data_dir / kFileName;
  const bool is_new = !std::filesystem::exists(path) || std::filesystem::file_size(path, ec) == 0;
  if (Status created = CreatePrivateFile(path); !created.ok()) return created.error();
  try {
    auto db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE);
    if (!is_new) {
      // Read before writing anything, so a foreign or damaged file is left exactly as found.
      int application_id = db->execAndGet("PRAGMA application_id").getInt();
      int version = db->execAndGet("PRAGMA user_version").getInt();
      if (application_id != kApplicationId) {
        return DatabaseError(path.string(), "dit is geen database van Nietpluis-kiosk",
                             "zet het bestand ergens anders neer of kies een andere data_dir; de kiosk laat het ongemoeid");
      }
      if (version != kSchemaVersion) {
        return DatabaseError(path.string(), "de database heeft versie " + std::to_string(version) + ", deze kiosk kent versie " +
                                                std::to_string(kSchemaVersion),
                             "gebruik de versie van Nietpluis-kiosk die deze database maakte");
      }
      std::string check = db->execAndGet("PRAGMA quick_check").getString();
      if (check != "ok") {
        return DatabaseError(path.string(), "de database is beschadigd", "bewaar het bestand en vraag de leverancier om hulp");
      }
    }
    ApplyPragmas(*db);
    if (is_new) {
      SQLite::Transaction transaction(*db);
      db->exec(kSchema);
      db->exec("PRAGMA application_id=" + std::to_string(kApplicationId));
      db->exec("PRAGMA user_version=" + std::to_string(kSchemaVersion));
      transaction.commit();
    }
    return std::unique_ptr<Outbox>(new Outbox(std::move(db), path.string()));
  } catch (const SQLite::Exception& error) {
    if (error.getErrorCode() == SQLITE_NOTADB || error.getErrorCode() == SQLITE_CORRUPT) {
      return DatabaseError(path.string(), "dit is geen database van Nietpluis-kiosk, of hij is beschadigd",
                           "zet het bestand ergens anders neer of kies een andere data_dir; de kiosk laat het ongemoeid");
    }
    return DatabaseError(path.string(), std::string("de database is niet te openen (") + error.what() + ")",
                         "kijk of de schijf vol is en of de kiosk schrijfrecht heeft");
  }
}

Result<std::unique_ptr<Outbox>> Outbox::OpenReadOnly(const std::filesystem::path& data_dir) {
  const std::filesystem::path path = data_dir / kFileName;
  if (!std::filesystem::exists(path)) {
    return DatabaseError(path.string(), "er is nog geen database", "start de kiosk één keer; die maakt hem");
  }
  try {
    auto db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READONLY);
    db->setBusyTimeout(5000);
    if (db->execAndGet("PRAGMA application_id").getInt() != kApplicationId) {
      return DatabaseError(path.string(), "dit is geen database van Nietpluis-kiosk", "kijk of data_dir klopt");
    }
    return std::unique_ptr<Outbox>(new Outbox(std::move(db), path.string()));
  } catch (const SQLite::Exception& error) {
    return DatabaseError(path.string(), std::string("de database is niet te lezen (") + error.what() + ")",
                         "voer dit uit als de gebruiker van de kiosk, of als root");
  }
}

Status Outbox::Insert(const std::vector<PendingAdd*>& batch) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction transaction(*db_);
    SQLite::Statement& insert =
        Prepared("INSERT INTO report (id, organisation, received_at, document, next_attempt_at) VALUES (?, ?, ?, ?, ?)");
    ResetWhenDone insert_done{insert};
    for (const PendingAdd* add : batch) {
      insert.reset();
      insert.bind(1, add->report->id);
      insert.bind(2, add->report->organisation);
      insert.bind(3, static_cast<int64_t>(add->report->received_at));
      insert.bind(4, add->document);
      insert.bind(5, static_cast<int64_t>(add->report->received_at));
      insert.exec();
    }
    transaction.commit();
    return Status::Ok();
  } catch (const SQLite::Exception& error) {
    // Only the SQLite error text: it never holds the report's content.
    return DatabaseError(file_, std::string("melding niet opgeslagen (") + error.what() + ")", "kijk of de schijf vol is");
  }
}

Status Outbox::Add(const Report& report) {
  PendingAdd add{&report, ReportJson(report), false, Status::Ok()};
  std::unique_lock lock(adds_mutex_);
  adds_.push_back(&add);
  // The Add at the front commits for everyone queued behind it; the others wait for its result.
  adds_done_.wait(lock, [&] { return add.done || adds_.front() == &add; });
  if (add.done) return add.status;
  std::vector<PendingAdd*> batch(adds_.begin(), adds_.end());
  lock.unlock();
  Status status = Insert(batch);
  std::vector<Status> results(batch.size(), status);
  if (!status.ok() && batch.size() > 1) {
    // One report must not sink the others: try each alone.
    for (std::size_t i = 0; i < batch.size(); ++i) results[i] = Insert({batch[i]});
  }
  lock.lock();
  for (std::size_t i = 0; i < batch.size(); ++i) {
    batch[i]->status = results[i];
    batch[i]->done = true;
    adds_.pop_front();
  }
  adds_done_.notify_all();
  return add.status;
}

std::vector<QueueHead> Outbox::ReadHeads() {
  // A loose index scan: each step seeks the next organisation in the queue index, so finding the
  // heads costs a few lookups per organisation instead of a pass over every waiting report.
  SQLite::Statement& organisations = Prepared(R"sql(
    WITH RECURSIVE waiting(organisation) AS (
      SELECT (SELECT min(organisation) FROM report WHERE state = 'wachtend')
      UNION ALL
      SELECT (SELECT min(organisation) FROM report WHERE state = 'wachtend' AND organisation > waiting.organisation)
      FROM waiting WHERE waiting.organisation IS NOT NULL)
    SELECT organisation FROM waiting WHERE organisation IS NOT NULL)sql");
  ResetWhenDone organisations_done{organisations};
  SQLite::Statement& head = Prepared(
      "SELECT id, next_attempt_at, attempts, last_error FROM report WHERE state = 'wachtend' AND organisation = ? "
      "ORDER BY seq LIMIT 1");
  ResetWhenDone head_done{head};
  std::vector<QueueHead> heads;
  while (organisations.executeStep()) {
    QueueHead next{organisations.getColumn(0).getString(), "", 0, 0, ""};
    head.reset();
    head.bind(1, next.organisation);
    if (!head.executeStep()) continue;
    next.id = head.getColumn(0).getString();
    next.next_attempt_at = head.getColumn(1).getInt64();
    next.attempts = head.getColumn(2).getInt();
    next.last_error = head.getColumn(3).getString();
    heads.push_back(std::move(next));
  }
  return heads;
}

void Outbox::ReadQueue(const std::string& organisation, std::size_t limit, std::vector<QueuedReport>* out) {
  SQLite::Statement& queue = Prepared(
      "SELECT seq, id, document, attempts FROM report WHERE state = 'wachtend' AND organisation = ? ORDER BY seq LIMIT ?");
  ResetWhenDone queue_done{queue};
  queue.bind(1, organisation);
  queue.bind(2, static_cast<int64_t>(limit));
  while (queue.executeStep()) {
    QueuedReport queued{queue.getColumn(0).getInt64(), {}, queue.getColumn(3).getInt(), false};
    std::optional<Report> report = ReportFromJson(queue.getColumn(2).getString());
    if (report) {
      queued.report = std::move(*report);
    } else {
      // Skipping it would leave it counted as waiting forever while later reports overtake it.
      queued.unreadable = true;
      queued.report.id = queue.getColumn(1).getString();
      queued.report.organisation = organisation;
    }
    out->push_back(std::move(queued));
  }
}

Diagnostic Outbox::ReadError(const std::exception& error) const {
  // Only SQLite's text: it names the database, never a report's content.
  return DatabaseError(file_, std::string("de wachtrij is niet te lezen (") + error.what() + ")",
                       "de kiosk probeert het straks opnieuw; blijft dit, kijk dan de schijf en de rechten na");
}

Result<std::vector<QueueHead>> Outbox::Heads() {
  std::lock_guard lock(mutex_);
  try {
    return ReadHeads();
  } catch (const std::exception& error) {
    return ReadError(error);
  }
}

Result<std::vector<QueuedReport>> Outbox::Due(std::int64_t now, std::size_t per_organisation) {
  std::lock_guard lock(mutex_);
  try {
    std::vector<QueuedReport> due;
    for (const QueueHead& head : ReadHeads()) {
      if (head.next_attempt_at <= now) ReadQueue(head.organisation, per_organisation, &due);
    }
    return due;
  } catch (const std::exception& error) {
    return ReadError(error);
  }
}

Result<std::vector<QueuedReport>> Outbox::DueOf(const std::string& organisation, std::int64_t now, std::size_t limit) {
  std::lock_guard lock(mutex_);
  try {
    std::vector<QueuedReport> due;
    ReadQueue(organisation, limit, &due);
    // Only a head that is due lets its queue go.
    if (!due.empty()) {
      SQLite::Statement& head = Prepared("SELECT next_attempt_at FROM report WHERE seq = ?");
      ResetWhenDone head_done{head};
      head.bind(1, static_cast<int64_t>(due.front().seq));
      if (head.executeStep() && head.getColumn(0).getInt64() > now) due.clear();
    }
    return due;
  } catch (const std::exception& error) {
    return ReadError(error);
  }
}

Result<std::optional<std::int64_t>> Outbox::NextDue() {
  std::lock_guard lock(mutex_);
  try {
    std::optional<std::int64_t> next;
    for (const QueueHead& head : ReadHeads()) {
      if (!next || head.next_attempt_at < *next) next = head.next_attempt_at;
    }
    return next;
  } catch (const std::exception& error) {
    return ReadError(error);
  }
}

void Outbox::SetMeta(const std::string& key, const std::string& value) {
  SQLite::Statement& update = Prepared("UPDATE meta SET value = ? WHERE key = ?");
  ResetWhenDone update_done{update};
  update.bind(1, value);
  update.bind(2, key);
  update.exec();
}

Status Outbox::Checkpoint() {
  try {
    db_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return Status::Ok();
  } catch (const SQLite::Exception& error) {
    return DatabaseError(file_, std::string("opruimen mislukt (") + error.what() + ")", "de kiosk probeert het later opnieuw");
  }
}

Status Outbox::MarkDelivered(const std::vector<std::string>& ids, std::int64_t now) {
  if (ids.empty()) return Status::Ok();
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction transaction(*db_);
    SQLite::Statement& remove = Prepared("DELETE FROM report WHERE id = ?");
    ResetWhenDone remove_done{remove};
    for (const std::string& id : ids) {
      remove.reset();
      remove.bind(1, id);
      remove.exec();
    }
    db_->exec("UPDATE meta SET value = CAST(value AS INTEGER) + " + std::to_string(ids.size()) +
              " WHERE key = 'delivered_total'");
    SetMeta("last_delivery_at", std::to_string(now));
    SetMeta("last_error", "");
    transaction.commit();
  } catch (const SQLite::Exception& error) {
    return DatabaseError(file_, std::string("afmelden van bezorgde meldingen mislukt (") + error.what() + ")",
                         "de kiosk stuurt ze nog eens; de ontvanger herkent ze aan hun id");
  }
  return Checkpoint();
}

Status Outbox::MarkRetry(const std::string& id, std::int64_t next_attempt_at, const std::string& error) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction transaction(*db_);
    SQLite::Statement update(*db_,
                             "UPDATE report SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?");
    update.bind(1, static_cast<int64_t>(next_attempt_at));
    update.bind(2, error);
    update.bind(3, id);
    update.exec();
    SetMeta("last_error", id + ": " + error);
    transaction.commit();
    return Status::Ok();
  } catch (const SQLite::Exception& exception) {
    return DatabaseError(file_, std::string("kan de nieuwe poging niet vastleggen (") + exception.what() + ")", "kijk of de schijf vol is");
  }
}

Status Outbox::MarkFailed(const std::string& id, const std::string& error) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction transaction(*db_);
    SQLite::Statement update(*db_,
                             "UPDATE report SET state = 'mislukt', attempts = attempts + 1, last_error = ? WHERE id = ?");
    update.bind(1, error);
    update.bind(2, id);
    update.exec();
    SetMeta("last_error", id + ": " + error);
    transaction.commit();
    return Status::Ok();
  } catch (const SQLite::Exception& exception) {
    return DatabaseError(file_, std::string("kan de weigering niet vastleggen (") + exception.what() + ")", "kijk of de schijf vol is");
  }
}

Result<std::int64_t> Outbox::Requeue(const std::vector<std::string>& ids) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction transaction(*db_);
    std::int64_t changed = 0;
    const char* sql = "UPDATE report SET state = 'wachtend', attempts = 0, next_attempt_at = 0, last_error = '' "
                      "WHERE state = 'mislukt'";
    if (ids.empty()) {
      changed = db_->exec(sql);
    } else {
      SQLite::Statement update(*db_, std::string(sql) + " AND id = ?");
      for (const std::string& id : ids) {
        update.reset();
        update.bind(1, id);
        changed += update.exec();
      }
    }
    transaction.commit();
    return changed;
  } catch (const SQLite::Exception& exception) {
    return DatabaseError(file_, std::string("kan de meldingen niet opnieuw klaarzetten (") + exception.what() + ")",
                         "kijk of de schijf vol is");
  }
}

Result<OutboxStats> Outbox::Stats() {
  std::lock_guard lock(mutex_);
  try {
    OutboxStats stats;
    SQLite::Statement queued(*db_, "SELECT count(*), min(received_at) FROM report WHERE state = 'wachtend'");
    if (queued.executeStep()) {
      stats.queued = queued.getColumn(0).getInt64();
      stats.oldest_received_at = queued.getColumn(1).isNull() ? 0 : queued.getColumn(1).getInt64();
    }
    SQLite::Statement failed(*db_, "SELECT id, organisation, last_error FROM report WHERE state = 'mislukt' ORDER BY seq");
    while (failed.executeStep()) {
      const std::string id = failed.getColumn(0).getString();
      stats.failed_ids.push_back(id);
      stats.errors[failed.getColumn(1).getString()] = id + ": " + failed.getColumn(2).getString();
    }
    stats.failed = static_cast<std::int64_t>(stats.failed_ids.size());
    // A head being retried is what is wrong now; it goes before an older refusal.
    for (const QueueHead& head : ReadHeads()) {
      if (head.attempts == 0) continue;
      stats.retrying += 1;
      stats.errors[head.organisation] = head.id + ": " + head.last_error;
    }
    SQLite::Statement meta(*db_, "SELECT key, value FROM meta");
    std::map<std::string, std::string> values;
    while (meta.executeStep()) values[meta.getColumn(0).getString()] = meta.getColumn(1).getString();
    stats.delivered_total = std::stoll(values["delivered_total"].empty() ? "0" : values["delivered_total"]);
    stats.last_delivery_at = std::stoll(values["last_delivery_at"].empty() ? "0" : values["last_delivery_at"]);
    return stats;
  } catch (const std::exception& error) {
    return ReadError(error);
  }
}

}  // namespace nietpluis
