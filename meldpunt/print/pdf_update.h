// What cairo 1.16 cannot write into a PDF, added as an incremental update (ISO 32000-1, 7.5.6): the
// document language and a picture's alternative text that screen readers need, and the trim and
// bleed boxes a print shop reads.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace nietpluis {

struct PdfBox {
  double left = 0, bottom = 0, right = 0, top = 0;  // in points, PDF coordinates
};

struct PdfAdditions {
  std::string language;  // BCP 47, "nl-NL": /Lang in the document catalog
  std::optional<PdfBox> trim_box;   // the same on every page
  std::optional<PdfBox> bleed_box;
  // UTF-8; the /Alt of each Figure structure element, in the order cairo wrote them.
  std::vector<std::string> figure_alts;
};

// Appends a new revision of the catalog (and of every page when boxes are given) to `pdf`, which
// must be a PDF as cairo writes it: a classic cross-reference table and a trailer. Returns false,
// leaving `pdf` as it was, when it is not.
bool AppendPdfUpdate(std::string* pdf, const PdfAdditions& additions);

}  // namespace nietpluis
