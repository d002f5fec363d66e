// Shared test helpers.
#include "test_support.h"

#include "delivery/report_email.h"
#include "intake/kiosk_screens.h"
#include "render/form_fields.h"

#include <stdlib.h>
#include <sys/wait.h>

#include <cstdlib>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace nietpluis::testing {

TempDir::TempDir() {
  char name[] = "/tmp/nietpluis-test-XXXXXX";
  if (!mkdtemp(name)) throw std::runtime_error("mkdtemp failed");
  path_ = name;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(path_, ec);
}

void WriteText(const std::filesystem::path& file, const std::string& text) {
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << text;
}

OutsideFile::OutsideFile(const std::string& name) : file(dir / name) {
  WriteText(file, "geheim");
  written = std::filesystem::last_write_time(file);
}

bool OutsideFile::Untouched() const {
  return ReadText(file) == "geheim" && std::filesystem::last_write_time(file) == written &&
         std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1;
}

std::string ReadText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string MinimalSiteToml() {
  return R"(taal = "nl"
gemeente = "Gemeente Proef"
meldpunt = "Meldpunt Proef"
basis_url = "https://www.proef.nl/nietpluis/"

[contact]
telefoon = "14 0999"
telefoon_uren = "op werkdagen van 9.00 tot 17.00 uur"
email = "meldpunt@proef.nl"

[[organisatie]]
naam = "Welzijn Proef"
postcodes = ["1000-1099", "1234"]

[[kiosk]]
naam = "Buurthuis Het Anker"
adres = "Ankerweg 1, 1011 AA Proef"
open = "op werkdagen van 9.00 tot 17.00 uur"

[privacy]
verantwoordelijke = "Gemeente Proef"
fg_email = "privacy@proef.nl"
bewaartermijn = "tot de hulp klaar is"

[toegankelijkheid]
status = "voldoet gedeeltelijk"
datum = 2026-11-01
onderzoek = "met axe-core"
contact_email = "meldpunt@proef.nl"

[huisstijl]
logo = "beeld/logo.svg"
kleur_tekst = "#1b1b1b"
kleur_achtergrond = "#ffffff"
kleur_primair = "#0b4a6f"
kleur_primair_tekst = "#ffffff"
kleur_gevaar = "#8b1a1a"
kleur_gevaar_achtergrond = "#fff4f4"
kleur_focus = "#ffbf47"
)";
}

std::string MinimalCampaignToml() {
  return R"(naam = "Proefcampagne"
van = 2026-12-01
tot = 2027-01-31
kop = "Niet pluis? Meld het."
tekst = ["Ziet u iets bij de buren?", "Wij gaan langs."]
pagina = "/over/"

[[plek]]
bron = "huisarts-proef"
naam = "Huisarts Proef"

[[plek]]
bron = "buurthuis-anker"
naam = "Buurthuis Het Anker"
)";
}

std::string ReplaceOnce(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  if (at == std::string::npos) throw std::runtime_error("ReplaceOnce: '" + from + "' not found");
  return text.replace(at, from.size(), to);
}

std::vector<std::string> Messages(const Diagnostics& diagnostics, const std::filesystem::path& dir) {
  const std::string prefix = dir.empty() ? std::string() : dir.string() + "/";
  std::vector<std::string> lines;
  for (const Diagnostic& d : diagnostics.all()) {
    std::string line = d.ToString();
    for (std::size_t at; !prefix.empty() && (at = line.find(prefix)) != std::string::npos;) line.erase(at, prefix.size());
    lines.push_back(line);
  }
  return lines;
}

void WriteMinimalContent(const std::filesystem::path& content_dir) {
  WriteText(content_dir / "site.toml", MinimalSiteToml());
  WriteText(content_dir / "beeld/logo.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 10 10\"><title>Proef</title></svg>\n");
  // The icons the stock layout links to: the build checks that they exist and have their sizes.
  for (const char* icon : {"icoon.svg", "icoon-32.png", "icoon-180.png"}) {
    std::filesystem::copy_file(SourceDir() / "content/beeld" / icon, content_dir / "beeld" / icon,
                               std::filesystem::copy_options::overwrite_existing);
  }
  WriteText(content_dir / "pages/index.md",
            "---\ntitle: Welkom\ndescription: De startpagina.\nmenu: 1\n---\nLees [over ons](/over/).\n");
  WriteText(content_dir / "pages/over.md",
            "---\ntitle: Over ons\ndescription: Wie wij zijn.\nmenu: 2\n---\n## Wie zijn wij?\n\nTerug naar [start](/).\n");
  // The stock templates link to these two (the danger box and the 404 page).
  WriteText(content_dir / "pages/hoe-meld-ik.md",
            "---\ntitle: Hoe meld ik iets?\ndescription: Zo meldt u iets.\n---\nBel ons.\n");
  WriteText(content_dir / "pages/iemand-anders-bellen.md",
            "---\ntitle: Wanneer belt u iemand anders?\ndescription: Andere nummers.\n---\nBel 112.\n");
}

std::string Quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

CommandResult Run(const std::string& command, const std::filesystem::path& cwd) {
  TempDir capture;
  const std::string out_file = (capture / "out").string(), err_file = (capture / "err").string();
  const std::string full = "cd " + Quote(cwd.string()) + " && { " + command + " ; } >" + Quote(out_file) + " 2>" +
                           Quote(err_file) + " </dev/null";
  int status = std::system(full.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadText(out_file);
  result.err = ReadText(err_file);
  return result;
}

std::string Binary() { return NIETPLUIS_BINARY; }

std::filesystem::path SourceDir() { return NIETPLUIS_SOURCE_DIR; }
std::filesystem::path TemplatesDir() { return SourceDir() / "templates"; }

const Texts& KioskTexts() {
  static const Texts texts = [] {
    std::vector<std::string> keys = FormTextKeys();
    keys.insert(keys.end(), ScreenTextKeys().begin(), ScreenTextKeys().end());
    keys.insert(keys.end(), EmailTextKeys().begin(), EmailTextKeys().end());
    Result<Texts> loaded = Texts::Load(Env::Default(), KioskTextsFile(TemplatesDir()), keys);
    if (!loaded.ok()) throw std::runtime_error(loaded.error().ToString());
    return std::move(loaded).value();
  }();
  return texts;
}

}  // namespace nietpluis::testing
