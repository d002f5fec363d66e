// Checking, rendering and listing the print material of every campaign.
#include "print/print_material.h"

#include <cmath>
#include <cstdio>
#include <optional>
#include <set>
#include <utility>

#include "base/content_path.h"
#include "base/dutch_format.h"
#include "base/parallel.h"
#include "print/share_image.h"

namespace nietpluis {
namespace {

// Wide enough to judge a design at a glance; the PDF is there for the details.
constexpr int kPreviewWidthPx = 420;
constexpr int kQrPngPixelsPerModule = 10;

std::string PieceBase(const Placement& placement, PrintFormat format) {
  return placement.tag + "-" + InfoOf(format).key;
}

// A file's path below drukwerk/ ("winter-2026/huisarts-centrum-poster-a4.pdf"): the overview page,
// which lives in drukwerk/, links with it.
std::string InFolder(const Campaign& campaign, const std::string& file) { return campaign.id + "/" + file; }

std::string PreviewName(const Placement& placement, PrintFormat format, std::size_t side) {
  return PieceBase(placement, format) + (side == 0 ? "" : "-achterkant") + ".png";
}

std::string ShortSize(std::size_t bytes) {
  if (bytes < 1024 * 1024) return std::to_string((bytes + 1023) / 1024) + " kB";
  return DutchDecimal(static_cast<double>(bytes) / (1024.0 * 1024.0), 1) + " MB";
}

std::string IsoDate(const CalendarDate& date) {
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT00:00:00", date.year, date.month, date.day);
  return text;
}

// Where a text comes from, for a message about it.
struct TextSource {
  std::string what;    // "de kop"
  int line;            // in the campaign file
  std::string remedy;  // how to make it shorter
};

TextSource SourceOf(TextRole role, const Campaign& campaign) {
  switch (role) {
    case TextRole::kSender: return {"meldpunt uit site.toml", campaign.formats_line, "schrijf meldpunt korter"};
    case TextRole::kHeadline: return {"de kop", campaign.headline_line, "maak de kop korter"};
    case TextRole::kLines: return {"de tekst", campaign.lines_line, "maak de tekst korter"};
    case TextRole::kCall: return {"de oproep", campaign.call_line, "maak de oproep korter"};
    case TextRole::kPhone: return {"telefoon uit site.toml", campaign.formats_line, "schrijf telefoon korter"};
    case TextRole::kPhoneHours:
      return {"telefoon_uren uit site.toml", campaign.formats_line, "maak telefoon_uren korter"};
    case TextRole::kWebAddress:
      return {"het webadres", campaign.page_line, "kies een kortere pagina of basis_url in site.toml"};
    case TextRole::kScanOrCall:
    case TextRole::kDanger:
    case TextRole::kOtherNumbers:
      break;
  }
  return {"een vaste tekst van het drukwerk", campaign.formats_line,
          "kies in templates/drukwerk/fonts een smaller lettertype"};
}

}  // namespace

struct PrintShop::Job {
  std::size_t campaign;
  std::size_t placement;
  std::optional<PrintFormat> format;  // none: the QR code files of the placement
  bool share_image = false;           // the campaign's share image instead of a placement's files
};

struct PrintShop::Worker {
  std::unique_ptr<Typesetter> typesetter;
  std::shared_ptr<PrintLogo> logo;
  std::map<std::size_t, std::shared_ptr<PrintPicture>> pictures;  // per campaign, opened when first needed
  Diagnostics diagnostics;
};

Result<std::unique_ptr<PrintShop>> PrintShop::Prepare(const SiteConfig& config, const std::vector<Campaign>& campaigns,
                                                      const PieceWording& wording,
                                                      const std::filesystem::path& templates_dir,
                                                      const std::filesystem::path& content_dir, Env* env,
                                                      Diagnostics* diagnostics) {
  const std::size_t size_before = diagnostics->all().size();
  std::unique_ptr<PrintShop> shop(new PrintShop());
  shop->config_ = config;
  shop->campaigns_ = campaigns;
  shop->wording_ = wording;
  const HouseStyle& style = config.style;
  shop->colours_ = ColoursOf(style);
  shop->picture_bytes_.resize(campaigns.size());

  auto fonts = PrintFonts::Load(templates_dir, templates_dir / "drukwerk" / "fonts");
  if (!fonts.ok()) {
    diagnostics->Add(fonts.error());
    return fonts.error();
  }
  shop->fonts_ = fonts.value();

  const std::string site_toml = (content_dir / "site.toml").string();
  std::shared_ptr<PrintLogo> logo;
  if (!style.logo.empty() && std::filesystem::is_regular_file(content_dir / style.logo)) {
    Result<std::string> bytes = env->ReadFile(content_dir / style.logo);
    if (!bytes.ok()) {
      diagnostics->Add(bytes.error());
    } else {
      shop->logo_bytes_ = bytes.value();
      auto loaded = PrintLogo::FromBytes(shop->logo_bytes_, style.logo.extension().string(), site_toml, style.logo_line);
      if (loaded.ok()) logo = loaded.value();
      else diagnostics->Add(loaded.error());
    }
  }  // a missing logo is already reported by site.toml's checks

  Typesetter typesetter(shop->fonts_);
  for (std::size_t c = 0; c < campaigns.size(); ++c) shop->PreparePicture(c, content_dir, env, typesetter, diagnostics);
  for (const Campaign& campaign : campaigns) {
    for (const Placement& placement : campaign.placements) {
      if (!QrCode::Encode(QrUrl(config.base_url, campaign, placement))) {
        diagnostics->Add(Error(campaign.file, placement.line, "het webadres met deze bron is te lang voor een QR-code",
                               "kies een kortere bron, pagina of basis_url"));
      }
    }
    std::set<std::pair<int, std::string>> missing_reported;  // one message per text and character
    for (PrintFormat format : campaign.formats) {
      const char* key = InfoOf(format).key;
      PieceDesign design = DesignPiece(format, shop->TextsOf(campaign), shop->colours_, typesetter);
      for (const FitProblem& problem : CheckFit(design, typesetter)) {
        TextSource source = SourceOf(problem.role, campaign);
        const std::string where = "campagne '" + campaign.id + "': ";
        if (!problem.missing_character.empty()) {
          if (!missing_reported.emplace(static_cast<int>(problem.role), problem.missing_character).second) continue;
          diagnostics->Add(Error(campaign.file, source.line,
                                 where + "het teken '" + problem.missing_character + "' in " + source.what +
                                     " staat niet in het lettertype van het drukwerk",
                                 "haal het teken weg of schrijf het anders"));
          continue;
        }
        diagnostics->Add(Error(
            campaign.file, source.line,
            where + source.what + " is " + std::to_string(problem.characters_over) +
                (problem.characters_over == 1 ? " teken" : " tekens") + " te lang voor " + key,
            source.remedy + " (op " + key + " passen " + std::to_string(problem.characters_fitting) +
                " tekens) of haal " + key + " uit formaten"));
      }
    }
  }
  if (!logo && !diagnostics->FirstErrorFrom(size_before)) {
    // site.toml's checks found the logo before the build got here; only a file removed since then
    // gets here, and it gets their message.
    diagnostics->Add(Error(site_toml, style.logo_line, "het logo '" + style.logo.string() + "' bestaat niet",
                           "zet het bestand in " + (content_dir / style.logo).string() + " of verbeter de naam"));
  }
  if (auto first = diagnostics->FirstErrorFrom(size_before)) return *first;
  return shop;
}

void PrintShop::PreparePicture(std::size_t c, const std::filesystem::path& content_dir, Env* env,
                               const Typesetter& typesetter, Diagnostics* diagnostics) {
  const Campaign& campaign = campaigns_[c];
  if (campaign.picture.empty()) return;
  const std::string name = campaign.picture.generic_string();
  const std::filesystem::path path = content_dir / campaign.picture;
  if (Status inside = CheckInside(env, content_dir, path); !inside.ok()) {
    diagnostics->Add(Error(campaign.file, campaign.picture_line, inside.error().problem, inside.error().remedy));
    return;
  }
  Result<std::string> bytes = env->ReadFile(path);
  if (!bytes.ok()) {
    diagnostics->Add(Error(campaign.file, campaign.picture_line, "het beeld '" + name + "' bestaat niet",
                           "zet het bestand in " + path.string() + " of verbeter de naam"));
    return;
  }
  auto picture = PrintPicture::FromBytes(bytes.value(), campaign.picture.extension().string(), name, campaign.file,
                                         campaign.picture_line);
  if (!picture.ok()) {
    diagnostics->Add(picture.error());
    return;
  }
  picture_bytes_[c] = std::move(bytes).value();
  // The format that prints it largest decides; one message per campaign.
  std::optional<double> lowest;
  const PrintFormatInfo* worst = nullptr;
  PictureBox worst_box;
  for (PrintFormat format : campaign.formats) {
    auto box = PictureOf(DesignPiece(format, TextsOf(campaign), colours_, typesetter));
    if (!box) continue;
    std::optional<double> dpi = picture.value()->DpiFilling(box->width, box->height);
    if (dpi && (!lowest || *dpi < *lowest)) {
      lowest = dpi;
      worst = &InfoOf(format);
      worst_box = *box;
    }
  }
  if (!lowest || *lowest >= kPictureMinimumDpi) return;
  auto pixels = [](double points) { return std::to_string(static_cast<long>(std::ceil(points / 72.0 * kPictureMinimumDpi))); };
  diagnostics->Add(Error(
      campaign.file, campaign.picture_line,
      "campagne '" + campaign.id + "': het beeld '" + name + "' (" + std::to_string(static_cast<long>(picture.value()->width())) +
          " x " + std::to_string(static_cast<long>(picture.value()->height())) + " pixels) komt op " + worst->key + " uit op " +
          std::to_string(static_cast<long>(*lowest)) + " dpi; drukwerk vraagt minstens " +
          std::to_string(static_cast<long>(kPictureMinimumDpi)) + " dpi",
      "gebruik een beeld van minstens " + pixels(worst_box.width) + " pixels breed en " + pixels(worst_box.height) +
          " pixels hoog, een SVG-bestand, of haal " + worst->key + " uit formaten"));
}

PieceTexts PrintShop::TextsOf(const Campaign& campaign) const {
  PieceTexts texts;
  texts.meldpunt = config_.meldpunt;
  texts.headline = campaign.headline;
  for (const std::string& line : campaign.lines) texts.lines += (texts.lines.empty() ? "" : "\n") + line;
  texts.call = campaign.call;
  texts.phone = config_.contact.phone;
  texts.phone_hours = config_.contact.phone_hours;
  texts.web_address = TypedWebAddress(config_.base_url, campaign);
  texts.wording = wording_;
  texts.picture_alt = campaign.picture_alt;
  return texts;
}

void PrintShop::Write(const PrintOutput& output, Diagnostics* diagnostics) {
  std::vector<Job> jobs;
  for (std::size_t c = 0; c < campaigns_.size(); ++c) {
    jobs.push_back(Job{c, 0, std::nullopt, true});
    for (std::size_t p = 0; p < campaigns_[c].placements.size(); ++p) {
      jobs.push_back(Job{c, p, std::nullopt, false});
      for (PrintFormat format : campaigns_[c].formats) jobs.push_back(Job{c, p, format, false});
    }
  }
  std::vector<Worker> workers(WorkerCount());
  std::vector<JobOutput> outputs(jobs.size());
  ParallelFor(jobs.size(), [&](unsigned w, std::size_t i) {
    Worker& worker = workers[w];
    if (!worker.typesetter) {
      worker.typesetter = std::make_unique<Typesetter>(fonts_);
      // Loaded once in Prepare already, so this cannot fail.
      worker.logo = PrintLogo::FromBytes(logo_bytes_, config_.style.logo.extension().string(), "", 0).value();
    }
    worker.diagnostics.Add(WriteJob(jobs[i], worker, output, &outputs[i]));
  });
  for (const Worker& worker : workers) diagnostics->Append(worker.diagnostics);
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    files_written_ += outputs[i].files;
    if (jobs[i].format && !jobs[i].share_image) pdf_sizes_[PdfName(jobs[i])] = outputs[i].pdf_bytes;
  }
}

