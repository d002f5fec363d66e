// Cairo output kept in memory, so print files reach the disk only through the staged output's Env.
#pragma once

#include <cairo.h>

#include <memory>
#include <string>

namespace nietpluis {

struct CairoSurfaceFree {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoFree {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
using CairoSurface = std::unique_ptr<cairo_surface_t, CairoSurfaceFree>;
using Cairo = std::unique_ptr<cairo_t, CairoFree>;

// The surface as a PNG file's bytes; "" when cairo could not encode it.
std::string PngBytes(cairo_surface_t* surface);

// A PDF surface whose bytes collect in `*out` (which must outlive the surface) once it is finished.
CairoSurface PdfSurfaceInto(std::string* out, double width_pt, double height_pt);

}  // namespace nietpluis
