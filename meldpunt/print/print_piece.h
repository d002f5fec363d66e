// One piece of print material (a poster, a flyer, or a wallet card's front and back) designed as
// boxes of text, QR code and logo; checked to fit before anything is drawn; drawn onto a PDF or a
// preview image.
#pragma once

#include <cairo.h>

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/colour.h"
#include "base/status.h"
#include "config/site_config.h"
#include "content/print_format.h"
#include "print/print_logo.h"
#include "print/print_picture.h"
#include "print/print_type.h"
#include "print/qr_code.h"

namespace nietpluis {

// What every piece says whatever the campaign: the [drukwerk] texts of templates/teksten/ with the
// emergency numbers filled in. The site layer reads them and hands them in: print reads no text files.
struct PieceWording {
  std::string scan_or_call;   // beside the QR code: "Scan de code of bel"
  std::string web_lead;       // before the web address on posters and the flyer: "Of kijk op"
  std::string phone_lead;     // before the phone number on the card's back: "Bel"
  std::string danger;         // "Bij direct gevaar: bel 112"
  std::string other_numbers;  // the card's back: "Politie, geen spoed: 0900-8844. Geweld in huis: ..."
};

// Everything a piece says, from the campaign, site.toml and the wording.
struct PieceTexts {
  std::string meldpunt;  // the sender, so "Meld het ons" says who "ons" is
  std::string headline;
  std::string lines;  // the campaign's one or two lines, "\n" between them
  std::string call;   // the one call to action: "Meld het ons"
  std::string phone;
  std::string phone_hours;
  std::string web_address;  // as typed: "www.gemeente.nl/nietpluis"
  PieceWording wording;
  std::string picture_alt;  // what the campaign's picture shows; empty: the campaign has no picture
};

struct PieceColours {
  Colour text, background, primary, primary_text, danger, danger_background;
};

// `colour` moved towards `towards` by `share` (0..1): the speech bubble's tint.
Colour Mix(Colour colour, Colour towards, double share);

// The house style's colours of site.toml; a colour it lacks is the example's.
PieceColours ColoursOf(const HouseStyle& style);

// What a text box holds, so a message can say which text is too long.
enum class TextRole {
  kSender, kHeadline, kLines, kCall, kScanOrCall, kPhone, kPhoneHours, kWebAddress, kDanger, kOtherNumbers
};

struct TextBox {
  TextRole role = TextRole::kHeadline;
  std::string text;
  std::size_t bold_from = std::string::npos;  // byte from which the text is bold
  TextStyle style;
  Colour colour;
  double x = 0, y = 0, width = 0;  // points from the trim's top-left corner
  int max_lines = 1;
  bool follows = false;  // starts `gap` below the text before it instead of at y
  double gap = 0;
  double centre_in = 0;  // > 0: centred vertically in this height from y
  const char* tag = "P";  // PDF structure tag: H1 for the headline
};

struct FillBox {
  double x = 0, y = 0, width = 0, height = 0;
  Colour fill;
  double border = 0;  // width of a frame in `border_colour`; 0 for none
  Colour border_colour;
};

struct QrBox {
  double x = 0, y = 0, side = 0;
};

struct LogoBox {
  double x = 0, y = 0, max_width = 0, max_height = 0;
};

// The campaign's picture, filling the box (cut to it); tagged as a Figure with the alternative text.
struct PictureBox {
  double x = 0, y = 0, width = 0, height = 0;
};

// A speech bubble with three dots ("een praatje"): the poster's image when the campaign has none.
struct BubbleBox {
  double x = 0, y = 0, width = 0, height = 0;
  Colour fill, dots;
};

using PieceElement = std::variant<FillBox, TextBox, QrBox, LogoBox, PictureBox, BubbleBox>;

struct PieceDesign {
  PrintFormat format;
  double width_pt = 0, height_pt = 0;         // trim size
  std::vector<std::vector<PieceElement>> sides;  // drawn in order; one page per side
};

// The design of one format. Texts are measured with `typesetter`, so the coloured field (or the
// picture) takes whatever room the texts leave and no band of the page stays empty.
PieceDesign DesignPiece(PrintFormat format, const PieceTexts& texts, const PieceColours& colours,
                        const Typesetter& typesetter);

// The picture's box on the design's first side, if it has one.
std::optional<PictureBox> PictureOf(const PieceDesign& design);

struct FitProblem {
  TextRole role;
  std::size_t characters_over = 0;  // 0 when the problem is a missing character
  std::size_t characters_fitting = 0;
  std::string missing_character;
};

// Every text of the design that is too long for its box or holds a character the typeface lacks.
std::vector<FitProblem> CheckFit(const PieceDesign& design, const Typesetter& typesetter);

struct PieceMetadata {
  std::string title, author, subject, keywords, language;
  std::string created;  // ISO 8601, "2026-12-01T00:00:00"; fixed, so the same content gives the same bytes
};

// The whole piece as a tagged PDF, one page per side. With `bleed`, every page is 3 mm larger on each
// side, backgrounds run into that margin, crop marks sit in its corners and the trim and bleed boxes
// are set. `picture` is drawn in the design's PictureBox (null: the design has none); its
// `picture_alt` becomes the Figure's /Alt. An error naming `file` (as the user will find it) when
// cairo failed.
Result<std::string> RenderPiecePdf(const std::string& file, const PieceDesign& design, const Typesetter& typesetter,
                                   const QrCode& qr, const PrintLogo& logo, const PrintPicture* picture,
                                   const std::string& picture_alt, const PieceMetadata& metadata, bool bleed);

// One side as a PNG of `width_px` pixels wide, trimmed: what the reader will see.
std::string RenderPiecePreview(const PieceDesign& design, int side, int width_px, const Typesetter& typesetter,
                               const QrCode& qr, const PrintLogo& logo, const PrintPicture* picture);

// The speech bubble, also for the share images.
void DrawBubble(cairo_t* cr, const BubbleBox& box);

}  // namespace nietpluis
