// The overview page of all print material (drukwerk/index.html): the print layer's summary as template values.
#pragma once

#include <vector>

#include "print/print_material.h"
#include "render/templates.h"

namespace nietpluis {

// For templates/drukwerk.mustache, seen from drukwerk/index.html.
TemplateData PrintOverviewData(const std::vector<PrintCampaignSummary>& campaigns);

}  // namespace nietpluis
