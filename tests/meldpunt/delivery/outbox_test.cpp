// Unit tests for meldpunt/outbox: durable storage, queue order per organisation, and nothing left after delivery.
#include "delivery/outbox.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "intake/report.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::ReadText;
using testing::TempDir;
using testing::WriteText;

Report MakeReport(const std::string& organisation, std::int64_t received_at, const std::string& text = "Post blijft liggen.") {
  Report report;
  report.id = NewReportId();
  report.received_at = received_at;
  report.source = "proef-zuil";
  report.location = "Buurthuis Proef";
  report.organisation = organisation;
  report.address = {"1234 AB", 5, "A"};
  report.reasons = {"huis"};
  report.text = text;
  return report;
}

std::unique_ptr<Outbox> OpenOutbox(const std::filesystem::path& dir) {
  Result<std::unique_ptr<Outbox>> outbox = Outbox::Open(dir);
  INFO((outbox.ok() ? "" : outbox.error().ToString()));
  REQUIRE(outbox.ok());
  return std::move(outbox).value();
}

std::vector<std::string> Ids(const std::vector<QueuedReport>& queued) {
  std::vector<std::string> ids;
  for (const QueuedReport& q : queued) ids.push_back(q.report.id);
  return ids;
}

// Every byte of every file in `dir`, so a test can prove something is gone from all of them.
std::string AllBytes(const std::filesystem::path& dir) {
  std::string bytes;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) bytes += ReadText(entry.path());
  return bytes;
}

int Mode(const std::filesystem::path& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return static_cast<int>(info.st_mode & 0777);
}

// With the set-id and sticky bits, and of a link itself rather than its target.
int FullMode(const std::filesystem::path& path) {
  struct stat info {};
  REQUIRE(::lstat(path.c_str(), &info) == 0);
  return static_cast<int>(info.st_mode & 07777);
}

// Tests run as root; "nobody" (65534) stands for any other user.
constexpr uid_t kNobody = 65534;

void GiveToNobody(const std::filesystem::path& path) { REQUIRE(::lchown(path.c_str(), kNobody, kNobody) == 0); }

