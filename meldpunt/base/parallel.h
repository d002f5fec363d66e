// Runs independent work items on every core; the build's per-page work goes through here.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <thread>
#include <vector>

namespace nietpluis {

inline unsigned WorkerCount() {
  if (const char* forced = std::getenv("NIETPLUIS_THREADS")) return std::max(1, std::atoi(forced));
  return std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
}

// Calls fn(worker, index) once for every index in [0, count). `worker` is in [0, WorkerCount())
// so callers can keep per-thread state (template engines are not thread-safe).
template <typename Fn>
void ParallelFor(std::size_t count, Fn&& fn) {
  const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(WorkerCount(), std::max<std::size_t>(count, 1)));
  std::atomic<std::size_t> next{0};
  auto run = [&](unsigned worker) {
    for (std::size_t i = next++; i < count; i = next++) fn(worker, i);
  };
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < workers; ++w) threads.emplace_back(run, w);
  run(0);
  for (std::thread& t : threads) t.join();
}

}  // namespace nietpluis
