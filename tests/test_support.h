// Shared test helpers: temporary folders, a minimal valid content tree, file I/O.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"
#include "render/texts.h"

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

// A file "geheim" alone in a folder of its own, outside what a test builds: a link in content or
// in the output points to it, and the program must neither change it nor put anything beside it.
struct OutsideFile {
  explicit OutsideFile(const std::string& name);
  // Same bytes, same modification time, still alone in its folder.
  bool Untouched() const;

  TempDir dir;
  std::filesystem::path file;
  std::filesystem::file_time_type written;
};

// A small valid content folder: site.toml, logo, two linked pages (index and "over") and the two
// pages the stock templates link to (hoe-meld-ik, iemand-anders-bellen).
void WriteMinimalContent(const std::filesystem::path& content_dir);
// The site.toml that WriteMinimalContent writes, so tests can alter one line.
std::string MinimalSiteToml();
// A campaign for that site (content/campagnes/proef.toml): two placements, every format, QR codes
// leading to /over/. Line 4 is the headline, 5 the text, 6 the page, 9 and 13 the bron tags.
std::string MinimalCampaignToml();

// `text` with its first `from` replaced by `to`; fails the test when `from` is not there.
std::string ReplaceOnce(std::string text, const std::string& from, const std::string& to);

// Each diagnostic as printed, with `dir` + "/" taken out of the file names so tests can compare them.
std::vector<std::string> Messages(const Diagnostics& diagnostics, const std::filesystem::path& dir = {});

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs `command` through the shell in `cwd`, capturing stdout and stderr separately.
CommandResult Run(const std::string& command, const std::filesystem::path& cwd = std::filesystem::current_path());
// The nietpluis binary under test.
std::string Binary();
// Single-quotes a path or argument for the shell.
std::string Quote(const std::string& text);

std::filesystem::path SourceDir();
std::filesystem::path TemplatesDir();
// The intake's texts (templates/teksten/kiosk.toml) with the form's, the screens' and the e-mail's keys.
const Texts& KioskTexts();

}  // namespace nietpluis::testing
