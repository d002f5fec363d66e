// Fuzzes site.toml through LoadSiteConfig: the input is the file, in a content folder that has the
// example's images, so a well-formed logo line is found.
#include <cstdint>
#include <filesystem>

#include "config/site_config.h"
#include "config_checks.h"
#include "fuzz_support.h"

namespace {

namespace fs = std::filesystem;

const fs::path& ContentDir() {
  static const fs::path dir = [] {
    const fs::path content = nietpluis::fuzz::ScratchDir() / "inhoud";
    fs::create_directories(content);
    nietpluis::fuzz::CopyFromSource("content/beeld", content / "beeld");
    return content;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  ContentDir();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nietpluis;
  using namespace nietpluis::fuzz;
  const std::string_view text = AsText(data, size);
  WriteFile(ContentDir() / "site.toml", text);
  Diagnostics diagnostics;
  SiteConfig config = LoadSiteConfig(ContentDir(), &diagnostics);
  CheckDiagnostics(diagnostics, (ContentDir() / "site.toml").string(), text);
  if (!diagnostics.HasErrors()) CheckSiteConfig(config, ContentDir());
  return 0;
}
