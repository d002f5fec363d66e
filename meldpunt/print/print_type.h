// The typeface of the print material. Fonts come from the templates (templates/drukwerk/fonts/) into
// a fontconfig set of their own, so every PDF embeds exactly these fonts, whatever the machine has.
#pragma once

#include <fontconfig/fontconfig.h>
#include <glib-object.h>
#include <pango/pangocairo.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "base/status.h"

namespace nietpluis {

struct GObjectFree {
  void operator()(void* object) const { g_object_unref(object); }
};
template <typename T>
using GObjectPtr = std::unique_ptr<T, GObjectFree>;

class PrintFonts {
 public:
  // Reads every .ttf and .otf in `dir`, which lies in `root` (templates/); needs one family with a
  // regular and a bold face. A font that is a link out of `root` is refused.
  static Result<std::shared_ptr<const PrintFonts>> Load(const std::filesystem::path& root,
                                                        const std::filesystem::path& dir);
  ~PrintFonts();
  PrintFonts(const PrintFonts&) = delete;
  PrintFonts& operator=(const PrintFonts&) = delete;

  const std::string& family() const { return family_; }
  // The family that sets every digit (kDigitFamily), or "" when the folder has none.
  const std::string& digit_family() const { return digit_family_; }
  FcConfig* config() const { return config_; }

 private:
  PrintFonts() = default;
  FcConfig* config_ = nullptr;
  std::string family_;
  std::string digit_family_;
};

// Atkinson Hyperlegible's zero has a slash, which ordinary readers take for "Ø" in "0800": a font of
// this family in the fonts folder (scripts/make-print-digit-font.py: Open Sans's digits at
// Atkinson's size and line height) sets the digits 0-9 instead.
inline constexpr const char* kDigitFamily = "Nietpluis Cijfers";

struct TextStyle {
  double size_pt = 12;
  bool bold = false;
  double line_spacing = 1.0;  // times the typeface's own line height
  bool centred = false;
  bool right = false;  // aligned to the box's right edge
};

// Draws `layout` with its top-left corner at the current point, glyph run by glyph run. Unlike
// pango_cairo_show_layout, the space at each line break (and the paragraph break) is drawn as the
// font's own space glyph, so a PDF's text reads "stapelt op. Geef" and not "stapelt op.Geef"; and no
// glyph gets an /ActualText span of its own, whose nested marked content ends a structure element
// (an H1) for readers such as poppler after its first line.
void ShowLayout(cairo_t* cr, PangoLayout* layout);

// Lays out text for one thread (pango font maps are not shared between threads). Layouts are made
// at 72 dpi without hinting, so one layout has the same line breaks on a PDF page and in a preview.
class Typesetter {
 public:
  explicit Typesetter(std::shared_ptr<const PrintFonts> fonts);

  // Text wrapped at word boundaries to `width_pt`; "\n" starts a new paragraph. From byte
  // `bold_from` on, the text is bold.
  GObjectPtr<PangoLayout> Layout(const std::string& text, const TextStyle& style, double width_pt,
                                 std::size_t bold_from = std::string::npos) const;

  // How many characters of `text` do not fit in `max_lines` lines of `width_pt`: 0 when it all fits.
  std::size_t CharactersOver(const std::string& text, const TextStyle& style, double width_pt, int max_lines,
                             std::size_t bold_from = std::string::npos) const;

  // The height the laid-out text takes.
  double Height(const std::string& text, const TextStyle& style, double width_pt,
                std::size_t bold_from = std::string::npos) const;

  // The height `lines` full lines take, for reserving room.
  double HeightOfLines(const TextStyle& style, int lines) const;

  // The first character the typeface cannot show, if any.
  std::optional<std::string> MissingCharacter(const std::string& text, const TextStyle& style) const;

 private:
  bool Fits(const std::string& text, const TextStyle& style, double width_pt, int max_lines, std::size_t bold_from) const;

  std::shared_ptr<const PrintFonts> fonts_;
  GObjectPtr<PangoFontMap> font_map_;
  GObjectPtr<PangoContext> context_;
};

}  // namespace nietpluis
