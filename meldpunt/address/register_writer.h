// Building a new address register beside the old one, which is replaced only when the new one is whole.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "address/address_register.h"
#include "base/env.h"
#include "base/status.h"

namespace SQLite {
class Database;
class Statement;
}

namespace nietpluis {

class RegisterWriter {
 public:
  // Starts "<target>.nieuw", removing one an earlier, failed import left behind. `target` itself is
  // not touched until Finish.
  static Result<std::unique_ptr<RegisterWriter>> Create(const std::filesystem::path& target, Env* env);
  // Removes the new file unless Finish succeeded: the old register stays as it was.
  ~RegisterWriter();

  // Adds one address; an address that is already there is counted as a duplicate and left out.
  Status Add(const RegisterAddress& address);
  // Adds the rows of `select` (six columns in the order of the address table) in one statement:
  // the BAG importer joins its scratch tables this way.
  Status AddSelected(const std::string& select);
  // Commits, writes the file to disk and renames it over the target in one step.
  Status Finish(RegisterInfo info);

  std::int64_t added() const { return added_; }
  std::int64_t duplicates() const { return duplicates_; }
  // The open database, for an importer that needs scratch tables of its own (TEMP tables only).
  SQLite::Database& db() { return *db_; }
  const std::filesystem::path& new_file() const { return new_file_; }

 private:
  RegisterWriter(std::filesystem::path target, std::filesystem::path new_file, Env* env);
  Diagnostic DatabaseError(const std::string& what) const;

  std::filesystem::path target_;
  std::filesystem::path new_file_;
  Env* env_;
  std::unique_ptr<SQLite::Database> db_;
  std::unique_ptr<SQLite::Statement> insert_;
  std::int64_t added_ = 0;
  std::int64_t duplicates_ = 0;
  bool finished_ = false;
};

}  // namespace nietpluis
