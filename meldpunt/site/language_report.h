// How the B1 check's results reach people: file:line lines, a score line, JSON, and the HTML of
// the writers' report page (site/_taal/).
#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "language/language_check.h"

namespace nietpluis {

struct CheckedPage {
  std::string file;   // "content/pages/x.md"
  std::string title;
  std::string url_path;  // "x/" below the site root, for links from the report
  PageLanguage language;  // its sentences point into the page's text, so they are dropped with it
  // This page's section of the report, made while the text was at hand, in its two parts (see
  // ReportSectionHeadHtml); AppendReportSection puts them together.
  std::string report_head_html;
  std::string report_text_html;
  std::string report_row_html;   // its row of the report's table, or "" when the table makes it
  std::string cache_entry_head;  // with report_text_html, its entry in the language cache (or "")
};

// As a build or `nietpluis taal` prints it. With `as_warning` (a build without --streng) every
// finding is a warning, so the writer sees it without the build stopping.
Diagnostic FindingDiagnostic(const std::string& file, const Finding& finding, bool as_warning);
// The same, taking the finding's texts instead of copying them.
Diagnostic FindingDiagnostic(const std::string& file, Finding&& finding, bool as_warning);

// "content/pages/x.md: 14 zinnen, gemiddeld 8,9 woorden per zin, 3% lange woorden, Flesch-Douma 79 (vrij makkelijk); 2 waarschuwingen, 0 fouten"
std::string ScoreLine(const std::string& file, const LanguageScore& score);

// {"bestanden":[{"pad":..., "score":{...}, "bevindingen":[{"regel":..., "soort":..., "niveau":..., "tekst":..., "suggestie":...}]}]}
nlohmann::json LanguageJson(const std::vector<CheckedPage>& pages);

// One page's section of the report: title, score, findings, and its text with the flagged sentences
// and words marked. Every text value is escaped here.
std::string ReportSectionHtml(const CheckedPage& page, std::size_t index, const std::string& root);
// Its two parts. The head (title, score, findings) is made anew in every build; the text part depends
// only on the page's text and the settings, so the language cache keeps it.
std::string ReportSectionHeadHtml(const CheckedPage& page, std::size_t index, const std::string& root);
std::string ReportTextHtml(const PageLanguage& language);
// Appends the section made from a page's report_head_html and report_text_html.
void AppendReportSection(const CheckedPage& page, std::string* html);
// The same section as parts to write one after another: views into `page`.
std::array<std::string_view, 3> ReportSectionParts(const CheckedPage& page);

// A small site's report is one page. A larger site's report puts the pages' sections on report pages
// of this many each, behind an overview with the table, so that no page is too big for a browser.
constexpr std::size_t kSectionsPerReportPage = 100;

// How many report pages besides the overview hold the sections of `pages` pages: 0 when they fit on it.
std::size_t ReportPartCount(std::size_t pages);

// The file of report page `part` (from 0) in _taal/: "deel-1.html".
std::string ReportPartFile(std::size_t part);

// What a report page says above its table or sections. Its title becomes the h1.
struct ReportPageText {
  std::string title;
  std::string description;
  std::string intro_html;
};
// The overview (_taal/index.html) of a report with `parts` parts.
ReportPageText ReportOverviewText(std::size_t parts);
// Part `part` of `parts`, with the sections of pages `first` (from 0) up to `end` of `total`.
ReportPageText ReportPartText(std::size_t part, std::size_t parts, std::size_t first, std::size_t end,
                              std::size_t total);

// The summary table at the top of the report. With parts, each page links to the part with its section.
// A page's row is its report_row_html when the check made it already, else it is made here.
std::string ReportSummaryHtml(const std::vector<CheckedPage>& pages, std::size_t parts = 0);
// The row of the page at `index`.
std::string ReportSummaryRowHtml(const CheckedPage& page, std::size_t index, std::size_t parts);

}  // namespace nietpluis
