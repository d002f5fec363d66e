// Unit tests for meldpunt/print_piece: every format's design keeps its boxes apart and inside the
// trim, long text is found, and the PDFs have the right size, embedded fonts, real text and metadata.
#include "print/print_piece.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <ostream>

#include "base/utf8.h"
#include "print/cairo_output.h"
#include "print_inspect.h"
#include "render/emergency_numbers.h"
#include "site/print_wording.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::TempDir;

struct Rect {
  double left, top, right, bottom;
  bool Overlaps(const Rect& o) const { return left < o.right && o.left < right && top < o.bottom && o.top < bottom; }
};

// The wording shipped in templates/teksten/, as the build gives it to print.
PieceWording ShippedWording() {
  auto numbers = LoadEmergencyNumbers(Env::Default(), EmergencyNumbersFile(testing::TemplatesDir()));
  REQUIRE(numbers.ok());
  auto wording = LoadPieceWording(Env::Default(), testing::TemplatesDir(), numbers.value());
  REQUIRE(wording.ok());
  return wording.value();
}

PieceTexts ExampleTexts() {
  return PieceTexts{"Meldpunt Niet Pluis Voorbeeld", "Ziet u iets wat niet pluis is?", "De gordijnen blijven dicht.\nWij gaan langs voor een praatje.",
                    "Meld het ons", "14 0123", "maandag tot en met vrijdag van 8.30 tot 17.00 uur",
                    "www.voorbeeld.nl/nietpluis/hoe-meld-ik", ShippedWording(), ""};
}

PieceColours ExampleColours() {
  return PieceColours{{27, 27, 27}, {255, 255, 255}, {11, 74, 111}, {255, 255, 255}, {139, 26, 26}, {255, 244, 244}};
}

std::shared_ptr<const PrintFonts> Fonts() {
  static auto fonts = PrintFonts::Load(testing::TemplatesDir(), testing::TemplatesDir() / "drukwerk/fonts");
  REQUIRE(fonts.ok());
  return fonts.value();
}

std::shared_ptr<PrintLogo> ExampleLogo() {
  std::string svg = testing::ReadText(testing::SourceDir() / "content/beeld/logo.svg");
  auto logo = PrintLogo::FromBytes(svg, ".svg", "content/site.toml", 1);
  REQUIRE(logo.ok());
  return logo.value();
}

// Where each text, QR code, logo, picture, bubble and coloured strip is, in design order. Texts are
// measured as laid out (the designs place them by their measured height); backgrounds from the
// top-left corner (the page, the coloured field, the card's band) and frames around text left out.
std::vector<std::pair<std::string, Rect>> Boxes(const std::vector<PieceElement>& side, const Typesetter& typesetter) {
  std::vector<std::pair<std::string, Rect>> boxes;
  double last_bottom = 0;
  for (const PieceElement& element : side) {
    if (const auto* text = std::get_if<TextBox>(&element)) {
      double top = text->follows ? last_bottom + text->gap : text->y;
      double height = text->centre_in > 0 ? text->centre_in : typesetter.Height(text->text, text->style, text->width, text->bold_from);
      last_bottom = top + height;
      boxes.push_back({"text: " + text->text, Rect{text->x, top, text->x + text->width, last_bottom}});
    } else if (const auto* qr = std::get_if<QrBox>(&element)) {
      boxes.push_back({"QR code", Rect{qr->x, qr->y, qr->x + qr->side, qr->y + qr->side}});
    } else if (const auto* logo = std::get_if<LogoBox>(&element)) {
      boxes.push_back({"logo", Rect{logo->x, logo->y, logo->x + logo->max_width, logo->y + logo->max_height}});
    } else if (const auto* picture = std::get_if<PictureBox>(&element)) {
      boxes.push_back({"strip", Rect{picture->x, picture->y, picture->x + picture->width, picture->y + picture->height}});
    } else if (const auto* bubble = std::get_if<BubbleBox>(&element)) {
      boxes.push_back({"bubble", Rect{bubble->x, bubble->y, bubble->x + bubble->width, bubble->y + bubble->height}});
    } else if (const auto* fill = std::get_if<FillBox>(&element)) {
      if (fill->border == 0 && !(fill->x == 0 && fill->y == 0)) {
        boxes.push_back({"strip", Rect{fill->x, fill->y, fill->x + fill->width, fill->y + fill->height}});
      }
    }
  }
  return boxes;
}

PieceTexts WithPicture(PieceTexts texts) {
  texts.picture_alt = "Een rij huizen.";
  return texts;
}

}  // namespace

