// The first line of a receiver's answer, fit for `status`, /health and the journal: short, shown as
// it reads, and without any value of the report it answers.
#pragma once

#include <string>
#include <string_view>

#include "intake/report.h"

namespace nietpluis {

// The longest answer line kept, in characters: enough for "422 Unprocessable: postcode outside
// our area", too short to carry a document.
inline constexpr std::size_t kAnswerLineCharacters = 160;

// The first non-empty line of `answer`, trimmed, invisible characters marked, cut at
// kAnswerLineCharacters (with "..."). A receiver may quote what it was sent: every value of
// `report` a reader could recognise (address, text, name, phone, e-mail) is replaced by "[...]".
std::string ReceiverAnswerLine(std::string_view answer, const Report& report);

// "HTTP 422" or "HTTP 422: <answer line>": how a refusal or failure is stored and shown.
std::string WithAnswer(const std::string& status, const std::string& answer_line);

}  // namespace nietpluis
