// Formatting and collecting of user-facing diagnostics.
#include "base/status.h"

#include <algorithm>
#include <tuple>

#include "base/utf8.h"

namespace nietpluis {

std::string Diagnostic::ToString() const {
  std::string out;
  AppendTo(&out);
  return out;
}

void Diagnostic::AppendTo(std::string* out) const {
  *out += file;
  if (line > 0) {
    *out += ':';
    *out += std::to_string(line);
  }
  *out += ": ";
  if (level == Level::kWarning) *out += "waarschuwing: ";
  *out += problem;
  if (!remedy.empty()) {
    *out += "; ";
    *out += remedy;
  }
}

// Every message may quote what a user wrote (a key, a value, a sentence, a file name): it is shown as
// it reads, never with a control byte, half a character or a bidi override in it.
Diagnostic MakeDiagnostic(std::string_view file, int line, std::string_view problem, std::string_view remedy,
                          Diagnostic::Level level) {
  return Diagnostic{MarkInvisible(file, LineBreaks::kMark), line, MarkInvisible(problem, LineBreaks::kMark),
                    MarkInvisible(remedy, LineBreaks::kMark), level};
}

Diagnostic Error(std::string file, int line, std::string problem, std::string remedy) {
  return MakeDiagnostic(file, line, problem, remedy, Diagnostic::Level::kError);
}

Diagnostic Warning(std::string file, int line, std::string problem, std::string remedy) {
  return MakeDiagnostic(file, line, problem, remedy, Diagnostic::Level::kWarning);
}

void Diagnostics::Add(Diagnostic diagnostic) {
  if (diagnostic.is_error()) ++error_count_;
  all_.push_back(std::move(diagnostic));
}

void Diagnostics::Add(const Status& status) {
  if (!status.ok()) Add(status.error());
}

void Diagnostics::Append(const Diagnostics& other) {
  for (const Diagnostic& d : other.all()) Add(d);
}

std::optional<Diagnostic> Diagnostics::FirstErrorFrom(std::size_t from) const {
  for (std::size_t i = from; i < all_.size(); ++i) {
    if (all_[i].is_error()) return all_[i];
  }
  return std::nullopt;
}

void Diagnostics::SortByLocation() {
  auto before = [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line) < std::tie(b.file, b.line);
  };
  // A large site's thousands of language warnings usually arrive in order already.
  if (std::is_sorted(all_.begin(), all_.end(), before)) return;
  std::stable_sort(all_.begin(), all_.end(), before);
}

}  // namespace nietpluis
