// The designs of the posters, the flyer and the card, and drawing them with cairo and pango.
#include "print/print_piece.h"

#include <cairo-pdf.h>

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
// text that fits one A size fits them all.
// A3 and A5 are A4 scaled only to a tenth of a millimetre, so the page's own size sets the backgrounds.
std::vector<PieceElement> PosterSide(double s, double width, double height, const PieceTexts& texts,
                                     const PieceColours& c) {
  auto mm = [s](double v) { return Mm(v * s); };
  const double margin = mm(15), inner = width - 2 * margin;
  const double column_x = margin + mm(68), column = width - margin - column_x;
  std::vector<PieceElement> e;
  e.push_back(Fill(0, 0, width, height, c.background));
  e.push_back(Fill(0, 0, width, mm(8), c.primary));
  e.push_back(Fill(0, height - mm(8), width, mm(8), c.primary));
  e.push_back(LogoBox{margin, mm(16), mm(90), mm(20)});
  TextBox headline = Text(TextRole::kHeadline, texts.headline, {60 * s, true, 0.95}, c.primary, margin, mm(42), inner, 3);
  headline.tag = "H1";
  e.push_back(headline);
  e.push_back(Following(Text(TextRole::kLines, texts.lines, {24 * s, false, 1.05}, c.text, margin, 0, inner, 4), mm(5)));
  e.push_back(QrBox{margin, mm(170), mm(60)});
  e.push_back(Text(TextRole::kCall, texts.call, {30 * s, true, 1.0}, c.primary, column_x, mm(171), column, 2));
  e.push_back(Following(Text(TextRole::kScanOrCall, texts.wording.scan_or_call, {22 * s}, c.text, column_x, 0, column, 1), mm(2)));
  e.push_back(Following(Text(TextRole::kPhone, texts.phone, {36 * s, true}, c.text, column_x, 0, column, 1), 0));
  e.push_back(Following(Text(TextRole::kPhoneHours, texts.phone_hours, {14 * s}, c.text, column_x, 0, column, 2), mm(1)));
  const std::string web_text = AfterLead(texts.wording.web_lead, texts.web_address);
  TextBox web = Text(TextRole::kWebAddress, web_text, {18 * s}, c.text, margin, mm(242), inner, 2);
  web.bold_from = web_text.size() - texts.web_address.size();
  e.push_back(web);
  e.push_back(FillBox{margin, mm(261), inner, mm(20), c.danger_background, mm(1.2), c.danger});
  TextBox danger = Text(TextRole::kDanger, texts.wording.danger, {26 * s, true, 1.0, true}, c.danger, margin, mm(261), inner, 1);
  danger.centre_in = mm(20);
  e.push_back(danger);
  return e;
}

// 85 x 55 mm, landscape. The front carries the message and a QR code as large as the card allows;
// the back, which people keep, the phone hours and the numbers for when the meldpunt is the wrong place.
std::vector<PieceElement> CardFront(const PieceTexts& texts, const PieceColours& c) {
  const double width = Mm(85), margin = Mm(4);
  const double qr = Mm(37), qr_x = width - margin - qr, column = qr_x - margin - Mm(2.5);
  std::vector<PieceElement> e;
  e.push_back(Fill(0, 0, width, Mm(55), c.background));
  e.push_back(Fill(0, 0, width, Mm(3), c.primary));
  e.push_back(QrBox{qr_x, Mm(5.5), qr});
  TextBox headline = Text(TextRole::kHeadline, texts.headline, {13, true, 0.95}, c.primary, margin, Mm(6), column, 4);
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
  e.push_back(Fill(0, 0, width, Mm(3), c.primary));
  e.push_back(LogoBox{margin, Mm(6), Mm(40), Mm(9)});
  e.push_back(Text(TextRole::kLines, texts.lines, {8.5, false, 1.0}, c.text, margin, Mm(17.5), inner, 3));
  TextBox phone = Text(TextRole::kPhone, AfterLead(texts.wording.phone_lead, texts.phone), {9, true}, c.text, margin, 0, inner, 1);
  e.push_back(Following(phone, Mm(1.5)));
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
  double bleed;
  double last_text_bottom = 0;

  // A background that touches the trim edge runs on into the bleed.
  void operator()(const FillBox& box) {
    double x0 = box.x, y0 = box.y, x1 = box.x + box.width, y1 = box.y + box.height;
    if (box.border == 0) {
      const double edge = 0.01;
      if (x0 <= edge) x0 -= bleed;
      if (y0 <= edge) y0 -= bleed;
      if (x1 >= design.width_pt - edge) x1 += bleed;
      if (y1 >= design.height_pt - edge) y1 += bleed;
    }
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
    pango_cairo_show_layout(cr, layout.get());
    cairo_tag_end(cr, box.tag);
    last_text_bottom = y + height;
  }

  void operator()(const QrBox& box) { qr.Draw(cr, box.x, box.y, box.side); }
  void operator()(const LogoBox& box) { logo.Draw(cr, box.x, box.y, box.max_width, box.max_height); }
};

void DrawSide(cairo_t* cr, const PieceDesign& design, int side, const Typesetter& typesetter, const QrCode& qr,
              const PrintLogo& logo, double bleed) {
  cairo_save(cr);
  cairo_translate(cr, bleed, bleed);
  Drawer drawer{cr, design, typesetter, qr, logo, bleed};
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

PieceDesign DesignPiece(PrintFormat format, const PieceTexts& texts, const PieceColours& colours) {
  const PrintFormatInfo& info = InfoOf(format);
  PieceDesign design{format, Mm(info.width_mm), Mm(info.height_mm), {}};
  switch (format) {
    case PrintFormat::kPosterA4: design.sides.push_back(PosterSide(1.0, design.width_pt, design.height_pt, texts, colours)); break;
    case PrintFormat::kPosterA3:
      design.sides.push_back(PosterSide(std::sqrt(2.0), design.width_pt, design.height_pt, texts, colours));
      break;
    case PrintFormat::kFlyerA5:
      design.sides.push_back(PosterSide(1.0 / std::sqrt(2.0), design.width_pt, design.height_pt, texts, colours));
      break;
    case PrintFormat::kCard:
      design.sides.push_back(CardFront(texts, colours));
      design.sides.push_back(CardBack(texts, colours));
      break;
  }
  return design;
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
                                   const QrCode& qr, const PrintLogo& logo, const PieceMetadata& metadata, bool bleed) {
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
      DrawSide(cr.get(), design, static_cast<int>(side), typesetter, qr, logo, margin);
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
  if (bleed) {
    additions.trim_box = PdfBox{margin, margin, margin + design.width_pt, margin + design.height_pt};
    additions.bleed_box = PdfBox{0, 0, page_width, page_height};
  }
  if (!AppendPdfUpdate(&pdf, additions)) return failed();
  return pdf;
}

std::string RenderPiecePreview(const PieceDesign& design, int side, int width_px, const Typesetter& typesetter,
                               const QrCode& qr, const PrintLogo& logo) {
  const double scale = width_px / design.width_pt;
  const int height_px = static_cast<int>(std::lround(design.height_pt * scale));
  CairoSurface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_px, height_px));
  Cairo cr(cairo_create(surface.get()));
  cairo_scale(cr.get(), scale, scale);
  DrawSide(cr.get(), design, side, typesetter, qr, logo, 0);
  cr.reset();
  return PngBytes(surface.get());
}

}  // namespace nietpluis
