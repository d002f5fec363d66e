// Loading the site's menu and footer for the public intake.
#include "intake/public_frame.h"

#include "base/file_list.h"
#include "content/generated_pages.h"
#include "content/page.h"
#include "content/share_image_file.h"
#include "render/footer.h"

namespace nietpluis {

PublicFrame LoadPublicFrame(const KioskConfig& config, const std::filesystem::path& templates_dir, Env* env,
                            const std::string& fallback_title, Diagnostics* diagnostics) {
  PublicFrame frame;
  frame.form_title = fallback_title;
  frame.share_image_title = config.site.meldpunt;
  const std::filesystem::path pages_dir = config.content_dir / "pages";
  if (!std::filesystem::is_directory(pages_dir)) return frame;
  std::vector<Page> pages = LoadPages(env, FilesIn(env, config.content_dir, pages_dir, {".md"}, diagnostics), diagnostics);
  AddMissingGeneratedPages(&pages, diagnostics);
  frame.menu = BuildMenu(pages);
  Result<Texts> labels = Texts::Load(env, templates_dir / "teksten" / "nietpluis.toml", FooterTextKeys());
  if (!labels.ok()) {
    diagnostics->Add(labels.error());
    return frame;
  }
  frame.footer = FooterLinks(config.site, pages, labels.value());
  for (const Page& page : pages) {
    if (page.is_home()) frame.share_image_title = page.title;
  }
  for (const Page& page : pages) {
    if (page.generate != GeneratedKind::kReport) continue;
    frame.form_title = page.title;
    frame.form_slug = page.slug;
    // Not a campaign's picture: the intake does not read the campaigns, and its pages are answers.
    if (HasOwnShareImage(page, config.site.share.picture_per_page)) {
      frame.share_image = PageShareImageFile(page.slug);
      frame.share_image_title = page.title;
    }
  }
  return frame;
}

}  // namespace nietpluis
