// What the outbox's figures say to people: /health for monitoring, `status` for IT staff, and the
// line on the start screen when reports are stuck. Counts, times and report ids only.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "delivery/outbox.h"

namespace nietpluis {

// Organisation names by id, from the configuration: the outbox knows ids only.
using OrganisationNames = std::map<std::string, std::string>;

// {"queued":..,"oldest_queued_s":..,"retrying":..,"failed":..,"failed_ids":[..],"delivered_total":..,
//  "last_delivery_at":"2026-12-01T10:03:00Z"|null,"errors":{"<organisation>":"<report id>: <reason>",..},
//  "delivered_in_wal_since":"2026-12-01T10:03:00Z"|null,
//  "refused":[{"id":..,"organisation":..,"organisation_name":..,"answer":"HTTP 422: <first line>",
//              "refused_at":"2026-12-01T10:03:00Z"|null},..],
//  "last_failure":{"at":..,"id":..,"organisation":..,"organisation_name":..,"answer":..}|null}
// A reason is the receiver's status and the first line of its answer (delivery/receiver_answer.h).
std::string HealthJson(const OutboxStats& stats, std::int64_t now, const OrganisationNames& names = {});

// The report of `nietpluis-kiosk status`, in Dutch, one fact per line; every refusal and the last
// failure with the organisation's name and the receiver's answer.
std::string StatusText(const OutboxStats& stats, std::int64_t now, const OrganisationNames& names = {});

// For the start screen: empty while all is well; otherwise a calm line for staff passing by.
std::string StaffNoticeText(const OutboxStats& stats, std::int64_t now);

// "2 uur en 5 minuten", "40 seconden", "3 dagen en 1 uur".
std::string DutchDuration(std::int64_t seconds);

// Reports that wait longer than this get a line on the start screen.
inline constexpr std::int64_t kStuckAfterSeconds = 60 * 60;

}  // namespace nietpluis
