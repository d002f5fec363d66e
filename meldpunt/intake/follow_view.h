// What the follow-up screens show: the code on the thank-you screen, the answer of /volg, and the
// status link's page with its one button. The intake server fills it; the screens render it.
#pragma once

#include <string>
#include <vector>

#include "intake/follow_status.h"
#include "render/templates.h"
#include "render/texts.h"

namespace nietpluis {

struct FollowView {
  // The thank-you screen.
  std::string code;         // "K7MQ-4PXW"; "" without a public intake
  std::string status_page;  // "meldpunt.voorbeeld.nl/volg", as a resident reads it
  std::string status_url;   // "https://meldpunt.voorbeeld.nl/volg"
  bool qr = false;          // the kiosk shows assets/volg-qr.svg, the status page's address

  // GET and POST /volg.
  enum class Answer { kNone, kStatus, kUnknown, kMistyped, kEmpty, kTooOften };
  Answer answer = Answer::kNone;
  std::string typed;  // put back in the field when the code was not found or mistyped
  FollowStatus status = FollowStatus::kReceived;
  std::string day;  // "2026-12-04"

  // GET and POST /status: the coordinator's link.
  enum class Link { kAsk, kDone, kAlready, kExpired, kForged, kOtherOrganisation, kBadStatus, kTooOften };
  Link link = Link::kAsk;
  std::string token;  // the ask page posts it back
  FollowStatus wanted = FollowStatus::kVisiting;
  int keep_days = 90;  // how long links are valid, for the expired answer
  std::string phone;   // the meldpunt's number, for the unknown answer
};

// Every text of [volgen] in the intake's text file.
const std::vector<std::string>& FollowTextKeys();

// The Mustache values under "volg" (see templates/kiosk/volg.mustache, status.mustache, bedankt.mustache).
TemplateData FollowData(const FollowView& view, const Texts& texts);

// "2026-12-04" -> "4 december 2026"; the text itself when it is not such a day.
std::string DutchDay(const std::string& day);

}  // namespace nietpluis
