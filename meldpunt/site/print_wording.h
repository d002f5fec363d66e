// The wording every piece of print material shares, put together from the [drukwerk] texts of
// templates/teksten/nietpluis.toml and the emergency numbers: print reads no text files itself.
#pragma once

#include <filesystem>

#include "base/env.h"
#include "base/status.h"
#include "print/print_piece.h"
#include "render/emergency_numbers.h"

namespace nietpluis {

// templates/teksten/nietpluis.toml of a templates folder.
std::filesystem::path GeneratorTextsFile(const std::filesystem::path& templates_dir);

// Reads the [drukwerk] texts; a missing one is an error naming the file and the key.
Result<PieceWording> LoadPieceWording(Env* env, const std::filesystem::path& templates_dir,
                                      const EmergencyNumbers& numbers);

}  // namespace nietpluis
