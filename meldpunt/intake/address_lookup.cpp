// Asking the address register about one address of the form.
#include "intake/address_lookup.h"

#include <nlohmann/json.hpp>

#include "base/text.h"

namespace nietpluis {

AddressFacts LookUpAddress(const AddressRegister* addresses, const AcceptedAddress& address) {
  AddressFacts facts;
  if (addresses == nullptr) return facts;
  Result<AddressMatch> match = addresses->Find(address.postcode, address.house_number, address.addition);
  if (!match.ok()) return facts;
  facts.place_of_postcode = match.value().place_of_postcode;
  facts.found = match.value().found();
  if (match.value().found()) {
    facts.street = match.value().exact.front().street;
    facts.number = match.value().exact.front().NumberLabel();
    facts.place = match.value().exact.front().place;
  }
  return facts;
}

void FillAddressFacts(const AddressFacts& facts, ReportAddress* address) {
  address->street = facts.street;
  address->place = facts.place;
  address->found_in_register = facts.found;
}

std::string ConfirmationKey(const RegisterAddress& address) {
  const std::string addition = address.FormAddition();
  return address.postcode + " " + std::to_string(address.house_number) + (addition.empty() ? "" : " " + addition);
}

std::string ConfirmationKey(const AcceptedAddress& address) { return address.Describe(); }

std::string AddressLabel(const std::string& street, const std::string& number, const std::string& place) {
  return street + " " + number + ", " + place;
}

namespace {

// What to ask about `typed` when nothing was confirmed yet: one rule for the post and the lookup.
AddressQuestion QuestionFor(const AddressMatch& match, const AcceptedAddress& typed) {
  AddressQuestion question;
  if (match.at_number.empty()) {
    question.kind = AddressQuestion::Kind::kUnknown;
    question.unknown_key = ConfirmationKey(typed);
  } else if (match.found() && (match.at_number.size() == 1 || !typed.addition.empty())) {
    question.kind = AddressQuestion::Kind::kConfirm;
    question.addresses = {match.exact.front()};
  } else {
    // Several at this number and none named, or a letter or addition this number does not have.
    question.kind = AddressQuestion::Kind::kChoose;
    question.addresses = match.at_number;
  }
  return question;
}

}  // namespace

AddressQuestion SettleAddress(const AddressRegister* addresses, ReportForm* form, const AcceptedAddress& typed) {
  if (addresses == nullptr) return AddressQuestion();
  Result<AddressMatch> found = addresses->Find(typed.postcode, typed.house_number, typed.addition);
  // A register that cannot be read asks nothing: the report goes by postcode, as without one.
  if (!found.ok()) return AddressQuestion();
  const AddressMatch& match = found.value();
  const std::string confirmed(Trim(form->address_confirmed));
  if (!confirmed.empty()) {
    for (const RegisterAddress& at : match.at_number) {
      if (ConfirmationKey(at) != confirmed) continue;
      form->house_number = std::to_string(at.house_number);
      form->addition = at.FormAddition();
      form->address_confirmed = confirmed;
      return AddressQuestion();
    }
    if (match.at_number.empty() && confirmed == ConfirmationKey(typed)) return AddressQuestion();
  }
  // Asked again whenever the address changed since it was confirmed: a stale "Ja" counts for nothing.
  form->address_confirmed.clear();
  return QuestionFor(match, typed);
}

std::string AddressLookupJson(const AddressRegister* addresses, const AcceptedAddress& address) {
  nlohmann::ordered_json json;
  if (addresses == nullptr) {
    json["register"] = false;
    return json.dump();
  }
  Result<AddressMatch> match = addresses->Find(address.postcode, address.house_number, address.addition);
  json["register"] = match.ok();
  if (!match.ok()) return json.dump();
  json["postcode"] = address.postcode.Normalised();
  json["house_number"] = address.house_number;
  json["addition"] = address.addition;
  json["found"] = match.value().found();
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const RegisterAddress& at : match.value().at_number) {
    list.push_back({{"street", at.street},
                    {"place", at.place},
                    {"house_letter", at.house_letter},
                    {"addition", at.addition},
                    {"form_addition", at.FormAddition()},
                    {"number", at.NumberLabel()},
                    {"label", AddressLabel(at.street, at.NumberLabel(), at.place)},
                    {"confirm", ConfirmationKey(at)}});
  }
  json["addresses"] = std::move(list);
  const AddressQuestion question = QuestionFor(match.value(), address);
  switch (question.kind) {
    case AddressQuestion::Kind::kConfirm: {
      const RegisterAddress& one = question.addresses.front();
      json["question"] = "confirm";
      json["label"] = AddressLabel(one.street, one.NumberLabel(), one.place);
      json["confirm"] = ConfirmationKey(one);
      break;
    }
    case AddressQuestion::Kind::kChoose: json["question"] = "choose"; break;
    default: json["question"] = "unknown"; break;
  }
  return json.dump();
}

}  // namespace nietpluis
