// librsvg, opened at run time, and reading a PNG from memory: shared by the logo and the picture.
#pragma once

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <string>

namespace nietpluis {

// librsvg is opened when an SVG logo is first needed instead of linked: loading it, with the GIO,
// gdk-pixbuf and libxml2 it brings, took 17 ms at every start of a program linked with it (measured
// with perf stat on an empty main), which every nietpluis command and each of the test suite's
// processes paid, printing or not.
struct Rsvg {
  decltype(&rsvg_handle_new_from_data) new_from_data = nullptr;
  decltype(&rsvg_handle_get_intrinsic_size_in_pixels) size_in_pixels = nullptr;
  decltype(&rsvg_handle_get_intrinsic_dimensions) dimensions = nullptr;
  decltype(&rsvg_handle_render_document) render_document = nullptr;

  // Nothing when the library or one of its functions is missing.
  static const Rsvg* Get();
};

// An SVG file's handle and its size in pixels: its width and height, or when it has only a viewBox,
// the box's (its proportions are all print needs; the layout sets the size). 0 when it has neither.
struct LoadedSvg {
  RsvgHandle* handle = nullptr;  // the caller's to unref
  double width = 0;
  double height = 0;
};

// False with librsvg's reason in `why` when it cannot read `bytes`.
bool LoadSvg(const Rsvg& rsvg, const std::string& bytes, LoadedSvg* svg, std::string* why);

// A PNG file's bytes as an image surface; check its status.
cairo_surface_t* PngSurface(const std::string& bytes);

}  // namespace nietpluis
