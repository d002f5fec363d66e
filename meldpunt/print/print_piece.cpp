// The designs of the posters, the flyer and the card, and drawing them with cairo and pango.
#include "print/print_piece.h"

#include <cairo-pdf.h>

#include <algorithm>
#include <cmath>

#include "print/cairo_output.h"
#include "print/pdf_update.h"

namespace nietpluis {
namespace {

// "Of kijk op" and the address, with a space unless the lead was left empty.
std::string AfterLead(const std::string& lead, const std::string& text) { return lead.empty() ? text : lead + " " + text; }

double Mm(double mm) { return mm * kPointsPerMm; }

TextBox Text(TextRole role, std::string text, TextStyle style, Colour colour, double x, double y, double width,
             int max_lines) {
  TextBox box;
  box.role = role;
  box.text = std::move(text);
  box.style = style;
  box.colour = colour;
  box.x = x;
  box.y = y;
  box.width = width;
  box.max_lines = max_lines;
  return box;
}

TextBox Following(TextBox box, double gap) {
  box.follows = true;
  box.gap = gap;
  return box;
}

FillBox Fill(double x, double y, double width, double height, Colour colour) {
  return FillBox{x, y, width, height, colour, 0, colour};
}

// Posters and the flyer: one design on A4, scaled by `s` for A3 (sqrt 2) and A5 (1 / sqrt 2), so a
// text that fits one A size fits them all. A3 and A5 are A4 scaled only to a tenth of a millimetre,
// so the page's own size sets the backgrounds.
//
// Built from the foot up: the sender (logo and the meldpunt's name), the danger box, the web address
// and the row with the QR code and the call to action have their measured heights; the coloured
// field above takes the rest, with the headline and the lines at its foot and the campaign's picture
// (or, without one, a speech bubble) filling what the texts leave. So no band of the page stays empty
// whatever the length of the texts.
std::vector<PieceElement> PosterSide(double s, double width, double height, const PieceTexts& texts,
                                     const PieceColours& c, const Typesetter& t) {
  auto mm = [s](double v) { return Mm(v * s); };
  const double margin = mm(15), inner = width - 2 * margin;
  const bool picture = !texts.picture_alt.empty();
  std::vector<PieceElement> e;
  e.push_back(Fill(0, 0, width, height, c.background));

  const double footer_height = mm(13), footer_top = height - mm(11) - footer_height;
  const double sender_x = margin + mm(62);
  TextBox sender = Text(TextRole::kSender, texts.meldpunt, {15 * s, true, 1.0, false, true}, c.primary, sender_x,
                        footer_top, width - margin - sender_x, 2);
  sender.centre_in = footer_height;

  const double danger_height = mm(17), danger_top = footer_top - mm(9) - danger_height;
  const std::string web_text = AfterLead(texts.wording.web_lead, texts.web_address);
  TextBox web = Text(TextRole::kWebAddress, web_text, {18 * s}, c.text, margin, 0, inner, 2);
  web.bold_from = web_text.size() - texts.web_address.size();
  web.y = danger_top - mm(6) - t.Height(web.text, web.style, inner, web.bold_from);

  const double qr = mm(52), column_x = margin + qr + mm(8), column = width - margin - column_x;
  TextBox call = Text(TextRole::kCall, texts.call, {30 * s, true, 1.0}, c.primary, column_x, 0, column, 2);
  TextBox scan = Text(TextRole::kScanOrCall, texts.wording.scan_or_call, {20 * s}, c.text, column_x, 0, column, 1);
  TextBox phone = Text(TextRole::kPhone, texts.phone, {36 * s, true}, c.text, column_x, 0, column, 1);
  TextBox hours = Text(TextRole::kPhoneHours, texts.phone_hours, {14 * s}, c.text, column_x, 0, column, 2);
  const double call_gap = mm(2.5), hours_gap = mm(1);
  const double column_height = t.Height(call.text, call.style, column) + call_gap +
                               t.Height(scan.text, scan.style, column) + t.Height(phone.text, phone.style, column) +
                               hours_gap + t.Height(hours.text, hours.style, column);
  const double row_height = std::max(qr, column_height);
  const double row_top = web.y - mm(8) - row_height;
  call.y = row_top + (row_height - column_height) / 2;

  const double field_bottom = row_top - mm(11);
  e.push_back(Fill(0, 0, width, field_bottom, c.primary));
  TextBox headline = Text(TextRole::kHeadline, texts.headline, {60 * s, true, 0.95}, c.primary_text, margin, 0, inner,
                          picture ? 2 : 3);
  headline.tag = "H1";
  TextBox lines = Text(TextRole::kLines, texts.lines, {24 * s, false, 1.05}, c.primary_text, margin, 0, inner,
                       picture ? 3 : 4);
  lines.y = field_bottom - mm(11) - t.Height(lines.text, lines.style, inner);
  headline.y = lines.y - mm(6) - t.Height(headline.text, headline.style, inner);
  if (picture) {
    e.push_back(PictureBox{0, 0, width, headline.y - mm(10)});
  } else {
    // At the right, as large as the room above the headline allows (at most 60% of the width),
    // its tail just above the headline: the headline is what it says.
    const double top = mm(12), room = headline.y - mm(7) - top;
    const double bubble_height = std::min(room, inner * 0.6 / 1.3), bubble_width = bubble_height * 1.3;
    if (bubble_height > mm(20)) {
      e.push_back(BubbleBox{width - margin - bubble_width, top + room - bubble_height, bubble_width, bubble_height,
                            Mix(c.primary, c.primary_text, 0.16), c.primary});
    }
  }
  e.push_back(headline);
  e.push_back(lines);
  e.push_back(QrBox{margin, row_top + (row_height - qr) / 2, qr});
  e.push_back(call);
  e.push_back(Following(scan, call_gap));
  e.push_back(Following(phone, 0));
  e.push_back(Following(hours, hours_gap));
  e.push_back(web);
  e.push_back(FillBox{margin, danger_top, inner, danger_height, c.danger_background, mm(1.2), c.danger});
  TextBox danger = Text(TextRole::kDanger, texts.wording.danger, {26 * s, true, 1.0, true}, c.danger, margin, danger_top,
                        inner, 1);
  danger.centre_in = danger_height;
  e.push_back(danger);
  e.push_back(Fill(margin, footer_top - mm(4.5), inner, mm(0.5), Mix(c.primary, c.background, 0.6)));
  e.push_back(LogoBox{margin, footer_top, mm(55), footer_height});
  e.push_back(sender);
  return e;
}

// The top of the card, on both sides: a strip of the primary colour and under it the sender, so the
// card says who "ons" is even when it is found alone in a wallet. The sender's line starts 3 mm
// below the trim edge, where a cut cannot touch it.
constexpr double kCardSenderMm = 3.6;   // top of the sender's line
constexpr double kCardContentMm = 9.0;  // where the rest starts

void CardTop(std::vector<PieceElement>& e, const PieceTexts& texts, const PieceColours& c) {
  const double width = Mm(85), margin = Mm(4);
  e.push_back(Fill(0, 0, width, Mm(2.5), c.primary));
  e.push_back(Text(TextRole::kSender, texts.meldpunt, {7.5, true}, c.primary, margin, Mm(kCardSenderMm), width - 2 * margin, 1));
}

// 85 x 55 mm, landscape. The front carries the message and a QR code as large as the card allows;
// the back, which people keep, the phone hours and the numbers for when the meldpunt is the wrong place.
std::vector<PieceElement> CardFront(const PieceTexts& texts, const PieceColours& c) {
  const double width = Mm(85), margin = Mm(4), top = Mm(kCardContentMm);
  const double qr = Mm(44) - Mm(1.5) - top, qr_x = width - margin - qr, column = qr_x - margin - Mm(2.5);
  std::vector<PieceElement> e;
  e.push_back(Fill(0, 0, width, Mm(55), c.background));
  CardTop(e, texts, c);
  e.push_back(QrBox{qr_x, top, qr});
  TextBox headline = Text(TextRole::kHeadline, texts.headline, {13, true, 0.95}, c.primary, margin, top, column, 3);
  headline.tag = "H1";
  e.push_back(headline);
  e.push_back(Following(Text(TextRole::kCall, texts.call, {9, true}, c.primary, margin, 0, column, 1), Mm(1.5)));
  e.push_back(Following(Text(TextRole::kScanOrCall, texts.wording.scan_or_call, {8}, c.text, margin, 0, column, 1), Mm(0.3)));
  e.push_back(Following(Text(TextRole::kPhone, texts.phone, {12, true}, c.text, margin, 0, column, 1), 0));
  TextBox web = Text(TextRole::kWebAddress, texts.web_address, {8}, c.text, margin, Mm(44), width - 2 * margin, 1);
  web.bold_from = 0;
  e.push_back(web);
  e.push_back(Text(TextRole::kDanger, texts.wording.danger, {8, true}, c.danger, margin, Mm(48.3), width - 2 * margin, 1));
  return e;
}

std::vector<PieceElement> CardBack(const PieceTexts& texts, const PieceColours& c) {
  const double width = Mm(85), margin = Mm(4), inner = width - 2 * margin;
  std::vector<PieceElement> e;
  e.push_back(Fill(0, 0, width, Mm(55), c.background));
  CardTop(e, texts, c);
  e.push_back(LogoBox{margin, Mm(kCardContentMm), Mm(40), Mm(7.5)});
  e.push_back(Text(TextRole::kLines, texts.lines, {8.5, false, 1.0}, c.text, margin, Mm(18), inner, 3));
  TextBox phone = Text(TextRole::kPhone, AfterLead(texts.wording.phone_lead, texts.phone), {9, true}, c.text, margin, 0, inner, 1);
  e.push_back(Following(phone, Mm(1.2)));
  e.push_back(Following(Text(TextRole::kPhoneHours, texts.phone_hours, {7}, c.text, margin, 0, inner, 2), Mm(0.2)));
  const double box_y = Mm(40.5), padding = Mm(2);
  e.push_back(FillBox{margin, box_y, inner, Mm(11), c.danger_background, Mm(0.35), c.danger});
  e.push_back(Text(TextRole::kDanger, texts.wording.danger, {8, true}, c.danger, margin + padding, box_y + Mm(1), inner - 2 * padding, 1));
  e.push_back(Following(
      Text(TextRole::kOtherNumbers, texts.wording.other_numbers, {7, false, 0.95}, c.text, margin + padding, 0, inner - 2 * padding, 2),
      Mm(0.2)));
  return e;
}

void SetColour(cairo_t* cr, Colour colour) {
  cairo_set_source_rgb(cr, colour.red / 255.0, colour.green / 255.0, colour.blue / 255.0);
}

struct Drawer {
  cairo_t* cr;
  const PieceDesign& design;
  const Typesetter& typesetter;
  const QrCode& qr;
  const PrintLogo& logo;
  const PrintPicture* picture;
  double bleed;
  double last_text_bottom = 0;

