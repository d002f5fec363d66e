// A campaign's picture on the print material: SVG through librsvg (stays vector), PNG or JPEG (the
// JPEG goes into the PDF as it is). Drawn to fill a box, cut to its shape.
#pragma once

#include <cairo.h>

#include <memory>
#include <optional>
#include <string>

#include "base/status.h"

namespace nietpluis {

// A picture should be printed at this many pixels per inch at least.
constexpr double kPictureMinimumDpi = 150;

// One per thread: librsvg handles are not shared between threads.
class PrintPicture {
 public:
  // `extension` is ".svg", ".png", ".jpg" or ".jpeg" (any case); `file` and `line` name where the
  // campaign sets the picture, `name` is the picture as written there.
  static Result<std::shared_ptr<PrintPicture>> FromBytes(const std::string& bytes, const std::string& extension,
                                                         const std::string& name, const std::string& file, int line);
  ~PrintPicture();
  PrintPicture(const PrintPicture&) = delete;
  PrintPicture& operator=(const PrintPicture&) = delete;

  bool vector() const { return svg_ != nullptr; }
  double width() const { return width_; }  // pixels (for SVG: its own units)
  double height() const { return height_; }
  // Pixels per inch when it fills a box of `width_pt` x `height_pt`; nothing for a vector picture.
  std::optional<double> DpiFilling(double width_pt, double height_pt) const;
  // Scaled to cover the box, centred, and cut to it.
  void Draw(cairo_t* cr, double x, double y, double width, double height) const;

 private:
  PrintPicture() = default;
  void* svg_ = nullptr;         // RsvgHandle*
  const void* rsvg_ = nullptr;  // the librsvg functions
  cairo_surface_t* raster_ = nullptr;
  double width_ = 1, height_ = 1;
};

}  // namespace nietpluis
