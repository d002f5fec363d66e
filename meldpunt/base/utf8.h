// UTF-8 text from others: checking it, repairing it, counting characters and showing what is invisible.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nietpluis {

// True when `text` is well-formed UTF-8 (no overlong forms, no surrogates).
bool IsValidUtf8(std::string_view text);
// `text` with every byte that starts no well-formed sequence replaced by U+FFFD, for text from a
// library that may quote part of a character.
std::string ReplaceInvalidUtf8(std::string_view text);

// Whether line breaks stay as they are in MarkInvisible: a report's text keeps its lines, a one-line
// message does not.
enum class LineBreaks { kKeep, kMark };
// `text` from someone else made to read as it displays: invalid UTF-8 becomes U+FFFD, and every
// character that is invisible or changes how the text around it displays is shown as "[U+XXXX]":
// control characters (a tab stays), bidi controls such as U+202E, zero-width characters, the line
// and paragraph separators, and \n and \r unless `line_breaks` keeps them.
std::string MarkInvisible(std::string_view text, LineBreaks line_breaks);

// Number of code points in valid UTF-8 text: what a resident counts as characters.
std::size_t CountCharacters(std::string_view text);

}  // namespace nietpluis
