// Cairo's PDF stream and libpng pointed at strings.
#include "print/cairo_output.h"

#include <cairo-pdf.h>
#include <png.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace nietpluis {
namespace {

cairo_status_t AppendTo(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void AppendPng(png_structp png, png_bytep data, png_size_t length) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), length);
}

void FlushPng(png_structp) {}

}  // namespace

// libpng directly instead of cairo's writer, for the compression settings: previews are most of the
// print material's files, and with cairo's (zlib's default level, adaptive filters) compressing them
// took most of the build.
std::string PngBytes(cairo_surface_t* surface, const std::string& key) {
  cairo_surface_flush(surface);
  if (cairo_image_surface_get_format(surface) != CAIRO_FORMAT_RGB24) return {};
  const int width = cairo_image_surface_get_width(surface), height = cairo_image_surface_get_height(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  const unsigned char* pixels = cairo_image_surface_get_data(surface);
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!info) {
    png_destroy_write_struct(&png, nullptr);
    return {};
  }
  std::string out;
  std::vector<unsigned char> row(static_cast<std::size_t>(width) * 3);
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return {};
  }
  png_set_write_fn(png, &out, AppendPng, FlushPng);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8, PNG_COLOR_TYPE_RGB,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  // Measured on a poster preview: no filter at level 3 is both faster and smaller than libpng's
  // adaptive filters, as flat colours with anti-aliased edges compress well as they are.
  png_set_compression_level(png, 3);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  if (!key.empty()) {
    png_text text{};
    text.compression = PNG_TEXT_COMPRESSION_NONE;
    text.key = const_cast<char*>(kPngKeyword);
    text.text = const_cast<char*>(key.c_str());
    text.text_length = key.size();
    png_set_text(png, info, &text, 1);
  }
  png_write_info(png, info);
  for (int y = 0; y < height; ++y) {
    const unsigned char* source = pixels + static_cast<std::ptrdiff_t>(y) * stride;
    for (int x = 0; x < width; ++x) {
      std::uint32_t pixel;  // cairo's RGB24: 0x00RRGGBB in native byte order
      std::memcpy(&pixel, source + 4 * x, 4);
      row[3 * x] = static_cast<unsigned char>(pixel >> 16);
      row[3 * x + 1] = static_cast<unsigned char>(pixel >> 8);
      row[3 * x + 2] = static_cast<unsigned char>(pixel);
    }
    png_write_row(png, row.data());
  }
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return out;
}

namespace {

std::uint32_t BigEndian(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 3]));
}

}  // namespace

// Walks the chunks: a file a crashed build left half-written has no IEND, so it never counts.
std::string PngKey(std::string_view png) {
  static constexpr std::string_view kSignature("\x89PNG\r\n\x1a\n", 8);
  if (png.substr(0, 8) != kSignature) return {};
  std::string key;
  std::size_t at = 8;
  while (at + 12 <= png.size()) {
    const std::uint32_t length = BigEndian(png, at);
    const std::string_view type = png.substr(at + 4, 4);
    if (length > png.size() - at - 12) return {};
    const std::string_view data = png.substr(at + 8, length);
    if (type == "IEND") return at + 12 == png.size() ? key : std::string();
    const std::string_view keyword(kPngKeyword);
    if (type == "tEXt" && data.size() > keyword.size() && data.substr(0, keyword.size()) == keyword &&
        data[keyword.size()] == '\0') {
      key = std::string(data.substr(keyword.size() + 1));
    }
    at += 12 + length;
  }
  return {};
}

CairoSurface PdfSurfaceInto(std::string* out, double width_pt, double height_pt) {
  return CairoSurface(cairo_pdf_surface_create_for_stream(AppendTo, out, width_pt, height_pt));
}

}  // namespace nietpluis
