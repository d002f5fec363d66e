// Reading the national emergency numbers from their one text file.
#include "render/emergency_numbers.h"

#include "base/text.h"
#include "render/texts.h"

namespace nietpluis {
namespace {

constexpr const char* kUrgent = "spoed";
// The order on the site, the kiosk and the card. A fixed set: these are national numbers, and a
// fixed set keeps the file the plain tables of texts every file of templates/teksten/ is.
constexpr const char* kOthers[] = {"politie", "veilig_thuis", "zorgwekkend_gedrag"};

std::vector<std::string> NeededKeys() {
  std::vector<std::string> keys = {std::string(kUrgent) + ".nummer"};
  for (const char* id : kOthers) {
    for (const char* field : {".tekst", ".kort", ".nummer"}) keys.push_back(id + std::string(field));
  }
  return keys;
}

// A number without digits would make a tel: link that calls nobody.
Result<EmergencyNumber> NumberOf(const Texts& texts, const std::string& id) {
  EmergencyNumber number;
  number.id = id;
  number.label = texts.Get(id + ".tekst");
  number.short_label = texts.Get(id + ".kort");
  number.number = texts.Get(id + ".nummer");
  number.after = texts.Get(id + ".erna");
  number.digits = PhoneDigits(number.number);
  if (number.digits.empty()) {
    return Error(texts.file(), texts.LineOf(id + ".nummer"), "het nummer van [" + id + "] heeft geen cijfers",
                 "schrijf het nummer zoals mensen het lezen, bijvoorbeeld nummer = \"0800-2000\"");
  }
  return number;
}

}  // namespace

std::filesystem::path EmergencyNumbersFile(const std::filesystem::path& templates_dir) {
  return templates_dir / "teksten" / "noodnummers.toml";
}

Result<EmergencyNumbers> LoadEmergencyNumbers(Env* env, const std::filesystem::path& file) {
  Result<Texts> loaded = Texts::Load(env, file, NeededKeys());
  if (!loaded.ok()) return loaded.error();
  const Texts& texts = loaded.value();
  EmergencyNumbers numbers;
  Result<EmergencyNumber> urgent = NumberOf(texts, kUrgent);
  if (!urgent.ok()) return urgent.error();
  numbers.urgent = std::move(urgent).value();
  for (const char* id : kOthers) {
    Result<EmergencyNumber> other = NumberOf(texts, id);
    if (!other.ok()) return other.error();
    numbers.others.push_back(std::move(other).value());
  }
  return numbers;
}

}  // namespace nietpluis