TEST_CASE("no box of any design overlaps another, with or without a picture, and all stay 3 mm inside the trim",
          "[print][piece]") {
  Typesetter typesetter(Fonts());
  const double safe = 3 * kPointsPerMm;
  PieceTexts longest = ExampleTexts();  // as long as the posters take: three lines of headline, four of text
  longest.headline = "Ziet u iets wat niet pluis is bij de buren?";
  longest.lines = "De gordijnen blijven dicht. De post stapelt op.\nGeef het door. Wij gaan langs voor een praatje.";
  for (const PieceTexts& texts : {ExampleTexts(), WithPicture(ExampleTexts()), longest}) for (const PrintFormatInfo& info : AllPrintFormats()) {
    PieceDesign design = DesignPiece(info.format, texts, ExampleColours(), typesetter);
    CHECK(design.sides.size() == static_cast<std::size_t>(info.pages));
    CHECK(CheckFit(design, typesetter).empty());
    for (std::size_t s = 0; s < design.sides.size(); ++s) {
      auto boxes = Boxes(design.sides[s], typesetter);
      for (std::size_t i = 0; i < boxes.size(); ++i) {
        CAPTURE(info.key, s, boxes[i].first);
        const Rect& r = boxes[i].second;
        if (boxes[i].first != "strip") {
          CHECK(r.left >= safe - 0.01);
          CHECK(r.top >= safe - 0.01);
          CHECK(r.right <= design.width_pt - safe + 0.01);
          CHECK(r.bottom <= design.height_pt - safe + 0.01);
        }
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
          CAPTURE(boxes[j].first);
          CAPTURE(r.top / kPointsPerMm, r.bottom / kPointsPerMm, boxes[j].second.top / kPointsPerMm);  // in mm
          CHECK_FALSE(r.Overlaps(boxes[j].second));
        }
      }
    }
  }
}

TEST_CASE("every side starts with a background exactly the page's size, so it runs into the bleed everywhere",
          "[print][piece]") {
  Typesetter typesetter(Fonts());
  for (const PrintFormatInfo& info : AllPrintFormats()) {
    PieceDesign design = DesignPiece(info.format, ExampleTexts(), ExampleColours(), typesetter);
    CHECK(design.width_pt == Approx(info.width_mm * kPointsPerMm));
    for (const auto& side : design.sides) {
      CAPTURE(info.key);
      const auto* background = std::get_if<FillBox>(&side.front());
      REQUIRE(background);
      CHECK(background->x == 0);
      CHECK(background->y == 0);
      CHECK(background->width == design.width_pt);
      CHECK(background->height == design.height_pt);
    }
  }
}

TEST_CASE("the QR code is at least 2.5 cm on A4 and the largest square the card's front allows", "[print][piece]") {
  Typesetter typesetter(Fonts());
  auto qr_side = [&typesetter](PrintFormat format) {
    PieceDesign design = DesignPiece(format, ExampleTexts(), ExampleColours(), typesetter);
    for (const PieceElement& element : design.sides[0]) {
      if (const auto* qr = std::get_if<QrBox>(&element)) return qr->side / kPointsPerMm;
    }
    return 0.0;
  };
  CHECK(qr_side(PrintFormat::kPosterA4) >= 25);
  CHECK(qr_side(PrintFormat::kFlyerA5) >= 25);
  CHECK(qr_side(PrintFormat::kPosterA3) > qr_side(PrintFormat::kPosterA4));
  // Below the sender's line (9 mm from the top), above the web address at 44 mm with 1.5 mm space:
  // 33.5 mm at most, and it is.
  CHECK(qr_side(PrintFormat::kCard) == Approx(33.5));
}

TEST_CASE("the example texts fit every format; a long headline is over by a count of characters", "[print][piece]") {
  Typesetter typesetter(Fonts());
  for (const PrintFormatInfo& info : AllPrintFormats()) {
    CAPTURE(info.key);
    CHECK(CheckFit(DesignPiece(info.format, ExampleTexts(), ExampleColours(), typesetter), typesetter).empty());
  }
  PieceTexts long_texts = ExampleTexts();
  long_texts.headline = "Ziet u iets wat niet pluis is bij de buren, in de straat of in uw flat? Bel ons dan gerust op.";
  auto problems = CheckFit(DesignPiece(PrintFormat::kCard, long_texts, ExampleColours(), typesetter), typesetter);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].role == TextRole::kHeadline);
  CHECK(problems[0].characters_over > 10);
  CHECK(problems[0].characters_over + problems[0].characters_fitting == CountCharacters(long_texts.headline));
  long_texts.headline = "Bel ☎";
  problems = CheckFit(DesignPiece(PrintFormat::kPosterA4, long_texts, ExampleColours(), typesetter), typesetter);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].missing_character == "☎");
}

