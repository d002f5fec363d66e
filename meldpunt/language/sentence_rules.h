// The B1 rules on a whole sentence: its length, the passive voice ("wordt ... gebeld") and noun style
// ("de behandeling van", "in behandeling").
#pragma once

#include <vector>

#include "language/finding.h"
#include "language/language_config.h"
#include "language/sentence.h"
#include "language/sentence_splitter.h"

namespace nietpluis {

// More words than the configured warning limit; an error above the error limit.
void CheckLength(Sentence& sentence, const LanguageConfig& config, std::vector<Finding>* findings);

// A form of "worden" or "zijn" with a participle anywhere in the sentence; one finding at most.
void CheckPassive(Sentence& sentence, const SentenceWords& words, std::vector<Finding>* findings);

// An -ing noun with "van", "het" + infinitive + "van", and fixed phrases (kNounPhrases).
void CheckNounStyle(Sentence& sentence, const SentenceWords& words, std::vector<Piece>& pieces,
                    std::vector<Finding>* findings);

}  // namespace nietpluis
