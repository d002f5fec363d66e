// Reading the address register.
#include "address/address_register.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include "address/register_schema.h"

namespace nietpluis {
namespace {

std::string Spaced(const std::string& key) {
  return key.size() == 6 ? key.substr(0, 4) + " " + key.substr(4) : key;
}

Diagnostic ReadError(const std::string& file, const std::string& what) {
  return Error(file, 0, "het adressenbestand is niet te lezen (" + what + ")",
               "importeer het opnieuw met: nietpluis-kiosk adressen importeer BESTAND --config kiosk.toml");
}

}  // namespace

std::string RegisterAddress::NumberLabel() const {
  return std::to_string(house_number) + house_letter + (addition.empty() ? "" : "-" + addition);
}

std::string RegisterKey(const Postcode& postcode) { return std::to_string(postcode.digits) + postcode.letters; }

AddressRegister::AddressRegister(std::unique_ptr<SQLite::Database> db, std::string file)
    : db_(std::move(db)), file_(std::move(file)) {}

AddressRegister::~AddressRegister() = default;

Result<std::unique_ptr<AddressRegister>> AddressRegister::Open(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Error(path.string(), 0, "er is geen adressenbestand",
                 "maak het met: nietpluis-kiosk adressen importeer BESTAND --config kiosk.toml");
  }
  try {
    auto db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READONLY);
    SQLite::Statement format(*db, "SELECT value FROM info WHERE key = 'format'");
    if (!format.executeStep() || format.getColumn(0).getString() != kRegisterFormat) {
      return ReadError(path.string(), "onbekende opbouw");
    }
    return std::unique_ptr<AddressRegister>(new AddressRegister(std::move(db), path.string()));
  } catch (const SQLite::Exception& error) {
    return ReadError(path.string(), error.getErrorStr());
  }
}

Result<AddressMatch> AddressRegister::Find(const Postcode& postcode, int house_number, const std::string& addition) const {
  std::lock_guard lock(mutex_);
  try {
    AddressMatch match;
    SQLite::Statement at(*db_,
                         "SELECT letter, addition, street, place FROM address WHERE postcode = ? AND number = ? "
                         "ORDER BY letter, addition");
    at.bind(1, RegisterKey(postcode));
    at.bind(2, house_number);
    while (at.executeStep()) {
      RegisterAddress address{postcode.Normalised(),         house_number,
                              at.getColumn(0).getString(),   at.getColumn(1).getString(),
                              at.getColumn(2).getString(),   at.getColumn(3).getString()};
      if (address.FormAddition() == addition) match.exact.push_back(address);
      match.at_number.push_back(std::move(address));
    }
    if (!match.at_number.empty()) {
      match.place_of_postcode = match.at_number.front().place;
    } else {
      SQLite::Statement place(*db_, "SELECT place FROM address WHERE postcode = ? LIMIT 1");
      place.bind(1, RegisterKey(postcode));
      if (place.executeStep()) match.place_of_postcode = place.getColumn(0).getString();
    }
    return match;
  } catch (const SQLite::Exception& error) {
    return ReadError(file_, error.getErrorStr());
  }
}

Result<RegisterInfo> AddressRegister::Info() const {
  std::lock_guard lock(mutex_);
  try {
    RegisterInfo info;
    SQLite::Statement values(*db_, "SELECT key, value FROM info");
    while (values.executeStep()) {
      const std::string key = values.getColumn(0).getString();
      const std::string value = values.getColumn(1).getString();
      if (key == "source") info.source = value;
      if (key == "source_date") info.source_date = std::stoll(value);
      if (key == "imported_at") info.imported_at = std::stoll(value);
    }
    SQLite::Statement count(*db_, "SELECT count(*) FROM address");
    if (count.executeStep()) info.addresses = count.getColumn(0).getInt64();
    return info;
  } catch (const SQLite::Exception& error) {
    return ReadError(file_, error.getErrorStr());
  } catch (const std::exception&) {
    return ReadError(file_, "onleesbare datum");
  }
}

Result<std::vector<RegisterPostcode>> AddressRegister::Postcodes() const {
  std::lock_guard lock(mutex_);
  try {
    std::vector<RegisterPostcode> postcodes;
    SQLite::Statement all(*db_, "SELECT postcode, place, count(*) FROM address GROUP BY postcode, place ORDER BY postcode, place");
    while (all.executeStep()) {
      postcodes.push_back({Spaced(all.getColumn(0).getString()), all.getColumn(1).getString(), all.getColumn(2).getInt64()});
    }
    return postcodes;
  } catch (const SQLite::Exception& error) {
    return ReadError(file_, error.getErrorStr());
  }
}

}  // namespace nietpluis
