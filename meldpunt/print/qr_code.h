// QR codes for the print material: libqrencode at error correction M, with the 4-module quiet zone
// the standard asks for, as SVG (print), PNG (web) or drawn straight into a cairo page.
#pragma once

#include <cairo.h>

#include <optional>
#include <string>
#include <vector>

namespace nietpluis {

constexpr int kQrQuietZoneModules = 4;

class QrCode {
 public:
  // Nothing only for text too long for any QR code (about 2,300 characters at level M).
  static std::optional<QrCode> Encode(const std::string& text);

  // Modules per side, quiet zone included.
  int size() const { return symbol_ + 2 * kQrQuietZoneModules; }
  // (0, 0) is the top-left corner of the quiet zone.
  bool Dark(int x, int y) const;

  // `title` is the accessible name, usually the URL it holds.
  std::string Svg(const std::string& title) const;
  std::string Png(int pixels_per_module) const;
  // Black modules on a white square of `side` (quiet zone included) with its top-left at (x, y).
  void Draw(cairo_t* cr, double x, double y, double side) const;

 private:
  QrCode(int symbol, std::vector<bool> dark) : symbol_(symbol), dark_(std::move(dark)) {}
  // Each horizontal run of dark modules once, so a whole code is a handful of rectangles.
  template <typename Fn>
  void ForEachRun(Fn&& fn) const;

  int symbol_ = 0;          // modules per side without the quiet zone
  std::vector<bool> dark_;  // symbol_ * symbol_, row by row
};

}  // namespace nietpluis
