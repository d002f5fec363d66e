// Tests of meldpunt/print_material through the whole build: every QR code on every PNG and PDF page
// scans to its URL, the overview page is private and complete, and bad content or a full disk
// stops the build with site/ untouched.
#include "print/print_material.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

#include "print/cairo_output.h"

#include "fault_env.h"
#include "print_inspect.h"
#include "site/site_builder.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::MinimalCampaignToml;
using testing::ReadText;
using testing::ReplaceOnce;
using testing::TempDir;
using testing::WriteText;

const std::string kBase = "https://www.proef.nl/nietpluis/";

constexpr const char* kBleedCampaign = R"(naam = "Drukkerij"
van = 2027-03-01
tot = 2027-04-30
kop = "Twijfelt u? Bel ons toch."
tekst = ["U hoeft niet te weten wat er aan de hand is."]
pagina = "/"
formaten = ["poster-a4", "kaart"]
afloop = true

[[plek]]
bron = "voedselbank-proef"
naam = "Voedselbank Proef"
)";

struct Site {
  TempDir dir;
  BuildOptions options;

  Site() {
    testing::WriteMinimalContent(dir / "content");
    WriteText(dir / "content/campagnes/proef.toml", MinimalCampaignToml());
    WriteText(dir / "content/campagnes/drukkerij.toml", kBleedCampaign);
    options.content_dir = dir / "content";
    options.out_dir = dir / "site";
    options.templates_dir = testing::TemplatesDir();
  }
  std::filesystem::path Out(const std::string& file) const { return dir / ("site-intern/" + file); }  // print material: the staff folder
  std::vector<std::string> Messages(const BuildSummary& summary) const {
    return testing::Messages(summary.diagnostics, dir.path());
  }
};

// One build for all checks of a test case: building is the slow part.
const Site& Built() {
  static Site site;
  static BuildSummary summary = BuildSite(site.options);
  for (const std::string& message : testing::Messages(summary.diagnostics)) UNSCOPED_INFO(message);
  REQUIRE(summary.written);
  return site;
}

struct Piece {
  std::string pdf;
  std::string url;
  int dpi;  // enough pixels per module for the reader, no more
};

std::vector<Piece> AllPieces() {
  std::vector<Piece> pieces;
  for (const char* tag : {"huisarts-proef", "buurthuis-anker"}) {
    const std::string url = kBase + "over/?bron=" + tag;
    for (auto [format, dpi] : {std::pair{"poster-a4", 100}, {"poster-a3", 72}, {"flyer-a5", 150}, {"kaart", 200}}) {
      pieces.push_back(Piece{std::string("drukwerk/proef/") + tag + "-" + format + ".pdf", url, dpi});
    }
  }
  for (auto [format, dpi] : {std::pair{"poster-a4", 100}, {"kaart", 200}}) {
    pieces.push_back(Piece{std::string("drukwerk/drukkerij/voedselbank-proef-") + format + ".pdf",
                           kBase + "?bron=voedselbank-proef", dpi});
  }
  return pieces;
}

}  // namespace

TEST_CASE("every QR code scans to its exact URL: the PNG, the SVG's twin and each rasterised PDF", "[print][material]") {
  const Site& site = Built();
  for (auto [folder, tag, url] : {std::tuple{"proef", "huisarts-proef", kBase + "over/?bron=huisarts-proef"},
                                  {"proef", "buurthuis-anker", kBase + "over/?bron=buurthuis-anker"},
                                  {"drukkerij", "voedselbank-proef", kBase + "?bron=voedselbank-proef"}}) {
    const std::string base = std::string("drukwerk/") + folder + "/qr-" + tag;
    CAPTURE(base);
    CHECK(testing::DecodeQr(site.Out(base + ".png")) == url + "\n");
    std::string svg = ReadText(site.Out(base + ".svg"));
    CHECK(svg.find("<title>" + url + "</title>") != std::string::npos);
  }
  TempDir raster;
  std::vector<std::filesystem::path> pages;
  std::vector<std::string> expected;
  for (const Piece& piece : AllPieces()) {
    pages.push_back(testing::RasterisePage(site.Out(piece.pdf), 1, piece.dpi, raster / std::to_string(pages.size())));
    expected.push_back(piece.url);
  }
  CHECK(testing::DecodeQrs(pages) == expected);
}

