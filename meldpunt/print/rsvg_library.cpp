// Opening librsvg and reading PNG bytes.
#include "print/rsvg_library.h"

#include <dlfcn.h>

#include <cstring>
#include <type_traits>

namespace nietpluis {
namespace {

struct PngReader {
  const std::string& bytes;
  std::size_t at = 0;
};

cairo_status_t ReadPng(void* closure, unsigned char* data, unsigned int length) {
  auto* reader = static_cast<PngReader*>(closure);
  if (reader->bytes.size() - reader->at < length) return CAIRO_STATUS_READ_ERROR;
  std::memcpy(data, reader->bytes.data() + reader->at, length);
  reader->at += length;
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

const Rsvg* Rsvg::Get() {
  static const Rsvg* loaded = []() -> const Rsvg* {
    void* library = dlopen("librsvg-2.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!library) return nullptr;
    static Rsvg rsvg;
    auto find = [library](auto& function, const char* name) {
      function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, name));
      return function != nullptr;
    };
    bool all = find(rsvg.new_from_data, "rsvg_handle_new_from_data") &&
               find(rsvg.size_in_pixels, "rsvg_handle_get_intrinsic_size_in_pixels") &&
               find(rsvg.dimensions, "rsvg_handle_get_intrinsic_dimensions") &&
               find(rsvg.render_document, "rsvg_handle_render_document");
    return all ? &rsvg : nullptr;
  }();
  return loaded;
}

bool LoadSvg(const Rsvg& rsvg, const std::string& bytes, LoadedSvg* svg, std::string* why) {
  GError* error = nullptr;
  svg->handle = rsvg.new_from_data(reinterpret_cast<const guint8*>(bytes.data()), bytes.size(), &error);
  if (!svg->handle) {
    *why = error ? error->message : "onbekende fout";
    if (error) g_error_free(error);
    return false;
  }
  gdouble width = 0, height = 0;
  if (!rsvg.size_in_pixels(svg->handle, &width, &height)) {
    gboolean has_width, has_height, has_viewbox;
    RsvgLength length_w, length_h;
    RsvgRectangle viewbox;
    rsvg.dimensions(svg->handle, &has_width, &length_w, &has_height, &length_h, &has_viewbox, &viewbox);
    if (has_viewbox) {
      width = viewbox.width;
      height = viewbox.height;
    }
  }
  svg->width = width;
  svg->height = height;
  return true;
}

cairo_surface_t* PngSurface(const std::string& bytes) {
  PngReader reader{bytes};
  return cairo_image_surface_create_from_png_stream(ReadPng, &reader);
}

}  // namespace nietpluis
