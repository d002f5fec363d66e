// The forwarder's settings taken from kiosk.toml.
#include "delivery/forwarding_settings.h"

namespace nietpluis {

ForwardingSettings ForwardingSettingsOf(const KioskConfig& config) {
  return {config.first_retry_s, config.max_retry_s, std::int64_t{config.refused_kept_days} * 86400,
          [&config](const std::string& id) { return config.OrganisationById(id); }, {}, {}};
}

OrganisationNames OrganisationNamesOf(const KioskConfig& config) {
  OrganisationNames names;
  for (const KioskOrganisation& organisation : config.organisations) names[organisation.id] = organisation.name;
  return names;
}

}  // namespace nietpluis
