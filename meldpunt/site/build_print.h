// The print material's part in a build: checked and laid out before anything is written, then
// written with its overview page for the people who run campaigns.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "base/status.h"
#include "print/print_material.h"
#include "site/page_writer.h"
#include "site/site_builder.h"
#include "site/site_inputs.h"

namespace nietpluis {

// The campaigns' pages and tags, and that every text fits every format; null after an error.
std::unique_ptr<PrintShop> PreparePrint(const BuildOptions& options, const SiteInputs& inputs, Diagnostics* diagnostics);

// Writes the print material and drukwerk/index.html into the staff folder, and the campaigns' share
// images (deel/) into the site, whose pages show them; returns the number of files written.
// `site_root` leads from the staff folder's root to the site's ("../site/").
std::size_t WritePrint(PrintShop& shop, PageWriter& writer, StagedOutput& site, const SiteInputs& inputs,
                       const std::string& site_root, Diagnostics* diagnostics);

}  // namespace nietpluis
