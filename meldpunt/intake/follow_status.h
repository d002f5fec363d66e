// Where a report stands, as its reporter may see it: received, someone is going, someone went.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nietpluis {

// In order: a status only ever moves forward, so an old link or a replayed post cannot undo one.
enum class FollowStatus { kReceived = 0, kVisiting = 1, kVisited = 2 };

// The names on the wire and in the store: "ontvangen", "iemand_gaat_langs", "iemand_is_langs_geweest".
std::string FollowStatusName(FollowStatus status);
std::optional<FollowStatus> ParseFollowStatus(std::string_view name);

}  // namespace nietpluis
