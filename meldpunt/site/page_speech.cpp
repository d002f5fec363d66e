// A page's spoken blocks, from the language check's text and the template's HTML.
#include "site/page_speech.h"

#include <string>
#include <utility>

#include "base/text.h"
#include "speech/html_speech.h"

namespace nietpluis {
namespace {

SpeechBlockKind SpeechKindOf(TextBlockKind kind) {
  switch (kind) {
    case TextBlockKind::kHeading:
      return SpeechBlockKind::kHeading;
    case TextBlockKind::kListItem:
      return SpeechBlockKind::kListItem;
    case TextBlockKind::kParagraph:
      break;
  }
  return SpeechBlockKind::kParagraph;
}

// The runs as one line, as the HTML shows them: soft breaks and runs of spaces are one space.
std::string JoinedRuns(const std::vector<TextRun>& runs) {
  std::string text;
  for (const TextRun& run : runs) text += run.text;
  return CollapseSpaces(text);
}

void Append(std::vector<SpeechBlock>* blocks, std::vector<SpeechBlock> more) {
  for (SpeechBlock& block : more) blocks->push_back(std::move(block));
}

}  // namespace

std::vector<SpeechBlock> SpeechBlocksFromText(const std::vector<TextBlock>& text) {
  std::vector<SpeechBlock> blocks;
  blocks.reserve(text.size());
  for (const TextBlock& block : text) {
    std::string line = JoinedRuns(block.runs);
    if (!line.empty()) blocks.push_back(SpeechBlock{SpeechKindOf(block.kind), std::move(line)});
  }
  return blocks;
}

std::vector<SpeechBlock> PageSpeechBlocks(const Page& page, std::string_view generated_html,
                                          std::string_view danger_html) {
  std::vector<SpeechBlock> blocks = SpeechBlocksFromText(page.text);
  if (page.text.empty() && !page.title.empty()) {
    blocks.push_back(SpeechBlock{SpeechBlockKind::kHeading, page.title});
  }
  Append(&blocks, SpeechBlocksFromHtml(generated_html));
  Append(&blocks, SpeechBlocksFromHtml(danger_html));
  return blocks;
}

}  // namespace nietpluis
