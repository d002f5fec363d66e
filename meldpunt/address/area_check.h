// The organisations' areas checked against the address register: every address goes to exactly one
// organisation. Overlaps are errors; gaps (addresses no organisation serves) are warnings.
#pragma once

#include "address/address_register.h"
#include "base/status.h"
#include "config/kiosk_config.h"

namespace nietpluis {

// `addresses` may be null (no register): then only areas given as woonplaatsen are a problem, since
// nothing can tell where a woonplaats lies. A stale register is named as a warning (`now`: Unix seconds).
void CheckAreasAgainstRegister(const KioskConfig& config, const AddressRegister* addresses, std::int64_t now,
                               Diagnostics* diagnostics);

}  // namespace nietpluis
