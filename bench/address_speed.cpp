// Measures the address register against its goals: importing a synthetic BAG 2.0 Extract of 500,000
// addresses (addresses per second and the importer's peak memory, from getrusage of the child that
// runs it), the register's size, and the lookup latency a kiosk sees (p50 and p99 over 100,000
// lookups). Usage: address_speed [ADDRESSES]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

#include "address/address_import.h"
#include "address/address_register.h"
#include "meldpunt/address/bag_fixture.h"
#include "test_support.h"

namespace {

using namespace nietpluis;
using namespace nietpluis::testing;
using Clock = std::chrono::steady_clock;

constexpr int kPerStreet = 100;

// About 400 addresses per PC4 and 16 per PC6, as in a town.
Postcode PostcodeOf(long n) {
  const int k = static_cast<int>((n % 400) / 16);  // 0..24
  return Postcode{static_cast<int>(1000 + n / 400), std::string{static_cast<char>('A' + k / 5), static_cast<char>('A' + k % 5)}};
}

std::string Id(const char* kind, long n) {
  char id[40];
  std::snprintf(id, sizeof id, "0998%s%010ld", kind, n);
  return id;
}

// One municipality of `count` addresses: 20 woonplaatsen, a street per 100 numbers, a letter or an
// addition at every tenth number, and 2% of numbers without an object in use.
BagMunicipality Synthetic(long count) {
  BagMunicipality m;
  m.code = "0998";
  for (int w = 0; w < 20; ++w) m.woonplaatsen.push_back({std::to_string(3000 + w), "Plaats " + std::to_string(w), {}});
  const long streets = (count + kPerStreet - 1) / kPerStreet;
  for (long s = 0; s < streets; ++s) {
    m.streets.push_back({Id("30", s), "Straat " + std::to_string(s), std::to_string(3000 + s % 20), {}});
  }
  for (long n = 0; n < count; ++n) {
    BagNummeraanduiding number;
    number.id = Id("20", n);
    const Postcode postcode = PostcodeOf(n);
    number.postcode = std::to_string(postcode.digits) + postcode.letters;
    number.number = static_cast<int>(1 + n % kPerStreet);
    if (n % 10 == 3) number.letter = "A";
    if (n % 10 == 7) number.addition = "1";
    number.street_id = Id("30", n / kPerStreet);
    m.numbers.push_back(number);
    BagObject object;
    object.id = Id("01", n);
    object.main_addresses = {number.id};
    if (n % 50 == 0) object.status = "Verblijfsobject gevormd";
    m.objects.push_back(object);
  }
  return m;
}

// Runs `work` in a child process and returns its exit code and peak resident memory in KiB, so the
// benchmark's own memory does not count.
std::pair<int, long> InChild(const std::function<int()>& work) {
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid == 0) _exit(work());
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128, usage.ru_maxrss};
}

}  // namespace

int main(int argc, char** argv) {
  const long count = argc > 1 ? std::atol(argv[1]) : 500000;
  TempDir dir;
  const std::filesystem::path extract = dir / "0998-extract.zip";
  const std::filesystem::path register_file = dir / "adressen.db";
  std::printf("address_speed: %ld synthetic addresses in a BAG 2.0 Extract\n", count);

  auto started = Clock::now();
  InChild([&] {
    WriteBagExtract(extract, {Synthetic(count)});
    return 0;
  });
  std::printf("  extract written in %.1f s: %.1f MB zipped\n",
              std::chrono::duration<double>(Clock::now() - started).count(),
              std::filesystem::file_size(extract) / 1e6);

  started = Clock::now();
  auto [code, peak_kib] = InChild([&] {
    Result<ImportSummary> imported = ImportAddresses(extract, register_file, Env::Default(), 1706745600);
    if (!imported.ok()) std::fprintf(stderr, "%s\n", imported.error().ToString().c_str());
    return imported.ok() ? 0 : 1;
  });
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  if (code != 0) return 1;
  Result<std::unique_ptr<AddressRegister>> opened = AddressRegister::Open(register_file);
  if (!opened.ok()) return 1;
  const AddressRegister& addresses = *opened.value();
  const long in_register = static_cast<long>(addresses.Info().value().addresses);
  std::printf("  import: %.2f s, %.0f addresses/s (%ld in use in the register), peak memory %.1f MB\n", seconds,
              count / seconds, in_register, peak_kib / 1024.0);
  std::printf("  register: %.1f MB (%.0f bytes per address)\n", std::filesystem::file_size(register_file) / 1e6,
              static_cast<double>(std::filesystem::file_size(register_file)) / in_register);

  // Lookups as the kiosk makes them: random numbers of the extract, a tenth of them unknown.
  std::mt19937 random(19);
  std::vector<double> micros;
  const int lookups = 100000;
  micros.reserve(lookups);
  int found = 0;
  for (int i = 0; i < lookups; ++i) {
    const long n = static_cast<long>(random() % static_cast<unsigned long>(count));
    const Postcode postcode = PostcodeOf(n);
    const int number = i % 10 == 0 ? 999 : static_cast<int>(1 + n % kPerStreet);
    auto start = Clock::now();
    Result<AddressMatch> match = addresses.Find(postcode, number, "");
    micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    found += match.ok() && !match.value().at_number.empty();
  }
  std::sort(micros.begin(), micros.end());
  std::printf("  lookup: p50 %.1f us, p99 %.1f us, max %.1f us over %d lookups (%d with addresses)\n",
              micros[micros.size() / 2], micros[micros.size() * 99 / 100], micros.back(), lookups, found);
  return 0;
}
