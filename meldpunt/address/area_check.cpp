// Walking the register's postcodes once and asking, for each, which organisations claim it.
#include "address/area_check.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "address/address_import.h"
#include "base/dutch_format.h"
#include "base/text.h"

namespace nietpluis {
namespace {

constexpr const char* kImportHint = "nietpluis-kiosk adressen importeer BESTAND --config ";

// Where the areas are written: organisaties.toml, or an older kiosk.toml that lists its own.
const std::string& AreasFile(const KioskConfig& config) {
  return config.organisations_file.empty() ? config.file : config.organisations_file;
}

// "woonplaats Voorbeeld" or "postcode 1234": why `organisation` claims `postcode`.
std::string Why(const KioskOrganisation& organisation, const Postcode& postcode, const std::string& place) {
  switch (organisation.postcodes.MatchOf(postcode, place)) {
    case PostcodeArea::Match::kPlace:
      return "woonplaats " + place;
    case PostcodeArea::Match::kRange:
      return "postcode " + std::to_string(postcode.digits);
    default:
      return "postcode " + postcode.Normalised();
  }
}

void CheckPlacesExist(const KioskConfig& config, const std::vector<RegisterPostcode>& postcodes,
                      Diagnostics* diagnostics) {
  std::vector<std::string> known;
  for (const RegisterPostcode& postcode : postcodes) {
    if (known.empty() || known.back() != postcode.place) known.push_back(postcode.place);
  }
  std::set<std::string> places(known.begin(), known.end());
  known.assign(places.begin(), places.end());
  for (const KioskOrganisation& organisation : config.organisations) {
    for (const std::string& place : organisation.postcodes.places) {
      bool found = std::any_of(known.begin(), known.end(), [&](const std::string& k) { return SamePlace(k, place); });
      if (found) continue;
      const std::string closest = ClosestMatch(place, known);
      diagnostics->Add(Error(AreasFile(config), organisation.postcodes.places_line,
                             "woonplaats '" + place + "' van '" + organisation.name + "' staat niet in het adressenbestand",
                             closest.empty() ? "schrijf de naam zoals de BAG hem schrijft"
                                             : "bedoelt u '" + closest + "'? Schrijf de naam zoals de BAG hem schrijft"));
    }
  }
}

}  // namespace

void CheckAreasAgainstRegister(const KioskConfig& config, const AddressRegister* addresses, std::int64_t now,
                               Diagnostics* diagnostics) {
  if (addresses == nullptr) {
    for (const KioskOrganisation& organisation : config.organisations) {
      if (organisation.postcodes.places.empty()) continue;
      diagnostics->Add(Error(AreasFile(config), organisation.postcodes.places_line,
                             "'" + organisation.name + "' werkt in woonplaatsen, maar er is geen adressenbestand (" +
                                 config.addresses.file.string() + ")",
                             "maak het eerst met: " + std::string(kImportHint) + config.file));
    }
    return;
  }
  Result<RegisterInfo> info = addresses->Info();
  if (!info.ok()) {
    diagnostics->Add(info.error());
    return;
  }
  if (RegisterIsStale(info.value(), config.addresses.stale_after_months, now)) {
    diagnostics->Add(Warning(addresses->file(), 0,
                             "het adressenbestand is van " + FormatUtc(info.value().source_date, "%d-%m-%Y") +
                                 ", ouder dan " + std::to_string(config.addresses.stale_after_months) + " maanden",
                             "importeer een nieuw BAG-extract met: " + std::string(kImportHint) + config.file));
  }
  Result<std::vector<RegisterPostcode>> postcodes = addresses->Postcodes();
  if (!postcodes.ok()) {
    diagnostics->Add(postcodes.error());
    return;
  }
  CheckPlacesExist(config, postcodes.value(), diagnostics);
  std::map<std::pair<int, std::string>, std::int64_t> gaps;  // (PC4, woonplaats) -> addresses
  struct Overlap {
    std::string first;  // the first PC6 where they meet
    std::string why_chosen, why_other;
    std::int64_t postcodes = 0;
  };
  // (the organisation routing picks, the other that claims it too, PC4, woonplaats)
  std::map<std::tuple<const KioskOrganisation*, const KioskOrganisation*, int, std::string>, Overlap> overlaps;
  for (const RegisterPostcode& entry : postcodes.value()) {
    std::optional<Postcode> postcode = ParsePostcode(entry.postcode);
    if (!postcode) continue;
    const KioskOrganisation* chosen = config.OrganisationFor(*postcode, entry.place);
    if (chosen == nullptr) {
      gaps[{postcode->digits, entry.place}] += entry.addresses;
      continue;
    }
    // A PC6 exception settles a postcode: that is what exceptions are for.
    if (chosen->postcodes.MatchOf(*postcode, entry.place) == PostcodeArea::Match::kPc6) continue;
    for (const KioskOrganisation& other : config.organisations) {
      if (&other == chosen || other.postcodes.MatchOf(*postcode, entry.place) == PostcodeArea::Match::kNone) continue;
      Overlap& overlap = overlaps[{chosen, &other, postcode->digits, entry.place}];
      if (overlap.postcodes++ == 0) {
        overlap.first = entry.postcode;
        overlap.why_chosen = Why(*chosen, *postcode, entry.place);
        overlap.why_other = Why(other, *postcode, entry.place);
      }
    }
  }
  for (const auto& [key, overlap] : overlaps) {
    const auto& [chosen, other, pc4, place] = key;
    const std::string what = overlap.postcodes == 1
                                 ? "postcode " + overlap.first + " (" + place + ") hoort"
                                 : std::to_string(overlap.postcodes) + " postcodes in " + std::to_string(pc4) + " (" +
                                       place + "), zoals " + overlap.first + ", horen";
    const int line = other->postcodes.places.empty() ? other->postcodes.ranges_line : other->postcodes.places_line;
    diagnostics->Add(Error(AreasFile(config), line,
                           what + " bij '" + chosen->name + "' (" + overlap.why_chosen + ") en bij '" + other->name +
                               "' (" + overlap.why_other + ")",
                           "geef ze aan één organisatie, of zet ze bij één van beide onder uitzonderingen (zoals \"" +
                               overlap.first + "\")"));
  }
  for (const auto& [where, count] : gaps) {
    diagnostics->Add(Warning(AreasFile(config), 0,
                             std::to_string(count) + (count == 1 ? " adres" : " adressen") + " in postcode " +
                                 std::to_string(where.first) + " (" + where.second + ") " +
                                 (count == 1 ? "hoort" : "horen") + " bij geen organisatie",
                             "voeg de postcode of woonplaats toe aan een organisatie, of laat het zo als die adressen "
                             "buiten uw gebied liggen"));
  }
}

}  // namespace nietpluis
