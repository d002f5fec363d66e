// Drawing the share images of pages and campaigns.
#include "print/share_image.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <vector>

#include "print/cairo_output.h"

namespace nietpluis {
namespace {

// Raise it whenever PagePng draws differently, so no earlier build's image is kept by mistake.
constexpr const char* kPageDrawing = "pagina-1";

// FNV-1a, 64 bits: stable across builds and machines, which std::hash is not promised to be.
std::uint64_t Fnv1a(std::string_view bytes, std::uint64_t hash = 14695981039346656037ull) {
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

// Each part with its length first, so ("ab", "c") and ("a", "bc") differ.
void AddPart(std::string* key, std::string_view part) {
  *key += std::to_string(part.size());
  *key += ':';
  *key += part;
}

// In pixels: the typesetter works at 72 dpi, so a point is a pixel here.
constexpr double kMargin = 72;
constexpr double kBandHeight = 136;  // the white band at the foot: logo and the meldpunt's name
constexpr double kFieldBottom = kShareImageHeight - kBandHeight;

void SetColour(cairo_t* cr, Colour colour) {
  cairo_set_source_rgb(cr, colour.red / 255.0, colour.green / 255.0, colour.blue / 255.0);
}

void Rectangle(cairo_t* cr, double x, double y, double width, double height, Colour colour) {
  SetColour(cr, colour);
  cairo_rectangle(cr, x, y, width, height);
  cairo_fill(cr);
}

// The largest of `sizes` at which `text` fits `max_lines` lines of `width`; the smallest otherwise
// (a title of one very long word then runs past the edge instead of not being shown).
TextStyle Fitting(const Typesetter& typesetter, const std::string& text, double width, int max_lines,
                  std::initializer_list<double> sizes, double line_spacing) {
  TextStyle style{*sizes.begin(), true, line_spacing};
  for (double size : sizes) {
    style.size_pt = size;
    if (typesetter.CharactersOver(text, style, width, max_lines) == 0) break;
  }
  return style;
}

void Show(cairo_t* cr, const Typesetter& typesetter, const std::string& text, const TextStyle& style, double x, double y,
          double width, Colour colour) {
  GObjectPtr<PangoLayout> layout = typesetter.Layout(text, style, width);
  SetColour(cr, colour);
  cairo_move_to(cr, x, y);
  ShowLayout(cr, layout.get());
}

}  // namespace

std::string CampaignShareImagePath(const Campaign& campaign) { return "deel/campagne-" + campaign.id + ".png"; }

ShareImagePainter::ShareImagePainter(std::shared_ptr<const PrintFonts> fonts, std::shared_ptr<PrintLogo> logo,
                                     std::string meldpunt, PieceColours colours)
    : typesetter_(std::move(fonts)), logo_(std::move(logo)), meldpunt_(std::move(meldpunt)), colours_(colours) {}

// The frame both kinds share: the primary colour, and the white band with the logo at the left and
// the meldpunt's name at the right.
static void DrawFrame(cairo_t* cr, const Typesetter& typesetter, const PrintLogo* logo, const std::string& meldpunt,
                      const PieceColours& colours) {
  Rectangle(cr, 0, 0, kShareImageWidth, kFieldBottom, colours.primary);
  Rectangle(cr, 0, kFieldBottom, kShareImageWidth, kBandHeight, colours.background);
  const double logo_width = 300, logo_height = 80;
  if (logo) logo->Draw(cr, kMargin, kFieldBottom + (kBandHeight - logo_height) / 2, logo_width, logo_height);
  const double name_x = kMargin + logo_width + 40, name_width = kShareImageWidth - kMargin - name_x;
  TextStyle name = Fitting(typesetter, meldpunt, name_width, 2, {34, 30, 26}, 1.0);
  name.right = true;
  const double height = typesetter.Height(meldpunt, name, name_width);
  Show(cr, typesetter, meldpunt, name, name_x, kFieldBottom + (kBandHeight - height) / 2, name_width, colours.primary);
}

std::string ShareImagePainter::PagePng(const std::string& title, const std::string& key) const {
  CairoSurface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, kShareImageWidth, kShareImageHeight));
  Cairo cr(cairo_create(surface.get()));
  DrawFrame(cr.get(), typesetter_, logo_.get(), meldpunt_, colours_);
  const double bubble_width = 260, bubble_height = 208;
  DrawBubble(cr.get(), BubbleBox{kShareImageWidth - kMargin - bubble_width, 64, bubble_width, bubble_height,
                                 Mix(colours_.primary, colours_.primary_text, 0.16), colours_.primary});
  const double width = kShareImageWidth - 2 * kMargin - bubble_width - 48;
  TextStyle style = Fitting(typesetter_, title, width, 3, {84, 76, 68, 60, 52, 44}, 0.95);
  const double height = typesetter_.Height(title, style, width);
  Show(cr.get(), typesetter_, title, style, kMargin, std::max(40.0, (kFieldBottom - height) / 2), width,
       colours_.primary_text);
  cr.reset();
  return PngBytes(surface.get(), key);
}

