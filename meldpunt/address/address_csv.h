// Reading addresses from a CSV a municipality exports from its own BAG system.
#pragma once

#include <filesystem>
#include <string>

#include "address/register_writer.h"
#include "base/status.h"

namespace nietpluis {

// The header a CSV must start with (any case; comma or semicolon between the names).
inline constexpr const char* kAddressCsvHeader = "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats";

// Reads `file` (UTF-8, a byte order mark allowed, comma or semicolon as the header uses, fields may be
// quoted as spreadsheets write them) into `writer`. The first wrong line stops the import, with its
// number and what to change.
Status ReadAddressCsv(const std::filesystem::path& file, RegisterWriter* writer);

// True when `first_line` is the header above, with either separator: how the importer tells a CSV.
bool LooksLikeAddressCsv(std::string_view first_line);

}  // namespace nietpluis
