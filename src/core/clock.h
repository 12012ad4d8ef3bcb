// Time source for everything that expires or is dated (sessions, tokens,
// policy effective dates). Tests and `--clock-offset` move it; nothing in
// src/ calls std::chrono::system_clock::now() directly.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace hanse {

class Clock {
 public:
  // Seconds since the Unix epoch, shifted by the configured offset.
  std::int64_t now() const {
    auto real = std::chrono::duration_cast<std::chrono::seconds>(
                    std::chrono::system_clock::now().time_since_epoch())
                    .count();
    return real + m_offset_seconds.load(std::memory_order_relaxed);
  }
  void set_offset(std::int64_t seconds) { m_offset_seconds.store(seconds); }
  std::int64_t offset() const { return m_offset_seconds.load(); }

 private:
  std::atomic<std::int64_t> m_offset_seconds{0};
};

}  // namespace hanse