std::string ShareImagePainter::CampaignPng(const PieceTexts& texts, const PrintPicture* picture) const {
  CairoSurface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, kShareImageWidth, kShareImageHeight));
  Cairo cr(cairo_create(surface.get()));
  DrawFrame(cr.get(), typesetter_, logo_.get(), meldpunt_, colours_);
  const double side_x = kShareImageWidth * 0.58;
  if (picture) {
    picture->Draw(cr.get(), side_x, 0, kShareImageWidth - side_x, kFieldBottom);
  } else {
    const double bubble_width = 300, bubble_height = 240;
    DrawBubble(cr.get(), BubbleBox{kShareImageWidth - kMargin - bubble_width, (kFieldBottom - bubble_height) / 2,
                                   bubble_width, bubble_height, Mix(colours_.primary, colours_.primary_text, 0.16),
                                   colours_.primary});
  }
  const double width = side_x - kMargin - 48;
  std::string lines = texts.lines;
  std::replace(lines.begin(), lines.end(), '\n', ' ');
  TextStyle headline = Fitting(typesetter_, texts.headline, width, 3, {72, 64, 56, 48, 40}, 0.95);
  TextStyle body = Fitting(typesetter_, lines, width, 3, {30, 27, 24, 21}, 1.05);
  body.bold = false;
  const double gap = 20, headline_height = typesetter_.Height(texts.headline, headline, width);
  const double height = headline_height + gap + typesetter_.Height(lines, body, width);
  const double top = std::max(32.0, (kFieldBottom - height) / 2);
  Show(cr.get(), typesetter_, texts.headline, headline, kMargin, top, width, colours_.primary_text);
  Show(cr.get(), typesetter_, lines, body, kMargin, top + headline_height + gap, width, colours_.primary_text);
  cr.reset();
  return PngBytes(surface.get());
}

Result<std::shared_ptr<const ShareImages>> ShareImages::Load(const SiteConfig& config,
                                                             const std::filesystem::path& templates_dir,
                                                             const std::filesystem::path& content_dir, Env* env) {
  std::shared_ptr<ShareImages> images(new ShareImages());
  auto fonts = PrintFonts::Load(templates_dir, templates_dir / "drukwerk" / "fonts");
  if (!fonts.ok()) return fonts.error();
  images->fonts_ = fonts.value();
  images->meldpunt_ = config.meldpunt;
  images->colours_ = ColoursOf(config.style);
  if (!config.style.logo.empty()) {
    // A logo print cannot draw (a JPEG, a broken SVG) leaves the picture without one: the site can
    // still show it, and the print material, which needs it, says what is wrong with it.
    Result<std::string> bytes = env->ReadFile(content_dir / config.style.logo);
    const std::string extension = config.style.logo.extension().string();
    if (bytes.ok() && PrintLogo::FromBytes(bytes.value(), extension, "", 0).ok()) {
      images->logo_extension_ = extension;
      images->logo_bytes_ = std::move(bytes).value();
    }
  }
  AddPart(&images->style_key_, kPageDrawing);
  AddPart(&images->style_key_, images->meldpunt_);
  for (Colour c : {images->colours_.primary, images->colours_.primary_text, images->colours_.background}) {
    AddPart(&images->style_key_, std::to_string(c.red) + "," + std::to_string(c.green) + "," + std::to_string(c.blue));
  }
  AddPart(&images->style_key_, images->logo_extension_);
  AddPart(&images->style_key_, images->logo_bytes_);
  // The fonts by name and size, in name order: a changed font is a new file.
  std::vector<std::string> fonts_seen;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(templates_dir / "drukwerk" / "fonts", error)) {
    fonts_seen.push_back(entry.path().filename().string() + "=" +
                         std::to_string(entry.is_regular_file(error) ? entry.file_size(error) : 0));
  }
  std::sort(fonts_seen.begin(), fonts_seen.end());
  for (const std::string& font : fonts_seen) AddPart(&images->style_key_, font);
  return std::shared_ptr<const ShareImages>(std::move(images));
}

std::string ShareImages::PageKey(const std::string& title) const {
  std::string key = style_key_;
  AddPart(&key, title);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(Fnv1a(key)));
  return hex;
}

std::unique_ptr<ShareImagePainter> ShareImages::Painter() const {
  std::shared_ptr<PrintLogo> logo;
  if (!logo_bytes_.empty()) logo = PrintLogo::FromBytes(logo_bytes_, logo_extension_, "", 0).value();  // read in Load
  return std::make_unique<ShareImagePainter>(fonts_, std::move(logo), meldpunt_, colours_);
}

}  // namespace nietpluis
