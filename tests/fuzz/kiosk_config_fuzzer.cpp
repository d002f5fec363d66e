// Fuzzes kiosk.toml through LoadKioskConfig, as the kiosk reads it at start: the input is the file,
// beside an installed content folder (inhoud/) and secrets (geheim/) in the harness's scratch folder.
#include <cstdint>
#include <filesystem>

#include "config/kiosk_config.h"
#include "config_checks.h"
#include "fuzz_support.h"

namespace {

namespace fs = std::filesystem;

const fs::path& Installed() {
  static const fs::path dir = [] {
    const fs::path root = nietpluis::fuzz::ScratchDir();
    fs::create_directories(root / "inhoud");
    nietpluis::fuzz::CopyFromSource("content/site.toml", root / "inhoud/site.toml");
    nietpluis::fuzz::CopyFromSource("content/beeld", root / "inhoud/beeld");
    fs::create_directories(root / "geheim");
    for (const char* secret : {"geheim/welzijn-noord.key", "geheim/buurtwerk-zuid.wachtwoord"}) {
      nietpluis::fuzz::WriteFile(root / secret, "3f1c0d9a7b6e5d4c3b2a19080706050403020100ffeeddccbbaa998877665544\n");
      fs::permissions(root / secret, fs::perms::owner_read | fs::perms::owner_write);
    }
    nietpluis::fuzz::WriteFile(root / "eigen-ca.pem", "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    return root;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Installed();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nietpluis;
  using namespace nietpluis::fuzz;
  const std::string_view text = AsText(data, size);
  const fs::path file = Installed() / "kiosk.toml";
  WriteFile(file, text);
  Diagnostics diagnostics;
  KioskConfig config = LoadKioskConfig(file, true, &diagnostics);
  CheckDiagnostics(diagnostics, file.string(), text);
  if (!diagnostics.HasErrors()) CheckKioskConfig(config);
  return 0;
}