  // A box that touches the trim edge runs on into the bleed.
  void Bleed(double& x0, double& y0, double& x1, double& y1) const {
    const double edge = 0.01;
    if (x0 <= edge) x0 -= bleed;
    if (y0 <= edge) y0 -= bleed;
    if (x1 >= design.width_pt - edge) x1 += bleed;
    if (y1 >= design.height_pt - edge) y1 += bleed;
  }

  // A background that touches the trim edge runs on into the bleed.
  void operator()(const FillBox& box) {
    double x0 = box.x, y0 = box.y, x1 = box.x + box.width, y1 = box.y + box.height;
    if (box.border == 0) Bleed(x0, y0, x1, y1);
    SetColour(cr, box.fill);
    cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0);
    cairo_fill(cr);
    if (box.border > 0) {
      SetColour(cr, box.border_colour);
      cairo_set_line_width(cr, box.border);
      const double half = box.border / 2;
      cairo_rectangle(cr, x0 + half, y0 + half, box.width - box.border, box.height - box.border);
      cairo_stroke(cr);
    }
  }

  void operator()(const TextBox& box) {
    GObjectPtr<PangoLayout> layout = typesetter.Layout(box.text, box.style, box.width, box.bold_from);
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    const double height = static_cast<double>(logical.height) / PANGO_SCALE;
    double y = box.follows ? last_text_bottom + box.gap : box.y;
    if (box.centre_in > 0) y += (box.centre_in - height) / 2;
    cairo_tag_begin(cr, box.tag, "");
    SetColour(cr, box.colour);
    cairo_move_to(cr, box.x, y);
    ShowLayout(cr, layout.get());
    cairo_tag_end(cr, box.tag);
    last_text_bottom = y + height;
  }

