// Loading the logo with librsvg or cairo's PNG reader.
#include "print/print_logo.h"

#include <algorithm>
#include <cstring>

#include "print/rsvg_library.h"

namespace nietpluis {
namespace {

Diagnostic Unreadable(const std::string& file, int line, const std::string& why) {
  return Error(file, line, "het logo kan niet op het drukwerk (" + why + ")",
               "gebruik een geldig SVG- of PNG-bestand als logo");
}

}  // namespace

Result<std::shared_ptr<PrintLogo>> PrintLogo::FromBytes(const std::string& bytes, const std::string& extension,
                                                        const std::string& file, int line) {
  std::shared_ptr<PrintLogo> logo(new PrintLogo());
  if (extension == ".svg") {
    const Rsvg* rsvg = Rsvg::Get();
    if (!rsvg) {
      return Error(file, line, "librsvg ontbreekt, dus een SVG-logo kan niet op het drukwerk",
                   "installeer het met scripts/install-deps.sh of gebruik een PNG-bestand als logo");
    }
    logo->rsvg_ = rsvg;
    LoadedSvg svg;
    std::string why;
    if (!LoadSvg(*rsvg, bytes, &svg, &why)) return Unreadable(file, line, why);
    logo->svg_ = svg.handle;
    const double width = svg.width, height = svg.height;
    if (width <= 0 || height <= 0) return Unreadable(file, line, "het SVG-bestand heeft geen breedte en hoogte");
    logo->width_ = width;
    logo->height_ = height;
  } else if (extension == ".png") {
    logo->png_ = PngSurface(bytes);
    if (cairo_surface_status(logo->png_) != CAIRO_STATUS_SUCCESS) return Unreadable(file, line, "geen geldige PNG");
    logo->width_ = cairo_image_surface_get_width(logo->png_);
    logo->height_ = cairo_image_surface_get_height(logo->png_);
  } else {
    return Error(file, line, "een logo van het type " + extension + " kan niet op het drukwerk",
                 "gebruik een SVG-bestand (het beste voor drukwerk) of een PNG-bestand");
  }
  return logo;
}

PrintLogo::~PrintLogo() {
  if (svg_) g_object_unref(svg_);
  if (png_) cairo_surface_destroy(png_);
}

void PrintLogo::Draw(cairo_t* cr, double x, double y, double max_width, double max_height) const {
  const double scale = std::min(max_width / width_, max_height / height_);
  if (svg_) {
    RsvgRectangle viewport{x, y, width_ * scale, height_ * scale};
    static_cast<const Rsvg*>(rsvg_)->render_document(static_cast<RsvgHandle*>(svg_), cr, &viewport, nullptr);
    return;
  }
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, png_, 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
}

}  // namespace nietpluis
