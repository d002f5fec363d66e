// The B1 rule on a whole page: the reader is addressed one way, "u" or "je". Collects the forms
// sentence by sentence; at the page's end the less used form is flagged.
#pragma once

#include <cstddef>
#include <vector>

#include "language/finding.h"
#include "language/sentence.h"
#include "language/sentence_splitter.h"

namespace nietpluis {

class AddressForm {
 public:
  void Clear() {
    u_forms_.clear();
    je_forms_.clear();
  }
  // Notes the sentence's checked u and je forms.
  void Collect(const SentenceWords& words);
  // Flags the less used form, as an error; with a tie the meldpunt's own choice, "u", wins.
  void Check(std::vector<Piece>& pieces, std::vector<Finding>* findings);

 private:
  std::vector<std::size_t> u_forms_, je_forms_;  // pieces
};

}  // namespace nietpluis
