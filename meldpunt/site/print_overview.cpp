// Turning the print summary into the values of templates/drukwerk.mustache.
#include "site/print_overview.h"

#include <string>

namespace nietpluis {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

TemplateData Flag(bool on) { return TemplateData(on ? TemplateData::type::bool_true : TemplateData::type::bool_false); }

TemplateData PieceData(const PrintPieceSummary& piece) {
  TemplateData previews{list{}};
  for (const PrintPreview& preview : piece.previews) {
    previews.push_back(object{{"src", preview.file},
                              {"breedte", std::to_string(preview.width_px)},
                              {"hoogte", std::to_string(preview.height_px)}});
  }
  return object{{"formaat", piece.format},           {"maat", piece.size},
                {"pdf", piece.pdf},                  {"grootte", piece.file_size},
                {"voorbeelden", previews},           {"twee_kanten", Flag(piece.two_sided)}};
}

TemplateData PlacementData(const PrintPlacementSummary& placement) {
  TemplateData pieces{list{}};
  for (const PrintPieceSummary& piece : placement.pieces) pieces.push_back(PieceData(piece));
  return object{{"naam", placement.name},     {"bron", placement.tag},       {"url", placement.url},
                {"qr_svg", placement.qr_svg}, {"qr_png", placement.qr_png}, {"stukken", pieces}};
}

}  // namespace

TemplateData PrintOverviewData(const std::vector<PrintCampaignSummary>& campaigns) {
  TemplateData items{list{}};
  for (const PrintCampaignSummary& campaign : campaigns) {
    TemplateData placements{list{}};
    for (const PrintPlacementSummary& placement : campaign.placements) placements.push_back(PlacementData(placement));
    items.push_back(object{
        {"id", campaign.id},
        {"naam", campaign.name},
        {"van", campaign.from},
        {"tot", campaign.to},
        {"kop", campaign.headline},
        {"webadres", campaign.web_address},
        {"pagina", campaign.page},
        {"afloop", Flag(campaign.bleed)},
        {"plekken", placements},
    });
  }
  TemplateData data{object{}};
  data.set("campagnes", items);
  return data;
}

}  // namespace nietpluis
