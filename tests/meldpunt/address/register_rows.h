// Reads a whole address register back as lines, so tests can compare it at a glance.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <string>
#include <vector>

namespace nietpluis::testing {

// "1012AB 14 A|1 Kerkstraat, Voorbeeld": postcode, number, letter|addition, street, woonplaats.
inline std::vector<std::string> RegisterRows(const std::filesystem::path& file) {
  SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
  SQLite::Statement rows(db, "SELECT postcode, number, letter, addition, street, place FROM address "
                             "ORDER BY postcode, number, letter, addition");
  std::vector<std::string> lines;
  while (rows.executeStep()) {
    lines.push_back(rows.getColumn(0).getString() + " " + rows.getColumn(1).getString() + " " +
                    rows.getColumn(2).getString() + "|" + rows.getColumn(3).getString() + " " +
                    rows.getColumn(4).getString() + ", " + rows.getColumn(5).getString());
  }
  return lines;
}

}  // namespace nietpluis::testing
