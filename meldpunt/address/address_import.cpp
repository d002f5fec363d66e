// Choosing the importer, running it into a new register, and dating the result.
#include "address/address_import.h"

#include <ctime>
#include <fstream>

#include "address/address_csv.h"
#include "address/bag_extract.h"
#include "address/register_writer.h"
#include "base/dutch_format.h"

namespace nietpluis {
namespace {

// The first bytes of `source`, enough to tell a zip from a CSV's first line.
Result<std::string> FirstBytes(const std::filesystem::path& source) {
  std::ifstream in(source, std::ios::binary);
  if (!in) {
    return Error(source.string(), 0, "het bestand is er niet of is niet te lezen",
                 "geef het pad naar het BAG-extract (.zip) of de CSV, en kijk of u het mag lezen");
  }
  std::string bytes(4096, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

std::string FirstLine(const std::string& bytes) { return bytes.substr(0, bytes.find('\n')); }

}  // namespace

Result<ImportSummary> ImportAddresses(const std::filesystem::path& source, const std::filesystem::path& register_file,
                                      Env* env, std::int64_t now) {
  Result<std::string> first = FirstBytes(source);
  if (!first.ok()) return first.error();
  const std::string& bytes = first.value();
  if (bytes.empty()) {
    return Error(source.string(), 0, "het bestand is leeg",
                 "download het BAG 2.0 Extract opnieuw, of maak de CSV opnieuw; het oude adressenbestand blijft in gebruik");
  }
  ImportSummary summary;
  summary.bag_extract = LooksLikeZip(bytes);
  if (!summary.bag_extract && !LooksLikeAddressCsv(FirstLine(bytes))) {
    return Error(source.string(), 1,
                 "dit is geen BAG-extract (zip) en geen CSV met de kop postcode,huisnummer,huisletter,toevoeging,straat,woonplaats",
                 "gebruik het BAG 2.0 Extract van uw gemeente zoals het Kadaster het levert, of zo'n CSV");
  }
  if (Status folder = env->CreateDirectories(register_file.parent_path().empty() ? "." : register_file.parent_path());
      !folder.ok()) {
    return folder.error();
  }
  Result<std::unique_ptr<RegisterWriter>> created = RegisterWriter::Create(register_file, env);
  if (!created.ok()) return created.error();
  RegisterWriter& writer = *created.value();
  RegisterInfo info;
  info.imported_at = now;
  info.source_date = now;
  if (summary.bag_extract) {
    const std::filesystem::path scratch = register_file.parent_path().empty() ? "." : register_file.parent_path();
    Result<BagExtractSummary> read = ReadBagExtract(source, FormatUtc(now, "%Y-%m-%d"), scratch, &writer);
    if (!read.ok()) return read.error();
    summary.municipalities = read.value().municipalities;
    summary.not_in_use = read.value().not_in_use;
    if (read.value().extract_date > 0) info.source_date = read.value().extract_date;
    info.source = "BAG 2.0 Extract " + source.filename().string();
  } else {
    if (Status read = ReadAddressCsv(source, &writer); !read.ok()) return read.error();
    info.source = "CSV " + source.filename().string();
  }
  summary.addresses = writer.added();
  summary.duplicates = writer.duplicates();
  summary.source_date = info.source_date;
  if (Status finished = writer.Finish(info); !finished.ok()) return finished.error();
  return summary;
}

bool RegisterIsStale(const RegisterInfo& info, int months, std::int64_t now) {
  const std::time_t date = static_cast<std::time_t>(info.source_date);
  std::tm tm{};
  gmtime_r(&date, &tm);
  tm.tm_mon += months;
  return static_cast<std::int64_t>(timegm(&tm)) < now;
}

}  // namespace nietpluis
