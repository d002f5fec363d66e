// Reading and checking campaign files.
#include "content/campaign.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "base/dutch_format.h"
#include "base/file_list.h"
#include "base/slug.h"
#include "base/text.h"
#include "config/toml_reader.h"

namespace nietpluis {
namespace {

constexpr const char* kFolder = "campagnes";

bool Before(const CalendarDate& a, const CalendarDate& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

CalendarDate ReadDate(TomlReader& reader, std::string_view key) {
  auto date = reader.Date(key);
  if (!date) return {};
  return CalendarDate{date->year, date->month, date->day};
}

CampaignPeriod ReadPeriod(TomlReader& reader) {
  CampaignPeriod period{ReadDate(reader, "van"), ReadDate(reader, "tot"), reader.LineOf("tot")};
  if (period.start.year > 0 && period.end.year > 0 && Before(period.end, period.start)) {
    reader.AddError("tot", "de campagne eindigt (tot) voordat hij begint (van)", "kijk de twee datums na");
  }
  return period;
}

// The first period (van, tot) and, optionally, [[herhaling]] tables: the same material hung again.
void ReadPeriods(TomlReader& top, Campaign& campaign, Diagnostics* diagnostics) {
  CampaignPeriod first = ReadPeriod(top);
  campaign.start = first.start;
  campaign.end = first.end;
  campaign.periods.push_back(first);
  for (const toml::table* table : top.TableArray("herhaling", false)) {
    TomlReader reader(*table, campaign.file, "[[herhaling]]", diagnostics);
    CampaignPeriod again = ReadPeriod(reader);
    reader.Finish();
    if (again.start.year > 0 && again.end.year > 0) campaign.periods.push_back(again);
  }
}

void ReadLines(TomlReader& reader, Campaign& campaign) {
  campaign.lines_line = reader.LineOf("tekst");
  auto lines = reader.StringArray("tekst");
  if (!lines) return;
  if (lines->empty() || lines->size() > 2) {
    reader.AddError("tekst", "'tekst' heeft " + std::to_string(lines->size()) + " regels; het drukwerk heeft er één of twee",
                    "houd het kort; de rest staat op de pagina waar de QR-code naartoe gaat");
    return;
  }
  for (const std::string& line : *lines) {
    if (Trim(line).empty()) {
      reader.AddError("tekst", "een regel van 'tekst' is leeg", "schrijf de regel of haal hem weg");
      return;
    }
  }
  campaign.lines = std::move(*lines);
}

// "/hoe-meld-ik/" -> "hoe-meld-ik"; "/" -> "" (the home page).
void ReadPage(TomlReader& reader, Campaign& campaign) {
  std::string page = reader.String("pagina");
  if (page.empty()) return;
  std::string slug = page;
  while (!slug.empty() && slug.back() == '/') slug.pop_back();
  if (page.front() != '/') {
    reader.AddError("pagina", "de pagina '" + page + "' begint niet met /",
                    "schrijf de pagina zoals een link op de site, zoals /" + Slugify(page) + "/");
    return;
  }
  slug.erase(0, 1);
  if (!slug.empty() && !IsValidSlug(slug)) {
    reader.AddError("pagina", "'" + page + "' is geen pagina van de site",
                    "schrijf alleen de naam van de pagina tussen twee /, zoals /hoe-meld-ik/");
    return;
  }
  campaign.page_slug = slug;
  campaign.page_line = reader.LineOf("pagina");  // only a well-formed page is looked up later
}

void ReadFormats(TomlReader& reader, Campaign& campaign) {
  campaign.formats_line = reader.LineOf("formaten");
  auto keys = reader.StringArray("formaten", false);
  if (!keys) {
    for (const PrintFormatInfo& info : AllPrintFormats()) campaign.formats.push_back(info.format);
    return;
  }
  if (keys->empty()) {
    reader.AddError("formaten", "'formaten' is leeg",
                    "kies uit " + JoinDutch(PrintFormatKeys()) + ", of haal de regel weg voor alle formaten");
  }
  for (const std::string& key : *keys) {
    auto format = PrintFormatFromKey(key);
    if (!format) {
      std::string suggestion = ClosestMatch(key, PrintFormatKeys());
      reader.AddError("formaten", "onbekend formaat '" + key + "'",
                      suggestion.empty() ? "kies uit " + JoinDutch(PrintFormatKeys()) : "bedoelt u '" + suggestion + "'?");
      continue;
    }
    if (std::find(campaign.formats.begin(), campaign.formats.end(), *format) == campaign.formats.end()) {
      campaign.formats.push_back(*format);
    }
  }
}

// beeld = "beeld/winter.svg" and beeld_alt = "...": both or neither. Whether the file exists and
// prints sharply is the print shop's check, which reads it.
void ReadPicture(TomlReader& reader, Campaign& campaign) {
  const std::string picture = reader.String("beeld", false);
  const std::string alt(Trim(reader.String("beeld_alt", false)));
  if (picture.empty()) {
    if (!alt.empty()) {
      reader.AddError("beeld_alt", "'beeld_alt' staat er, maar 'beeld' niet",
                      "zet het beeld erbij (beeld = \"beeld/naam.svg\") of haal beeld_alt weg");
    }
    return;
  }
  campaign.picture_line = reader.LineOf("beeld");
  if (alt.empty()) {
    reader.AddError("beeld", "het beeld heeft geen beeld_alt",
                    "zeg in één korte zin wat er op het beeld staat, voor wie het niet ziet: beeld_alt = \"...\"");
    return;
  }
  campaign.picture = picture;
  campaign.picture_alt = alt;
}

Placement ReadPlacement(TomlReader& reader) {
  Placement placement;
  placement.line = reader.LineOf("bron");
  placement.tag = reader.String("bron");
  placement.name = reader.String("naam");
  if (!placement.tag.empty() && !IsValidSlug(placement.tag)) {
    std::string example = Slugify(placement.tag);
    reader.AddError("bron", "de bron '" + placement.tag + "' heeft tekens die niet in een webadres horen",
                    "gebruik alleen kleine letters, cijfers en streepjes" +
                        (example.empty() ? std::string() : ", zoals '" + example + "'"));
  }
  return placement;
}

std::optional<Campaign> LoadCampaign(const std::filesystem::path& path, Diagnostics* diagnostics) {
  auto parsed = ParseTomlFile(path, "", diagnostics);
  if (!parsed) return std::nullopt;
  Campaign campaign;
  campaign.file = path.string();
  campaign.id = path.stem().string();
  if (!IsValidSlug(campaign.id)) {
    std::string example = Slugify(campaign.id).empty() ? "campagne" : Slugify(campaign.id);
    diagnostics->Add(Error(campaign.file, 0, "de bestandsnaam heeft tekens die niet in een webadres horen",
                           "noem het bestand " + example + ".toml (kleine letters, cijfers en streepjes)"));
  }
  TomlReader top(*parsed, campaign.file, "", diagnostics);
  campaign.name = top.String("naam");
  ReadPeriods(top, campaign, diagnostics);
  campaign.headline_line = top.LineOf("kop");
  campaign.headline = top.String("kop");
  ReadLines(top, campaign);
  campaign.call_line = top.LineOf("oproep");
  if (std::string call = top.String("oproep", false); !Trim(call).empty()) campaign.call = call;
  ReadPage(top, campaign);
  ReadFormats(top, campaign);
  campaign.bleed = top.Bool("afloop", false).value_or(false);
  ReadPicture(top, campaign);
  for (const toml::table* table : top.TableArray("plek")) {
    TomlReader reader(*table, campaign.file, "[[plek]]", diagnostics);
    campaign.placements.push_back(ReadPlacement(reader));
    reader.Finish();
  }
  top.Finish();
  return campaign;
}

}  // namespace

std::vector<Campaign> LoadCampaigns(const std::filesystem::path& content_dir, Diagnostics* diagnostics) {
  std::vector<Campaign> campaigns;
  for (const std::filesystem::path& file : FilesIn(content_dir, content_dir / kFolder, {".toml"}, diagnostics)) {
    if (auto campaign = LoadCampaign(file, diagnostics)) campaigns.push_back(std::move(*campaign));
  }
  // In the order they hang, so the overview reads like a calendar.
  std::stable_sort(campaigns.begin(), campaigns.end(), [](const Campaign& a, const Campaign& b) {
    return Before(a.start, b.start);
  });
  return campaigns;
}

void CheckCampaigns(const std::vector<Campaign>& campaigns, const std::vector<std::string>& page_slugs,
                    Diagnostics* diagnostics) {
  std::map<std::string, std::string> first_use;  // tag -> "file:line"
  for (const Campaign& campaign : campaigns) {
    if (campaign.page_line > 0 &&
        std::find(page_slugs.begin(), page_slugs.end(), campaign.page_slug) == page_slugs.end()) {
      std::string shown = campaign.page_slug.empty() ? "/" : "/" + campaign.page_slug + "/";
      std::string suggestion = ClosestMatch(campaign.page_slug, page_slugs);
      diagnostics->Add(Error(campaign.file, campaign.page_line,
                             "de QR-code gaat naar " + shown + ", maar die pagina bestaat niet",
                             suggestion.empty() ? "kies een pagina uit content/pages/"
                                                : "bedoelt u /" + suggestion + "/?"));
    }
    for (const Placement& placement : campaign.placements) {
      if (placement.tag.empty()) continue;
      std::string here = campaign.file + ":" + std::to_string(placement.line);
      auto [it, inserted] = first_use.emplace(placement.tag, here);
      if (inserted) continue;
      diagnostics->Add(Error(campaign.file, placement.line,
                             "de bron '" + placement.tag + "' staat ook in " + it->second,
                             "geef elke plek een eigen bron, zodat het meldpunt de meldingen per plek kan tellen"));
    }
  }
}

std::string QrUrl(const std::string& base_url, const Campaign& campaign, const Placement& placement) {
  std::string page = campaign.page_slug.empty() ? "" : campaign.page_slug + "/";
  return base_url + page + "?bron=" + placement.tag;
}

std::string TypedWebAddress(const std::string& base_url, const Campaign& campaign) {
  std::string address = base_url;
  for (std::string_view scheme : {"https://", "http://"}) {
    if (StartsWith(address, scheme)) address.erase(0, scheme.size());
  }
  if (!campaign.page_slug.empty()) address += campaign.page_slug;
  while (!address.empty() && address.back() == '/') address.pop_back();
  return address;
}

}  // namespace nietpluis
