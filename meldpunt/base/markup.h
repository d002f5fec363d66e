// Escaping text for HTML and XML: every value that reaches a page, a sitemap or a feed goes through here.
#pragma once

#include <string>
#include <string_view>

namespace nietpluis {

// Escapes &, <, >, " and ' for HTML and XML text and attributes.
std::string EscapeMarkup(std::string_view text);
// The same, appended to `out`: for long documents built from many small pieces.
void AppendEscapedMarkup(std::string_view text, std::string* out);

}  // namespace nietpluis
