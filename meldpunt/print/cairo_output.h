// Cairo output kept in memory, so print files reach the disk only through the staged output's Env.
#pragma once

#include <cairo.h>

#include <memory>
#include <string>
#include <string_view>

namespace nietpluis {

struct CairoSurfaceFree {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoFree {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
using CairoSurface = std::unique_ptr<cairo_surface_t, CairoSurfaceFree>;
using Cairo = std::unique_ptr<cairo_t, CairoFree>;

// The surface as a PNG file's bytes; "" when cairo could not encode it. A non-empty `key` goes into a
// tEXt chunk (keyword kPngKeyword) before the pixels, so a later build can tell what the file shows
// without drawing it again (PngKey).
std::string PngBytes(cairo_surface_t* surface, const std::string& key = {});

inline constexpr const char* kPngKeyword = "nietpluis";

// The tEXt value under kPngKeyword of a whole PNG file (one that ends in its IEND chunk); "" for a
// file that is cut short, damaged or has none.
std::string PngKey(std::string_view png);

// A PDF surface whose bytes collect in `*out` (which must outlive the surface) once it is finished.
CairoSurface PdfSurfaceInto(std::string* out, double width_pt, double height_pt);

}  // namespace nietpluis
