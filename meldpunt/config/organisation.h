// One receiving organisation as organisaties.toml (or an older kiosk.toml) names it: its postcode
// area, what the site shows of it, and how its reports reach it. A header of its own, so delivery can
// take an organisation without the whole kiosk configuration. A new key of [[organisatie]] gets a
// field here and one line in config/organisations.cpp.
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
  PostcodeArea postcodes;  // PC4 ranges, woonplaatsen and PC6 exceptions
  std::string website;  // optional; shown on the site
  std::string phone;    // optional; shown on the site
  bool has_delivery = false;  // [organisatie.doorsturen] was there
  DeliveryTarget delivery;
  int postcodes_line = 0;  // for messages about overlapping areas
  // `certificaat`: the organisation's X.509 certificate (path as resolved from kiosk.toml's folder);
  // with one, its reports are sealed at intake (delivery/report_sealer.h). Empty: they travel unsealed.
  std::string certificate;
  int certificate_line = 0;  // for messages about the certificate
};

}  // namespace nietpluis