  void operator()(const QrBox& box) { qr.Draw(cr, box.x, box.y, box.side); }
  void operator()(const LogoBox& box) { logo.Draw(cr, box.x, box.y, box.max_width, box.max_height); }

  void operator()(const PictureBox& box) {
    if (!picture) return;
    double x0 = box.x, y0 = box.y, x1 = box.x + box.width, y1 = box.y + box.height;
    Bleed(x0, y0, x1, y1);
    cairo_tag_begin(cr, "Figure", "");
    picture->Draw(cr, x0, y0, x1 - x0, y1 - y0);
    cairo_tag_end(cr, "Figure");
  }

  void operator()(const BubbleBox& box) { DrawBubble(cr, box); }
};

void DrawSide(cairo_t* cr, const PieceDesign& design, int side, const Typesetter& typesetter, const QrCode& qr,
              const PrintLogo& logo, const PrintPicture* picture, double bleed) {
  cairo_save(cr);
  cairo_translate(cr, bleed, bleed);
  Drawer drawer{cr, design, typesetter, qr, logo, picture, bleed};
  for (const PieceElement& element : design.sides[static_cast<std::size_t>(side)]) std::visit(drawer, element);
  cairo_restore(cr);
}

// Marks in the corners of the bleed, on the lines of the trim edges, stopping short of the trim so
// nothing of them is left after cutting. A white edge keeps them visible on a dark background.
void DrawCropMarks(cairo_t* cr, double width, double height, double bleed) {
  const double gap = Mm(1);
  const double left = bleed, right = bleed + width, top = bleed, bottom = bleed + height;
  const double page_right = width + 2 * bleed, page_bottom = height + 2 * bleed;
  auto marks = [&] {
    for (double x : {left, right}) {
      cairo_move_to(cr, x, 0);
      cairo_line_to(cr, x, top - gap);
      cairo_move_to(cr, x, bottom + gap);
      cairo_line_to(cr, x, page_bottom);
    }
    for (double y : {top, bottom}) {
      cairo_move_to(cr, 0, y);
      cairo_line_to(cr, left - gap, y);
      cairo_move_to(cr, right + gap, y);
      cairo_line_to(cr, page_right, y);
    }
  };
  cairo_save(cr);
  cairo_set_line_width(cr, 0.75);
  cairo_set_source_rgb(cr, 1, 1, 1);
  marks();
  cairo_stroke(cr);
  cairo_set_line_width(cr, 0.25);
  cairo_set_source_rgb(cr, 0, 0, 0);
  marks();
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace

Colour Mix(Colour colour, Colour towards, double share) {
  auto mix = [share](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * share)); };
  return Colour{mix(colour.red, towards.red), mix(colour.green, towards.green), mix(colour.blue, towards.blue)};
}

