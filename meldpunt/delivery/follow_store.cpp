// The follow-up store on SQLite.
#include "delivery/follow_store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ctime>

namespace nietpluis {
namespace {

// "NPVC": tells our file apart from any other SQLite file in the data folder.
constexpr int kApplicationId = 0x4e505643;
// 2 added the registrations: a file of version 1 gets their table when it is opened.
constexpr int kSchemaVersion = 2;

constexpr const char* kSchema = R"(
CREATE TABLE follow (
  code_hash TEXT PRIMARY KEY,
  organisation TEXT NOT NULL,
  status INTEGER NOT NULL,
  day TEXT NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX follow_expiry ON follow (expires_at);
)";

// A kiosk's codes still to be registered with the public intake: the token only, never more.
constexpr const char* kRegistrationSchema = R"(
CREATE TABLE IF NOT EXISTS registration (
  id INTEGER PRIMARY KEY,
  token TEXT NOT NULL UNIQUE,
  expires_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS registration_due ON registration (next_attempt_at);
)";

Diagnostic StoreError(const std::string& path, const std::string& what) {
  return Error(path, 0, "de volgcodes zijn niet te lezen of te schrijven (" + what + ")",
               "kijk of de schijf vol is en of data_dir van de gebruiker nietpluis is");
}

}  // namespace

std::string LocalDay(std::int64_t unix_seconds) {
  std::time_t time = static_cast<std::time_t>(unix_seconds);
  std::tm local{};
  localtime_r(&time, &local);
  char day[16];
  std::strftime(day, sizeof day, "%Y-%m-%d", &local);
  return day;
}

FollowStore::FollowStore(std::unique_ptr<SQLite::Database> db, std::string path) : db_(std::move(db)), path_(std::move(path)) {}
FollowStore::~FollowStore() = default;

Result<std::unique_ptr<FollowStore>> FollowStore::Open(const std::filesystem::path& data_dir) {
  const std::string path = (data_dir / kFileName).string();
  // Made 0600 before SQLite opens it, whatever the umask; never through a link.
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return StoreError(path, "het bestand is niet te openen");
  struct stat info {};
  const bool is_new = fstat(fd, &info) == 0 && info.st_size == 0;
  ::close(fd);
  try {
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE);
    if (!is_new && db->execAndGet("PRAGMA application_id").getInt() != kApplicationId) {
      return Error(path, 0, "dit is geen bestand met volgcodes van Nietpluis-kiosk",
                   "zet het bestand ergens anders neer; de kiosk laat het ongemoeid");
    }
    db->exec("PRAGMA journal_mode=WAL");
    db->exec("PRAGMA synchronous=FULL");
    db->exec("PRAGMA secure_delete=ON");
    db->setBusyTimeout(2000);
    if (is_new || db->execAndGet("PRAGMA user_version").getInt() < kSchemaVersion) {
      SQLite::Transaction transaction(*db);
      if (is_new) db->exec(kSchema);
      db->exec(kRegistrationSchema);
      db->exec("PRAGMA application_id=" + std::to_string(kApplicationId));
      db->exec("PRAGMA user_version=" + std::to_string(kSchemaVersion));
      transaction.commit();
    }
    return std::unique_ptr<FollowStore>(new FollowStore(std::move(db), path));
  } catch (const SQLite::Exception& error) {
    return StoreError(path, error.what());
  }
}

Result<bool> FollowStore::Add(const std::string& code_hash, const std::string& organisation, std::int64_t now,
                              std::int64_t keep_s, const std::string& registration,
                              std::int64_t registration_expires_at) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction transaction(*db_);
    SQLite::Statement insert(*db_,
                             "INSERT OR IGNORE INTO follow (code_hash, organisation, status, day, expires_at) "
                             "VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, code_hash);
    insert.bind(2, organisation);
    insert.bind(3, static_cast<int>(FollowStatus::kReceived));
    insert.bind(4, LocalDay(now));
    insert.bind(5, static_cast<std::int64_t>(now + keep_s));
    const bool added = insert.exec() == 1;
    if (added && !registration.empty()) {
      SQLite::Statement queue(*db_,
                              "INSERT OR IGNORE INTO registration (token, expires_at, next_attempt_at) VALUES (?, ?, ?)");
      queue.bind(1, registration);
      queue.bind(2, static_cast<std::int64_t>(registration_expires_at));
      queue.bind(3, static_cast<std::int64_t>(now));
      queue.exec();
    }
    transaction.commit();
    return added;
  } catch (const SQLite::Exception& error) {
    return StoreError(path_, error.what());
  }
}

Result<std::vector<PendingRegistration>> FollowStore::DueRegistrations(std::int64_t now, int limit) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Statement query(*db_,
                            "SELECT id, token, expires_at, attempts FROM registration WHERE next_attempt_at <= ? "
                            "ORDER BY next_attempt_at, id LIMIT ?");
    query.bind(1, static_cast<std::int64_t>(now));
    query.bind(2, limit);
    std::vector<PendingRegistration> due;
    while (query.executeStep()) {
      due.push_back(PendingRegistration{query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                                        query.getColumn(2).getInt64(), query.getColumn(3).getInt()});
    }
    return due;
  } catch (const SQLite::Exception& error) {
    return StoreError(path_, error.what());
  }
}

