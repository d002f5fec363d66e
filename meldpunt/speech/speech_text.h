// Text prepared for speech the way a person reads it aloud: phone numbers digit by digit in their
// groups, postcodes as digits and letters, abbreviations from the pronunciation list, web addresses
// by their name only, times as "8 uur 30", and a pause after each heading, paragraph and list item.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "speech/pronunciations.h"

namespace nietpluis {

enum class SpeechBlockKind { kParagraph, kHeading, kListItem };

// One block of text as a page or screen shows it: a heading, a paragraph, one item of a list.
struct SpeechBlock {
  SpeechBlockKind kind = SpeechBlockKind::kParagraph;
  std::string text;
  bool operator==(const SpeechBlock&) const = default;
};

// One line for the voice and the silence after it.
struct SpokenLine {
  std::string text;
  int pause_ms = 0;
  // The block as the page shows it, so a listener can follow along (assets/meelezen.js). Not heard,
  // so not compared and not in the cache key.
  std::string shown;
  bool operator==(const SpokenLine& other) const { return text == other.text && pause_ms == other.pause_ms; }
};

struct PreparedSpeech {
  std::vector<SpokenLine> lines;

  bool empty() const { return lines.empty(); }
  // The lines with their pauses, one a line ("[700] Wat is niet pluis?"): what the cache key covers.
  std::string Text() const;
  // Words the voice says, for the check that the audio's length fits the text.
  std::size_t WordCount() const;
};

// The silences after each kind of block, in milliseconds. A heading gets the longest: the listener
// hears a new part start, as a reader sees it.
constexpr int kPauseAfterHeadingMs = 700;
constexpr int kPauseAfterParagraphMs = 450;
constexpr int kPauseAfterListItemMs = 350;

// Every block as one spoken line; blocks with nothing to say are left out.
PreparedSpeech PrepareSpeech(const std::vector<SpeechBlock>& blocks, const Pronunciations& pronunciations);

// One block's text as the voice should say it, ending in a full stop or other closing sign so the
// voice's tone goes down at the end.
std::string PrepareLine(std::string_view text, const Pronunciations& pronunciations);

// "0800" -> "nul acht nul nul".
std::string SpellDigits(std::string_view digits);
// "AB" -> "aa bee": the Dutch names of the letters.
std::string SpellLetters(std::string_view letters);

}  // namespace nietpluis