// A rounded body with a tail at its lower left, and three dots: decoration, so no tag.
void DrawBubble(cairo_t* cr, const BubbleBox& box) {
  const double tail = box.height * 0.16, body = box.height - tail, r = body * 0.22;
  const double x = box.x, y = box.y, w = box.width;
  cairo_new_path(cr);
  cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
  cairo_arc(cr, x + w - r, y + body - r, r, 0, M_PI / 2);
  cairo_line_to(cr, x + w * 0.34, y + body);
  cairo_line_to(cr, x + w * 0.16, y + box.height);
  cairo_line_to(cr, x + w * 0.19, y + body);
  cairo_arc(cr, x + r, y + body - r, r, M_PI / 2, M_PI);
  cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
  cairo_close_path(cr);
  SetColour(cr, box.fill);
  cairo_fill(cr);
  SetColour(cr, box.dots);
  const double dot = body * 0.09;
  for (int i = -1; i <= 1; ++i) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w / 2 + i * dot * 3.2, y + body / 2, dot, 0, 2 * M_PI);
  }
  cairo_fill(cr);
}

PieceColours ColoursOf(const HouseStyle& style) {
  auto colour = [](const std::string& text, Colour fallback) { return ParseColour(text).value_or(fallback); };
  return PieceColours{colour(style.text, {27, 27, 27}),        colour(style.background, {255, 255, 255}),
                      colour(style.primary, {11, 74, 111}),     colour(style.primary_text, {255, 255, 255}),
                      colour(style.danger, {139, 26, 26}),      colour(style.danger_background, {255, 244, 244})};
}

