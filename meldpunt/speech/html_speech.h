// The text of an HTML fragment as the blocks a reader sees: headings, paragraphs, list items, labels
// and legends. Links are read by their text, never their address; what is hidden, buttons, scripts
// and what a resident types (text areas, the value of a field) are left out.
#pragma once

#include <string_view>
#include <vector>

#include "speech/speech_text.h"

namespace nietpluis {

// For HTML the program made itself (templates rendered with escaped values): a small reader, not a
// full HTML parser. Entities are decoded; runs of white space become one space.
std::vector<SpeechBlock> SpeechBlocksFromHtml(std::string_view html);

// The part of `html` inside the first element that opens with `open` ("<main", "<aside class=\"gevaar"),
// up to its closing tag `close` ("</main>"); empty when there is none.
std::string_view HtmlSection(std::string_view html, std::string_view open, std::string_view close);

}  // namespace nietpluis
