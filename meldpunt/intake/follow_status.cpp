// The follow-up status's names.
#include "intake/follow_status.h"

namespace nietpluis {

std::string FollowStatusName(FollowStatus status) {
  switch (status) {
    case FollowStatus::kReceived: return "ontvangen";
    case FollowStatus::kVisiting: return "iemand_gaat_langs";
    case FollowStatus::kVisited: return "iemand_is_langs_geweest";
  }
  return "ontvangen";
}

std::optional<FollowStatus> ParseFollowStatus(std::string_view name) {
  for (FollowStatus status : {FollowStatus::kReceived, FollowStatus::kVisiting, FollowStatus::kVisited}) {
    if (name == FollowStatusName(status)) return status;
  }
  return std::nullopt;
}

}  // namespace nietpluis
