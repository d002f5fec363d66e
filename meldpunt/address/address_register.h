// The address register on disk: every address in use of the municipality, with its street and
// woonplaats, opened read-only by a running kiosk or intake.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "config/postcode.h"

namespace SQLite {
class Database;
}

namespace nietpluis {

struct RegisterAddress {
  std::string postcode;      // "1234 AB"
  int house_number = 0;
  std::string house_letter;  // one capital, or empty
  std::string addition;      // huisnummertoevoeging, capitals and digits, or empty
  std::string street;
  std::string place;         // woonplaats

  // What a resident types as the form's addition: letter and addition together ("A", "1", "A1").
  std::string FormAddition() const { return house_letter + addition; }
  // "12", "12A", "12-1", "12A-1": the number as it is written on a letter.
  std::string NumberLabel() const;
};

// Where a register came from and how old it is.
struct RegisterInfo {
  std::string source;             // "BAG 2.0 Extract" or "CSV", with the file's name
  std::int64_t source_date = 0;   // Unix seconds: the extract's date, or the import for a CSV
  std::int64_t imported_at = 0;
  std::int64_t addresses = 0;
};

// One postcode of the register with its woonplaats and how many addresses it holds, for checks of
// the organisations' areas.
struct RegisterPostcode {
  std::string postcode;  // "1234 AB"
  std::string place;
  std::int64_t addresses = 0;
};

// What the register says about a postcode and house number as the form has them.
struct AddressMatch {
  std::vector<RegisterAddress> at_number;  // every letter and addition at this number, in order
  std::vector<RegisterAddress> exact;      // those the typed addition names (one, rarely two)
  std::string place_of_postcode;           // the woonplaats of the postcode, even when the number is unknown

  bool found() const { return !exact.empty(); }
};

class AddressRegister {
 public:
  ~AddressRegister();

  // The file name inside the data folder, unless kiosk.toml names another.
  static constexpr const char* kFileName = "adressen.db";

  // Opens `path` read-only. A missing file is an error here; callers that may run without a
  // register check for the file first.
  static Result<std::unique_ptr<AddressRegister>> Open(const std::filesystem::path& path);

  // The addresses at this postcode and number, and those `addition` (as the form has it, upper case,
  // letter and addition together) names. Thread-safe.
  Result<AddressMatch> Find(const Postcode& postcode, int house_number, const std::string& addition) const;
  Result<RegisterInfo> Info() const;
  // Every postcode with its woonplaats, in order (a postcode in two woonplaatsen comes twice).
  Result<std::vector<RegisterPostcode>> Postcodes() const;

  const std::string& file() const { return file_; }

 private:
  AddressRegister(std::unique_ptr<SQLite::Database> db, std::string file);

  mutable std::mutex mutex_;  // one connection, shared by the server's threads
  std::unique_ptr<SQLite::Database> db_;
  std::string file_;
};

// "1234 AB" for the register's "1234AB" and the other way round.
std::string RegisterKey(const Postcode& postcode);

}  // namespace nietpluis
