// Encoding with libqrencode and drawing the modules.
#include "print/qr_code.h"

#include <qrencode.h>

#include "base/markup.h"
#include "print/cairo_output.h"

namespace nietpluis {

std::optional<QrCode> QrCode::Encode(const std::string& text) {
  // Level M restores up to 15% of a damaged or dirty code: a poster in a waiting room gets both.
  QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (!code) return std::nullopt;
  std::vector<bool> dark(static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width));
  for (std::size_t i = 0; i < dark.size(); ++i) dark[i] = (code->data[i] & 1) != 0;  // bit 0: dark module
  QrCode result(code->width, std::move(dark));
  QRcode_free(code);
  return result;
}

bool QrCode::Dark(int x, int y) const {
  x -= kQrQuietZoneModules;
  y -= kQrQuietZoneModules;
  if (x < 0 || y < 0 || x >= symbol_ || y >= symbol_) return false;
  return dark_[static_cast<std::size_t>(y) * static_cast<std::size_t>(symbol_) + static_cast<std::size_t>(x)];
}

template <typename Fn>
void QrCode::ForEachRun(Fn&& fn) const {
  for (int y = 0; y < size(); ++y) {
    for (int x = 0; x < size();) {
      if (!Dark(x, y)) {
        ++x;
        continue;
      }
      int start = x;
      while (x < size() && Dark(x, y)) ++x;
      fn(start, y, x - start);
    }
  }
}

std::string QrCode::Svg(const std::string& title) const {
  const std::string n = std::to_string(size());
  // One module is one millimetre: large enough to scan (at least 25 mm) and easy to scale.
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n + "\" width=\"" + n +
                    "mm\" height=\"" + n + "mm\" role=\"img\" shape-rendering=\"crispEdges\">\n<title>" +
                    EscapeMarkup(title) + "</title>\n<rect width=\"" + n + "\" height=\"" + n +
                    "\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" d=\"";
  ForEachRun([&](int x, int y, int length) {
    svg += "M" + std::to_string(x) + " " + std::to_string(y) + "h" + std::to_string(length) + "v1h-" +
           std::to_string(length) + "z";
  });
  svg += "\"/>\n</svg>\n";
  return svg;
}

std::string QrCode::Png(int pixels_per_module) const {
  const int side = size() * pixels_per_module;
  CairoSurface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, side, side));
  Cairo cr(cairo_create(surface.get()));
  cairo_set_antialias(cr.get(), CAIRO_ANTIALIAS_NONE);  // whole pixels per module: sharp edges
  Draw(cr.get(), 0, 0, side);
  cr.reset();
  return PngBytes(surface.get());
}

void QrCode::Draw(cairo_t* cr, double x, double y, double side) const {
  const double module = side / size();
  cairo_save(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_rectangle(cr, x, y, side, side);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  // One path, one fill: neighbouring modules join without the hairline seams separate fills leave.
  ForEachRun([&](int mx, int my, int length) { cairo_rectangle(cr, x + mx * module, y + my * module, length * module, module); });
  cairo_fill(cr);
  cairo_restore(cr);
}

}  // namespace nietpluis
