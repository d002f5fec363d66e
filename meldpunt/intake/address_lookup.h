// What the address register says about an address of the form: for routing by woonplaats, for the
// report's street and woonplaats, and as the JSON the screens ask for while a resident types.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "address/address_register.h"
#include "intake/report.h"
#include "intake/report_form.h"

namespace nietpluis {

struct AddressFacts {
  std::string street;             // of the address, when the register holds it
  std::string number;             // "12A-1", as written on a letter, when the register holds it
  std::string place;
  std::string place_of_postcode;  // for routing: known even for a number the register lacks
  std::optional<bool> found;      // no value without a (readable) register
};

// Without a register (null) or when it cannot be read, nothing is known: the report goes by postcode
// alone, as it did before there was a register.
AddressFacts LookUpAddress(const AddressRegister* addresses, const AcceptedAddress& address);

// Copies the facts into the report's address.
void FillAddressFacts(const AddressFacts& facts, ReportAddress* address);

// What the resident is asked about a typed address before it is taken (issue 19): "Kerkstraat 12,
// Voorbeeld. Klopt dit?", a choice between the addresses at one number, or "Dit adres kennen wij niet".
struct AddressQuestion {
  enum class Kind { kNone, kConfirm, kChoose, kUnknown };
  Kind kind = Kind::kNone;
  std::vector<RegisterAddress> addresses;  // kConfirm: the one found; kChoose: every one at the number
  std::string unknown_key;                 // kUnknown: what sending it anyway posts as adres_bevestigd
};

// What a resident's confirmation posts as adres_bevestigd: "1012 AB 12 A1" (letter and addition as
// the form takes them), or for a typed address the register lacks, as AcceptedAddress::Describe.
std::string ConfirmationKey(const RegisterAddress& address);
std::string ConfirmationKey(const AcceptedAddress& address);

// "Kerkstraat 12A, Voorbeeld": an address of the register as a resident reads it, on the screens and
// in the lookup's answer, so the page that asks while the resident types shows the same words.
std::string AddressLabel(const std::string& street, const std::string& number, const std::string& place);

// Settles the typed address with the register. kNone when there is nothing to ask: no (readable)
// register, or form->address_confirmed names one of the addresses at this number (then the form's
// house number and addition become that address's, so a chosen 12-1 is what is stored) or, for an
// address the register lacks, the typed address itself. Otherwise the question to ask.
AddressQuestion SettleAddress(const AddressRegister* addresses, ReportForm* form, const AcceptedAddress& typed);

// The answer of GET /adres (docs/kiosk.md): {"register":false} without a register; otherwise the
// postcode and number as read, "found" for the typed addition, every address at that number, and
// "question": what SettleAddress would ask of a post without a confirmation ("confirm" with the
// address's "label" and "confirm" key, "choose", or "unknown"), so the page asks exactly that.
std::string AddressLookupJson(const AddressRegister* addresses, const AcceptedAddress& address);

}  // namespace nietpluis
