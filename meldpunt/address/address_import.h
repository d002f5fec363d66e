// `adressen importeer`: builds a new address register from a BAG extract or a CSV and puts it in
// place of the old one only when the whole import succeeded.
#pragma once

#include <cstdint>
#include <filesystem>
#include <set>
#include <string>

#include "address/address_register.h"
#include "base/env.h"
#include "base/status.h"

namespace nietpluis {

struct ImportSummary {
  bool bag_extract = false;             // else a CSV
  std::int64_t addresses = 0;           // in the new register
  std::int64_t duplicates = 0;          // lines or numbers that named an address already there
  std::int64_t not_in_use = 0;          // BAG: current numbers no object in use has
  std::set<std::string> municipalities;  // BAG: codes from the files' names
  std::int64_t source_date = 0;         // Unix seconds
};

// Reads `source` (a zip: the BAG 2.0 Extract; otherwise a CSV with kAddressCsvHeader) into a new
// register beside `register_file` and renames it over that file. On any error the old register is
// left as it was and no new file remains. `now` dates the import and picks the BAG's current voorkomens.
Result<ImportSummary> ImportAddresses(const std::filesystem::path& source, const std::filesystem::path& register_file,
                                      Env* env, std::int64_t now);

// True when the register's data are older than `months` calendar months at `now`.
bool RegisterIsStale(const RegisterInfo& info, int months, std::int64_t now);

}  // namespace nietpluis
