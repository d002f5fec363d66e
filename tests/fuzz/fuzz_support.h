// Shared by the libFuzzer harnesses: invariant checks that stop the run, the harness's scratch folder,
// and the comparisons several harnesses need.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "intake/report.h"

namespace nietpluis::fuzz {

// Prints the broken invariant and aborts, so libFuzzer saves the input as a crash.
[[noreturn]] void Fail(const char* invariant, const char* file, int line, const std::string& detail = {});

#define FUZZ_CHECK(invariant) \
  ((invariant) ? static_cast<void>(0) : ::nietpluis::fuzz::Fail(#invariant, __FILE__, __LINE__))
#define FUZZ_CHECK_MSG(invariant, detail) \
  ((invariant) ? static_cast<void>(0) : ::nietpluis::fuzz::Fail(#invariant, __FILE__, __LINE__, (detail)))

std::string_view AsText(const std::uint8_t* data, std::size_t size);

// The one folder a harness writes to: a fresh folder below $TMPDIR (make fuzz points TMPDIR at a
// folder of its own and removes it afterwards, also when a fuzzer crashed), made on first use.
const std::filesystem::path& ScratchDir();
void WriteFile(const std::filesystem::path& file, std::string_view contents);
// Copies a file or folder of the source tree into the scratch folder (seed configuration, logo).
void CopyFromSource(const std::string& relative, const std::filesystem::path& to);

std::filesystem::path SourceDir();

std::size_t Count(std::string_view text, std::string_view part);
std::size_t CountIgnoringCase(std::string_view text, std::string_view part);
// The number of the last line of `text`: a diagnostic may point to 0 (the whole file) up to here.
int LastLine(std::string_view text);

// Every problem the loader reported is a message a user can act on: an error or warning with a problem
// and a remedy in valid UTF-8, pointing into `file` (whose text is `text`) when it names that file.
void CheckDiagnostics(const Diagnostics& diagnostics, const std::string& file, std::string_view text);

// Field by field, so a failing round trip says which field changed.
void CheckSameReport(const Report& expected, const Report& actual);

// The report a form gave, as the intake stores and forwards it: its fields are clean, its JSON reads
// back to the same report, and its e-mail keeps every answer in the body.
void CheckStoredReport(const Report& report);

// A PC4 number or range as PostcodeRange holds it.
bool IsPc4(int value);

}  // namespace nietpluis::fuzz
