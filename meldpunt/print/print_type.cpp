// Loading the print fonts and laying out text with pango.
#include "print/print_type.h"

#include <pango/pangofc-fontmap.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "base/file_list.h"

namespace nietpluis {
namespace {

struct FontDescriptionFree {
  void operator()(PangoFontDescription* description) const { pango_font_description_free(description); }
};
using FontDescription = std::unique_ptr<PangoFontDescription, FontDescriptionFree>;

FontDescription Describe(const std::string& family, const TextStyle& style) {
  FontDescription description(pango_font_description_new());
  pango_font_description_set_family(description.get(), family.c_str());
  pango_font_description_set_weight(description.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  // Absolute: one unit is one point, because the pages are drawn in points.
  pango_font_description_set_absolute_size(description.get(), style.size_pt * PANGO_SCALE);
  return description;
}

// Byte offsets where each code point of valid UTF-8 `text` starts, plus the end.
std::vector<std::size_t> CharacterStarts(const std::string& text) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(text.size());
  return starts;
}

// The font's space glyph, or nothing when it has none.
std::optional<cairo_glyph_t> SpaceGlyph(cairo_scaled_font_t* font, double x, double y) {
  cairo_glyph_t* glyphs = nullptr;
  int count = 0;
  cairo_status_t status =
      cairo_scaled_font_text_to_glyphs(font, x, y, " ", 1, &glyphs, &count, nullptr, nullptr, nullptr);
  std::optional<cairo_glyph_t> space;
  if (status == CAIRO_STATUS_SUCCESS && count == 1) space = glyphs[0];
  cairo_glyph_free(glyphs);
  return space;
}

}  // namespace

void ShowLayout(cairo_t* cr, PangoLayout* layout) {
  double origin_x = 0, origin_y = 0;
  cairo_get_current_point(cr, &origin_x, &origin_y);
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  std::vector<cairo_glyph_t> glyphs;
  do {
    PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    double x = origin_x + static_cast<double>(logical.x) / PANGO_SCALE;
    const double baseline = origin_y + static_cast<double>(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE;
    const bool last_line = pango_layout_iter_at_last_line(iter);
    for (GSList* run = line->runs; run; run = run->next) {
      auto* item = static_cast<PangoGlyphItem*>(run->data);
      cairo_scaled_font_t* font = pango_cairo_font_get_scaled_font(reinterpret_cast<PangoCairoFont*>(item->item->analysis.font));
      glyphs.clear();
      for (int i = 0; i < item->glyphs->num_glyphs; ++i) {
        const PangoGlyphInfo& info = item->glyphs->glyphs[i];
        if (info.glyph != PANGO_GLYPH_EMPTY && !(info.glyph & PANGO_GLYPH_UNKNOWN_FLAG)) {
          glyphs.push_back(cairo_glyph_t{info.glyph, x + static_cast<double>(info.geometry.x_offset) / PANGO_SCALE,
                                         baseline + static_cast<double>(info.geometry.y_offset) / PANGO_SCALE});
        }
        x += static_cast<double>(info.geometry.width) / PANGO_SCALE;
      }
      // In the same call as the line's last glyphs: cairo drops a call whose glyphs have no ink.
      if (!run->next && !last_line) {
        if (auto space = SpaceGlyph(font, x, baseline)) glyphs.push_back(*space);
      }
      if (glyphs.empty()) continue;
      cairo_set_scaled_font(cr, font);
      cairo_show_glyphs(cr, glyphs.data(), static_cast<int>(glyphs.size()));
    }
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
}

Result<std::shared_ptr<const PrintFonts>> PrintFonts::Load(const std::filesystem::path& root,
                                                           const std::filesystem::path& dir) {
  Diagnostics refused;
  std::vector<std::filesystem::path> files = FilesIn(root, dir, {".ttf", ".otf"}, &refused);
  if (refused.HasErrors()) return refused.all().front();
  if (files.empty()) {
    return Error(dir.string(), 0, "hier staan geen lettertypen voor het drukwerk (.ttf of .otf)",
                 "zet ze terug uit de templates/ van Nietpluis");
  }
  std::shared_ptr<PrintFonts> fonts(new PrintFonts());
  fonts->config_ = FcConfigCreate();
  for (const std::filesystem::path& file : files) {
    if (!FcConfigAppFontAddFile(fonts->config_, reinterpret_cast<const FcChar8*>(file.c_str()))) {
      return Error(file.string(), 0, "dit lettertype kan niet gelezen worden", "zet een geldig .ttf- of .otf-bestand terug");
    }
  }
  bool regular = false, bold = false;
  FcFontSet* set = FcConfigGetFonts(fonts->config_, FcSetApplication);
  for (int i = 0; set && i < set->nfont; ++i) {
    FcChar8* family = nullptr;
    int weight = 0, slant = 0;
    if (FcPatternGetString(set->fonts[i], FC_FAMILY, 0, &family) != FcResultMatch) continue;
    FcPatternGetInteger(set->fonts[i], FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(set->fonts[i], FC_SLANT, 0, &slant);
    if (reinterpret_cast<const char*>(family) == std::string(kDigitFamily)) {
      fonts->digit_family_ = kDigitFamily;
      continue;
    }
    if (fonts->family_.empty()) fonts->family_ = reinterpret_cast<const char*>(family);
    if (fonts->family_ != reinterpret_cast<const char*>(family) || slant != FC_SLANT_ROMAN) continue;
    if (weight >= FC_WEIGHT_BOLD) bold = true;
    if (weight <= FC_WEIGHT_MEDIUM) regular = true;
  }
  if (!regular || !bold) {
    return Error(dir.string(), 0, "het drukwerk heeft een gewoon en een vet lettertype van één familie nodig",
                 "zet beide .ttf-bestanden in deze map");
  }
  return std::shared_ptr<const PrintFonts>(std::move(fonts));
}

PrintFonts::~PrintFonts() {
  if (config_) FcConfigDestroy(config_);
}

Typesetter::Typesetter(std::shared_ptr<const PrintFonts> fonts) : fonts_(std::move(fonts)) {
  font_map_.reset(pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT));
  pango_fc_font_map_set_config(reinterpret_cast<PangoFcFontMap*>(font_map_.get()), fonts_->config());
  context_.reset(pango_font_map_create_context(font_map_.get()));
  // No hinting and no rounding: metrics then scale exactly, so measuring once is valid for every surface.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options(context_.get(), options);
  cairo_font_options_destroy(options);
  pango_cairo_context_set_resolution(context_.get(), 72);
  pango_context_set_round_glyph_positions(context_.get(), FALSE);
  pango_context_set_language(context_.get(), pango_language_from_string("nl"));
}

GObjectPtr<PangoLayout> Typesetter::Layout(const std::string& text, const TextStyle& style, double width_pt,
                                           std::size_t bold_from) const {
  GObjectPtr<PangoLayout> layout(pango_layout_new(context_.get()));
  FontDescription description = Describe(fonts_->family(), style);
  pango_layout_set_font_description(layout.get(), description.get());
  pango_layout_set_width(layout.get(), static_cast<int>(width_pt * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD);
  pango_layout_set_line_spacing(layout.get(), static_cast<float>(style.line_spacing));
  pango_layout_set_alignment(layout.get(), style.centred ? PANGO_ALIGN_CENTER
                                          : style.right ? PANGO_ALIGN_RIGHT
                                                        : PANGO_ALIGN_LEFT);
  pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
  PangoAttrList* attributes = pango_attr_list_new();
  // One glyph per character: ShowLayout draws glyphs without their text, and a PDF reader finds a
  // ligature's letters only through the /ActualText span it must not have.
  pango_attr_list_insert(attributes, pango_attr_font_features_new("liga 0, clig 0, dlig 0"));
  if (!fonts_->digit_family().empty()) {
    for (std::size_t start = text.find_first_of("0123456789"); start != std::string::npos;
         start = text.find_first_of("0123456789", start)) {
      const std::size_t end = std::min(text.find_first_not_of("0123456789", start), text.size());
      PangoAttribute* digits = pango_attr_family_new(fonts_->digit_family().c_str());
      digits->start_index = static_cast<guint>(start);
      digits->end_index = static_cast<guint>(end);
      pango_attr_list_insert(attributes, digits);
      start = end;
    }
  }
  if (bold_from < text.size()) {
    PangoAttribute* bold = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
    bold->start_index = static_cast<guint>(bold_from);
    bold->end_index = static_cast<guint>(text.size());
    pango_attr_list_insert(attributes, bold);
  }
  pango_layout_set_attributes(layout.get(), attributes);
  pango_attr_list_unref(attributes);
  return layout;
}

bool Typesetter::Fits(const std::string& text, const TextStyle& style, double width_pt, int max_lines,
                      std::size_t bold_from) const {
  GObjectPtr<PangoLayout> layout = Layout(text, style, width_pt, bold_from);
  const int lines = pango_layout_get_line_count(layout.get());
  if (lines > max_lines) return false;
  // A word longer than the line does not wrap: it sticks out, so every line is measured.
  const int width = static_cast<int>(width_pt * PANGO_SCALE);
  for (int i = 0; i < lines; ++i) {
    PangoRectangle logical;
    pango_layout_line_get_extents(pango_layout_get_line_readonly(layout.get(), i), nullptr, &logical);
    if (logical.width > width) return false;
  }
  return true;
}

std::size_t Typesetter::CharactersOver(const std::string& text, const TextStyle& style, double width_pt,
                                       int max_lines, std::size_t bold_from) const {
  if (Fits(text, style, width_pt, max_lines, bold_from)) return 0;
  std::vector<std::size_t> starts = CharacterStarts(text);
  const std::size_t count = starts.size() - 1;
  // The longest start of the text that still fits; a shorter start fits whenever a longer one does.
  std::size_t low = 0, high = count;  // the first `low` characters fit, the first `high` do not
  while (high - low > 1) {
    std::size_t middle = (low + high) / 2;
    if (Fits(text.substr(0, starts[middle]), style, width_pt, max_lines, bold_from)) {
      low = middle;
    } else {
      high = middle;
    }
  }
  return count - low;
}

double Typesetter::Height(const std::string& text, const TextStyle& style, double width_pt,
                          std::size_t bold_from) const {
  GObjectPtr<PangoLayout> layout = Layout(text, style, width_pt, bold_from);
  PangoRectangle logical;
  pango_layout_get_extents(layout.get(), nullptr, &logical);
  return static_cast<double>(logical.height) / PANGO_SCALE;
}

double Typesetter::HeightOfLines(const TextStyle& style, int lines) const {
  std::string text = "Hg";
  for (int i = 1; i < lines; ++i) text += "\nHg";
  GObjectPtr<PangoLayout> layout = Layout(text, style, 1e6);
  PangoRectangle logical;
  pango_layout_get_extents(layout.get(), nullptr, &logical);
  return static_cast<double>(logical.height) / PANGO_SCALE;
}

std::optional<std::string> Typesetter::MissingCharacter(const std::string& text, const TextStyle& style) const {
  FontDescription description = Describe(fonts_->family(), style);
  GObjectPtr<PangoFont> font(pango_font_map_load_font(font_map_.get(), context_.get(), description.get()));
  if (!font) return text.substr(0, 1);
  std::vector<std::size_t> starts = CharacterStarts(text);
  for (std::size_t i = 0; i + 1 < starts.size(); ++i) {
    const char* at = text.c_str() + starts[i];
    gunichar character = g_utf8_get_char(at);
    if (character == '\n') continue;
    if (!pango_font_has_char(font.get(), character)) return text.substr(starts[i], starts[i + 1] - starts[i]);
  }
  return std::nullopt;
}

}  // namespace nietpluis
