// Tests of the page rule on the form of address: u or je.
#include "language/address_form.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "language/lexicon.h"
#include "language_test_text.h"

namespace nietpluis {
namespace {

using namespace language_test;

// ---------------------------------------------------------------------------------------------
// aanspreekvorm

TEST_CASE("aanspreekvorm.md: every je on a u page is an error", "[taal][aanspreekvorm]") {
  auto checked = CheckCorpus("aanspreekvorm.md");
  CHECK(Summary(checked->language) ==
        std::vector<std::string>{"9 aanspreekvorm fout: \"je\" naast \"u\" op deze pagina",
                                 "9 aanspreekvorm fout: \"je\" naast \"u\" op deze pagina",
                                 "9 aanspreekvorm fout: \"jouw\" naast \"u\" op deze pagina"});
  CHECK(checked->language.findings.at(0).suggestion ==
        "spreek de lezer overal op dezelfde manier aan, met \"u\"");
  CHECK(checked->language.score.errors == 3);
  CHECK(checked->language.score.counts[static_cast<std::size_t>(FindingKind::kAddressForm)] == 3);
}

TEST_CASE("aanspreekvorm: nothing when a page keeps to u or to je", "[taal][aanspreekvorm]") {
  Text u_page;
  u_page.Paragraph("U mag ons bellen. Wij bellen uw buurman.", 1);
  CHECK(Check(u_page, LanguageConfig{}).findings.empty());
  Text je_page;
  je_page.Paragraph("Je mag ons bellen. Wij bellen jouw buurman. Denk ook aan jezelf.", 1);
  CHECK(Check(je_page, LanguageConfig{}).findings.empty());
  auto clean = CheckCorpus("schoon.md");
  CHECK(clean->language.findings.empty());
}

TEST_CASE("aanspreekvorm: the less used form is flagged; with a tie, je", "[taal][aanspreekvorm]") {
  Text tie;
  tie.Paragraph("U mag bellen.", 1).Paragraph("Je mag mailen.", 2);
  CHECK(Summary(Check(tie, LanguageConfig{})) ==
        std::vector<std::string>{"2 aanspreekvorm fout: \"Je\" naast \"u\" op deze pagina"});
  Text mostly_je;
  mostly_je.Paragraph("Je mag bellen. Jij mag mailen.", 1).Paragraph("Uw buurman hoort het niet.", 2);
  CHECK(Summary(Check(mostly_je, LanguageConfig{})) ==
        std::vector<std::string>{"2 aanspreekvorm fout: \"Uw\" naast \"je\" op deze pagina"});
}

TEST_CASE("aanspreekvorm: the advice names the form the page uses", "[taal][aanspreekvorm]") {
  // On a page that mostly says je, the u forms are flagged; the advice must not contradict that.
  Text mostly_je;
  mostly_je.Paragraph("Je mag bellen. Jij mag mailen.", 1).Paragraph("Uw buurman hoort het niet.", 2);
  PageLanguage language = Check(mostly_je, LanguageConfig{});
  REQUIRE(language.findings.size() == 1);
  CHECK_THAT(language.findings[0].suggestion, !Contains("met \"u\""));
}

TEST_CASE("AddressForm on its own: collects per sentence, flags the minority at the page's end", "[taal][aanspreekvorm]") {
  LanguageConfig config;
  SyllableCounter counter;
  Lexicon lexicon(config, counter);
  std::vector<Piece> pieces = {{"u", true, true, false, 1}, {"je", true, true, false, 2}, {"jij", true, true, false, 3}};
  std::vector<WordRef> words;
  std::vector<const WordInfo*> infos;
  WordsSeen seen;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    Lexeme& lexeme = lexicon.LexemeOf(pieces[i].text);
    words.push_back(WordRef{i, &lexeme});
    infos.push_back(&lexicon.InfoOf(lexeme));
    seen.triggers |= lexeme.info_triggers;
  }
  AddressForm form;
  form.Collect(SentenceWords{words, infos, seen});
  std::vector<Finding> findings;
  form.Check(pieces, &findings);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].line == 1);
  CHECK(findings[0].problem == "\"u\" naast \"je\" op deze pagina");
  CHECK(pieces[0].flagged);
  CHECK_FALSE(pieces[1].flagged);

  findings.clear();
  form.Clear();
  form.Check(pieces, &findings);
  CHECK(findings.empty());
}

}  // namespace
}  // namespace nietpluis
