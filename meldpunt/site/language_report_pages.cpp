// Writing the language report's pages; the sections go where a placeholder is, not through Mustache.
#include "site/language_report_pages.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/parallel.h"

namespace nietpluis {
namespace {

constexpr const char* kSectionsPlaceholder = "<!-- nietpluis: taal-secties -->";

Status WriteReportPage(PageWriter& writer, Renderer& renderer, const std::string& file, const ReportPageText& text,
                       const std::string& table_html, std::span<const CheckedPage> sections) {
  PageView view = PageWriter::StaffPage(text.title, text.description);
  view.content_html = text.intro_html + table_html + kSectionsPlaceholder;
  Result<std::string> html = writer.RenderInLayout(renderer, view);
  if (!html.ok()) return html.error();
  // The sections run to megabytes; they are written where the placeholder is, straight from the
  // checked pages, instead of being copied through the template engine's data or into one string.
  const std::string_view layout = html.value();
  const std::size_t at = layout.find(kSectionsPlaceholder);
  if (at == std::string_view::npos) return writer.output().Write(file, layout);
  std::vector<std::string_view> parts = {layout.substr(0, at)};
  for (const CheckedPage& checked : sections) {
    for (std::string_view part : ReportSectionParts(checked)) parts.push_back(part);
  }
  parts.push_back(layout.substr(at + std::strlen(kSectionsPlaceholder)));
  return writer.output().WriteParts(file, parts);
}

}  // namespace

Status WriteLanguageReport(PageWriter& writer, const std::vector<CheckedPage>& pages) {
  const std::size_t parts = ReportPartCount(pages.size());
  const std::span<const CheckedPage> all(pages);
  Renderer renderer(writer.templates());
  Status overview = WriteReportPage(writer, renderer, "_taal/index.html", ReportOverviewText(parts),
                                    ReportSummaryHtml(pages, parts), parts == 0 ? all : all.first(0));
  if (!overview.ok()) return overview;
  std::vector<Status> written(parts);
  std::vector<std::unique_ptr<Renderer>> renderers(WorkerCount());
  ParallelFor(parts, [&](unsigned worker, std::size_t part) {
    if (!renderers[worker]) renderers[worker] = std::make_unique<Renderer>(writer.templates());
    const std::size_t first = part * kSectionsPerReportPage;
    const std::size_t end = std::min(first + kSectionsPerReportPage, all.size());
    written[part] = WriteReportPage(writer, *renderers[worker], "_taal/" + ReportPartFile(part),
                                    ReportPartText(part, parts, first, end, all.size()), "",
                                    all.subspan(first, end - first));
  });
  writer.CountPages(1 + parts);
  for (const Status& status : written) {
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace nietpluis
