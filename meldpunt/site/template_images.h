// The pictures the templates name from content/beeld/ (the icons a browser and a phone's home screen
// show): checked before anything is written, so a site never links to a missing or wrongly sized icon.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
#include <utility>

#include "base/env.h"
#include "base/status.h"
#include "render/templates.h"

namespace nietpluis {

// A PNG file's width and height from its header; nothing for bytes that are not a PNG.
std::optional<std::pair<int, int>> PngDimensions(std::string_view bytes);

// Each TemplateImage exists in `content_dir` and, where its tag promises a size, is a PNG of exactly
// that size; every problem is an error at the template's line.
void CheckTemplateImages(const TemplateSet& templates, const std::filesystem::path& content_dir, Env* env,
                         Diagnostics* diagnostics);

}  // namespace nietpluis