TEST_CASE("every PDF names the meldpunt and reads its headline whole in one H1", "[print][material]") {
  const Site& site = Built();
  for (const Piece& piece : AllPieces()) {
    CAPTURE(piece.pdf);
    std::string text = testing::PdfText(site.Out(piece.pdf));
    std::replace(text.begin(), text.end(), '\n', ' ');
    CHECK(text.find("Meldpunt Proef") != std::string::npos);
    const std::string headline = piece.pdf.find("drukkerij") != std::string::npos ? "Twijfelt u? Bel ons toch."
                                                                                    : "Niet pluis? Meld het.";
    std::vector<std::string> h1;
    for (const testing::PdfTagged& tagged : testing::PdfStructText(site.Out(piece.pdf))) {
      if (tagged.tag == "H1") h1.push_back(tagged.text);
    }
    CHECK(h1 == std::vector<std::string>{headline});
  }
}

TEST_CASE("every PDF sets its digits in the digit face, so the phone number's zeros have no slash", "[print][material]") {
  const Site& site = Built();
  for (const Piece& piece : AllPieces()) {
    CAPTURE(piece.pdf);
    bool atkinson = false, digits = false;
    for (const testing::PdfFont& font : testing::PdfFonts(site.Out(piece.pdf))) {
      CAPTURE(font.name);
      CHECK(font.embedded);
      if (font.name.find("AtkinsonHyperlegible") != std::string::npos) atkinson = true;
      if (font.name.find("NietpluisCijfers") != std::string::npos) digits = true;
    }
    CHECK(atkinson);
    CHECK(digits);
    // The digits still read as digits: the phone number of site.toml ("14 0999").
    CHECK(testing::PdfText(site.Out(piece.pdf)).find("0999") != std::string::npos);
  }
}

TEST_CASE("each campaign has a share image of 1200 x 630 pixels in the public site", "[print][material]") {
  const Site& site = Built();
  for (const char* id : {"proef", "drukkerij"}) {
    CAPTURE(id);
    // In the site, not the staff folder: a link preview fetches it from there.
    CHECK_FALSE(std::filesystem::exists(site.Out(std::string("deel/campagne-") + id + ".png")));
    const std::filesystem::path file = site.dir / (std::string("site/deel/campagne-") + id + ".png");
    CairoSurface png(cairo_image_surface_create_from_png(file.c_str()));
    REQUIRE(cairo_surface_status(png.get()) == CAIRO_STATUS_SUCCESS);
    CHECK(cairo_image_surface_get_width(png.get()) == 1200);
    CHECK(cairo_image_surface_get_height(png.get()) == 630);
  }
}

TEST_CASE("a campaign's picture too coarse for 150 dpi on a format stops the build, saying how many pixels it needs",
          "[print][material]") {
  Site site;
  CairoSurface small(cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1200, 500));
  REQUIRE(cairo_surface_write_to_png(small.get(), (site.dir / "content/beeld/straat.png").c_str()) == CAIRO_STATUS_SUCCESS);
  const std::string with_picture = ReplaceOnce(MinimalCampaignToml(), "pagina = \"/over/\"\n",
                                               "pagina = \"/over/\"\nbeeld = \"beeld/straat.png\"\n"
                                               "beeld_alt = \"Een straat met huizen.\"\n");
  WriteText(site.dir / "content/campagnes/proef.toml", with_picture);
  BuildSummary summary = BuildSite(site.options);
  CHECK_FALSE(summary.written);
  CHECK(site.Messages(summary) ==
        std::vector<std::string>{"content/campagnes/proef.toml:7: campagne 'proef': het beeld 'beeld/straat.png' (1200 x "
                                 "500 pixels) komt op poster-a3 uit op 102 dpi; drukwerk vraagt minstens 150 dpi; gebruik "
                                 "een beeld van minstens 1754 pixels breed en 522 pixels hoog, een SVG-bestand, of haal "
                                 "poster-a3 uit formaten"});
  SECTION("a sharp enough picture is embedded in every poster and flyer, not on the card") {
    CairoSurface large(cairo_image_surface_create(CAIRO_FORMAT_RGB24, 2600, 1100));
    REQUIRE(cairo_surface_write_to_png(large.get(), (site.dir / "content/beeld/straat.png").c_str()) == CAIRO_STATUS_SUCCESS);
    summary = BuildSite(site.options);
    REQUIRE(summary.written);
    for (const char* format : {"poster-a4", "poster-a3", "flyer-a5", "kaart"}) {
      CAPTURE(format);
      auto images = testing::PdfImages(site.Out(std::string("drukwerk/proef/huisarts-proef-") + format + ".pdf"));
      if (std::string(format) == "kaart") {
        CHECK(images.empty());
      } else {
        REQUIRE(images.size() == 1);
        CHECK(images[0].width == 2600);
        CHECK(images[0].height == 1100);
      }
    }
  }
  SECTION("a picture without its alt text") {
    WriteText(site.dir / "content/campagnes/proef.toml",
              ReplaceOnce(with_picture, "beeld_alt = \"Een straat met huizen.\"\n", ""));
    CHECK(site.Messages(BuildSite(site.options)) ==
          std::vector<std::string>{"content/campagnes/proef.toml:7: het beeld heeft geen beeld_alt; zeg in één korte zin "
                                   "wat er op het beeld staat, voor wie het niet ziet: beeld_alt = \"...\""});
  }
  SECTION("a picture that is not there") {
    WriteText(site.dir / "content/campagnes/proef.toml", ReplaceOnce(with_picture, "straat.png", "weg.png"));
    CHECK(site.Messages(BuildSite(site.options)) ==
          std::vector<std::string>{"content/campagnes/proef.toml:7: het beeld 'beeld/weg.png' bestaat niet; zet het "
                                   "bestand in content/beeld/weg.png of verbeter de naam"});
  }
}

