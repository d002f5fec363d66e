// Writing the staff folder's own files.
#include "site/staff_files.h"

#include <string>

#include "site/site_files.h"
#include "site/site_texts.h"

namespace nietpluis {

void WriteStaffExtras(const BuildOptions& options, const SiteInputs& inputs, StagedOutput& output,
                      Diagnostics* diagnostics) {
  WriteAssets(options, inputs, output, diagnostics);
  diagnostics->Add(output.Write("robots.txt", "User-agent: *\nDisallow: /\n"));
}

Status WriteStaffIndex(PageWriter& staff, const SiteInputs& inputs, bool language_report, bool print) {
  Renderer renderer(staff.templates());
  PageView view = PageWriter::StaffPage(inputs.texts.Get(kStaffIndexTitle), inputs.texts.Get(kStaffIndexDescription));
  view.root = "";
  TemplateData data{kainjow::mustache::object{{"root", std::string()}}};
  data.set("taal", language_report);
  data.set("drukwerk", print);
  Result<std::string> body = renderer.Render("intern", data, &staff.site_data());
  return staff.WriteInLayout(renderer, std::move(view), std::move(body), "index.html");
}

}  // namespace nietpluis