Status FollowStore::RegistrationDone(std::int64_t id) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Statement remove(*db_, "DELETE FROM registration WHERE id = ?");
    remove.bind(1, static_cast<std::int64_t>(id));
    remove.exec();
    return Status::Ok();
  } catch (const SQLite::Exception& error) {
    return StoreError(path_, error.what());
  }
}

Status FollowStore::RegistrationRetry(std::int64_t id, std::int64_t next_attempt_at) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Statement update(*db_, "UPDATE registration SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?");
    update.bind(1, static_cast<std::int64_t>(next_attempt_at));
    update.bind(2, static_cast<std::int64_t>(id));
    update.exec();
    return Status::Ok();
  } catch (const SQLite::Exception& error) {
    return StoreError(path_, error.what());
  }
}

Result<std::int64_t> FollowStore::RegistrationsWaitingIn(const std::filesystem::path& data_dir) {
  const std::string path = (data_dir / kFileName).string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return std::int64_t{0};
  try {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    db.setBusyTimeout(2000);
    if (db.execAndGet("PRAGMA application_id").getInt() != kApplicationId) {
      return StoreError(path, "dit is geen bestand met volgcodes van Nietpluis-kiosk");
    }
    if (!db.tableExists("registration")) return std::int64_t{0};
    return db.execAndGet("SELECT count(*) FROM registration").getInt64();
  } catch (const SQLite::Exception& error) {
    return StoreError(path, error.what());
  }
}

Result<std::int64_t> FollowStore::RegistrationsWaiting() {
  std::lock_guard lock(mutex_);
  try {
    return db_->execAndGet("SELECT count(*) FROM registration").getInt64();
  } catch (const SQLite::Exception& error) {
    return StoreError(path_, error.what());
  }
}

Result<std::optional<FollowEntry>> FollowStore::Find(const std::string& code_hash, std::int64_t now) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Statement query(*db_,
                            "SELECT organisation, status, day, expires_at FROM follow WHERE code_hash = ? AND expires_at > ?");
    query.bind(1, code_hash);
    query.bind(2, static_cast<std::int64_t>(now));
    if (!query.executeStep()) return std::optional<FollowEntry>();
    const int status = query.getColumn(1).getInt();
    FollowEntry entry{query.getColumn(0).getString(),
                      static_cast<FollowStatus>(status < 0 || status > 2 ? 0 : status), query.getColumn(2).getString(),
                      query.getColumn(3).getInt64()};
    return std::optional<FollowEntry>(std::move(entry));
  } catch (const SQLite::Exception& error) {
    return StoreError(path_, error.what());
  }
}

Result<FollowStore::Change> FollowStore::Advance(const std::string& code_hash, const std::string& organisation,
                                                 FollowStatus status, std::int64_t now, std::int64_t keep_s) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction transaction(*db_);
    SQLite::Statement query(*db_, "SELECT organisation, status FROM follow WHERE code_hash = ? AND expires_at > ?");
    query.bind(1, code_hash);
    query.bind(2, static_cast<std::int64_t>(now));
    if (query.executeStep()) {
      if (query.getColumn(0).getString() != organisation) return Change::kOtherOrganisation;
      if (query.getColumn(1).getInt() >= static_cast<int>(status)) return Change::kAlready;
    }
    query.reset();
    SQLite::Statement upsert(*db_,
                             "INSERT OR REPLACE INTO follow (code_hash, organisation, status, day, expires_at) "
                             "VALUES (?, ?, ?, ?, ?)");
    upsert.bind(1, code_hash);
    upsert.bind(2, organisation);
    upsert.bind(3, static_cast<int>(status));
    upsert.bind(4, LocalDay(now));
    upsert.bind(5, static_cast<std::int64_t>(now + keep_s));
    upsert.exec();
    transaction.commit();
    return Change::kChanged;
  } catch (const SQLite::Exception& error) {
    return StoreError(path_, error.what());
  }
}

Result<std::int64_t> FollowStore::WipeExpired(std::int64_t now) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Statement wipe(*db_, "DELETE FROM follow WHERE expires_at <= ?");
    wipe.bind(1, static_cast<std::int64_t>(now));
    const int wiped = wipe.exec();
    SQLite::Statement wipe_registrations(*db_, "DELETE FROM registration WHERE expires_at <= ?");
    wipe_registrations.bind(1, static_cast<std::int64_t>(now));
    const int wiped_registrations = wipe_registrations.exec();
    // The WAL would otherwise hold the deleted rows' pages until the next checkpoint.
    if (wiped + wiped_registrations > 0) db_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return std::int64_t{wiped};
  } catch (const SQLite::Exception& error) {
    return StoreError(path_, error.what());
  }
}

}  // namespace nietpluis