PieceDesign DesignPiece(PrintFormat format, const PieceTexts& texts, const PieceColours& colours,
                        const Typesetter& typesetter) {
  const PrintFormatInfo& info = InfoOf(format);
  PieceDesign design{format, Mm(info.width_mm), Mm(info.height_mm), {}};
  switch (format) {
    case PrintFormat::kPosterA4: design.sides.push_back(PosterSide(1.0, design.width_pt, design.height_pt, texts, colours, typesetter)); break;
    case PrintFormat::kPosterA3:
      design.sides.push_back(PosterSide(std::sqrt(2.0), design.width_pt, design.height_pt, texts, colours, typesetter));
      break;
    case PrintFormat::kFlyerA5:
      design.sides.push_back(PosterSide(1.0 / std::sqrt(2.0), design.width_pt, design.height_pt, texts, colours, typesetter));
      break;
    case PrintFormat::kCard:
      design.sides.push_back(CardFront(texts, colours));
      design.sides.push_back(CardBack(texts, colours));
      break;
  }
  return design;
}

std::optional<PictureBox> PictureOf(const PieceDesign& design) {
  for (const PieceElement& element : design.sides.front()) {
    if (const auto* picture = std::get_if<PictureBox>(&element)) return *picture;
  }
  return std::nullopt;
}

std::vector<FitProblem> CheckFit(const PieceDesign& design, const Typesetter& typesetter) {
  std::vector<FitProblem> problems;
  for (const auto& side : design.sides) {
    for (const PieceElement& element : side) {
      const TextBox* box = std::get_if<TextBox>(&element);
      if (!box) continue;
      TextStyle style = box->style;
      if (auto missing = typesetter.MissingCharacter(box->text, style)) {
        problems.push_back(FitProblem{box->role, 0, 0, *missing});
        continue;
      }
      std::size_t over = typesetter.CharactersOver(box->text, style, box->width, box->max_lines, box->bold_from);
      if (over > 0) {
        std::size_t total = 0;
        for (char ch : box->text) total += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
        problems.push_back(FitProblem{box->role, over, total - over, ""});
      }
    }
  }
  return problems;
}

Result<std::string> RenderPiecePdf(const std::string& file, const PieceDesign& design, const Typesetter& typesetter,
                                   const QrCode& qr, const PrintLogo& logo, const PrintPicture* picture,
                                   const std::string& picture_alt, const PieceMetadata& metadata, bool bleed) {
  auto failed = [&file] {
    return Error(file, 0, "cairo kon deze PDF niet maken",
                 "probeer het opnieuw; gebeurt het weer, meld het dan als fout in Nietpluis");
  };
  const double margin = bleed ? Mm(kBleedMm) : 0;
  const double page_width = design.width_pt + 2 * margin, page_height = design.height_pt + 2 * margin;
  std::string pdf;
  {
    CairoSurface surface = PdfSurfaceInto(&pdf, page_width, page_height);
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, metadata.title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR, metadata.author.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_SUBJECT, metadata.subject.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Nietpluis");
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, metadata.created.c_str());
    Cairo cr(cairo_create(surface.get()));
    cairo_tag_begin(cr.get(), "Document", "");
    for (std::size_t side = 0; side < design.sides.size(); ++side) {
      DrawSide(cr.get(), design, static_cast<int>(side), typesetter, qr, logo, picture, margin);
      if (bleed) DrawCropMarks(cr.get(), design.width_pt, design.height_pt, margin);
      if (side + 1 < design.sides.size()) cairo_show_page(cr.get());
    }
    cairo_tag_end(cr.get(), "Document");
    cairo_show_page(cr.get());
    cr.reset();
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return failed();
  }
  PdfAdditions additions;
  additions.language = metadata.language;
  if (picture && PictureOf(design)) additions.figure_alts.push_back(picture_alt);
  if (bleed) {
    additions.trim_box = PdfBox{margin, margin, margin + design.width_pt, margin + design.height_pt};
    additions.bleed_box = PdfBox{0, 0, page_width, page_height};
  }
  if (!AppendPdfUpdate(&pdf, additions)) return failed();
  return pdf;
}

std::string RenderPiecePreview(const PieceDesign& design, int side, int width_px, const Typesetter& typesetter,
                               const QrCode& qr, const PrintLogo& logo, const PrintPicture* picture) {
  const double scale = width_px / design.width_pt;
  const int height_px = static_cast<int>(std::lround(design.height_pt * scale));
  CairoSurface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_px, height_px));
  Cairo cr(cairo_create(surface.get()));
  cairo_scale(cr.get(), scale, scale);
  DrawSide(cr.get(), design, side, typesetter, qr, logo, picture, 0);
  cr.reset();
  return PngBytes(surface.get());
}

}  // namespace nietpluis
