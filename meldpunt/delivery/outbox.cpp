// The outbox on SQLite.
#include "delivery/outbox.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <map>

#include "base/content_path.h"
#include "base/unique_fd.h"
#include "delivery/report_counts.h"
#include "intake/report_json.h"

namespace nietpluis {
namespace {

// "NPLS": tells our database apart from any other SQLite file someone points us at.
constexpr int kApplicationId = 0x4e504c53;
// 2: refused_at, so refused reports can be wiped a set number of days after their refusal.
constexpr int kSchemaVersion = 2;

constexpr int kBusyTimeoutMs = 5000;
// How long one try to empty the WAL waits for another program's read, and the waits between tries.
constexpr std::chrono::milliseconds kWipeBusyTimeout{50};
constexpr std::chrono::milliseconds kFirstWipeRetry{100};
constexpr std::chrono::milliseconds kLastWipeRetry{5000};

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
  last_error TEXT NOT NULL DEFAULT '',
  refused_at INTEGER NOT NULL DEFAULT 0
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

// "time<TAB>organisation<TAB>id<TAB>error", as StoreLastFailure writes it.
LastFailure ParseLastFailure(const std::string& value) {
  LastFailure failure;
  std::size_t a = value.find('\t');
  std::size_t b = a == std::string::npos ? a : value.find('\t', a + 1);
  std::size_t c = b == std::string::npos ? b : value.find('\t', b + 1);
  if (c == std::string::npos) return failure;
  failure.at = std::atoll(value.substr(0, a).c_str());
  failure.organisation = value.substr(a + 1, b - a - 1);
  failure.id = value.substr(b + 1, c - b - 1);
  failure.error = value.substr(c + 1);
  return failure;
}

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
  db.setBusyTimeout(kBusyTimeoutMs);
}

// "nobody", or "uid 1234" for a user without a name.
std::string UserName(uid_t uid) {
  passwd entry{};
  passwd* found = nullptr;
  char buffer[1024];
  if (::getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) == 0 && found != nullptr) return found->pw_name;
  return "uid " + std::to_string(uid);
}

// "0644", "1777": as chmod takes it.
std::string ModeText(mode_t mode) {
  char text[8];
  std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
  return text;
}

// Creates the folder with mode 0700 when nothing is there; leaves whatever is there to the checks.
Status CreateDataDir(const std::filesystem::path& dir) {
  struct stat info {};
  if (::lstat(dir.c_str(), &info) == 0) return Status::Ok();
  std::error_code ec;
  if (dir.has_parent_path()) std::filesystem::create_directories(dir.parent_path(), ec);
  if (::mkdir(dir.c_str(), 0700) == 0 || errno == EEXIST) return Status::Ok();
  return DatabaseError(dir.string(), "kan de map voor meldingen niet maken",
                       "maak de map en geef de kiosk schrijfrecht, of kies een andere data_dir");
}