// Polls `done` every 20 ms for up to `limit`.
bool Eventually(const std::function<bool()>& done, std::chrono::milliseconds limit = std::chrono::seconds(15)) {
  const auto end = std::chrono::steady_clock::now() + limit;
  while (!done()) {
    if (std::chrono::steady_clock::now() > end) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}

// Milliseconds `action` takes.
long long MillisecondsOf(const std::function<void()>& action) {
  const auto start = std::chrono::steady_clock::now();
  action();
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
}

TEST_CASE("A stored report survives closing and reopening the outbox", "[outbox]") {
  TempDir dir;
  Report report = MakeReport("noord", 1000);
  report.campaign = "huisarts-centrum";
  report.contact = {true, "Anna", "0612345678", ""};
  {
    auto outbox = OpenOutbox(dir / "data");
    REQUIRE(outbox->Add(report).ok());
  }
  auto outbox = OpenOutbox(dir / "data");
  std::vector<QueuedReport> due = outbox->Due(1000, 10).value();
  REQUIRE(due.size() == 1);
  const Report& stored = due[0].report;
  CHECK(stored.id == report.id);
  CHECK(stored.received_at == 1000);
  CHECK(stored.campaign == "huisarts-centrum");
  CHECK(stored.address.postcode == "1234 AB");
  CHECK(stored.text == "Post blijft liggen.");
  CHECK(stored.contact.name == "Anna");
  CHECK(due[0].attempts == 0);
}

TEST_CASE("The database is private and uses WAL with synchronous FULL and secure delete", "[outbox]") {
  TempDir dir;
  auto outbox = OpenOutbox(dir / "data");
  REQUIRE(outbox->Add(MakeReport("noord", 1)).ok());
  CHECK(Mode(dir / "data") == 0700);
  CHECK(Mode(dir / "data" / Outbox::kFileName) == 0600);
  CHECK(Mode(dir / "data" / "meldingen.db-wal") == 0600);
  SQLite::Database db((dir / "data" / Outbox::kFileName).string(), SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
}

TEST_CASE("Due gives each organisation's oldest reports in order, and only when their head is due", "[outbox]") {
  TempDir dir;
  auto outbox = OpenOutbox(dir.path());
  Report n1 = MakeReport("noord", 10), z1 = MakeReport("zuid", 11), n2 = MakeReport("noord", 12),
         n3 = MakeReport("noord", 13);
  for (const Report& r : {n1, z1, n2, n3}) REQUIRE(outbox->Add(r).ok());

  CHECK(Ids(outbox->Due(100, 10).value()) == std::vector<std::string>{n1.id, n2.id, n3.id, z1.id});
  CHECK(Ids(outbox->Due(100, 2).value()) == std::vector<std::string>{n1.id, n2.id, z1.id});
  CHECK(outbox->Due(9, 10).value().empty());  // nothing was received before 10
  CHECK(outbox->NextDue().value() == 10);

  // A failed attempt on noord's head holds back all of noord, not zuid.
  REQUIRE(outbox->MarkRetry(n1.id, 500, "HTTP 503").ok());
  CHECK(Ids(outbox->Due(100, 10).value()) == std::vector<std::string>{z1.id});
  CHECK(outbox->NextDue().value() == 11);
  std::vector<QueuedReport> later = outbox->Due(500, 10).value();
  CHECK(Ids(later) == std::vector<std::string>{n1.id, n2.id, n3.id, z1.id});
  CHECK(later[0].attempts == 1);
}

TEST_CASE("DueOf gives one organisation's queue, only when its head is due", "[outbox]") {
  TempDir dir;
  auto outbox = OpenOutbox(dir.path());
  Report n1 = MakeReport("noord", 10), z1 = MakeReport("zuid", 11), n2 = MakeReport("noord", 12);
  for (const Report& r : {n1, z1, n2}) REQUIRE(outbox->Add(r).ok());
  CHECK(Ids(outbox->DueOf("noord", 100, 1).value()) == std::vector<std::string>{n1.id});
  CHECK(Ids(outbox->DueOf("noord", 100, 5).value()) == std::vector<std::string>{n1.id, n2.id});
  CHECK(outbox->DueOf("oost", 100, 5).value().empty());
  REQUIRE(outbox->MarkRetry(n1.id, 500, "HTTP 503").ok());
  CHECK(outbox->DueOf("noord", 499, 5).value().empty());
  CHECK(Ids(outbox->DueOf("zuid", 499, 5).value()) == std::vector<std::string>{z1.id});
  std::vector<QueueHead> heads = outbox->Heads().value();
  REQUIRE(heads.size() == 2);
  CHECK(heads[0].organisation == "noord");
  CHECK(heads[0].id == n1.id);
  CHECK(heads[0].next_attempt_at == 500);
  CHECK(heads[0].attempts == 1);
  CHECK(heads[0].last_error == "HTTP 503");
}

TEST_CASE("A stored report that does not parse comes back unreadable, in its place", "[outbox]") {
  TempDir dir;
  auto outbox = OpenOutbox(dir.path());
  Report first = MakeReport("noord", 10), last = MakeReport("noord", 12);
  REQUIRE(outbox->Add(first).ok());
  {
    SQLite::Database db((dir.path() / Outbox::kFileName).string(), SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO report (id, organisation, received_at, document) VALUES ('kapot', 'noord', 11, 'geen json')");
  }
  REQUIRE(outbox->Add(last).ok());
  std::vector<QueuedReport> due = outbox->Due(100, 10).value();
  CHECK(Ids(due) == std::vector<std::string>{first.id, "kapot", last.id});
  REQUIRE(due.size() == 3);
  CHECK_FALSE(due[0].unreadable);
  CHECK(due[1].unreadable);
  CHECK(due[1].report.organisation == "noord");
}

TEST_CASE("A database error while reading the queue is a value, not an exception", "[outbox]") {
  TempDir dir;
  auto outbox = OpenOutbox(dir.path());
  REQUIRE(outbox->Add(MakeReport("noord", 10)).ok());
  SQLite::Database other((dir.path() / Outbox::kFileName).string(), SQLite::OPEN_READWRITE);
  other.exec("ALTER TABLE report RENAME TO report_weg");
  const std::string error = (dir.path() / Outbox::kFileName).string() +
                            ": de wachtrij is niet te lezen (no such table: report); de kiosk probeert het straks opnieuw; "
                            "blijft dit, kijk dan de schijf en de rechten na";
  Result<std::vector<QueuedReport>> due = outbox->Due(100, 10);
  REQUIRE_FALSE(due.ok());
  CHECK(due.error().ToString() == error);
  CHECK_FALSE(outbox->DueOf("noord", 100, 1).ok());
  CHECK_FALSE(outbox->Heads().ok());
  CHECK_FALSE(outbox->NextDue().ok());
  CHECK_FALSE(outbox->Stats().ok());
  other.exec("ALTER TABLE report_weg RENAME TO report");
  CHECK(outbox->Due(100, 10).value().size() == 1);
}

TEST_CASE("Delivered reports are deleted and leave no trace in the database files", "[outbox]") {
  TempDir dir;
  auto outbox = OpenOutbox(dir.path());
  Report gone = MakeReport("noord", 1, "Geheime-tekst-die-weg-moet");
  Report kept = MakeReport("noord", 2, "Tekst-die-blijft");
  REQUIRE(outbox->Add(gone).ok());
  REQUIRE(outbox->Add(kept).ok());
  CHECK(AllBytes(dir.path()).find("Geheime-tekst-die-weg-moet") != std::string::npos);

  REQUIRE(outbox->MarkDelivered({gone.id}, 77).ok());
  const std::string bytes = AllBytes(dir.path());
  CHECK(bytes.find("Geheime-tekst-die-weg-moet") == std::string::npos);
  CHECK(bytes.find(gone.id) == std::string::npos);
  CHECK(bytes.find("Tekst-die-blijft") != std::string::npos);
  CHECK(Ids(outbox->Due(100, 10).value()) == std::vector<std::string>{kept.id});

  OutboxStats stats = outbox->Stats().value();
  CHECK(stats.delivered_total == 1);
  CHECK(stats.last_delivery_at == 77);
  CHECK(stats.queued == 1);
}

TEST_CASE("A delivered report leaves the WAL once another program stops reading the database", "[outbox]") {
  TempDir dir;
  auto outbox = OpenOutbox(dir.path());
  const std::filesystem::path wal = dir / "meldingen.db-wal";
  Report report = MakeReport("noord", 1, "Merkteken-wal-8c41");
  report.contact = {true, "Naam-wal-8c41", "0611223344", ""};
  REQUIRE(outbox->Add(report).ok());
  {
    // A backup or monitor: a read transaction that pins the WAL as it was.
    SQLite::Database reader((dir / Outbox::kFileName).string(), SQLite::OPEN_READONLY);
    reader.exec("BEGIN");
    REQUIRE(reader.execAndGet("SELECT count(*) FROM report").getInt() == 1);
    std::printf("outbox: MarkDelivered took %lld ms while another program read\n",
                MillisecondsOf([&] { REQUIRE(outbox->MarkDelivered({report.id}, 77).ok()); }));
    CHECK(ReadText(wal).find("Merkteken-wal-8c41") != std::string::npos);  // the reader keeps it there
    CHECK(outbox->Stats().value().unwiped_since == 77);
    // Intake goes on meanwhile, without waiting for the reader.
    const long long add_ms = MillisecondsOf([&] { REQUIRE(outbox->Add(MakeReport("noord", 2)).ok()); });
    std::printf("outbox: an Add took %lld ms while another program read\n", add_ms);
    CHECK(add_ms < 1000);
    reader.exec("COMMIT");
  }
  std::printf("outbox: the WAL was wiped %lld ms after the reader closed\n", MillisecondsOf([&] {
                CHECK(Eventually([&] { return ReadText(wal).find("Merkteken-wal-8c41") == std::string::npos; }));
              }));
  const std::string bytes = AllBytes(dir.path());
  for (const char* trace : {"Merkteken-wal-8c41", "Naam-wal-8c41", "0611223344"}) {
    INFO(trace);
    CHECK(bytes.find(trace) == std::string::npos);
  }
  CHECK(outbox->Stats().value().queued == 1);
  CHECK(outbox->Stats().value().unwiped_since == 0);
}

TEST_CASE("A kiosk stopped while another program held the WAL wipes it at its next start", "[outbox]") {
  TempDir dir;
  const std::filesystem::path wal = dir / "meldingen.db-wal";
  Report report = MakeReport("noord", 1, "Merkteken-herstart-31b9");
  std::optional<SQLite::Database> reader;
  {
    auto outbox = OpenOutbox(dir.path());
    REQUIRE(outbox->Add(report).ok());
    reader.emplace((dir / Outbox::kFileName).string(), SQLite::OPEN_READONLY);
    reader->exec("BEGIN");
    REQUIRE(reader->execAndGet("SELECT count(*) FROM report").getInt() == 1);
    REQUIRE(outbox->MarkDelivered({report.id}, 88).ok());
  }
  // `status` in another process sees it too.
  Result<std::unique_ptr<Outbox>> status = Outbox::OpenReadOnly(dir.path());
  REQUIRE(status.ok());
  CHECK(status.value()->Stats().value().unwiped_since == 88);
  status.value().reset();
  CHECK(ReadText(wal).find("Merkteken-herstart-31b9") != std::string::npos);
  reader.reset();

  auto outbox = OpenOutbox(dir.path());
  CHECK(AllBytes(dir.path()).find("Merkteken-herstart-31b9") == std::string::npos);
  CHECK(outbox->Stats().value().unwiped_since == 0);
}

TEST_CASE("A refused report is kept apart, counted, and can be put back in its place", "[outbox]") {
  TempDir dir;
  auto outbox = OpenOutbox(dir.path());
  Report first = MakeReport("noord", 1), second = MakeReport("noord", 2);
  REQUIRE(outbox->Add(first).ok());
  REQUIRE(outbox->Add(second).ok());
  REQUIRE(outbox->MarkFailed(first.id, "HTTP 422").ok());

  CHECK(Ids(outbox->Due(100, 10).value()) == std::vector<std::string>{second.id});
  OutboxStats stats = outbox->Stats().value();
  CHECK(stats.failed == 1);
  CHECK(stats.failed_ids == std::vector<std::string>{first.id});
  CHECK(stats.queued == 1);
  CHECK(stats.errors == std::map<std::string, std::string>{{"noord", first.id + ": HTTP 422"}});

  Result<std::int64_t> none = outbox->Requeue({second.id, "geen-id"});
  REQUIRE(none.ok());
  CHECK(none.value() == 0);  // only refused reports can go back
  Result<std::int64_t> back = outbox->Requeue({});
  REQUIRE(back.ok());
  CHECK(back.value() == 1);
  std::vector<QueuedReport> due = outbox->Due(100, 10).value();
  CHECK(Ids(due) == std::vector<std::string>{first.id, second.id});
  CHECK(due[0].attempts == 0);
  CHECK(outbox->Stats().value().failed == 0);
}

TEST_CASE("Stats count waiting, retrying and failed reports without their content", "[outbox]") {
  TempDir dir;
  auto outbox = OpenOutbox(dir.path());
  OutboxStats empty = outbox->Stats().value();
  CHECK(empty.queued == 0);
  CHECK(empty.oldest_received_at == 0);
  CHECK(empty.delivered_total == 0);
  CHECK(empty.last_delivery_at == 0);
  CHECK(empty.errors.empty());

  Report a = MakeReport("noord", 50), b = MakeReport("zuid", 40), c = MakeReport("zuid", 60);
  for (const Report& r : {a, b, c}) REQUIRE(outbox->Add(r).ok());
  REQUIRE(outbox->MarkRetry(b.id, 100, "time-out").ok());
  OutboxStats stats = outbox->Stats().value();
  CHECK(stats.queued == 3);
  CHECK(stats.oldest_received_at == 40);
  CHECK(stats.retrying == 1);
  CHECK(stats.errors == std::map<std::string, std::string>{{"zuid", b.id + ": time-out"}});
}

TEST_CASE("A second report with the same id is refused and the first stays as it was", "[outbox]") {
  TempDir dir;
  auto outbox = OpenOutbox(dir.path());
  Report report = MakeReport("noord", 1, "eerste");
  REQUIRE(outbox->Add(report).ok());
  report.text = "tweede";
  Status again = outbox->Add(report);
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().ToString().rfind((dir.path() / Outbox::kFileName).string() + ": melding niet opgeslagen (", 0) == 0);
  CHECK(outbox->Due(10, 10).value()[0].report.text == "eerste");
}

TEST_CASE("Reports added from many threads at once are each stored once; a bad one fails alone", "[outbox]") {
  TempDir dir;
  auto outbox = OpenOutbox(dir.path());
  Report first = MakeReport("noord", 1);
  REQUIRE(outbox->Add(first).ok());
  constexpr int kThreads = 8, kEach = 40;
  std::atomic<int> failed{0}, stored{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        // Thread 0 sends a copy of an id that is already stored, now and then.
        Report report = (t == 0 && i % 10 == 0) ? first : MakeReport(t % 2 ? "noord" : "zuid", 2 + i);
        if (outbox->Add(report).ok()) {
          ++stored;
        } else {
          ++failed;
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(failed == kEach / 10);
  CHECK(stored == kThreads * kEach - kEach / 10);
  CHECK(outbox->Stats().value().queued == 1 + stored);
  std::vector<QueuedReport> due = outbox->Due(1000, 1000).value();
  std::set<std::string> ids;
  for (const QueuedReport& q : due) ids.insert(q.report.id);
  CHECK(ids.size() == due.size());
  CHECK(due.size() == static_cast<std::size_t>(1 + stored));
}

TEST_CASE("A file that is not our database is refused and left exactly as it was", "[outbox]") {
  TempDir dir;
  const std::filesystem::path file = dir / Outbox::kFileName;

  SECTION("garbage") {
    WriteText(file, std::string("dit is geen database\n") + std::string(5000, 'x'));
  }
  SECTION("another program's SQLite database") {
    SQLite::Database other(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE recept (naam TEXT); INSERT INTO recept VALUES ('appeltaart')");
  }
  const std::string before = ReadText(file);
  Result<std::unique_ptr<Outbox>> outbox = Outbox::Open(dir.path());
  REQUIRE_FALSE(outbox.ok());
  CHECK(outbox.error().ToString() ==
        file.string() + ": dit is geen database van Nietpluis-kiosk" +
            (before.rfind("dit is geen", 0) == 0 ? ", of hij is beschadigd" : "") +
            "; zet het bestand ergens anders neer of kies een andere data_dir; de kiosk laat het ongemoeid");
  CHECK(ReadText(file) == before);
  CHECK_FALSE(std::filesystem::exists(dir / "meldingen.db-wal"));
}

TEST_CASE("A database from a newer kiosk is refused with its version", "[outbox]") {
  TempDir dir;
  { OpenOutbox(dir.path()); }
  {
    SQLite::Database db((dir / Outbox::kFileName).string(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version=9");
  }
  Result<std::unique_ptr<Outbox>> outbox = Outbox::Open(dir.path());
  REQUIRE_FALSE(outbox.ok());
  CHECK(outbox.error().ToString() == (dir / Outbox::kFileName).string() +
                                         ": de database heeft versie 9, deze kiosk kent versie 2; gebruik de versie "
                                         "van Nietpluis-kiosk die deze database maakte");
}

TEST_CASE("The read-only outbox for status sees what the kiosk stored", "[outbox]") {
  TempDir dir;
  Result<std::unique_ptr<Outbox>> missing = Outbox::OpenReadOnly(dir.path());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().ToString() ==
        (dir / Outbox::kFileName).string() + ": er is nog geen database; start de kiosk één keer; die maakt hem");
  CHECK_FALSE(std::filesystem::exists(dir / Outbox::kFileName));

  auto outbox = OpenOutbox(dir.path());
  REQUIRE(outbox->Add(MakeReport("noord", 5)).ok());
  Result<std::unique_ptr<Outbox>> reader = Outbox::OpenReadOnly(dir.path());
  REQUIRE(reader.ok());
  CHECK(reader.value()->Stats().value().queued == 1);
}

TEST_CASE("A data folder that cannot be made is reported", "[outbox]") {
  TempDir dir;
  WriteText(dir / "bestand", "x");
  Result<std::unique_ptr<Outbox>> outbox = Outbox::Open(dir / "bestand" / "data");
  REQUIRE_FALSE(outbox.ok());
  CHECK(outbox.error().ToString() == (dir / "bestand" / "data").string() +
                                         ": kan de map voor meldingen niet maken; maak de map en geef de kiosk "
                                         "schrijfrecht, of kies een andere data_dir");
}

TEST_CASE("A data_dir that is a symbolic link is refused, and the folder it points to left as it was", "[outbox]") {
  TempDir dir;
  std::filesystem::create_directory(dir / "gedeeld");
  REQUIRE(::chmod((dir / "gedeeld").c_str(), 01777) == 0);
  std::filesystem::create_directory_symlink(dir / "gedeeld", dir / "data");
  Result<std::unique_ptr<Outbox>> outbox = Outbox::Open(dir / "data");
  REQUIRE_FALSE(outbox.ok());
  CHECK(outbox.error().ToString() == (dir / "data").string() + ": de map voor meldingen is een symbolische koppeling (naar " +
                                         (dir / "gedeeld").string() +
                                         "); zet het echte pad van een eigen map in data_dir; de kiosk volgt geen koppeling");
  CHECK(FullMode(dir / "gedeeld") == 01777);
  CHECK(std::filesystem::is_empty(dir / "gedeeld"));
}

TEST_CASE("A shared data_dir is refused and left as it was", "[outbox]") {
  const auto [mode, shown] = GENERATE(table<int, std::string>({{01777, "1777"}, {0770, "0770"}, {0702, "0702"}, {01700, "1700"}}));
  TempDir dir;
  const std::filesystem::path data = dir / "data";
  std::filesystem::create_directory(data);
  REQUIRE(::chmod(data.c_str(), static_cast<mode_t>(mode)) == 0);
  Result<std::unique_ptr<Outbox>> outbox = Outbox::Open(data);
  REQUIRE_FALSE(outbox.ok());
  CHECK(outbox.error().ToString() == data.string() + ": de map voor meldingen is gedeeld (modus " + shown +
                                         "); kies een eigen map van de kiosk als data_dir, zoals /var/lib/nietpluis (modus 0700)");
  CHECK(FullMode(data) == mode);
  CHECK(std::filesystem::is_empty(data));
}

TEST_CASE("A data_dir of another user is refused and left as it was", "[outbox]") {
  TempDir dir;
  const std::filesystem::path data = dir / "data";
  std::filesystem::create_directory(data);
  REQUIRE(::chmod(data.c_str(), 0755) == 0);
  GiveToNobody(data);
  Result<std::unique_ptr<Outbox>> outbox = Outbox::Open(data);
  REQUIRE_FALSE(outbox.ok());
  CHECK(outbox.error().ToString() == data.string() +
                                         ": de map voor meldingen is van nobody, maar de kiosk draait als root; is de map "
                                         "van de kiosk, voer dit dan uit als nobody (sudo -u nobody); anders kies een eigen "
                                         "map als data_dir");
  CHECK(FullMode(data) == 0755);
  CHECK(std::filesystem::is_empty(data));
}

TEST_CASE("A database file of another user, or a link, is refused and left as it was", "[outbox]") {
  const std::string name = GENERATE("meldingen.db", "meldingen.db-wal", "meldingen.db-shm");
  INFO(name);
  TempDir dir;
  { OpenOutbox(dir.path()); }
  const std::filesystem::path file = dir / name;
  const std::filesystem::path elsewhere = dir / "elders";
  WriteText(elsewhere, "van een ander");
  std::string expected;
  SECTION("another user's file, readable by all") {
    std::filesystem::remove(file);
    WriteText(file, "van een ander");
    REQUIRE(::chmod(file.c_str(), 0644) == 0);
    GiveToNobody(file);
    expected = file.string() + ": het bestand is van nobody, maar de kiosk draait als root; is het van de kiosk, geef het "
                               "dan aan root (chown root); anders haal het weg";
  }
  SECTION("a symbolic link") {
    std::filesystem::remove(file);
    std::filesystem::create_symlink(elsewhere, file);
    expected = file.string() + ": dit is een symbolische koppeling, geen bestand; haal de koppeling weg, de kiosk volgt er geen";
  }
  const int mode = FullMode(file);
  Result<std::unique_ptr<Outbox>> outbox = Outbox::Open(dir.path());
  REQUIRE_FALSE(outbox.ok());
  CHECK(outbox.error().ToString() == expected);
  CHECK(FullMode(file) == mode);
  CHECK(ReadText(file) == "van een ander");
  CHECK(ReadText(elsewhere) == "van een ander");
}

TEST_CASE("The kiosk's own database files readable by others are made private again", "[outbox]") {
  TempDir dir;
  { OpenOutbox(dir.path())->Add(MakeReport("noord", 1)); }
  // Another connection keeps the WAL and shared-memory files there, as a running kiosk would.
  SQLite::Database other((dir / Outbox::kFileName).string(), SQLite::OPEN_READWRITE);
  REQUIRE(other.execAndGet("SELECT count(*) FROM report").getInt() == 1);
  for (const char* name : {"meldingen.db", "meldingen.db-wal", "meldingen.db-shm"}) {
    REQUIRE(std::filesystem::exists(dir / name));
    REQUIRE(::chmod((dir / name).c_str(), 0644) == 0);
  }
  REQUIRE(::chmod(dir.path().c_str(), 0755) == 0);
  auto outbox = OpenOutbox(dir.path());
  CHECK(FullMode(dir.path()) == 0700);
  for (const char* name : {"meldingen.db", "meldingen.db-wal", "meldingen.db-shm"}) {
    INFO(name);
    CHECK(FullMode(dir / name) == 0600);
  }
}

// Makes a file or folder immutable (chattr +i), so even root's chmod fails; undone when it ends.
class Immutable {
 public:
  explicit Immutable(std::filesystem::path path) : path_(std::move(path)) {
    REQUIRE(std::system(("chattr +i '" + path_.string() + "'").c_str()) == 0);
  }
  ~Immutable() { std::system(("chattr -i '" + path_.string() + "'").c_str()); }

 private:
  std::filesystem::path path_;
};

TEST_CASE("A folder or file whose mode cannot be made private is refused, not used", "[outbox]") {
  TempDir dir;
  const std::filesystem::path data = dir / "data";
  { OpenOutbox(data); }
  std::filesystem::path locked;
  std::string expected;
  SECTION("the folder") {
    locked = data;
    REQUIRE(::chmod(data.c_str(), 0755) == 0);
    expected = data.string() + ": kan de map voor meldingen niet afschermen (modus 0755: Operation not permitted); geef de "
                               "map zelf modus 0700 (chmod 700); lukt dat niet, kijk dan met lsattr of hij vergrendeld is, "
                               "of de schijf alleen-lezen";
  }
  SECTION("the database") {
    locked = data / Outbox::kFileName;
    REQUIRE(::chmod(locked.c_str(), 0644) == 0);
    expected = locked.string() + ": kan het bestand niet afschermen (modus 0644: Operation not permitted); geef het zelf "
                                 "modus 0600 (chmod 600); lukt dat niet, kijk dan met lsattr of het vergrendeld is, of de "
                                 "schijf alleen-lezen";
  }
  Immutable immutable(locked);
  Result<std::unique_ptr<Outbox>> outbox = Outbox::Open(data);
  REQUIRE_FALSE(outbox.ok());
  CHECK(outbox.error().ToString() == expected);
}

}  // namespace
}  // namespace nietpluis

namespace nietpluis {
namespace {

TEST_CASE("A database of version 1 is brought to version 2; its refusals count from the first wipe after", "[outbox]") {
  TempDir dir;
  Report refused = MakeReport("noord", 100);
  {
    std::unique_ptr<Outbox> outbox = OpenOutbox(dir.path());
    REQUIRE(outbox->Add(refused).ok());
    REQUIRE(outbox->MarkFailed(refused.id, "HTTP 422", 200).ok());
  }
  {
    // What a kiosk before the refusal times wrote: no refused_at, version 1.
    SQLite::Database db((dir / Outbox::kFileName).string(), SQLite::OPEN_READWRITE);
    db.exec("ALTER TABLE report DROP COLUMN refused_at");
    db.exec("PRAGMA user_version=1");
  }
  {
    // `status` of the new version reads the old database before the kiosk has brought it up.
    Result<std::unique_ptr<Outbox>> reader = Outbox::OpenReadOnly(dir.path());
    REQUIRE(reader.ok());
    OutboxStats stats = reader.value()->Stats().value();
    REQUIRE(stats.refused.size() == 1);
    CHECK(stats.refused[0].refused_at == 0);
    CHECK(stats.refused[0].error == "HTTP 422");
  }
  std::unique_ptr<Outbox> outbox = OpenOutbox(dir.path());
  {
    SQLite::Database db((dir / Outbox::kFileName).string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 2);
  }
  // Old refusals are not wiped at once on the upgrade: their days start now.
  CHECK(outbox->WipeRefused(1'000'000, 30 * 86400).value().empty());
  CHECK(outbox->Stats().value().refused.at(0).refused_at == 1'000'000);
  CHECK(outbox->WipeRefused(1'000'000 + 30 * 86400 - 1, 30 * 86400).value().empty());
  std::vector<RefusedReport> wiped = outbox->WipeRefused(1'000'000 + 30 * 86400, 30 * 86400).value();
  REQUIRE(wiped.size() == 1);
  CHECK(wiped[0].id == refused.id);
  CHECK(wiped[0].organisation == "noord");
  CHECK(outbox->Stats().value().failed == 0);
}

TEST_CASE("The last failure is kept with its organisation and time, also after a later delivery", "[outbox]") {
  TempDir dir;
  std::unique_ptr<Outbox> outbox = OpenOutbox(dir.path());
  Report first = MakeReport("zuid", 100), second = MakeReport("zuid", 101);
  REQUIRE(outbox->Add(first).ok());
  REQUIRE(outbox->Add(second).ok());
  REQUIRE(outbox->MarkRetry(first.id, 500, "HTTP 503: onderhoud", 400).ok());
  REQUIRE(outbox->MarkDelivered({first.id, second.id}, 600).ok());
  const LastFailure failure = outbox->Stats().value().last_failure;
  CHECK(failure.at == 400);
  CHECK(failure.organisation == "zuid");
  CHECK(failure.id == first.id);
  CHECK(failure.error == "HTTP 503: onderhoud");
}

}  // namespace
}  // namespace nietpluis
