// The house-style logo on the print material: SVG through librsvg (stays vector in the PDF) or PNG.
#pragma once

#include <cairo.h>

#include <memory>
#include <string>

#include "base/status.h"

namespace nietpluis {

// One per thread: librsvg handles are not shared between threads.
class PrintLogo {
 public:
  // `extension` is ".svg" or ".png"; `file` and `line` name where site.toml sets the logo.
  static Result<std::shared_ptr<PrintLogo>> FromBytes(const std::string& bytes, const std::string& extension,
                                                      const std::string& file, int line);
  ~PrintLogo();
  PrintLogo(const PrintLogo&) = delete;
  PrintLogo& operator=(const PrintLogo&) = delete;

  double aspect() const { return width_ / height_; }  // width over height
  // Scaled to fit the box, kept in proportion, aligned to its top-left corner.
  void Draw(cairo_t* cr, double x, double y, double max_width, double max_height) const;

 private:
  PrintLogo() = default;
  void* svg_ = nullptr;              // RsvgHandle*
  const void* rsvg_ = nullptr;       // the librsvg functions, opened at run time
  cairo_surface_t* png_ = nullptr;
  double width_ = 1, height_ = 1;    // intrinsic size
};

}  // namespace nietpluis