TEST_CASE("every piece has its PDF and previews; QR codes sit beside them", "[print][material]") {
  const Site& site = Built();
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(site.Out("drukwerk/proef"))) {
    if (entry.path().filename().string().find("huisarts-proef") != std::string::npos) {
      files.push_back(entry.path().filename().string());
    }
  }
  std::sort(files.begin(), files.end());
  CHECK(files == std::vector<std::string>{"huisarts-proef-flyer-a5.pdf", "huisarts-proef-flyer-a5.png",
                                          "huisarts-proef-kaart-achterkant.png", "huisarts-proef-kaart.pdf",
                                          "huisarts-proef-kaart.png", "huisarts-proef-poster-a3.pdf",
                                          "huisarts-proef-poster-a3.png", "huisarts-proef-poster-a4.pdf",
                                          "huisarts-proef-poster-a4.png", "qr-huisarts-proef.png", "qr-huisarts-proef.svg"});
  // With bleed the page is 3 mm larger on every side, and the trim box says where to cut.
  auto info = testing::RunPdfInfo(site.Out("drukwerk/drukkerij/voedselbank-proef-poster-a4.pdf"), "-box -f 1 -l 1");
  auto size = testing::PageSize(info);
  REQUIRE(size);
  CHECK(size->width == Approx(595.276 + 17.008).margin(0.01));
  CHECK(size->height == Approx(841.89 + 17.008).margin(0.01));
  CHECK(testing::PageBox(info, 1, "TrimBox") == std::vector<double>{8.5, 8.5, 603.78, 850.39});
  auto plain = testing::PageSize(testing::RunPdfInfo(site.Out("drukwerk/proef/huisarts-proef-poster-a4.pdf")));
  REQUIRE(plain);
  CHECK(plain->width == Approx(595.276).margin(0.01));
  // The title names the piece and the language is Dutch.
  std::string pdf = ReadText(site.Out("drukwerk/proef/huisarts-proef-kaart.pdf"));
  CHECK(pdf.find("/Lang (nl)") != std::string::npos);
  CHECK(testing::RunPdfInfo(site.Out("drukwerk/proef/huisarts-proef-kaart.pdf")).out.find(
            "Title:           Niet pluis? Meld het. (kaartje, Huisarts Proef)\n") != std::string::npos);
}

