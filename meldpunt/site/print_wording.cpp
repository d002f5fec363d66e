// Filling the print material's fixed wording with the emergency numbers.
#include "site/print_wording.h"

#include "render/texts.h"

namespace nietpluis {

std::filesystem::path GeneratorTextsFile(const std::filesystem::path& templates_dir) {
  return templates_dir / "teksten" / "nietpluis.toml";
}

Result<PieceWording> LoadPieceWording(Env* env, const std::filesystem::path& templates_dir,
                                      const EmergencyNumbers& numbers) {
  Result<Texts> loaded = Texts::Load(env, GeneratorTextsFile(templates_dir),
                                     {"drukwerk.scan_of_bel", "drukwerk.kijk_op", "drukwerk.bel", "drukwerk.gevaar",
                                      "drukwerk.ander_nummer"});
  if (!loaded.ok()) return loaded.error();
  const Texts& texts = loaded.value();
  PieceWording wording;
  wording.scan_or_call = texts.Get("drukwerk.scan_of_bel");
  wording.web_lead = texts.Get("drukwerk.kijk_op");
  wording.phone_lead = texts.Get("drukwerk.bel");
  wording.danger = texts.Fill("drukwerk.gevaar", {{"nummer", numbers.urgent.number}});
  for (const EmergencyNumber& number : numbers.others) {
    if (!wording.other_numbers.empty()) wording.other_numbers += ' ';
    wording.other_numbers +=
        texts.Fill("drukwerk.ander_nummer", {{"kort", number.short_label}, {"nummer", number.number}});
  }
  return wording;
}

}  // namespace nietpluis
