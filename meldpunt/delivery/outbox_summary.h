// What the outbox's figures say to people: /health for monitoring, `status` for IT staff, and the
// line on the start screen when reports are stuck. Counts, times and report ids only.
#pragma once

#include <cstdint>
#include <string>

#include "delivery/outbox.h"

namespace nietpluis {

// {"queued":..,"oldest_queued_s":..,"retrying":..,"failed":..,"failed_ids":[..],"delivered_total":..,
//  "last_delivery_at":"2026-12-01T10:03:00Z"|null,"errors":{"<organisation>":"<report id>: <reason>",..},
//  "delivered_in_wal_since":"2026-12-01T10:03:00Z"|null}
std::string HealthJson(const OutboxStats& stats, std::int64_t now);

// The report of `nietpluis-kiosk status`, in Dutch, one fact per line.
std::string StatusText(const OutboxStats& stats, std::int64_t now);

// For the start screen: empty while all is well; otherwise a calm line for staff passing by.
std::string StaffNoticeText(const OutboxStats& stats, std::int64_t now);

// "2 uur en 5 minuten", "40 seconden", "3 dagen en 1 uur".
std::string DutchDuration(std::int64_t seconds);

// Reports that wait longer than this get a line on the start screen.
inline constexpr std::int64_t kStuckAfterSeconds = 60 * 60;

}  // namespace nietpluis