TEST_CASE("the overview page is in Dutch, has one h1, is kept out of search, menu and sitemap, and links to everything",
          "[print][material]") {
  const Site& site = Built();
  const std::string html = ReadText(site.Out("drukwerk/index.html"));
  CHECK(html.find("<html lang=\"nl\">") != std::string::npos);
  CHECK(html.find("<meta name=\"robots\" content=\"noindex\">") != std::string::npos);
  CHECK(html.find("rel=\"canonical\"") == std::string::npos);
  std::size_t h1 = 0;
  for (std::size_t at = html.find("<h1"); at != std::string::npos; at = html.find("<h1", at + 1)) ++h1;
  CHECK(h1 == 1);
  CHECK(html.find("<h1>Drukwerk: posters, flyers en kaartjes</h1>") != std::string::npos);
  CHECK(html.find("<h2 id=\"campagne-proef\">Proefcampagne</h2>") != std::string::npos);
  CHECK(html.find("<h3>Huisarts Proef</h3>") != std::string::npos);
  CHECK(html.find("Van 1 december 2026 tot en met 31 januari 2027.") != std::string::npos);
  CHECK(html.find("<a href=\"../../site/over/\">www.proef.nl/nietpluis/over</a>") != std::string::npos);
  // In the order they hang: the December campaign before the March one.
  CHECK(html.find("campagne-proef") < html.find("campagne-drukkerij"));
  CHECK(html.find("De PDF's hebben 3 mm afloop en snijtekens") != std::string::npos);
  CHECK(ReadText(site.dir / "site/sitemap.xml").find("drukwerk") == std::string::npos);
  CHECK(ReadText(site.dir / "site/index.html").find("drukwerk") == std::string::npos);  // not in the menu

  const std::regex reference(R"((?:href|src)="([^"]+)\")");
  std::size_t files = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), reference); it != std::sregex_iterator(); ++it) {
    std::string url = (*it)[1].str();
    if (url.find(':') != std::string::npos || url[0] == '#') continue;
    CAPTURE(url);
    std::filesystem::path target = site.Out("drukwerk") / url;
    if (url.back() == '/') target /= "index.html";
    CHECK(std::filesystem::is_regular_file(target));
    files += url.rfind("../", 0) != 0;
  }
  // Per placement two QR files; per format a PDF and a preview, and the card a second preview.
  CHECK(files == 2 * (2 + 4 * 2 + 1) + (2 + 2 * 2 + 1));
  // Images are decoration inside links that say what they lead to.
  CHECK(html.find("<img src=\"proef/huisarts-proef-kaart-achterkant.png\" alt=\"\" width=\"210\" height=\"136\">") !=
        std::string::npos);
  CHECK(std::regex_search(html, std::regex("<span class=\"drukwerk-maat\">85 x 55 mm, PDF [0-9]+ kB</span>")));
}

TEST_CASE("text too long for a format stops the build, naming campaign, format and how much", "[print][material]") {
  Site site;
  REQUIRE(BuildSite(site.options).written);
  const std::string before = ReadText(site.Out("drukwerk/index.html"));
  WriteText(site.dir / "content/campagnes/proef.toml",
            ReplaceOnce(MinimalCampaignToml(), "kop = \"Niet pluis? Meld het.\"",
                        "kop = \"Ziet u iets wat niet pluis is bij de buren, in de straat of in de flat?\"\n"
                        "formaten = [\"kaart\"]"));
  BuildSummary summary = BuildSite(site.options);
  CHECK_FALSE(summary.written);
  CHECK(site.Messages(summary) ==
        std::vector<std::string>{"content/campagnes/proef.toml:4: campagne 'proef': de kop is 15 tekens te lang voor "
                                 "kaart; maak de kop korter (op kaart passen 56 tekens) of haal kaart uit formaten"});
  CHECK(ReadText(site.Out("drukwerk/index.html")) == before);
  CHECK(std::filesystem::exists(site.Out("drukwerk/proef/huisarts-proef-poster-a3.pdf")));
}

TEST_CASE("a text from site.toml too long for a format names the key and the campaign's formats line",
          "[print][material]") {
  Site site;
  WriteText(site.dir / "content/site.toml",
            ReplaceOnce(testing::MinimalSiteToml(), "telefoon_uren = \"op werkdagen van 9.00 tot 17.00 uur\"",
                        "telefoon_uren = \"op maandag, dinsdag, woensdag, donderdag en vrijdag van 9.00 tot 12.00 uur "
                        "en van 13.00 tot 17.00 uur, behalve op feestdagen en in de weken van de zomervakantie\""));
  WriteText(site.dir / "content/campagnes/proef.toml",
            ReplaceOnce(MinimalCampaignToml(), "pagina = \"/over/\"\n", "pagina = \"/over/\"\nformaten = [\"kaart\"]\n"));
  std::filesystem::remove(site.dir / "content/campagnes/drukkerij.toml");
  BuildSummary summary = BuildSite(site.options);
  CHECK_FALSE(summary.written);
  CHECK(site.Messages(summary) ==
        std::vector<std::string>{"content/campagnes/proef.toml:7: campagne 'proef': telefoon_uren uit site.toml is 25 "
                                 "tekens te lang voor kaart; maak telefoon_uren korter (op kaart passen 135 tekens) of "
                                 "haal kaart uit formaten"});
}

