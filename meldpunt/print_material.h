// All print material of all campaigns: prepared and checked before the build writes anything, then
// rendered in parallel into the staged output (drukwerk/<campagne>/...), and described for the
// overview page drukwerk/index.html.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "campaign.h"
#include "env.h"
#include "print_logo.h"
#include "print_piece.h"
#include "print_type.h"
#include "site_config.h"
#include "staged_output.h"
#include "status.h"
#include "templates.h"

namespace nietpluis {

class PrintShop {
 public:
  // Loads the fonts (templates_dir/drukwerk/fonts) and the logo, and checks that every text fits
  // every format each campaign asks for. Nothing when there are no campaigns or on any error.
  static std::unique_ptr<PrintShop> Prepare(const SiteConfig& config, const std::vector<Campaign>& campaigns,
                                            const std::filesystem::path& templates_dir,
                                            const std::filesystem::path& content_dir, Env* env,
                                            Diagnostics* diagnostics);

  // Every PDF, preview and QR code, on every core.
  void Write(StagedOutput* output, Diagnostics* diagnostics);

  std::size_t files_written() const { return files_written_; }
  // For templates/drukwerk.mustache, seen from drukwerk/index.html.
  TemplateData OverviewData() const;

 private:
  struct Job;
  struct Worker;
  struct JobOutput {
    std::size_t files = 0;
    std::size_t pdf_bytes = 0;
  };
  PrintShop() = default;
  PieceTexts TextsOf(const Campaign& campaign) const;
  std::string PdfName(const Job& job) const;  // relative to drukwerk/
  Status WriteJob(const Job& job, Worker& worker, StagedOutput* output, JobOutput* result);

  SiteConfig config_;
  std::vector<Campaign> campaigns_;
  std::shared_ptr<const PrintFonts> fonts_;
  std::string logo_bytes_;
  PieceColours colours_;
  std::map<std::string, std::size_t> pdf_sizes_;  // PdfName -> bytes, after Write
  std::size_t files_written_ = 0;
};

}  // namespace nietpluis