TEST_CASE("every format's PDF has its page size, embedded fonts, real text, title and language", "[print][piece]") {
  Typesetter typesetter(Fonts());
  auto logo = ExampleLogo();
  auto qr = QrCode::Encode("https://www.voorbeeld.nl/nietpluis/hoe-meld-ik/?bron=huisarts-centrum");
  REQUIRE(qr);
  TempDir dir;
  struct Expected {
    PrintFormat format;
    double width, height;
    int pages;
  };
  for (Expected expected : {Expected{PrintFormat::kPosterA4, 595.276, 841.89, 1}, Expected{PrintFormat::kPosterA3, 841.89, 1190.55, 1},
                            Expected{PrintFormat::kFlyerA5, 419.528, 595.276, 1}, Expected{PrintFormat::kCard, 240.945, 155.906, 2}}) {
    for (bool bleed : {false, true}) {
      const std::string key = InfoOf(expected.format).key;
      CAPTURE(key, bleed);
      PieceMetadata metadata{"Ziet u iets? (" + key + ")", "Meldpunt Proef", "Winter", "bron=huisarts-centrum", "nl",
                             "2026-12-01T00:00:00"};
      PieceDesign design = DesignPiece(expected.format, ExampleTexts(), ExampleColours(), typesetter);
      const std::filesystem::path pdf = dir / (key + (bleed ? "-afloop" : "") + ".pdf");
      Result<std::string> rendered =
          RenderPiecePdf(pdf.string(), design, typesetter, *qr, *logo, nullptr, "", metadata, bleed);
      REQUIRE(rendered.ok());
      const std::string& bytes = rendered.value();
      REQUIRE_FALSE(bytes.empty());
      testing::WriteText(pdf, bytes);

      auto info = testing::RunPdfInfo(pdf, "-box -f 1 -l 1");
      CHECK(info.errors == "");
      auto size = testing::PageSize(info);
      REQUIRE(size);
      const double grow = bleed ? 2 * 3 * kPointsPerMm : 0;  // 17.008 pt
      CHECK(size->width == Approx(expected.width + grow).margin(0.01));
      CHECK(size->height == Approx(expected.height + grow).margin(0.01));
      CHECK(info.out.find("Pages:           " + std::to_string(expected.pages) + "\n") != std::string::npos);
      CHECK(info.out.find("Title:           Ziet u iets? (" + key + ")\n") != std::string::npos);
      CHECK(info.out.find("Author:          Meldpunt Proef\n") != std::string::npos);
      CHECK(info.out.find("Tagged:          yes\n") != std::string::npos);
      CHECK(info.out.find("CreationDate:    Tue Dec  1 00:00:00 2026 UTC\n") != std::string::npos);
      std::vector<double> trim = testing::PageBox(info, 1, "TrimBox");
      REQUIRE(trim.size() == 4);
      const double b = bleed ? 3 * kPointsPerMm : 0;
      CHECK(trim[0] == Approx(b).margin(0.01));
      CHECK(trim[2] == Approx(expected.width + b).margin(0.01));
      CHECK(bytes.find("/Lang (nl)") != std::string::npos);

      auto fonts = testing::PdfFonts(pdf);
      CHECK(fonts.size() >= 2);
      for (const auto& font : fonts) {
        CAPTURE(font.name);
        CHECK(font.embedded);
      }
      CHECK(std::any_of(fonts.begin(), fonts.end(), [](const auto& f) { return f.name.find("AtkinsonHyperlegible-Bold") != std::string::npos; }));

      std::string text = testing::PdfText(pdf);
      // The headline wraps; pdftotext gives its lines one by one.
      std::string flat = text;
      std::replace(flat.begin(), flat.end(), '\n', ' ');
      CHECK(flat.find("Ziet u iets wat niet pluis is?") != std::string::npos);
      CHECK(flat.find("Meldpunt Niet Pluis Voorbeeld") != std::string::npos);
      CHECK(text.find("14 0123") != std::string::npos);
      CHECK(text.find("www.voorbeeld.nl/nietpluis/hoe-meld-ik") != std::string::npos);
      CHECK(text.find("Bij direct gevaar: bel 112") != std::string::npos);
      CHECK(text.find("Meld het ons") != std::string::npos);
    }
  }
}