// The data folder, opened without following a link and checked to be the kiosk's alone: while no one
// else can write in it, no one can swap the database for a link or a file of theirs either.
Result<std::unique_ptr<Fd>> OpenDataDir(const std::filesystem::path& data_dir) {
  const std::filesystem::path dir = WithoutTrailingSlash(data_dir);
  if (Status created = CreateDataDir(dir); !created.ok()) return created.error();
  auto fd = std::make_unique<Fd>(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  struct stat info {};
  if (fd->get() < 0 && ::lstat(dir.c_str(), &info) == 0 && S_ISLNK(info.st_mode)) {
    std::error_code ec;
    return DatabaseError(dir.string(),
                         "de map voor meldingen is een symbolische koppeling (naar " +
                             std::filesystem::read_symlink(dir, ec).string() + ")",
                         "zet het echte pad van een eigen map in data_dir; de kiosk volgt geen koppeling");
  }
  if (fd->get() < 0 || ::fstat(fd->get(), &info) != 0) {
    return DatabaseError(dir.string(), "kan de map voor meldingen niet maken",
                         "maak de map en geef de kiosk schrijfrecht, of kies een andere data_dir");
  }
  if (info.st_uid != ::geteuid()) {
    const std::string owner = UserName(info.st_uid);
    return DatabaseError(dir.string(),
                         "de map voor meldingen is van " + owner + ", maar de kiosk draait als " + UserName(::geteuid()),
                         "is de map van de kiosk, voer dit dan uit als " + owner + " (sudo -u " + owner +
                             "); anders kies een eigen map als data_dir");
  }
  // Sticky or writable for others: a folder such as /tmp, where others can put links and files.
  if ((info.st_mode & (S_ISVTX | S_IWGRP | S_IWOTH)) != 0) {
    return DatabaseError(dir.string(), "de map voor meldingen is gedeeld (modus " + ModeText(info.st_mode) + ")",
                         "kies een eigen map van de kiosk als data_dir, zoals /var/lib/nietpluis (modus 0700)");
  }
  if ((info.st_mode & 07777) != 0700 && ::fchmod(fd->get(), 0700) != 0) {
    return DatabaseError(dir.string(),
                         "kan de map voor meldingen niet afschermen (modus " + ModeText(info.st_mode) + ": " +
                             std::strerror(errno) + ")",
                         "geef de map zelf modus 0700 (chmod 700); lukt dat niet, kijk dan met lsattr of hij "
                         "vergrendeld is, of de schijf alleen-lezen");
  }
  return fd;
}

// One of the database's files, if it is there: a plain file of the kiosk's, made private (0600).
Status SecureFile(int dir_fd, const std::filesystem::path& dir, const std::string& name) {
  const std::filesystem::path path = dir / name;
  // O_NONBLOCK: a fifo put there must not hang the start.
  Fd fd(::openat(dir_fd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0 && errno == ENOENT) return Status::Ok();
  struct stat info {};
  if (fd.get() < 0 && ::fstatat(dir_fd, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(info.st_mode)) {
    return DatabaseError(path.string(), "dit is een symbolische koppeling, geen bestand",
                         "haal de koppeling weg, de kiosk volgt er geen");
  }
  if (fd.get() < 0 || ::fstat(fd.get(), &info) != 0) {
    return DatabaseError(path.string(), std::string("kan het bestand niet openen (") + std::strerror(errno) + ")",
                         "geef de kiosk lees- en schrijfrecht op dit bestand");
  }
  if (!S_ISREG(info.st_mode)) {
    return DatabaseError(path.string(), "dit is geen gewoon bestand", "haal het weg; de kiosk maakt zelf een nieuw");
  }
  if (info.st_uid != ::geteuid()) {
    const std::string user = UserName(::geteuid());
    return DatabaseError(path.string(), "het bestand is van " + UserName(info.st_uid) + ", maar de kiosk draait als " + user,
                         "is het van de kiosk, geef het dan aan " + user + " (chown " + user + "); anders haal het weg");
  }
  if ((info.st_mode & 07777) != 0600 && ::fchmod(fd.get(), 0600) != 0) {
    return DatabaseError(path.string(),
                         "kan het bestand niet afschermen (modus " + ModeText(info.st_mode) + ": " + std::strerror(errno) + ")",
                         "geef het zelf modus 0600 (chmod 600); lukt dat niet, kijk dan met lsattr of het "
                         "vergrendeld is, of de schijf alleen-lezen");
  }
  return Status::Ok();
}

// The file must exist with mode 0600 before SQLite opens it: SQLite gives the WAL and shm files
// the database's mode, so no report is ever readable by another user.
Status CreatePrivateFile(int dir_fd, const std::filesystem::path& path) {
  int fd = ::openat(dir_fd, path.filename().c_str(), O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return Status::Ok();
    return DatabaseError(path.string(), "kan de database niet maken", "geef de kiosk schrijfrecht op deze map");
  }
  ::close(fd);
  return Status::Ok();
}

// The data folder and every file SQLite keeps there, checked and made private before SQLite opens them.
Status SecureDataDir(const std::filesystem::path& data_dir) {
  Result<std::unique_ptr<Fd>> dir = OpenDataDir(data_dir);
  if (!dir.ok()) return dir.error();
  const std::filesystem::path folder = WithoutTrailingSlash(data_dir);
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    if (Status secured = SecureFile(dir.value()->get(), folder, std::string(Outbox::kFileName) + suffix); !secured.ok()) {
      return secured;
    }
  }
  return CreatePrivateFile(dir.value()->get(), folder / Outbox::kFileName);
}

}  // namespace

Outbox::Outbox(std::unique_ptr<SQLite::Database> db, std::string file) : db_(std::move(db)), file_(std::move(file)) {}

Outbox::~Outbox() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wipe_wake_.notify_all();
  if (wiper_.joinable()) wiper_.join();
}

