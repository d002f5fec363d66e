// The follow-up key: the secret the meldpunt's intakes share to hash codes and sign status links.
#pragma once

#include <filesystem>
#include <string>

#include "base/status.h"

namespace nietpluis {

inline constexpr const char* kFollowKeyFileName = "volgsleutel";
// Shorter keys are refused: the key is all that stands between a copied store and its codes.
inline constexpr std::size_t kMinFollowKeyLength = 32;

// `configured` (from [volgen] sleutel_bestand) when given; else `data_dir`/volgsleutel, made with 32
// random bytes (as hex, 0600) the first time. Kiosks that must issue codes the public intake knows
// name the same key file.
Result<std::string> LoadFollowKey(const std::filesystem::path& data_dir, const std::string& configured);

}  // namespace nietpluis