// The texts a design puts in its boxes, in order, with where bold starts; for comparing wording.
static std::vector<std::string> BoxTexts(const PieceDesign& design) {
  std::vector<std::string> texts;
  for (const auto& side : design.sides) {
    for (const PieceElement& element : side) {
      const auto* box = std::get_if<TextBox>(&element);
      if (!box) continue;
      std::string text = box->text;
      if (box->bold_from != std::string::npos) text.insert(box->bold_from, "**");
      texts.push_back(text);
    }
  }
  return texts;
}

TEST_CASE("the fixed wording reaches the poster's and the card's boxes as it always read", "[print][piece]") {
  Typesetter typesetter(Fonts());
  const PieceTexts texts = ExampleTexts();
  CHECK(BoxTexts(DesignPiece(PrintFormat::kPosterA4, texts, ExampleColours(), typesetter)) ==
        std::vector<std::string>{texts.headline, texts.lines, "Meld het ons", "Scan de code of bel", "14 0123",
                                 texts.phone_hours, "Of kijk op **www.voorbeeld.nl/nietpluis/hoe-meld-ik",
                                 "Bij direct gevaar: bel 112", "Meldpunt Niet Pluis Voorbeeld"});
  CHECK(BoxTexts(DesignPiece(PrintFormat::kCard, texts, ExampleColours(), typesetter)) ==
        std::vector<std::string>{"Meldpunt Niet Pluis Voorbeeld", texts.headline, "Meld het ons", "Scan de code of bel",
                                 "14 0123", "**www.voorbeeld.nl/nietpluis/hoe-meld-ik", "Bij direct gevaar: bel 112",
                                 "Meldpunt Niet Pluis Voorbeeld", texts.lines,
                                 "Bel 14 0123", texts.phone_hours, "Bij direct gevaar: bel 112",
                                 "Politie, geen spoed: 0900-8844. Geweld in huis: Veilig Thuis 0800-2000. Iemand erg "
                                 "in de war: 0800-1205."});
}

TEST_CASE("a preview is the trimmed piece at the asked width", "[print][piece]") {
  Typesetter typesetter(Fonts());
  auto logo = ExampleLogo();
  auto qr = QrCode::Encode("https://www.voorbeeld.nl/?bron=x");
  REQUIRE(qr);
  PieceDesign card = DesignPiece(PrintFormat::kCard, ExampleTexts(), ExampleColours(), typesetter);
  TempDir dir;
  testing::WriteText(dir / "achter.png", RenderPiecePreview(card, 1, 420, typesetter, *qr, *logo, nullptr));
  CairoSurface png(cairo_image_surface_create_from_png((dir / "achter.png").c_str()));
  REQUIRE(cairo_surface_status(png.get()) == CAIRO_STATUS_SUCCESS);
  CHECK(cairo_image_surface_get_width(png.get()) == 420);
  CHECK(cairo_image_surface_get_height(png.get()) == 272);  // 420 * 55 / 85
}

}  // namespace nietpluis

namespace nietpluis {
namespace {

// The texts of a design's boxes as a reader of the PDF should get them: a line break is a space.
std::vector<testing::PdfTagged> ExpectedStructure(const PieceDesign& design) {
  std::vector<testing::PdfTagged> expected;
  for (const auto& side : design.sides) {
    for (const PieceElement& element : side) {
      const auto* box = std::get_if<TextBox>(&element);
      if (!box) continue;
      std::string text = box->text;
      std::replace(text.begin(), text.end(), '\n', ' ');
      expected.push_back(testing::PdfTagged{box->tag, text});
    }
  }
  return expected;
}

// A picture of `width` x `height` pixels as PNG bytes: a gradient, so it compresses like a photo would not.
std::string PngPicture(int width, int height) {
  CairoSurface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height));
  Cairo cr(cairo_create(surface.get()));
  cairo_pattern_t* gradient = cairo_pattern_create_linear(0, 0, width, height);
  cairo_pattern_add_color_stop_rgb(gradient, 0, 0.8, 0.9, 0.95);
  cairo_pattern_add_color_stop_rgb(gradient, 1, 0.6, 0.3, 0.2);
  cairo_set_source(cr.get(), gradient);
  cairo_paint(cr.get());
  cairo_pattern_destroy(gradient);
  cr.reset();
  return PngBytes(surface.get());
}