// Each section stops the build in the checks, before anything is written (the tests above show that a
// stopped build leaves the old site as it was).
TEST_CASE("a missing page, a bad bron tag and an unusable logo stop the build with file and line", "[print][material]") {
  Site site;
  SECTION("a page that does not exist") {
    WriteText(site.dir / "content/campagnes/proef.toml", ReplaceOnce(MinimalCampaignToml(), "/over/", "/overr/"));
    CHECK(site.Messages(BuildSite(site.options)) ==
          std::vector<std::string>{"content/campagnes/proef.toml:6: de QR-code gaat naar /overr/, maar die pagina "
                                   "bestaat niet; bedoelt u /over/?"});
  }
  SECTION("a bron tag with a space") {
    WriteText(site.dir / "content/campagnes/proef.toml",
              ReplaceOnce(MinimalCampaignToml(), "\"huisarts-proef\"", "\"huisarts proef\""));
    CHECK(site.Messages(BuildSite(site.options)) ==
          std::vector<std::string>{"content/campagnes/proef.toml:9: de bron 'huisarts proef' heeft tekens die niet in "
                                   "een webadres horen; gebruik alleen kleine letters, cijfers en streepjes, zoals "
                                   "'huisarts-proef'"});
  }
  SECTION("a logo file that is not there") {
    std::filesystem::remove(site.dir / "content/beeld/logo.svg");
    CHECK(site.Messages(BuildSite(site.options)) ==
          std::vector<std::string>{"content/site.toml:32: het logo 'beeld/logo.svg' bestaat niet; zet het bestand in "
                                   "content/beeld/logo.svg of verbeter de naam"});
  }
  SECTION("a logo print cannot use") {
    WriteText(site.dir / "content/site.toml", ReplaceOnce(testing::MinimalSiteToml(), "beeld/logo.svg", "beeld/logo.jpg"));
    WriteText(site.dir / "content/beeld/logo.jpg", "\xff\xd8\xff");
    CHECK(site.Messages(BuildSite(site.options)) ==
          std::vector<std::string>{"content/site.toml:32: een logo van het type .jpg kan niet op het drukwerk; gebruik "
                                   "een SVG-bestand (het beste voor drukwerk) of een PNG-bestand"});
  }
  SECTION("an SVG logo that is broken") {
    WriteText(site.dir / "content/beeld/logo.svg", "<svg");
    auto messages = site.Messages(BuildSite(site.options));
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].rfind("content/site.toml:32: het logo kan niet op het drukwerk (", 0) == 0);
    CHECK(messages[0].find("); gebruik een geldig SVG- of PNG-bestand als logo") != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(site.Out("")));
}

TEST_CASE("a full disk while writing the print material leaves the old site as it was", "[print][material]") {
  Site site;
  REQUIRE(BuildSite(site.options).written);
  const std::string before = ReadText(site.Out("drukwerk/proef/huisarts-proef-poster-a4.pdf"));
  WriteText(site.dir / "content/campagnes/proef.toml",
            ReplaceOnce(MinimalCampaignToml(), "Niet pluis? Meld het.", "Niet pluis? Bel ons."));
  testing::FaultyEnv env(40);  // the site's own files first, then part of the print material
  site.options.env = &env;
  BuildSummary summary = BuildSite(site.options);
  CHECK_FALSE(summary.written);
  REQUIRE(summary.diagnostics.error_count() >= 1);
  CHECK(summary.diagnostics.all()[0].problem == "kan niet schrijven (No space left on device)");
  CHECK(ReadText(site.Out("drukwerk/proef/huisarts-proef-poster-a4.pdf")) == before);
  CHECK_FALSE(std::filesystem::exists(site.dir / ".site.bouw/drukwerk"));
}

}  // namespace nietpluis
