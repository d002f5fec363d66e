// Reading a campaign's picture and drawing it to fill a box.
#include "print/print_picture.h"

#include <jpeglib.h>

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <vector>

#include "print/rsvg_library.h"

namespace nietpluis {
namespace {

std::string Lower(std::string text) {
  for (char& ch : text) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  return text;
}

struct JpegError {
  jpeg_error_mgr manager;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX] = {};
};

[[noreturn]] void JpegFailed(j_common_ptr info) {
  auto* error = reinterpret_cast<JpegError*>(info->err);
  (*info->err->format_message)(info, error->message);
  std::longjmp(error->jump, 1);
}

// A warning (level -1: "Premature end of JPEG file") means a damaged file that libjpeg would fill in
// with grey: refused like an error, and never printed to stderr.
void JpegMessage(j_common_ptr info, int level) {
  if (level < 0) JpegFailed(info);
}

// The JPEG decoded into an RGB24 surface, which keeps the original bytes as its PDF form; null and
// `why` on failure. libjpeg reports errors by longjmp, so nothing here may need a destructor.
cairo_surface_t* DecodeJpeg(const std::string& bytes, std::string* why) {
  jpeg_decompress_struct info;
  JpegError error;
  info.err = jpeg_std_error(&error.manager);
  error.manager.error_exit = JpegFailed;
  error.manager.emit_message = JpegMessage;
  cairo_surface_t* surface = nullptr;
  if (setjmp(error.jump)) {
    jpeg_destroy_decompress(&info);
    if (surface) cairo_surface_destroy(surface);
    *why = error.message;
    return nullptr;
  }
  jpeg_create_decompress(&info);
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&info, TRUE);
  info.out_color_space = JCS_EXT_BGRX;  // cairo's RGB24 in memory on a little-endian machine
  jpeg_start_decompress(&info);
  surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(info.output_width),
                                       static_cast<int>(info.output_height));
  unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  cairo_surface_flush(surface);
  while (info.output_scanline < info.output_height) {
    JSAMPROW row = data + static_cast<std::size_t>(info.output_scanline) * static_cast<std::size_t>(stride);
    jpeg_read_scanlines(&info, &row, 1);
  }
  cairo_surface_mark_dirty(surface);
  jpeg_finish_decompress(&info);
  jpeg_destroy_decompress(&info);
  return surface;
}

void FreeCopy(void* data) { delete static_cast<std::string*>(data); }

Diagnostic Unreadable(const std::string& name, const std::string& file, int line, const std::string& why) {
  return Error(file, line, "het beeld '" + name + "' kan niet op het drukwerk (" + why + ")",
               "gebruik een geldig SVG-, PNG- of JPEG-bestand");
}

}  // namespace

Result<std::shared_ptr<PrintPicture>> PrintPicture::FromBytes(const std::string& bytes, const std::string& extension,
                                                              const std::string& name, const std::string& file,
                                                              int line) {
  std::shared_ptr<PrintPicture> picture(new PrintPicture());
  const std::string type = Lower(extension);
  if (type == ".svg") {
    const Rsvg* rsvg = Rsvg::Get();
    if (!rsvg) {
      return Error(file, line, "librsvg ontbreekt, dus een SVG-beeld kan niet op het drukwerk",
                   "installeer het met scripts/install-deps.sh of gebruik een PNG- of JPEG-bestand");
    }
    picture->rsvg_ = rsvg;
    LoadedSvg svg;
    std::string why;
    if (!LoadSvg(*rsvg, bytes, &svg, &why)) return Unreadable(name, file, line, why);
    picture->svg_ = svg.handle;
    const double width = svg.width, height = svg.height;
    if (width <= 0 || height <= 0) return Unreadable(name, file, line, "het SVG-bestand heeft geen breedte en hoogte");
    picture->width_ = width;
    picture->height_ = height;
    return picture;
  }
  if (type == ".png") {
    picture->raster_ = PngSurface(bytes);
    if (cairo_surface_status(picture->raster_) != CAIRO_STATUS_SUCCESS) {
      return Unreadable(name, file, line, "geen geldige PNG");
    }
  } else if (type == ".jpg" || type == ".jpeg") {
    std::string why;
    picture->raster_ = DecodeJpeg(bytes, &why);
    if (!picture->raster_) return Unreadable(name, file, line, "geen geldige JPEG: " + why);
    // cairo's PDF surface then embeds the file itself (DCTDecode) instead of the decoded pixels.
    auto* copy = new std::string(bytes);
    cairo_surface_set_mime_data(picture->raster_, CAIRO_MIME_TYPE_JPEG,
                                reinterpret_cast<const unsigned char*>(copy->data()), copy->size(), FreeCopy, copy);
  } else {
    return Error(file, line, "een beeld van het type " + extension + " kan niet op het drukwerk",
                 "gebruik een SVG-bestand (het beste voor drukwerk), een PNG- of een JPEG-bestand");
  }
  picture->width_ = cairo_image_surface_get_width(picture->raster_);
  picture->height_ = cairo_image_surface_get_height(picture->raster_);
  return picture;
}

PrintPicture::~PrintPicture() {
  if (svg_) g_object_unref(svg_);
  if (raster_) cairo_surface_destroy(raster_);
}

std::optional<double> PrintPicture::DpiFilling(double width_pt, double height_pt) const {
  if (svg_) return std::nullopt;
  const double points_per_pixel = std::max(width_pt / width_, height_pt / height_);
  return 72.0 / points_per_pixel;
}

void PrintPicture::Draw(cairo_t* cr, double x, double y, double width, double height) const {
  const double scale = std::max(width / width_, height / height_);
  const double left = x + (width - width_ * scale) / 2, top = y + (height - height_ * scale) / 2;
  cairo_save(cr);
  cairo_rectangle(cr, x, y, width, height);
  cairo_clip(cr);
  if (svg_) {
    RsvgRectangle viewport{left, top, width_ * scale, height_ * scale};
    static_cast<const Rsvg*>(rsvg_)->render_document(static_cast<RsvgHandle*>(svg_), cr, &viewport, nullptr);
  } else {
    cairo_translate(cr, left, top);
    cairo_scale(cr, scale, scale);
    cairo_set_source_surface(cr, raster_, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
  }
  cairo_restore(cr);
}

}  // namespace nietpluis