// The first /Alt of `pdf`, UTF-16BE in hex as pdf_update writes it, back in UTF-8 (no surrogates).
std::string AltText(const std::string& pdf) {
  std::size_t at = pdf.find("/Alt <FEFF");
  if (at == std::string::npos) return "";
  std::string text;
  for (std::size_t i = at + 10; i + 4 <= pdf.size() && pdf[i] != '>'; i += 4) {
    const unsigned code = static_cast<unsigned>(std::stoul(pdf.substr(i, 4), nullptr, 16));
    if (code < 0x80) {
      text += static_cast<char>(code);
    } else if (code < 0x800) {
      text += static_cast<char>(0xC0 | (code >> 6));
      text += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      text += static_cast<char>(0xE0 | (code >> 12));
      text += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      text += static_cast<char>(0x80 | (code & 0x3F));
    }
  }
  return text;
}

}  // namespace

TEST_CASE("the PDF's structure tree holds every text whole: the wrapped headline in its H1, a paragraph's lines "
          "joined by a space",
          "[print][piece]") {
  Typesetter typesetter(Fonts());
  auto logo = ExampleLogo();
  auto qr = QrCode::Encode("https://www.voorbeeld.nl/nietpluis/?bron=x");
  REQUIRE(qr);
  TempDir dir;
  PieceTexts texts = ExampleTexts();
  texts.lines = "De post stapelt op.\nGeef het door.";
  for (const PrintFormatInfo& info : AllPrintFormats()) {
    CAPTURE(info.key);
    PieceDesign design = DesignPiece(info.format, texts, ExampleColours(), typesetter);
    PieceMetadata metadata{"Proef", "Meldpunt Proef", "Proef", "", "nl", "2026-12-01T00:00:00"};
    auto pdf = RenderPiecePdf("proef.pdf", design, typesetter, *qr, *logo, nullptr, "", metadata, false);
    REQUIRE(pdf.ok());
    const std::filesystem::path file = dir / (std::string(info.key) + ".pdf");
    testing::WriteText(file, pdf.value());
    std::vector<testing::PdfTagged> structure = testing::PdfStructText(file);
    CHECK(structure == ExpectedStructure(design));
    // The headline wraps on every format, so this is the case that read "Ziet u iets wat" before.
    REQUIRE_FALSE(structure.empty());
    CHECK(std::count_if(structure.begin(), structure.end(), [&](const auto& t) {
            return t.tag == "H1" && t.text == "Ziet u iets wat niet pluis is?";
          }) == 1);
    CHECK(std::any_of(structure.begin(), structure.end(),
                      [](const auto& t) { return t.text == "De post stapelt op. Geef het door."; }));
  }
}

TEST_CASE("a PNG picture is embedded in the poster's PDF at its own pixels and tagged as a Figure with its alt text",
          "[print][piece]") {
  Typesetter typesetter(Fonts());
  auto logo = ExampleLogo();
  auto qr = QrCode::Encode("https://www.voorbeeld.nl/nietpluis/?bron=x");
  REQUIRE(qr);
  auto picture = PrintPicture::FromBytes(PngPicture(1800, 700), ".png", "beeld/straat.png", "winter.toml", 9);
  REQUIRE(picture.ok());
  PieceTexts texts = ExampleTexts();
  texts.picture_alt = "Eén rij huizen; bij één huis zijn de gordijnen dicht.";
  PieceDesign design = DesignPiece(PrintFormat::kPosterA4, texts, ExampleColours(), typesetter);
  auto box = PictureOf(design);
  REQUIRE(box);
  // Across the whole page, from the top, as high as the texts leave room for: at least a fifth of A4.
  CHECK(box->width == Approx(design.width_pt));
  CHECK(box->height > design.height_pt / 5);
  REQUIRE(picture.value()->DpiFilling(box->width, box->height));
  CHECK(*picture.value()->DpiFilling(box->width, box->height) >= kPictureMinimumDpi);
  PieceMetadata metadata{"Proef", "Meldpunt Proef", "Proef", "", "nl", "2026-12-01T00:00:00"};
  auto pdf = RenderPiecePdf("proef.pdf", design, typesetter, *qr, *logo, picture.value().get(), texts.picture_alt,
                            metadata, true);
  REQUIRE(pdf.ok());
  TempDir dir;
  testing::WriteText(dir / "a4.pdf", pdf.value());
  auto images = testing::PdfImages(dir / "a4.pdf");
  REQUIRE(images.size() == 1);
  CHECK(images[0].width == 1800);
  CHECK(images[0].height == 700);
  CHECK(testing::RunPdfInfo(dir / "a4.pdf", "-struct").out.find("Figure") != std::string::npos);
  CHECK(AltText(pdf.value()) == texts.picture_alt);
  // The preview shows it too: the top-left corner is the picture's light blue, not the primary colour.
  std::string preview_bytes = RenderPiecePreview(design, 0, 200, typesetter, *qr, *logo, picture.value().get());
  CairoSurface preview(cairo_image_surface_create_from_png_stream(
      [](void* closure, unsigned char* data, unsigned int length) {
        auto* bytes = static_cast<std::string*>(closure);
        if (bytes->size() < length) return CAIRO_STATUS_READ_ERROR;
        std::copy(bytes->begin(), bytes->begin() + length, data);
        bytes->erase(0, length);
        return CAIRO_STATUS_SUCCESS;
      },
      &preview_bytes));
  REQUIRE(cairo_surface_status(preview.get()) == CAIRO_STATUS_SUCCESS);
  const std::uint32_t corner = *reinterpret_cast<const std::uint32_t*>(cairo_image_surface_get_data(preview.get()));
  CHECK(((corner >> 16) & 0xFF) > 150);  // red of the picture's light corner; the primary colour has 11
}