SQLite::Statement& Outbox::Prepared(const std::string& sql) {
  std::unique_ptr<SQLite::Statement>& statement = statements_[sql];
  if (!statement) statement = std::make_unique<SQLite::Statement>(*db_, sql);
  statement->reset();
  statement->clearBindings();
  return *statement;
}

Result<std::unique_ptr<Outbox>> Outbox::Open(const std::filesystem::path& data_dir) {
  std::error_code ec;
  const std::filesystem::path path = WithoutTrailingSlash(data_dir) / kFileName;
  const bool is_new = !std::filesystem::exists(std::filesystem::symlink_status(path, ec)) ||
                      std::filesystem::file_size(path, ec) == 0;
  if (Status secured = SecureDataDir(data_dir); !secured.ok()) return secured.error();
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
      if (version == 1) {
        // A refusal before this version has no time: the first WipeRefused gives it the time it looks.
        SQLite::Transaction transaction(*db);
        db->exec("ALTER TABLE report ADD COLUMN refused_at INTEGER NOT NULL DEFAULT 0");
        db->exec("PRAGMA user_version=" + std::to_string(kSchemaVersion));
        transaction.commit();
        version = kSchemaVersion;
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
    CreateCountTable(*db);
    auto outbox = std::unique_ptr<Outbox>(new Outbox(std::move(db), path.string()));
    outbox->ResumeWiping();
    return outbox;
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
    // `status` may read a database the kiosk has not yet brought to this version.
    const int version = db->execAndGet("PRAGMA user_version").getInt();
    auto outbox = std::unique_ptr<Outbox>(new Outbox(std::move(db), path.string()));
    outbox->schema_version_ = version;
    return outbox;
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
    SQLite::Statement& count = Prepared(kCountReportSql);
    ResetWhenDone count_done{count};
    for (const PendingAdd* add : batch) {
      CountReport(count, add->received_at, *add->source, *add->campaign);
      insert.reset();
      insert.bind(1, *add->id);
      insert.bind(2, *add->organisation);
      insert.bind(3, static_cast<int64_t>(add->received_at));
      insert.bind(4, add->document);
      insert.bind(5, static_cast<int64_t>(add->received_at));
      insert.exec();
    }
    // Once a week is enough to drop what is older than the kept months.
    const std::string week = LocalWeekOf(batch.front()->received_at).ToString();
    if (week != pruned_in_week_) PruneCounts(*db_, FirstKeptWeek(batch.front()->received_at, count_months_));
    transaction.commit();
    pruned_in_week_ = week;
    return Status::Ok();
  } catch (const SQLite::Exception& error) {
    // Only the SQLite error text: it never holds the report's content.
    return DatabaseError(file_, std::string("melding niet opgeslagen (") + error.what() + ")", "kijk of de schijf vol is");
  }
}

Status Outbox::Add(const Report& report) {
  PendingAdd add{&report.id,     &report.organisation, report.received_at, &report.source,
                 &report.campaign, ReportJson(report), false, Status::Ok()};
  return Commit(add);
}

Status Outbox::AddSealed(const SealedReport& sealed, const std::string& source, const std::string& campaign) {
  PendingAdd add{&sealed.id, &sealed.organisation,     sealed.received_at, &source,
                 &campaign,  SealedReportJson(sealed), false,              Status::Ok()};
  return Commit(add);
}

