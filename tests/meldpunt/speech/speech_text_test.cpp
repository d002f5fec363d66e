// Tests of the text preparation for speech: exact strings for numbers, postcodes, abbreviations,
// addresses, times, and the pauses of headings and list items.
#include "speech/speech_text.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace nietpluis {
namespace {

// The shipped list, as a municipality gets it.
const Pronunciations& Shipped() {
  static const Pronunciations list = [] {
    Diagnostics diagnostics;
    Result<Pronunciations> loaded =
        LoadPronunciations(Env::Default(), PronunciationsFile(testing::SourceDir() / "templates"), &diagnostics);
    REQUIRE(loaded.ok());
    return loaded.value();
  }();
  return list;
}

std::string Say(std::string_view text) { return PrepareLine(text, Shipped()); }

TEST_CASE("speech text: a phone number is said in its groups, digit by digit") {
  CHECK(Say("Bel 0800 1234") == "Bel nul acht nul nul, \xc3\xa9\xc3\xa9n twee drie vier.");
  CHECK(Say("Bel 0900-8844 als het geen spoed is.") ==
        "Bel nul negen nul nul, acht acht vier vier als het geen spoed is.");
  CHECK(Say("Bel 14 0123.") == "Bel \xc3\xa9\xc3\xa9n vier, nul \xc3\xa9\xc3\xa9n twee drie.");
  CHECK(Say("(020) 123 45 67") == "nul twee nul, \xc3\xa9\xc3\xa9n twee drie, vier vijf, zes zeven.");
  CHECK(Say("+31 20 1234567") == "plus drie \xc3\xa9\xc3\xa9n, twee nul, \xc3\xa9\xc3\xa9n twee drie vier vijf zes zeven.");
  CHECK(Say("0800-2000 (gratis, dag en nacht)") == "nul acht nul nul, twee nul nul nul (gratis, dag en nacht).");
}

TEST_CASE("speech text: emergency numbers digit by digit, other numbers left to the voice") {
  CHECK(Say("Direct gevaar? Bel 112") == "Direct gevaar? Bel \xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n twee.");
  CHECK(Say("Praat erover: bel 113.") == "Praat erover: bel \xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n drie.");
  CHECK(Say("In 2026 kwamen 1000 meldingen binnen.") == "In 2026 kwamen 1000 meldingen binnen.");
  CHECK(Say("Bel 0800 1234 2 keer") == "Bel nul acht nul nul, \xc3\xa9\xc3\xa9n twee drie vier 2 keer.");
  CHECK(Say("Kamer 1125") == "Kamer 1125.");
}

TEST_CASE("speech text: a postcode is said as digits and then its letters") {
  CHECK(Say("Kroonstraat 12, 1012 AB Voorbeeld") ==
        "Kroonstraat 12, \xc3\xa9\xc3\xa9n nul \xc3\xa9\xc3\xa9n twee, aa bee Voorbeeld.");
  CHECK(Say("postcode 1031CD") == "postcode \xc3\xa9\xc3\xa9n nul drie \xc3\xa9\xc3\xa9n, cee dee.");
  CHECK(Say("1012 ab is geen postcode") == "1012 ab is geen postcode.");
}

TEST_CASE("speech text: abbreviations from the list are spelled or written out") {
  CHECK(Say("Wij schrijven op taalniveau B1.") == "Wij schrijven op taalniveau bee \xc3\xa9\xc3\xa9n.");
  CHECK(Say("Bijv. de GGD of de wijkteams, o.a. voor de Wmo en de WMO.") ==
        "Bijvoorbeeld de gee gee dee of de wijkteams, onder andere voor de wee em oo en de wee em oo.");
  CHECK(Say("zoals bijv. een buurman") == "zoals bijvoorbeeld een buurman.");
  CHECK(Say("maandag t/m vrijdag") == "maandag tot en met vrijdag.");
  CHECK(Say("GGDX en B12 blijven") == "GGDX en B12 blijven.");
  CHECK(Say("50% & meer") == "50 procent en meer.");
}

TEST_CASE("speech text: web and e-mail addresses are said by their name, never their path") {
  CHECK(Say("Kijk op https://www.voorbeeld.nl/nietpluis/hoe-meld-ik/.") == "Kijk op voorbeeld punt nl.");
  CHECK(Say("zie www.voorbeeld.nl") == "zie voorbeeld punt nl.");
  CHECK(Say("Mail naar nietpluis@voorbeeld.nl.") == "Mail naar nietpluis apenstaartje voorbeeld punt nl.");
}

TEST_CASE("speech text: times after van, tot or om, or before uur, are said as hours") {
  CHECK(Say("van 8.30 tot 17.00 uur") == "van 8 uur 30 tot 17 uur.");
  CHECK(Say("om 9:15 uur") == "om 9 uur 15.");
  CHECK(Say("Het kost 2.50 euro") == "Het kost 2.50 euro.");
}

TEST_CASE("speech text: headings, paragraphs and list items each get a line with their pause") {
  const std::vector<SpeechBlock> blocks = {
      {SpeechBlockKind::kHeading, "Direct gevaar?"},
      {SpeechBlockKind::kParagraph, "Bel   112"},
      {SpeechBlockKind::kListItem, "Politie, geen spoed: 0900-8844"},
      {SpeechBlockKind::kListItem, "  "},
      {SpeechBlockKind::kListItem, "Veilig Thuis"},
  };
  const PreparedSpeech speech = PrepareSpeech(blocks, Shipped());
  CHECK(speech.lines == std::vector<SpokenLine>{
                            {"Direct gevaar?", kPauseAfterHeadingMs, ""},
                            {"Bel \xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n twee.", kPauseAfterParagraphMs, ""},
                            {"Politie, geen spoed: nul negen nul nul, acht acht vier vier.", kPauseAfterListItemMs, ""},
                            {"Veilig Thuis.", kPauseAfterListItemMs, ""},
                        });
  // Each line keeps its block as the page shows it, for following along; the empty block said nothing.
  std::vector<std::string> shown;
  for (const SpokenLine& line : speech.lines) shown.push_back(line.shown);
  CHECK(shown == std::vector<std::string>{"Direct gevaar?", "Bel   112", "Politie, geen spoed: 0900-8844", "Veilig Thuis"});
  CHECK(speech.Text() ==
        "[700] Direct gevaar?\n[450] Bel \xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n twee.\n"
        "[350] Politie, geen spoed: nul negen nul nul, acht acht vier vier.\n[350] Veilig Thuis.\n");
  CHECK(speech.WordCount() == 19);
  CHECK(PrepareSpeech({{SpeechBlockKind::kParagraph, " "}}, Shipped()).empty());
}

TEST_CASE("speech text: digits and letters by their Dutch names") {
  CHECK(SpellDigits("0123456789") == "nul \xc3\xa9\xc3\xa9n twee drie vier vijf zes zeven acht negen");
  CHECK(SpellLetters("AbQxYz") == "aa bee kuu iks ij zet");
}

}  // namespace
}  // namespace nietpluis
