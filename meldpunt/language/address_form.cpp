// One form of address per page.
#include "language/address_form.h"

#include <string>

namespace nietpluis {

void AddressForm::Collect(const SentenceWords& words) {
  if (!(words.seen.triggers & kTriggerAddress)) return;
  for (std::size_t w = 0; w < words.infos.size(); ++w) {
    if (!words.infos[w]) continue;
    const unsigned word = words.words[w].lexeme->info_triggers;  // infos[w]->triggers, at hand
    if (word & kTriggerUForm) u_forms_.push_back(words.words[w].piece);
    if (word & kTriggerJeForm) je_forms_.push_back(words.words[w].piece);
  }
}

void AddressForm::Check(std::vector<Piece>& pieces, std::vector<Finding>* findings) {
  if (u_forms_.empty() || je_forms_.empty()) return;
  // The less used form is the slip; with a tie the meldpunt's own choice, "u", wins.
  bool je_is_minority = je_forms_.size() <= u_forms_.size();
  const auto& minority = je_is_minority ? je_forms_ : u_forms_;
  const std::string used = je_is_minority ? "u" : "je";
  for (std::size_t index : minority) {
    Piece& piece = pieces[index];
    piece.flagged = true;
    AddFinding(findings, FindingKind::kAddressForm, Diagnostic::Level::kError, piece.line,
               "\"" + std::string(piece.text) + "\" naast \"" + used + "\" op deze pagina", std::string(piece.text),
               "spreek de lezer overal op dezelfde manier aan, met \"" + used + "\"");
  }
}

}  // namespace nietpluis
