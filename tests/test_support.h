// Shared test helpers: temporary folders, a minimal valid content tree, file I/O.
#pragma once

#include <filesystem>
#include <string>

namespace nietpluis::testing {

// A fresh folder under /tmp, removed when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

void WriteText(const std::filesystem::path& file, const std::string& text);
std::string ReadText(const std::filesystem::path& file);

// A small valid content folder: site.toml, logo and two linked pages (index and "over").
void WriteMinimalContent(const std::filesystem::path& content_dir);
// The site.toml that WriteMinimalContent writes, so tests can alter one line.
std::string MinimalSiteToml();

std::filesystem::path SourceDir();
std::filesystem::path TemplatesDir();

}  // namespace nietpluis::testing