const PrintPicture* PrintShop::PictureFor(std::size_t c, Worker& worker) const {
  if (picture_bytes_[c].empty()) return nullptr;
  std::shared_ptr<PrintPicture>& picture = worker.pictures[c];
  if (!picture) {
    const Campaign& campaign = campaigns_[c];
    // Read once in Prepare already, so this cannot fail.
    picture = PrintPicture::FromBytes(picture_bytes_[c], campaign.picture.extension().string(), "", "", 0).value();
  }
  return picture.get();
}

std::string PrintShop::PdfName(const Job& job) const {
  const Campaign& campaign = campaigns_[job.campaign];
  return InFolder(campaign, PieceBase(campaign.placements[job.placement], *job.format) + ".pdf");
}

Status PrintShop::WriteJob(const Job& job, Worker& worker, const PrintOutput& output, JobOutput* result) {
  const Campaign& campaign = campaigns_[job.campaign];
  if (job.share_image) {
    ShareImagePainter painter(fonts_, worker.logo, config_.meldpunt, colours_);
    Status status = output(CampaignShareImagePath(campaign),
                           painter.CampaignPng(TextsOf(campaign), PictureFor(job.campaign, worker)));
    if (status.ok()) ++result->files;
    return status;
  }
  const Placement& placement = campaign.placements[job.placement];
  const std::string url = QrUrl(config_.base_url, campaign, placement);
  const std::optional<QrCode> qr = QrCode::Encode(url);  // checked in Prepare
  auto write = [&](const std::string& file, const std::string& bytes) {
    Status status = output("drukwerk/" + InFolder(campaign, file), bytes);
    if (status.ok()) ++result->files;
    return status;
  };
  if (!job.format) {
    if (Status s = write("qr-" + placement.tag + ".svg", qr->Svg(url)); !s.ok()) return s;
    return write("qr-" + placement.tag + ".png", qr->Png(kQrPngPixelsPerModule));
  }
  const PrintFormatInfo& info = InfoOf(*job.format);
  PieceDesign design = DesignPiece(*job.format, TextsOf(campaign), colours_, *worker.typesetter);
  const PrintPicture* picture = PictureFor(job.campaign, worker);
  PieceMetadata metadata;
  metadata.title = campaign.headline + " (" + info.label + ", " + placement.name + ")";
  metadata.author = config_.meldpunt;
  metadata.subject = campaign.name;
  metadata.keywords = "bron=" + placement.tag;
  metadata.language = config_.language;
  metadata.created = IsoDate(campaign.start);
  const std::string pdf_file = PieceBase(placement, *job.format) + ".pdf";
  Result<std::string> pdf = RenderPiecePdf("drukwerk/" + InFolder(campaign, pdf_file), design, *worker.typesetter,
                                           *qr, *worker.logo, picture, campaign.picture_alt, metadata, campaign.bleed);
  if (!pdf.ok()) return pdf.status();
  result->pdf_bytes = pdf.value().size();
  if (Status s = write(pdf_file, pdf.value()); !s.ok()) return s;
  for (std::size_t side = 0; side < design.sides.size(); ++side) {
    std::string png =
        RenderPiecePreview(design, static_cast<int>(side), kPreviewWidthPx, *worker.typesetter, *qr, *worker.logo, picture);
    if (Status s = write(PreviewName(placement, *job.format, side), png); !s.ok()) return s;
  }
  return Status::Ok();
}

