// Reading the Kadaster's BAG 2.0 Extract (a zip of zips of XML files, docs/bag-extract.md) into an
// address register: only addresses in use, each with its street and woonplaats.
#pragma once

#include <cstdint>
#include <filesystem>
#include <set>
#include <string>

#include "address/register_writer.h"
#include "base/status.h"

namespace nietpluis {

struct BagExtractSummary {
  std::int64_t extract_date = 0;        // Unix seconds, from the files' names (ddmmjjjj); 0 when none says
  std::set<std::string> municipalities;  // the four-digit codes in the files' names ("0344"; "9999" is all of NL)
  std::int64_t numbers_read = 0;         // current nummeraanduidingen with a postcode
  std::int64_t not_in_use = 0;           // of those: no object in use has them as its address
};

// Streams every WPL, OPR, NUM, VBO, LIG and STA file of `zip_file`, at any depth of zips, into scratch
// tables of `writer` and then adds the addresses in use. `today` ("2026-12-03") picks each object's
// current voorkomen. Scratch files of the inner zips go in `scratch_dir` and are gone when this returns.
Result<BagExtractSummary> ReadBagExtract(const std::filesystem::path& zip_file, const std::string& today,
                                         const std::filesystem::path& scratch_dir, RegisterWriter* writer);

// True for the first bytes of a zip file: how the importer tells an extract from a CSV.
bool LooksLikeZip(std::string_view first_bytes);

}  // namespace nietpluis
