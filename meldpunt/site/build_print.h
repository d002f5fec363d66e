// The print material's part in a build: checked and laid out before anything is written, then
// written with its overview page for the people who run campaigns.
#pragma once

#include <cstddef>
#include <memory>

#include "base/status.h"
#include "print/print_material.h"
#include "site/page_writer.h"
#include "site/site_builder.h"
#include "site/site_inputs.h"

namespace nietpluis {

// The campaigns' pages and tags, and that every text fits every format; null after an error.
std::unique_ptr<PrintShop> PreparePrint(const BuildOptions& options, const SiteInputs& inputs, Diagnostics* diagnostics);

// Writes the print material and drukwerk/index.html; returns the number of print files written.
std::size_t WritePrint(PrintShop& shop, PageWriter& writer, const SiteInputs& inputs, Diagnostics* diagnostics);

}  // namespace nietpluis
