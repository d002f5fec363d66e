// The address register's tables, shared by the writer and the reader.
#pragma once

namespace nietpluis {

// postcode as "1234AB"; letter and addition empty when absent, so the key is never NULL.
inline constexpr const char* kRegisterSchema = R"sql(
CREATE TABLE address (
  postcode TEXT NOT NULL,
  number INTEGER NOT NULL,
  letter TEXT NOT NULL,
  addition TEXT NOT NULL,
  street TEXT NOT NULL,
  place TEXT NOT NULL,
  PRIMARY KEY (postcode, number, letter, addition)
) WITHOUT ROWID;
CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
)sql";

// The value of info's "format": a register of another format is refused, not misread.
inline constexpr const char* kRegisterFormat = "nietpluis.adressen/1";

}  // namespace nietpluis
