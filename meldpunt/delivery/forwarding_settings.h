// The forwarder's settings taken from kiosk.toml: kept apart so the forwarder itself never sees a KioskConfig.
#pragma once

#include "config/kiosk_config.h"
#include "delivery/forwarder.h"
#include "delivery/outbox_summary.h"

namespace nietpluis {

// The retry settings and organisations of `config`, which must outlive them.
ForwardingSettings ForwardingSettingsOf(const KioskConfig& config);

// Each organisation's name by its id, for `status` and /health.
OrganisationNames OrganisationNamesOf(const KioskConfig& config);

}  // namespace nietpluis
