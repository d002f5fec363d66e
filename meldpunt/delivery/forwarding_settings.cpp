// The forwarder's settings taken from kiosk.toml.
#include "delivery/forwarding_settings.h"

namespace nietpluis {

ForwardingSettings ForwardingSettingsOf(const KioskConfig& config) {
  return {config.first_retry_s, config.max_retry_s,
          [&config](const std::string& id) { return config.OrganisationById(id); }};
}

}  // namespace nietpluis
