// Public pages (company, product, offer, category, member profile) rendered
// for a visitor who is not signed in are the same for every such visitor,
// so one rendering may answer the next visitors for a short while.
//
// An entry is served only while
//   - it is younger than the configured lifetime (server.visitor_page_cache_ms,
//     1 s by default), which bounds how long changes made outside this
//     process (the CLI) or by the passing of time (offers expiring) stay
//     unseen, and
//   - nothing was changed through this server since it was rendered: every
//     state-changing request calls invalidate() when it finishes, and an
//     entry rendered while a change was under way is never stored (store()
//     compares the generation taken before rendering).
// Only 200 responses without Set-Cookie are kept, so nothing that belongs to
// one visitor (a session, a CSRF token) is handed to another.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "http/response.h"

namespace hanse::web {

class VisitorPageCache {
 public:
  using Clock = std::chrono::steady_clock;

  // max_bytes bounds memory (the pages' bodies): when a page would not fit,
  // the whole cache is dropped first (cheap, and a burst of distinct URLs
  // cannot grow it further).
  VisitorPageCache(std::chrono::milliseconds lifetime, std::size_t max_bytes = 64 * 1024 * 1024)
      : m_lifetime(lifetime), m_max_bytes(max_bytes) {}

  bool enabled() const { return m_lifetime.count() > 0; }

  // The generation to pass to store(): take it before rendering.
  std::uint64_t generation() const { return m_generation.load(std::memory_order_acquire); }

  // A copy of the stored response for key, when it is still valid at `now`.
  std::optional<http::Response> find(const std::string& key, Clock::time_point now) const;

  // Keeps response for key if it may be shared (200, no Set-Cookie, at most
  // 256 KiB) and nothing changed since `generation` was taken.
  void store(const std::string& key, const http::Response& response, std::uint64_t generation,
             Clock::time_point now);

  // Something changed: every stored page is dropped.
  void invalidate();

  std::size_t size() const;   // pages stored
  std::size_t bytes() const;  // their bodies' bytes

 private:
  struct Entry {
    http::Response response;
    std::uint64_t generation = 0;
    Clock::time_point stored_at;
  };

  const std::chrono::milliseconds m_lifetime;
  const std::size_t m_max_bytes;
  std::atomic<std::uint64_t> m_generation{1};
  mutable std::shared_mutex m_mutex;
  std::unordered_map<std::string, Entry> m_entries;
  std::size_t m_bytes = 0;
};

}  // namespace hanse::web
