// Health, status and the start-screen notice, from the outbox's figures.
#include "delivery/outbox_summary.h"


#include <nlohmann/json.hpp>

#include "base/dutch_format.h"
#include "intake/report.h"

namespace nietpluis {
namespace {

std::string Plural(std::int64_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::int64_t OldestWait(const OutboxStats& stats, std::int64_t now) {
  return stats.queued == 0 ? 0 : std::max<std::int64_t>(0, now - stats.oldest_received_at);
}

// "Welzijn Noord (noord)", or the id alone when the configuration no longer has it.
std::string OrganisationLabel(const std::string& id, const OrganisationNames& names) {
  auto name = names.find(id);
  return name == names.end() || name->second.empty() ? id : name->second + " (" + id + ")";
}

nlohmann::ordered_json TimeOrNull(std::int64_t at) {
  return at == 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(Rfc3339Utc(at));
}

}  // namespace

std::string DutchDuration(std::int64_t seconds) {
  if (seconds < 60) return Plural(seconds, "seconde", "seconden");
  std::int64_t minutes = seconds / 60, hours = minutes / 60, days = hours / 24;
  if (days > 0) {
    std::string text = Plural(days, "dag", "dagen");
    return hours % 24 == 0 ? text : text + " en " + Plural(hours % 24, "uur", "uur");
  }
  if (hours > 0) {
    std::string text = Plural(hours, "uur", "uur");
    return minutes % 60 == 0 ? text : text + " en " + Plural(minutes % 60, "minuut", "minuten");
  }
  return Plural(minutes, "minuut", "minuten");
}

std::string HealthJson(const OutboxStats& stats, std::int64_t now, const OrganisationNames& names) {
  nlohmann::ordered_json json;
  json["queued"] = stats.queued;
  json["oldest_queued_s"] = OldestWait(stats, now);
  json["retrying"] = stats.retrying;
  json["failed"] = stats.failed;
  json["failed_ids"] = stats.failed_ids;
  json["delivered_total"] = stats.delivered_total;
  json["last_delivery_at"] =
      stats.last_delivery_at == 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(Rfc3339Utc(stats.last_delivery_at));
  json["errors"] = nlohmann::ordered_json::object();
  for (const auto& [organisation, error] : stats.errors) json["errors"][organisation] = error;
  json["delivered_in_wal_since"] =
      stats.unwiped_since == 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(Rfc3339Utc(stats.unwiped_since));
  json["refused"] = nlohmann::ordered_json::array();
  for (const RefusedReport& refused : stats.refused) {
    auto name = names.find(refused.organisation);
    json["refused"].push_back({{"id", refused.id},
                               {"organisation", refused.organisation},
                               {"organisation_name", name == names.end() ? "" : name->second},
                               {"answer", refused.error},
                               {"refused_at", TimeOrNull(refused.refused_at)}});
  }
  if (stats.last_failure.at == 0) {
    json["last_failure"] = nullptr;
  } else {
    const LastFailure& failure = stats.last_failure;
    auto name = names.find(failure.organisation);
    json["last_failure"] = {{"at", Rfc3339Utc(failure.at)},
                            {"id", failure.id},
                            {"organisation", failure.organisation},
                            {"organisation_name", name == names.end() ? "" : name->second},
                            {"answer", failure.error}};
  }
  return json.dump();
}

std::string StatusText(const OutboxStats& stats, std::int64_t now, const OrganisationNames& names) {
  std::string text;
  if (stats.queued == 0) {
    text += "Wachtend: geen meldingen\n";
  } else {
    text += "Wachtend: " + Plural(stats.queued, "melding", "meldingen") + "; de oudste wacht " +
            DutchDuration(OldestWait(stats, now)) + "\n";
  }
  if (stats.retrying > 0) {
    text += "Opnieuw proberen: bij " + Plural(stats.retrying, "organisatie", "organisaties") +
            " lukte de laatste poging niet\n";
  }
  if (stats.failed == 0) {
    text += "Geweigerd: geen\n";
  } else {
    text += "Geweigerd: " + Plural(stats.failed, "melding", "meldingen") +
            ", apart bewaard (nietpluis-kiosk opnieuw zet ze terug in de rij):\n";
    for (const RefusedReport& refused : stats.refused) {
      text += "  " + refused.id + " door " + OrganisationLabel(refused.organisation, names) +
              (refused.refused_at == 0 ? "" : " op " + DutchDateTime(refused.refused_at)) + ": " + refused.error + "\n";
    }
  }
  text += "Bezorgd: " + std::to_string(stats.delivered_total) + " in totaal";
  text += stats.last_delivery_at == 0 ? ", nog nooit\n" : "; de laatste op " + DutchDateTime(stats.last_delivery_at) + "\n";
  for (const auto& [organisation, error] : stats.errors) {
    text += "Fout bij " + OrganisationLabel(organisation, names) + ": " + error + "\n";
  }
  if (stats.last_failure.at != 0) {
    const LastFailure& failure = stats.last_failure;
    text += "Laatste fout: " + DutchDateTime(failure.at) + ", " + OrganisationLabel(failure.organisation, names) +
            ", melding " + failure.id + ": " + failure.error + "\n";
  }
  if (stats.unwiped_since != 0) {
    text += "Niet opgeruimd: een ander programma houdt de database open; afgeleverde meldingen staan sinds " +
            DutchDateTime(stats.unwiped_since) +
            " nog in het logbestand meldingen.db-wal. Sluit dat programma (een back-up, een monitor); de kiosk wist ze "
            "dan binnen enkele seconden.\n";
  }
  return text;
}

std::string StaffNoticeText(const OutboxStats& stats, std::int64_t now) {
  if (stats.failed > 0) {
    return "Voor de beheerder: " + Plural(stats.failed, "melding is", "meldingen zijn") +
           " niet aangenomen door de ontvanger. Ze zijn veilig bewaard. Kijk met: nietpluis-kiosk status.";
  }
  std::int64_t wait = OldestWait(stats, now);
  if (wait > kStuckAfterSeconds) {
    return "Voor de beheerder: meldingen wachten al " + DutchDuration(wait) +
           " op verzending. Ze zijn veilig bewaard. Kijk met: nietpluis-kiosk status.";
  }
  return {};
}

}  // namespace nietpluis
