// Text, JSON and HTML output of the language check.
#include "site/language_report.h"

#include <algorithm>
#include <cmath>

#include "base/dutch_format.h"
#include "base/markup.h"

namespace nietpluis {
namespace {

constexpr const char* kSectionEnd = "</section>\n";

std::string Percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

std::string Plural(int count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string ScoreText(const LanguageScore& score) {
  // The label is taken from the number shown, so "90" never reads as "makkelijk" (89.6).
  const long shown = std::lround(score.flesch_douma);
  return Plural(score.sentences, "zin", "zinnen") + ", gemiddeld " + DutchDecimal(score.average_sentence_length, 1) +
         " woorden per zin, " + Percent(score.long_word_share) + " lange woorden, Flesch-Douma " +
         std::to_string(shown) + " (" + DoumaLabel(static_cast<double>(shown)) +
         "); " + Plural(score.warnings, "waarschuwing", "waarschuwingen") + ", " +
         Plural(score.errors, "fout", "fouten");
}

// Unflagged pieces that lie next to each other in the source text are escaped as one stretch: a
// large site's report holds millions of pieces.
void AppendSentenceHtml(const Sentence& sentence, std::string* html) {
  if (sentence.flagged) *html += "<mark class=\"taal-zin\">";
  if (sentence.one_stretch &&
      std::none_of(sentence.pieces.begin(), sentence.pieces.end(), [](const Piece& piece) { return piece.flagged; })) {
    const Piece& last = sentence.pieces.back();
    const char* begin = sentence.pieces.front().text.data();
    const char* end = last.text.data() + last.text.size();
    AppendEscapedMarkup(std::string_view(begin, static_cast<std::size_t>(end - begin)), html);
    if (sentence.flagged) *html += "</mark>";
    return;
  }
  std::string_view stretch;
  for (const Piece& piece : sentence.pieces) {
    if (!piece.flagged && stretch.data() + stretch.size() == piece.text.data()) {
      stretch = std::string_view(stretch.data(), stretch.size() + piece.text.size());
      continue;
    }
    AppendEscapedMarkup(stretch, html);
    stretch = {};
    if (piece.flagged) {
      *html += "<mark class=\"taal-woord\">";
      AppendEscapedMarkup(piece.text, html);
      *html += "</mark>";
    } else {
      stretch = piece.text;
    }
  }
  AppendEscapedMarkup(stretch, html);
  if (sentence.flagged) *html += "</mark>";
}

}  // namespace

Diagnostic FindingDiagnostic(const std::string& file, const Finding& finding, bool as_warning) {
  return FindingDiagnostic(file, Finding(finding), as_warning);
}

Diagnostic FindingDiagnostic(const std::string& file, Finding&& finding, bool as_warning) {
  return MakeDiagnostic(file, finding.line, finding.problem, finding.suggestion,
                        as_warning ? Diagnostic::Level::kWarning : finding.level);
}

std::string ScoreLine(const std::string& file, const LanguageScore& score) { return file + ": " + ScoreText(score); }

nlohmann::json LanguageJson(const std::vector<CheckedPage>& pages) {
  nlohmann::json files = nlohmann::json::array();
  for (const CheckedPage& page : pages) {
    const LanguageScore& score = page.language.score;
    nlohmann::json counts = nlohmann::json::object();
    for (std::size_t k = 0; k < kFindingKinds; ++k) {
      counts[std::string(FindingKindName(static_cast<FindingKind>(k)))] = score.counts[k];
    }
    nlohmann::json findings = nlohmann::json::array();
    for (const Finding& finding : page.language.findings) {
      findings.push_back({{"regel", finding.line},
                          {"soort", std::string(FindingKindName(finding.kind))},
                          {"niveau", finding.level == Diagnostic::Level::kError ? "fout" : "waarschuwing"},
                          {"tekst", finding.text},
                          {"melding", finding.problem},
                          {"suggestie", finding.suggestion}});
    }
    files.push_back({{"pad", page.file},
                     {"score",
                      {{"zinnen", score.sentences},
                       {"woorden", score.words},
                       {"lettergrepen", score.syllables},
                       {"gemiddelde_zinslengte", score.average_sentence_length},
                       {"aandeel_lange_woorden", score.long_word_share},
                       {"flesch_douma", score.flesch_douma},
                       {"fouten", score.errors},
                       {"waarschuwingen", score.warnings},
                       {"aantallen", counts}}},
                     {"bevindingen", findings}});
  }
  return {{"bestanden", files}};
}

std::size_t ReportPartCount(std::size_t pages) {
  return pages <= kSectionsPerReportPage ? 0 : (pages + kSectionsPerReportPage - 1) / kSectionsPerReportPage;
}

std::string ReportPartFile(std::size_t part) { return "deel-" + std::to_string(part + 1) + ".html"; }

namespace {

constexpr const char* kReportPurpose =
    "<p>Deze pagina is voor wie de teksten schrijft. Hij staat niet in het menu. Zoekmachines slaan hem over.</p>\n";
constexpr const char* kReportMarks =
    "<p><mark class=\"taal-zin\">Zo</mark> ziet een zin eruit die te lang is of in de lijdende vorm staat. "
    "<mark class=\"taal-woord\">Zo</mark> ziet een woord eruit dat lang of moeilijk is. Onder de titel van "
    "elke pagina staat wat u kunt doen.</p>\n";

}  // namespace

ReportPageText ReportOverviewText(std::size_t parts) {
  ReportPageText text{"Taalcheck: is de tekst op B1?", "Per pagina de zinnen en woorden die beter eenvoudiger kunnen.",
                      std::string(kReportPurpose) + kReportMarks};
  if (parts > 0) {
    text.intro_html +=
        "<p>De site heeft veel pagina's. Daarom staat de tekst van de pagina's niet hier, maar op " +
        std::to_string(parts) + " aparte pagina's. Klik in de tabel op een pagina om de tekst te zien.</p>\n";
  }
  return text;
}

ReportPageText ReportPartText(std::size_t part, std::size_t parts, std::size_t first, std::size_t end,
                              std::size_t total) {
  const std::string range = "pagina " + std::to_string(first + 1) + " tot en met " + std::to_string(end);
  return ReportPageText{"Taalcheck, deel " + std::to_string(part + 1) + " van " + std::to_string(parts),
                        "De taalcheck van " + range + " van de " + std::to_string(total) + " pagina's.",
                        std::string(kReportPurpose) + kReportMarks + "<p>Hier staan " + range + " van de " +
                            std::to_string(total) + ". <a href=\"./\">Terug naar het overzicht</a>.</p>\n"};
}

std::string ReportSummaryHtml(const std::vector<CheckedPage>& pages, std::size_t parts) {
  std::string html =
      "<table class=\"taal-overzicht\">\n<caption>Alle pagina's</caption>\n<thead><tr><th scope=\"col\">Pagina</th>"
      "<th scope=\"col\">Flesch-Douma</th><th scope=\"col\">Woorden per zin</th><th scope=\"col\">Fouten</th>"
      "<th scope=\"col\">Waarschuwingen</th></tr></thead>\n<tbody>\n";
  std::size_t size = html.size() + 32;
  for (const CheckedPage& page : pages) size += page.report_row_html.empty() ? 256 : page.report_row_html.size();
  html.reserve(size);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    html += pages[i].report_row_html.empty() ? ReportSummaryRowHtml(pages[i], i, parts) : pages[i].report_row_html;
  }
  return html + "</tbody>\n</table>\n";
}

std::string ReportSummaryRowHtml(const CheckedPage& page, std::size_t index, std::size_t parts) {
  const LanguageScore& score = page.language.score;
  const long shown = std::lround(score.flesch_douma);
  std::string html = "<tr><th scope=\"row\"><a href=\"";
  if (parts > 0) html += ReportPartFile(index / kSectionsPerReportPage);
  html += "#pagina-" + std::to_string(index) + "\">";
  AppendEscapedMarkup(page.title, &html);
  html += "</a></th><td>" + std::to_string(shown) + " (";
  AppendEscapedMarkup(DoumaLabel(static_cast<double>(shown)), &html);
  html += ")</td><td>" + DutchDecimal(score.average_sentence_length, 1) + "</td><td>" + std::to_string(score.errors) +
          "</td><td>" + std::to_string(score.warnings) + "</td></tr>\n";
  return html;
}

std::string ReportSectionHtml(const CheckedPage& page, std::size_t index, const std::string& root) {
  return ReportSectionHeadHtml(page, index, root) + ReportTextHtml(page.language) + kSectionEnd;
}

void AppendReportSection(const CheckedPage& page, std::string* html) {
  for (std::string_view part : ReportSectionParts(page)) *html += part;
}

std::array<std::string_view, 3> ReportSectionParts(const CheckedPage& page) {
  return {page.report_head_html, page.report_text_html, kSectionEnd};
}

std::string ReportSectionHeadHtml(const CheckedPage& page, std::size_t index, const std::string& root) {
  const std::string id = "pagina-" + std::to_string(index);
  std::string html = "<section class=\"taal-pagina\" aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">" +
                     EscapeMarkup(page.title) + "</h2>\n<p class=\"taal-pad\">" + EscapeMarkup(page.file) +
                     " &middot; <a href=\"" + EscapeMarkup(root + page.url_path) + "\">bekijk de pagina</a></p>\n" +
                     "<p class=\"taal-score\">" + EscapeMarkup(ScoreText(page.language.score)) + "</p>\n";
  if (!page.language.findings.empty()) {
    html += "<ul class=\"taal-bevindingen\">\n";
    for (const Finding& finding : page.language.findings) {
      const bool error = finding.level == Diagnostic::Level::kError;
      html += error ? "<li class=\"taal-fout\">Regel " : "<li class=\"taal-waarschuwing\">Regel ";
      html += std::to_string(finding.line);
      html += error ? ": <strong>fout</strong>: " : ": ";
      AppendEscapedMarkup(finding.problem, &html);
      html += ". <span class=\"taal-suggestie\">";
      AppendEscapedMarkup(finding.suggestion, &html);
      html += ".</span></li>\n";
    }
    html += "</ul>\n";
  }
  return html;
}

std::string ReportTextHtml(const PageLanguage& language) {
  std::string html = "<div class=\"taal-tekst\">\n";
  std::size_t text_size = 0;
  for (const Piece& piece : language.pieces) text_size += piece.text.size();
  html.reserve(html.size() + text_size + text_size / 4 + 64 * language.sentences.size() + 32);
  const std::vector<Sentence>& sentences = language.sentences;
  for (std::size_t s = 0; s < sentences.size();) {
    const std::size_t block = sentences[s].block;
    html += sentences[s].is_heading ? "<p class=\"taal-kop\">" : "<p>";
    for (; s < sentences.size() && sentences[s].block == block; ++s) {
      AppendSentenceHtml(sentences[s], &html);
      html += " ";
    }
    html.back() = '<';
    html += "/p>\n";
  }
  return html + "</div>\n";
}

}  // namespace nietpluis
