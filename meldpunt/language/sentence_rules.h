// The B1 rules on a whole sentence: its length, the passive voice ("wordt ... gebeld") and noun style
// ("de behandeling van", "in behandeling"), with advice made from the sentence's own words.
#pragma once

#include <vector>

#include "language/finding.h"
#include "language/language_config.h"
#include "language/lexicon.h"
#include "language/sentence.h"
#include "language/sentence_splitter.h"

namespace nietpluis {

// More words than the configured warning limit; an error above the error limit.
void CheckLength(Sentence& sentence, const LanguageConfig& config, std::vector<Finding>* findings);

// A form of "worden" or "zijn" with a participle in one sentence, the nearest pair; one finding at
// most. A word right after an article or possessive is a noun, not a participle ("een vermoeden").
// The advice names the verb and who could do it ("door de buurtwerker", or "wij").
void CheckPassive(Sentence& sentence, const SentenceWords& words, const std::vector<Piece>& pieces, Lexicon& lexicon,
                  std::vector<Finding>* findings);

// An -ing noun with "van", "het" + infinitive + "van", and fixed phrases (kNounPhrases). The advice
// names the verb the noun hides and puts it in a clause with the noun's object: "de afhandeling van
// uw melding" -> "als wij uw melding afhandelen".
void CheckNounStyle(Sentence& sentence, const SentenceWords& words, std::vector<Piece>& pieces, Lexicon& lexicon,
                    std::vector<Finding>* findings);

}  // namespace nietpluis
