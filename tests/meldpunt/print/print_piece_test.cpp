// Unit tests for meldpunt/print_piece: every format's design keeps its boxes apart and inside the
// trim, long text is found, and the PDFs have the right size, embedded fonts, real text and metadata.
#include "print/print_piece.h"

#include <catch2/catch.hpp>

#include <cmath>

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
  return PieceTexts{"Ziet u iets wat niet pluis is?", "De gordijnen blijven dicht.\nWij gaan langs voor een praatje.",
                    "Meld het ons", "14 0123", "maandag tot en met vrijdag van 8.30 tot 17.00 uur",
                    "www.voorbeeld.nl/nietpluis/hoe-meld-ik", ShippedWording()};
}

PieceColours ExampleColours() {
  return PieceColours{{27, 27, 27}, {255, 255, 255}, {11, 74, 111}, {139, 26, 26}, {255, 244, 244}};
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

// Where each text, QR code, logo and coloured strip may be at its largest, in design order; the page's
// background and the frames around text left out.
std::vector<std::pair<std::string, Rect>> LargestBoxes(const PieceDesign& design, const std::vector<PieceElement>& side,
                                                       const Typesetter& typesetter) {
  std::vector<std::pair<std::string, Rect>> boxes;
  double last_bottom = 0;
  for (const PieceElement& element : side) {
    if (const auto* text = std::get_if<TextBox>(&element)) {
      double top = text->follows ? last_bottom + text->gap : text->y;
      double height = text->centre_in > 0 ? text->centre_in : typesetter.HeightOfLines(text->style, text->max_lines);
      last_bottom = top + height;
      boxes.push_back({"text: " + text->text, Rect{text->x, top, text->x + text->width, last_bottom}});
    } else if (const auto* qr = std::get_if<QrBox>(&element)) {
      boxes.push_back({"QR code", Rect{qr->x, qr->y, qr->x + qr->side, qr->y + qr->side}});
    } else if (const auto* logo = std::get_if<LogoBox>(&element)) {
      boxes.push_back({"logo", Rect{logo->x, logo->y, logo->x + logo->max_width, logo->y + logo->max_height}});
    } else if (const auto* fill = std::get_if<FillBox>(&element)) {
      const bool whole_page = fill->width >= design.width_pt && fill->height >= design.height_pt;
      if (fill->border == 0 && !whole_page) {
        boxes.push_back({"strip", Rect{fill->x, fill->y, fill->x + fill->width, fill->y + fill->height}});
      }
    }
  }
  return boxes;
}

}  // namespace

TEST_CASE("no box of any design overlaps another at its largest, and all stay 3 mm inside the trim", "[print][piece]") {
  Typesetter typesetter(Fonts());
  const double safe = 3 * kPointsPerMm;
  for (const PrintFormatInfo& info : AllPrintFormats()) {
    PieceDesign design = DesignPiece(info.format, ExampleTexts(), ExampleColours());
    CHECK(design.sides.size() == static_cast<std::size_t>(info.pages));
    for (std::size_t s = 0; s < design.sides.size(); ++s) {
      auto boxes = LargestBoxes(design, design.sides[s], typesetter);
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
  for (const PrintFormatInfo& info : AllPrintFormats()) {
    PieceDesign design = DesignPiece(info.format, ExampleTexts(), ExampleColours());
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
  auto qr_side = [](PrintFormat format) {
    PieceDesign design = DesignPiece(format, ExampleTexts(), ExampleColours());
    for (const PieceElement& element : design.sides[0]) {
      if (const auto* qr = std::get_if<QrBox>(&element)) return qr->side / kPointsPerMm;
    }
    return 0.0;
  };
  CHECK(qr_side(PrintFormat::kPosterA4) >= 25);
  CHECK(qr_side(PrintFormat::kFlyerA5) >= 25);
  CHECK(qr_side(PrintFormat::kPosterA3) > qr_side(PrintFormat::kPosterA4));
  // 55 mm high, 3 mm strip and 2.5 mm space above, 3 mm safe margin below: 37 mm at most, and it is 37.
  CHECK(qr_side(PrintFormat::kCard) == Approx(37));
}

TEST_CASE("the example texts fit every format; a long headline is over by a count of characters", "[print][piece]") {
  Typesetter typesetter(Fonts());
  for (const PrintFormatInfo& info : AllPrintFormats()) {
    CAPTURE(info.key);
    CHECK(CheckFit(DesignPiece(info.format, ExampleTexts(), ExampleColours()), typesetter).empty());
  }
  PieceTexts long_texts = ExampleTexts();
  long_texts.headline = "Ziet u iets wat niet pluis is bij de buren, in de straat of in uw flat? Bel ons dan gerust op.";
  auto problems = CheckFit(DesignPiece(PrintFormat::kCard, long_texts, ExampleColours()), typesetter);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].role == TextRole::kHeadline);
  CHECK(problems[0].characters_over > 10);
  CHECK(problems[0].characters_over + problems[0].characters_fitting == CountCharacters(long_texts.headline));
  long_texts.headline = "Bel ☎";
  problems = CheckFit(DesignPiece(PrintFormat::kPosterA4, long_texts, ExampleColours()), typesetter);
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
      PieceDesign design = DesignPiece(expected.format, ExampleTexts(), ExampleColours());
      const std::filesystem::path pdf = dir / (key + (bleed ? "-afloop" : "") + ".pdf");
      Result<std::string> rendered = RenderPiecePdf(pdf.string(), design, typesetter, *qr, *logo, metadata, bleed);
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
  const PieceTexts texts = ExampleTexts();
  CHECK(BoxTexts(DesignPiece(PrintFormat::kPosterA4, texts, ExampleColours())) ==
        std::vector<std::string>{texts.headline, texts.lines, "Meld het ons", "Scan de code of bel", "14 0123",
                                 texts.phone_hours, "Of kijk op **www.voorbeeld.nl/nietpluis/hoe-meld-ik",
                                 "Bij direct gevaar: bel 112"});
  CHECK(BoxTexts(DesignPiece(PrintFormat::kCard, texts, ExampleColours())) ==
        std::vector<std::string>{texts.headline, "Meld het ons", "Scan de code of bel", "14 0123",
                                 "**www.voorbeeld.nl/nietpluis/hoe-meld-ik", "Bij direct gevaar: bel 112", texts.lines,
                                 "Bel 14 0123", texts.phone_hours, "Bij direct gevaar: bel 112",
                                 "Politie, geen spoed: 0900-8844. Geweld in huis: Veilig Thuis 0800-2000. Iemand erg "
                                 "in de war: 0800-1205."});
}

TEST_CASE("a preview is the trimmed piece at the asked width", "[print][piece]") {
  Typesetter typesetter(Fonts());
  auto logo = ExampleLogo();
  auto qr = QrCode::Encode("https://www.voorbeeld.nl/?bron=x");
  REQUIRE(qr);
  PieceDesign card = DesignPiece(PrintFormat::kCard, ExampleTexts(), ExampleColours());
  TempDir dir;
  testing::WriteText(dir / "achter.png", RenderPiecePreview(card, 1, 420, typesetter, *qr, *logo));
  CairoSurface png(cairo_image_surface_create_from_png((dir / "achter.png").c_str()));
  REQUIRE(cairo_surface_status(png.get()) == CAIRO_STATUS_SUCCESS);
  CHECK(cairo_image_surface_get_width(png.get()) == 420);
  CHECK(cairo_image_surface_get_height(png.get()) == 272);  // 420 * 55 / 85
}

}  // namespace nietpluis
