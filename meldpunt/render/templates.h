// The look: Mustache templates from templates/. Values are HTML-escaped by the renderer ({{x}});
// only trusted, already-rendered HTML goes through {{{x}}}.
#pragma once

#include <kainjow/mustache.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/env.h"
#include "base/status.h"
#include "render/emergency_numbers.h"

namespace nietpluis {

using TemplateData = kainjow::mustache::data;

// A link from a template to a page of the site ({{root}}slug/), so the build can check it exists.
struct TemplateLink {
  std::string file;
  int line = 0;
  std::string slug;
};

// A picture a template names from the content's images ({{root}}beeld/icoon-32.png), with the size
// its tag promises (sizes="32x32"; 0 when it promises none), so the build can check the file.
struct TemplateImage {
  std::string file;
  int line = 0;
  std::string path;  // below the site's root: "beeld/icoon-32.png"
  int width = 0, height = 0;
};

// The template texts of one templates folder, checked once at load, with the emergency numbers
// every page shows. Partials ({{> gevaar}}) are inlined at load, so rendering never parses a
// template again.
class TemplateSet {
 public:
  // Reads layout.mustache, 404.mustache, partials/, generated/ and kiosk/*.mustache from `dir`, and
  // teksten/noodnummers.toml. Every problem goes to `diagnostics`, so a writer sees them all at once;
  // the error returned is the first of them (already in `diagnostics`: do not add it again).
  static Result<TemplateSet> Load(Env* env, const std::filesystem::path& dir, Diagnostics* diagnostics);

  const std::filesystem::path& dir() const { return dir_; }
  std::filesystem::path assets_dir() const { return dir_ / "assets"; }
  bool Has(const std::string& name) const { return texts_.count(name) > 0; }
  const std::vector<TemplateLink>& page_links() const { return page_links_; }
  const std::vector<TemplateImage>& images() const { return images_; }
  const EmergencyNumbers& emergency_numbers() const { return emergency_numbers_; }

 private:
  friend class Renderer;
  std::filesystem::path dir_;
  std::map<std::string, std::string> texts_;  // "layout", "404", "generated/privacy"; partials inlined
  std::vector<TemplateLink> page_links_;
  std::vector<TemplateImage> images_;
  EmergencyNumbers emergency_numbers_;
};

// Parsed templates for one thread: the Mustache engine keeps state while rendering.
class Renderer {
 public:
  explicit Renderer(const TemplateSet& set);

  // Names are looked up in `data` first, then in `base` (the site-wide values), so the site data is
  // shared by every page instead of copied into each.
  Result<std::string> Render(const std::string& name, const TemplateData& data, const TemplateData* base = nullptr);

 private:
  const TemplateSet& set_;
  std::map<std::string, kainjow::mustache::mustache> parsed_;  // filled as templates are first used
};

}  // namespace nietpluis