std::vector<PrintCampaignSummary> PrintShop::Overview() const {
  std::vector<PrintCampaignSummary> campaigns;
  for (std::size_t c = 0; c < campaigns_.size(); ++c) {
    const Campaign& campaign = campaigns_[c];
    PrintCampaignSummary summary;
    summary.id = campaign.id;
    summary.name = campaign.name;
    summary.from = DutchDate(campaign.start.year, campaign.start.month, campaign.start.day);
    summary.to = DutchDate(campaign.end.year, campaign.end.month, campaign.end.day);
    summary.headline = campaign.headline;
    summary.web_address = TypedWebAddress(config_.base_url, campaign);
    summary.page = campaign.page_slug.empty() ? std::string("../") : "../" + campaign.page_slug + "/";
    summary.bleed = campaign.bleed;
    for (std::size_t p = 0; p < campaign.placements.size(); ++p) {
      const Placement& placement = campaign.placements[p];
      PrintPlacementSummary place;
      place.name = placement.name;
      place.tag = placement.tag;
      place.url = QrUrl(config_.base_url, campaign, placement);
      place.qr_svg = InFolder(campaign, "qr-" + placement.tag + ".svg");
      place.qr_png = InFolder(campaign, "qr-" + placement.tag + ".png");
      for (PrintFormat format : campaign.formats) {
        const PrintFormatInfo& info = InfoOf(format);
        PrintPieceSummary piece;
        piece.format = info.label;
        piece.size = DutchDecimal(info.width_mm, 0) + " x " + DutchDecimal(info.height_mm, 0) + " mm";
        piece.pdf = PdfName(Job{c, p, format, false});
        auto size = pdf_sizes_.find(piece.pdf);
        piece.file_size = size == pdf_sizes_.end() ? std::string() : ShortSize(size->second);
        // Shown at half their pixel size, so they stay sharp on fine screens.
        const int shown_width = kPreviewWidthPx / 2;
        const int shown_height = static_cast<int>(shown_width * info.height_mm / info.width_mm + 0.5);
        for (int side = 0; side < info.pages; ++side) {
          piece.previews.push_back(
              PrintPreview{InFolder(campaign, PreviewName(placement, format, static_cast<std::size_t>(side))),
                           shown_width, shown_height});
        }
        piece.two_sided = info.pages > 1;
        place.pieces.push_back(std::move(piece));
      }
      summary.placements.push_back(std::move(place));
    }
    campaigns.push_back(std::move(summary));
  }
  return campaigns;
}

}  // namespace nietpluis
