// One receiving organisation as kiosk.toml names it: its postcode area and how its reports reach it.
// A header of its own, so delivery can take an organisation without the whole kiosk configuration.
#pragma once

#include <string>
#include <vector>

#include "config/postcode_area.h"

namespace nietpluis {

struct DeliveryTarget {
  enum class Kind { kHttps, kEmail };
  Kind kind = Kind::kHttps;
  // https
  std::string url;
  std::string secret;  // HMAC key, read from geheim_bestand
  // email
  std::string smtp_url;
  std::string from;
  std::string to;
  std::string user;
  std::string password;  // read from wachtwoord_bestand
  // both
  std::string ca_file;  // a private CA; empty means the system's CAs
  int timeout_s = 30;
};

struct KioskOrganisation {
  std::string id;
  std::string name;
  std::vector<PostcodeRange> postcodes;
  DeliveryTarget delivery;
  int postcodes_line = 0;  // for messages about overlapping areas
};

}  // namespace nietpluis
