// What a page's audio says: the blocks the language check reads (the title, then the Markdown's
// headings, paragraphs and list items), then what a template adds to the page (the form on Melden,
// the generated pages' text), then the danger box. So a sentence the check calls too long is the
// sentence the listener hears.
#pragma once

#include <string_view>
#include <vector>

#include "content/markdown.h"
#include "content/page.h"
#include "speech/speech_text.h"

namespace nietpluis {

// The check's blocks as speech blocks, one for one: runs joined, white space as one space.
std::vector<SpeechBlock> SpeechBlocksFromText(const std::vector<TextBlock>& text);

// `generated_html`: the fragment a template made for the page below its Markdown ("" for none);
// `danger_html`: the danger box's content. A page without text of its own (made from site.toml)
// starts with its title.
std::vector<SpeechBlock> PageSpeechBlocks(const Page& page, std::string_view generated_html,
                                          std::string_view danger_html);

}  // namespace nietpluis
