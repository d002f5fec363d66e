// Preparing and writing the print material within a build.
#include "site/build_print.h"

#include <string>
#include <string_view>
#include <vector>

#include "site/print_overview.h"
#include "site/print_wording.h"
#include "site/site_texts.h"

namespace nietpluis {
namespace {

// For the people who run campaigns.
Status WritePrintOverview(PrintShop& shop, PageWriter& writer, const Texts& texts, const std::string& site_root) {
  Renderer renderer(writer.templates());
  PageView view = PageWriter::StaffPage(texts.Get(kPrintOverviewTitle), texts.Get(kPrintOverviewDescription));
  std::vector<PrintCampaignSummary> campaigns = shop.Overview();
  // The campaign's page is "../x/" from drukwerk/ in the site; the overview is in the staff folder.
  for (PrintCampaignSummary& campaign : campaigns) {
    if (campaign.page.rfind("../", 0) == 0) campaign.page = "../" + site_root + campaign.page.substr(3);
  }
  Result<std::string> body = renderer.Render("drukwerk", PrintOverviewData(campaigns), &writer.site_data());
  return writer.WriteInLayout(renderer, std::move(view), std::move(body), "drukwerk/index.html");
}

}  // namespace

std::unique_ptr<PrintShop> PreparePrint(const BuildOptions& options, const SiteInputs& inputs, Diagnostics* diagnostics) {
  std::vector<std::string> slugs;
  for (const Page& page : inputs.pages) slugs.push_back(page.slug);
  const std::size_t errors_before = diagnostics->error_count();
  CheckCampaigns(inputs.campaigns, slugs, diagnostics);
  if (diagnostics->error_count() > errors_before || inputs.campaigns.empty()) return nullptr;
  Result<PieceWording> wording =
      LoadPieceWording(options.env, options.templates_dir, inputs.templates->emergency_numbers());
  if (!wording.ok()) {
    diagnostics->Add(wording.error());
    return nullptr;
  }
  // Every problem is in `diagnostics` already.
  Result<std::unique_ptr<PrintShop>> shop = PrintShop::Prepare(inputs.config, inputs.campaigns, wording.value(),
                                                               options.templates_dir, options.content_dir, options.env,
                                                               diagnostics);
  return shop.ok() ? std::move(shop).value() : nullptr;
}

std::size_t WritePrint(PrintShop& shop, PageWriter& writer, StagedOutput& site, const SiteInputs& inputs,
                       const std::string& site_root, Diagnostics* diagnostics) {
  shop.Write(
      [&](const std::string& relative, std::string_view bytes) {
        // A link preview fetches the picture from the public site, never from the staff folder.
        StagedOutput& to = relative.rfind("deel/", 0) == 0 ? site : writer.output();
        return to.Write(relative, bytes);
      },
      diagnostics);
  if (!diagnostics->HasErrors()) diagnostics->Add(WritePrintOverview(shop, writer, inputs.texts, site_root));
  return shop.files_written();
}

}  // namespace nietpluis
