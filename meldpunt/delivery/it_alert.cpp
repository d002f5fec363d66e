// Deciding and writing the daily message to IT.
#include "delivery/it_alert.h"

#include <algorithm>
#include <map>

#include "base/dutch_format.h"
#include "delivery/outbox_summary.h"
#include "delivery/report_email.h"

namespace nietpluis {
namespace {

std::string Plural(std::int64_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

// "HTTP 422" of "HTTP 422: <the receiver's answer>": the answer may name things IT need not mail
// around; `status` on the kiosk shows it.
std::string StatusOnly(const std::string& error) { return error.substr(0, error.find(':')); }

}  // namespace

std::optional<ItAlert> MakeItAlert(const OutboxStats& stats, const DiskSpace& disk, std::int64_t now,
                                   const ItAlertLimits& limits, const ItAlertSource& source) {
  std::string findings;
  if (!stats.refused.empty()) {
    findings += "Geweigerd: " + Plural(static_cast<std::int64_t>(stats.refused.size()), "melding", "meldingen") +
                ". De ontvanger nam ze niet aan; ze zijn apart bewaard tot iemand ze opnieuw verstuurt.\n";
    for (const RefusedReport& refused : stats.refused) {
      findings += "  " + refused.id + " (" + refused.organisation + ", " + StatusOnly(refused.error) + ")\n";
    }
  }
  const std::int64_t oldest = stats.queued == 0 ? 0 : now - stats.oldest_received_at;
  if (stats.queued > 0 && oldest > limits.wait_s) {
    findings += "Wachten te lang: " + Plural(stats.queued, "melding wacht", "meldingen wachten") +
                " op verzending; de oudste al " + DutchDuration(oldest) + ".\n";
    for (const auto& [organisation, error] : stats.errors) {
      // "<report id>: HTTP 503: ..." -> the id and the status only.
      const std::size_t colon = error.find(':');
      const std::string id = error.substr(0, colon);
      // A refusal is listed above; here only the queues that are stuck.
      if (std::any_of(stats.refused.begin(), stats.refused.end(), [&](const RefusedReport& r) { return r.id == id; })) {
        continue;
      }
      findings += "  " + organisation + ": melding " + error.substr(0, colon) + ", " +
                  (colon == std::string::npos ? std::string() : StatusOnly(error.substr(colon + 2))) + "\n";
    }
  }
  if (disk.total_bytes > 0 && disk.free_bytes * 100 < disk.total_bytes * static_cast<std::uint64_t>(limits.min_free_percent)) {
    findings += "Schijf bijna vol: nog " + std::to_string(disk.free_bytes * 100 / disk.total_bytes) + "% vrij (" +
                std::to_string(disk.free_bytes / (1024 * 1024)) + " MB) waar de meldingen staan.\n";
  }
  if (findings.empty()) return std::nullopt;
  ItAlert alert;
  alert.subject = "Meldzuil " + source.id + ": er is iets mis met het doorsturen";
  alert.body = "Meldzuil " + source.id + " (" + source.location + "), " + DutchDateTime(now) + ".\n\n" + findings +
               "\nKijk op de zuil met:\n  sudo -u nietpluis nietpluis-kiosk status --config " + source.config_file +
               "\nDaar staat ook het antwoord van de ontvanger. Geweigerde meldingen zet u terug met:\n"
               "  sudo -u nietpluis nietpluis-kiosk opnieuw --config " + source.config_file + " --alle\n\n"
               "Dit bericht bevat alleen aantallen en kenmerken, geen persoonsgegevens. U krijgt het elke dag\n"
               "zolang er iets mis is; als alles goed gaat, komt er geen bericht.\n";
  return alert;
}

std::string ItAlertEmail(const ItAlert& alert, const std::string& from, const std::string& to, std::int64_t now,
                         const std::string& kiosk_id) {
  std::string message;
  message += "Date: " + FormatUtc(now, "%a, %d %b %Y %H:%M:%S +0000") + "\r\n";
  message += "From: <" + from + ">\r\n";
  message += "To: <" + to + ">\r\n";
  // The subject is ASCII: the kiosk id is [a-z0-9-].
  message += "Subject: " + alert.subject + "\r\n";
  message += "Message-ID: <it-" + kiosk_id + "-" + std::to_string(now) + "@nietpluis.meldpunt>\r\n";
  message += "Auto-Submitted: auto-generated\r\n";
  message += "MIME-Version: 1.0\r\n";
  message += "Content-Type: text/plain; charset=UTF-8\r\n";
  message += "Content-Transfer-Encoding: quoted-printable\r\n";
  message += "Content-Language: nl\r\n";
  message += "\r\n";
  message += QuotedPrintable(alert.body);
  return message;
}

}  // namespace nietpluis