Status Outbox::Commit(PendingAdd& add) {
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
    QueuedReport queued{queue.getColumn(0).getInt64(), {}, queue.getColumn(3).getInt(), false, std::nullopt};
    const std::string document = queue.getColumn(2).getString();
    // A sealed record names its schema first; only then is it worth parsing as one.
    std::optional<SealedReport> sealed = document.rfind(std::string("{\"schema\":\"") + kSealedReportSchema, 0) == 0
                                             ? SealedReportFromJson(document)
                                             : std::nullopt;
    std::optional<Report> report = sealed ? std::nullopt : ReportFromJson(document);
    if (sealed) {
      queued.report.id = sealed->id;
      queued.report.organisation = sealed->organisation;
      queued.report.received_at = sealed->received_at;
      queued.sealed = std::move(sealed);
    } else if (report) {
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

void Outbox::ResumeWiping() {
  std::lock_guard lock(mutex_);
  const std::string since =
      db_->execAndGet("SELECT coalesce((SELECT value FROM meta WHERE key = 'unwiped_since'), '0')").getString();
  if (since == "0") return;
  // A kiosk stopped while another program held the WAL: its delivered reports may still be there.
  unwiped_ = true;
  if (!Wipe()) KeepWiping(std::stoll(since));
}

bool Outbox::TruncateWal() {
  sqlite3* db = db_->getHandle();
  // A short wait only: intake waits for this lock, and the wiper thread tries again anyway.
  sqlite3_busy_timeout(db, static_cast<int>(kWipeBusyTimeout.count()));
  int frames = -1, copied = -1;
  const int result = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &frames, &copied);
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  // SQLITE_BUSY: a reader still needs the frames, so the WAL keeps them, delivered reports included.
  return result == SQLITE_OK && frames == 0;
}

bool Outbox::Wipe() {
  if (!TruncateWal()) return false;
  if (unwiped_) {
    unwiped_ = false;
    // This leaves the meta page alone in the WAL, nothing of a report; the next delivery wipes it.
    StoreUnwipedSince(0);
    TruncateWal();
  }
  return true;
}

void Outbox::StoreUnwipedSince(std::int64_t since) {
  try {
    SQLite::Statement& store = Prepared(
        "INSERT INTO meta (key, value) VALUES ('unwiped_since', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    ResetWhenDone store_done{store};
    store.bind(1, std::to_string(since));
    store.exec();
  } catch (const SQLite::Exception&) {
    // Only `status` misses it; the wiper works from unwiped_, and tries again all the same.
  }
}

void Outbox::KeepWiping(std::int64_t since) {
  if (!unwiped_) StoreUnwipedSince(since);
  unwiped_ = true;
  if (!wiper_.joinable()) wiper_ = std::thread([this] { WipeLoop(); });
  wipe_wake_.notify_all();
}

void Outbox::WipeLoop() {
  std::unique_lock lock(mutex_);
  std::chrono::milliseconds delay = kFirstWipeRetry;
  while (true) {
    wipe_wake_.wait(lock, [this] { return unwiped_ || stopping_; });
    // The lock is free while waiting, so intake and delivery go on; a backup may hold its read for
    // an hour, so the waits grow, each try costing intake at most kWipeBusyTimeout.
    wipe_wake_.wait_for(lock, delay, [this] { return stopping_; });
    if (stopping_) return;
    if (!unwiped_) continue;  // a delivery in the meantime emptied it
    delay = Wipe() ? kFirstWipeRetry : std::min(delay * 2, kLastWipeRetry);
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
  // Delivered is delivered: when the WAL cannot be emptied now, the wiper thread sees to it.
  if (!Wipe()) KeepWiping(now);
  return Status::Ok();
}

void Outbox::StoreLastFailure(const std::string& id, const std::string& error, std::int64_t now) {
  SQLite::Statement& store = Prepared(
      "INSERT INTO meta (key, value) SELECT 'last_failure', ? || char(9) || organisation || char(9) || id || char(9) || ? "
      "FROM report WHERE id = ? ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  ResetWhenDone store_done{store};
  store.bind(1, std::to_string(now));
  store.bind(2, error);
  store.bind(3, id);
  store.exec();
}

Result<std::vector<RefusedReport>> Outbox::WipeRefused(std::int64_t now, std::int64_t keep_s) {
  std::vector<RefusedReport> wiped;
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction transaction(*db_);
    // A refusal without a time (stored before schema 2, or by a caller without a clock) counts from now.
    db_->exec("UPDATE report SET refused_at = " + std::to_string(now) + " WHERE state = 'mislukt' AND refused_at = 0");
    SQLite::Statement old(*db_,
                          "SELECT id, organisation, last_error, refused_at FROM report WHERE state = 'mislukt' AND "
                          "refused_at <= ? ORDER BY seq");
    old.bind(1, static_cast<int64_t>(now - keep_s));
    while (old.executeStep()) {
      wiped.push_back(RefusedReport{old.getColumn(0).getString(), old.getColumn(1).getString(),
                                    old.getColumn(2).getString(), old.getColumn(3).getInt64()});
    }
    SQLite::Statement remove(*db_, "DELETE FROM report WHERE state = 'mislukt' AND refused_at <= ?");
    remove.bind(1, static_cast<int64_t>(now - keep_s));
    remove.exec();
    transaction.commit();
  } catch (const SQLite::Exception& error) {
    return DatabaseError(file_, std::string("kan oude geweigerde meldingen niet wissen (") + error.what() + ")",
                         "de kiosk probeert het straks opnieuw; blijft dit, kijk dan de schijf en de rechten na");
  }
  // Wiped means gone from every file, as for a delivered report.
  if (!wiped.empty() && !Wipe()) KeepWiping(now);
  return wiped;
}

Status Outbox::MarkRetry(const std::string& id, std::int64_t next_attempt_at, const std::string& error,
                         std::int64_t now) {
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
    StoreLastFailure(id, error, now);
    transaction.commit();
    return Status::Ok();
  } catch (const SQLite::Exception& exception) {
    return DatabaseError(file_, std::string("kan de nieuwe poging niet vastleggen (") + exception.what() + ")", "kijk of de schijf vol is");
  }
}

Status Outbox::MarkFailed(const std::string& id, const std::string& error, std::int64_t now) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction transaction(*db_);
    SQLite::Statement update(
        *db_, "UPDATE report SET state = 'mislukt', attempts = attempts + 1, last_error = ?, refused_at = ? WHERE id = ?");
    update.bind(1, error);
    update.bind(2, static_cast<int64_t>(now));
    update.bind(3, id);
    update.exec();
    SetMeta("last_error", id + ": " + error);
    StoreLastFailure(id, error, now);
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
    SQLite::Statement failed(*db_, schema_version_ >= 2 ? "SELECT id, organisation, last_error, refused_at FROM report "
                                                          "WHERE state = 'mislukt' ORDER BY seq"
                                                        : "SELECT id, organisation, last_error, 0 FROM report "
                                                          "WHERE state = 'mislukt' ORDER BY seq");
    while (failed.executeStep()) {
      const std::string id = failed.getColumn(0).getString();
      stats.failed_ids.push_back(id);
      stats.errors[failed.getColumn(1).getString()] = id + ": " + failed.getColumn(2).getString();
      stats.refused.push_back(RefusedReport{id, failed.getColumn(1).getString(), failed.getColumn(2).getString(),
                                            failed.getColumn(3).getInt64()});
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
    stats.unwiped_since = std::stoll(values["unwiped_since"].empty() ? "0" : values["unwiped_since"]);
    stats.last_failure = ParseLastFailure(values["last_failure"]);
    return stats;
  } catch (const std::exception& error) {
    return ReadError(error);
  }
}

void Outbox::KeepCountsFor(int months) {
  std::lock_guard lock(mutex_);
  count_months_ = months;
  pruned_in_week_.clear();
}

Result<std::vector<WeekCount>> Outbox::Counts(std::optional<IsoWeek> from, std::optional<IsoWeek> to) {
  std::lock_guard lock(mutex_);
  try {
    return ReadCounts(*db_, from, to);
  } catch (const std::exception& error) {
    return DatabaseError(file_, std::string("de tellingen zijn niet te lezen (") + error.what() + ")",
                         "voer dit uit als de gebruiker van de kiosk, of als root");
  }
}

}  // namespace nietpluis
