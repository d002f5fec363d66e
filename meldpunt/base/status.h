// Errors a user can cause, as values: printed `file:line: what is wrong; what to do`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace nietpluis {

struct Diagnostic {
  enum class Level { kError, kWarning };

  std::string file;     // as the user named it, e.g. "content/pages/x.md"
  int line = 0;         // 1-based; 0 when the problem concerns the whole file
  std::string problem;  // what is wrong
  std::string remedy;   // what to do about it
  Level level = Level::kError;

  bool is_error() const { return level == Level::kError; }
  std::string ToString() const;
  // The same, appended to `out`: a large build prints thousands at once.
  void AppendTo(std::string* out) const;
};

// Each part is made to read as it displays (MarkInvisible), as each may quote what a user wrote.
Diagnostic MakeDiagnostic(std::string_view file, int line, std::string_view problem, std::string_view remedy,
                          Diagnostic::Level level);
Diagnostic Error(std::string file, int line, std::string problem, std::string remedy);
Diagnostic Warning(std::string file, int line, std::string problem, std::string remedy);

class Status {
 public:
  Status() = default;
  Status(Diagnostic error) : error_(std::move(error)) {}  // NOLINT: implicit by design

  static Status Ok() { return {}; }
  bool ok() const { return !error_.has_value(); }
  const Diagnostic& error() const { return *error_; }

 private:
  std::optional<Diagnostic> error_;
};

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Diagnostic error) : value_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(value_); }
  const T& value() const& { return std::get<T>(value_); }
  T& value() & { return std::get<T>(value_); }
  T&& value() && { return std::get<T>(std::move(value_)); }
  const Diagnostic& error() const { return std::get<Diagnostic>(value_); }
  Status status() const { return ok() ? Status::Ok() : Status(error()); }

 private:
  std::variant<T, Diagnostic> value_;
};

// Collects every problem of a run, so a writer sees them all at once instead of one per build.
class Diagnostics {
 public:
  void Add(Diagnostic diagnostic);
  void Add(const Status& status);
  void Append(const Diagnostics& other);

  bool HasErrors() const { return error_count_ > 0; }
  std::size_t error_count() const { return error_count_; }
  std::size_t warning_count() const { return all_.size() - error_count_; }
  const std::vector<Diagnostic>& all() const { return all_; }
  // The first error among all()[from...], for a Result whose run added every problem here as well.
  std::optional<Diagnostic> FirstErrorFrom(std::size_t from) const;

  // Orders by file and line so the output reads like a compiler's.
  void SortByLocation();

 private:
  std::vector<Diagnostic> all_;
  std::size_t error_count_ = 0;
};

}  // namespace nietpluis
