// Writing a new address register and putting it in place.
#include "address/register_writer.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "address/register_schema.h"
#include "base/unique_fd.h"

namespace nietpluis {
namespace {

// The rename only counts once the new file's bytes are on disk; otherwise a power cut right after
// it could leave an empty register where a good one was.
Status SyncFile(const std::filesystem::path& path) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0 || ::fsync(fd.get()) != 0) return Status(DiskError(DiskOp::kWrite, path, errno));
  return Status::Ok();
}

void SyncFolder(const std::filesystem::path& folder) {
  Fd fd(::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() >= 0) ::fsync(fd.get());
}

}  // namespace

RegisterWriter::RegisterWriter(std::filesystem::path target, std::filesystem::path new_file, Env* env)
    : target_(std::move(target)), new_file_(std::move(new_file)), env_(env) {}

RegisterWriter::~RegisterWriter() {
  insert_.reset();
  db_.reset();
  if (!finished_) env_->RemoveAll(new_file_);
}

Diagnostic RegisterWriter::DatabaseError(const std::string& what) const {
  return Error(new_file_.string(), 0, "het nieuwe adressenbestand is niet te schrijven (" + what + ")",
               "kijk of de schijf vol is en of u in deze map mag schrijven; het oude adressenbestand is niet veranderd");
}

Result<std::unique_ptr<RegisterWriter>> RegisterWriter::Create(const std::filesystem::path& target, Env* env) {
  std::filesystem::path new_file = target;
  new_file += ".nieuw";
  std::unique_ptr<RegisterWriter> writer(new RegisterWriter(target, new_file, env));
  if (Status removed = env->RemoveAll(new_file); !removed.ok()) return removed.error();
  try {
    writer->db_ = std::make_unique<SQLite::Database>(new_file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // Nothing else reads this file while it is built, and a failed import throws it away: no journal
    // and no syncs until the end, which Finish makes durable at once.
    writer->db_->exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = FILE;");
    writer->db_->exec(kRegisterSchema);
    writer->db_->exec("BEGIN");
    writer->insert_ = std::make_unique<SQLite::Statement>(
        *writer->db_, "INSERT OR IGNORE INTO address (postcode, number, letter, addition, street, place) "
                      "VALUES (?, ?, ?, ?, ?, ?)");
  } catch (const SQLite::Exception& error) {
    return writer->DatabaseError(error.getErrorStr());
  }
  return writer;
}

Status RegisterWriter::Add(const RegisterAddress& address) {
  try {
    std::string key = address.postcode;
    key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
    insert_->bind(1, key);
    insert_->bind(2, address.house_number);
    insert_->bind(3, address.house_letter);
    insert_->bind(4, address.addition);
    insert_->bind(5, address.street);
    insert_->bind(6, address.place);
    if (insert_->exec() == 1) {
      ++added_;
    } else {
      ++duplicates_;
    }
    insert_->reset();
  } catch (const SQLite::Exception& error) {
    return DatabaseError(error.getErrorStr());
  }
  return Status::Ok();
}

Status RegisterWriter::AddSelected(const std::string& select) {
  try {
    const int added = db_->exec("INSERT OR IGNORE INTO address (postcode, number, letter, addition, street, place) " + select);
    added_ += added;
  } catch (const SQLite::Exception& error) {
    return DatabaseError(error.getErrorStr());
  }
  return Status::Ok();
}

Status RegisterWriter::Finish(RegisterInfo info) {
  try {
    insert_.reset();
    {
      // Closed before the database is: SQLite refuses to close under a live statement.
      SQLite::Statement put(*db_, "INSERT INTO info (key, value) VALUES (?, ?)");
      const std::pair<const char*, std::string> values[] = {
          {"format", kRegisterFormat},
          {"source", info.source},
          {"source_date", std::to_string(info.source_date)},
          {"imported_at", std::to_string(info.imported_at)},
      };
      for (const auto& [key, value] : values) {
        put.bind(1, key);
        put.bind(2, value);
        put.exec();
        put.reset();
      }
    }
    db_->exec("COMMIT");
    db_->exec("ANALYZE");
    db_.reset();
  } catch (const SQLite::Exception& error) {
    return DatabaseError(error.getErrorStr());
  }
  if (Status synced = SyncFile(new_file_); !synced.ok()) return synced;
  if (Status renamed = env_->Rename(new_file_, target_); !renamed.ok()) return renamed;
  finished_ = true;
  SyncFolder(target_.parent_path());
  return Status::Ok();
}

}  // namespace nietpluis
