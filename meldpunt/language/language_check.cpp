// The B1 check of a page: the splitter hands each sentence to the rules, then the page's own rule and
// the score run. What a checker keeps from page to page lives in its State.
#include "language/language_check.h"

#include <algorithm>
#include <utility>

#include "language/address_form.h"
#include "language/lexicon.h"
#include "language/sentence_rules.h"
#include "language/sentence_splitter.h"
#include "language/word_rules.h"

namespace nietpluis {

// Everything a checker keeps from page to page: what it learnt about words, and buffers.
struct LanguageChecker::State {
  State(const LanguageConfig& language_config, SyllableCounter& counter)
      : config(language_config), lexicon(language_config, counter), word_rules(language_config, lexicon) {}

  const LanguageConfig& config;
  Lexicon lexicon;
  WordRules word_rules;
  AddressForm address_form;
  SentenceSplitter::Scratch scratch;
  // Buffers handed back by ReleaseText.
  std::vector<Piece> spare_pieces;
  std::vector<Sentence> spare_sentences;
};

namespace {

using State = LanguageChecker::State;

// One page in one pass; the rules run on each sentence as the splitter finishes it, in the order
// their findings on one line are listed.
class PageChecker final : public SentenceSink {
 public:
  PageChecker(State& state, PageLanguage& page) : state_(state), page_(page) { state_.address_form.Clear(); }

  void Run(const std::vector<TextBlock>& text) {
    SentenceSplitter(state_.lexicon, state_.config, state_.scratch, page_.pieces, page_.sentences, page_.score, *this)
        .Split(text);
    state_.address_form.Check(page_.pieces, &page_.findings);
    std::stable_sort(page_.findings.begin(), page_.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.line < b.line; });
    FinishScore(page_.findings, &page_.score);
  }

  void OnSentence(Sentence& sentence, const SentenceWords& words) override {
    const unsigned triggers = words.seen.triggers;
    std::vector<Finding>* findings = &page_.findings;
    CheckLength(sentence, state_.config, findings);
    state_.word_rules.Check(words, page_.pieces, findings);
    if ((triggers & kTriggerAuxiliary) && (triggers & kTriggerParticiple)) {
      CheckPassive(sentence, words, page_.pieces, state_.lexicon, findings);
    }
    CheckNounStyle(sentence, words, page_.pieces, state_.lexicon, findings);
    state_.address_form.Collect(words);
  }

 private:
  State& state_;
  PageLanguage& page_;
};

}  // namespace

LanguageChecker::LanguageChecker(const LanguageConfig& config, SyllableCounter& syllables)
    : state_(std::make_unique<State>(config, syllables)) {}

LanguageChecker::~LanguageChecker() = default;

PageLanguage LanguageChecker::Check(const std::vector<TextBlock>& text) {
  PageLanguage page;
  page.pieces = std::move(state_->spare_pieces);
  page.pieces.clear();
  page.sentences = std::move(state_->spare_sentences);
  page.sentences.clear();
  PageChecker(*state_, page).Run(text);
  return page;
}

void LanguageChecker::ReleaseText(PageLanguage* page) {
  page->sentences.clear();
  page->pieces.clear();
  state_->spare_sentences = std::exchange(page->sentences, {});
  state_->spare_pieces = std::exchange(page->pieces, {});
}

PageLanguage CheckLanguage(const std::vector<TextBlock>& text, const LanguageConfig& config, SyllableCounter& syllables) {
  LanguageChecker checker(config, syllables);
  return checker.Check(text);
}

}  // namespace nietpluis
