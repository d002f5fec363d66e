// Unit tests for meldpunt/qr_code: the code holds the URL (zbarimg reads it back), at error
// correction M or better, with a 4-module quiet zone, as SVG and PNG.
#include "print/qr_code.h"

#include <catch2/catch.hpp>

#include <cstring>

#include "print/cairo_output.h"
#include "test_support.h"

namespace nietpluis {
namespace {

using testing::Quote;
using testing::Run;
using testing::TempDir;
using testing::WriteText;

const std::string kUrl = "https://www.voorbeeld.nl/nietpluis/hoe-meld-ik/?bron=huisarts-centrum";

// The 15 format bits of the copy beside the top-left finder pattern (ISO/IEC 18004, 7.9), unmasked.
int FormatInformation(const QrCode& code) {
  const int q = kQrQuietZoneModules;
  auto bit = [&](int x, int y) { return code.Dark(q + x, q + y) ? 1 : 0; };
  int format = 0;
  for (int i = 0; i < 8; ++i) format |= bit(8, i < 6 ? i : i + 1) << i;
  for (int i = 0; i < 7; ++i) format |= bit(i == 0 ? 7 : 6 - i, 8) << (8 + i);
  return format ^ 0x5412;
}

struct Png {
  CairoSurface surface;
  int width() const { return cairo_image_surface_get_width(surface.get()); }
  bool Black(int x, int y) const {
    const unsigned char* row = cairo_image_surface_get_data(surface.get()) + y * cairo_image_surface_get_stride(surface.get());
    std::uint32_t pixel = 0;
    std::memcpy(&pixel, row + 4 * x, 4);
    return (pixel & 0xffffff) == 0;
  }
};

Png ReadPng(const std::filesystem::path& file) {
  Png png{CairoSurface(cairo_image_surface_create_from_png(file.c_str()))};
  REQUIRE(cairo_surface_status(png.surface.get()) == CAIRO_STATUS_SUCCESS);
  return png;
}

}  // namespace

TEST_CASE("a QR code has a 4-module quiet zone around a symbol with finder patterns", "[qr]") {
  auto code = QrCode::Encode(kUrl);
  REQUIRE(code);
  const int n = code->size();
  CHECK((n - 2 * kQrQuietZoneModules - 17) % 4 == 0);  // symbols are 21, 25, 29, ... modules wide
  for (int i = 0; i < n; ++i) {
    for (int edge = 0; edge < kQrQuietZoneModules; ++edge) {
      CHECK_FALSE(code->Dark(i, edge));
      CHECK_FALSE(code->Dark(edge, i));
      CHECK_FALSE(code->Dark(i, n - 1 - edge));
      CHECK_FALSE(code->Dark(n - 1 - edge, i));
    }
  }
  // The corners of the three finder patterns sit just inside the quiet zone.
  const int q = kQrQuietZoneModules;
  CHECK(code->Dark(q, q));
  CHECK(code->Dark(n - 1 - q, q));
  CHECK(code->Dark(q, n - 1 - q));
}

TEST_CASE("the format information says error correction level M", "[qr]") {
  auto code = QrCode::Encode(kUrl);
  REQUIRE(code);
  const int level = (FormatInformation(*code) >> 13) & 3;  // 01 L, 00 M, 11 Q, 10 H
  CHECK(level == 0);
  CHECK(level != 1);  // never the weakest level
}

TEST_CASE("the PNG has whole pixels per module, a white quiet zone, and zbarimg reads the exact URL", "[qr]") {
  auto code = QrCode::Encode(kUrl);
  REQUIRE(code);
  TempDir dir;
  WriteText(dir / "qr.png", code->Png(8));
  Png png = ReadPng(dir / "qr.png");
  REQUIRE(png.width() == code->size() * 8);
  for (int y = 0; y < code->size(); ++y) {
    for (int x = 0; x < code->size(); ++x) {
      CAPTURE(x, y);
      REQUIRE(png.Black(x * 8 + 4, y * 8 + 4) == code->Dark(x, y));
    }
  }
  auto decoded = Run("zbarimg -q --raw " + Quote((dir / "qr.png").string()));
  CHECK(decoded.exit_code == 0);
  CHECK(decoded.out == kUrl + "\n");
}

TEST_CASE("the SVG is one millimetre per module, titled with its URL, and reads back the same", "[qr]") {
  auto code = QrCode::Encode(kUrl + "&x=<1>");
  REQUIRE(code);
  const std::string svg = code->Svg(kUrl + "&x=<1>");
  const std::string n = std::to_string(code->size());
  CHECK(svg.find("viewBox=\"0 0 " + n + " " + n + "\" width=\"" + n + "mm\" height=\"" + n + "mm\"") != std::string::npos);
  CHECK(svg.find("<title>" + kUrl + "&amp;x=&lt;1&gt;</title>") != std::string::npos);
  CHECK(svg.find("<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#ffffff\"/>") != std::string::npos);
  // The first dark run is the top row of the top-left finder pattern: 7 modules from (4, 4).
  CHECK(svg.find("d=\"M4 4h7v1h-7z") != std::string::npos);
}

TEST_CASE("text too long for any QR code gives nothing", "[qr]") {
  CHECK_FALSE(QrCode::Encode(std::string(3000, 'a')));
  CHECK(QrCode::Encode(std::string(2000, 'a')));
}

}  // namespace nietpluis