TEST_CASE("a JPEG picture goes into the PDF as the JPEG it is", "[print][piece]") {
  Typesetter typesetter(Fonts());
  auto logo = ExampleLogo();
  auto qr = QrCode::Encode("https://www.voorbeeld.nl/nietpluis/?bron=x");
  REQUIRE(qr);
  TempDir dir;
  // A real JPEG, made by poppler from a page.
  testing::WriteText(dir / "bron.png", PngPicture(1900, 800));
  {
    auto png = PrintPicture::FromBytes(testing::ReadText(dir / "bron.png"), ".png", "bron.png", "x.toml", 1);
    REQUIRE(png.ok());
  }
  PieceDesign source = DesignPiece(PrintFormat::kPosterA4, ExampleTexts(), ExampleColours(), typesetter);
  PieceMetadata metadata{"Proef", "Meldpunt Proef", "Proef", "", "nl", "2026-12-01T00:00:00"};
  auto page = RenderPiecePdf("bron.pdf", source, typesetter, *qr, *logo, nullptr, "", metadata, false);
  REQUIRE(page.ok());
  testing::WriteText(dir / "bron.pdf", page.value());
  testing::Run("pdftoppm -jpeg -r 200 -singlefile " + testing::Quote((dir / "bron.pdf").string()) + " " +
               testing::Quote((dir / "foto").string()));
  auto picture = PrintPicture::FromBytes(testing::ReadText(dir / "foto.jpg"), ".JPG", "foto.jpg", "x.toml", 1);
  REQUIRE(picture.ok());
  CHECK(picture.value()->width() == 1654);  // 210 mm at 200 dpi
  PieceTexts texts = WithPicture(ExampleTexts());
  PieceDesign design = DesignPiece(PrintFormat::kFlyerA5, texts, ExampleColours(), typesetter);
  auto pdf = RenderPiecePdf("a5.pdf", design, typesetter, *qr, *logo, picture.value().get(), texts.picture_alt, metadata,
                            false);
  REQUIRE(pdf.ok());
  testing::WriteText(dir / "a5.pdf", pdf.value());
  auto images = testing::PdfImages(dir / "a5.pdf");
  REQUIRE(images.size() == 1);
  CHECK(images[0].encoding == "jpeg");
  CHECK(images[0].width == 1654);

  auto broken = PrintPicture::FromBytes("\xff\xd8\xff\xe0 niet echt", ".jpg", "beeld/kapot.jpg", "x.toml", 7);
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().problem.rfind("het beeld 'beeld/kapot.jpg' kan niet op het drukwerk (geen geldige JPEG: ", 0) == 0);
  auto gif = PrintPicture::FromBytes("GIF89a", ".gif", "beeld/x.gif", "x.toml", 7);
  REQUIRE_FALSE(gif.ok());
  Diagnostics messages;
  messages.Add(gif.error());
  CHECK(testing::Messages(messages) ==
        std::vector<std::string>{"x.toml:7: een beeld van het type .gif kan niet op het drukwerk; gebruik een SVG-bestand "
                                 "(het beste voor drukwerk), een PNG- of een JPEG-bestand"});
}

}  // namespace nietpluis
