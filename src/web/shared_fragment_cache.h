// Rendered parts of pages that are the same for every viewer, signed in or
// not (the contents of the home page and of category pages, issue 12),
// kept for a short while so that every viewer shares one rendering:
// unlike the visitor page cache (web/visitor_page_cache.h), signed-in
// members and server.visitor_page_cache_ms = 0 use it too.
//
// An entry is served only while
//   - it is younger than the cache's lifetime, which bounds how long changes
//     made outside this process (the CLI) or by the passing of time (offers
//     expiring, days left) stay unseen, and
//   - nothing was changed through this server since it was rendered: every
//     state-changing request calls invalidate() when it finishes (as for the
//     visitor page cache, web/pipeline_changes.cpp), and a fragment rendered
//     while a change was under way is never stored.
// Keys are made by the code (a page and its variant; a category page's kind
// and page number). Memory is bounded by max_bytes (1 MiB by default; the
// server's is 8 MiB, web/app.cpp): when a fragment would not fit, every
// fragment is dropped first.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace hanse::web {

// A rendered part of a page, with what the page around it needs to know
// without reading anything (the company and product pages keep their title
// and company with their content).
struct Fragment {
  std::string html;
  std::string title;            // the page's title, when the part decides it
  std::int64_t company_id = 0;  // the company whose page or listing it is; 0: none

  std::size_t bytes() const { return html.size() + title.size(); }
};

class SharedFragmentCache {
 public:
  using Clock = std::chrono::steady_clock;

  explicit SharedFragmentCache(std::chrono::milliseconds lifetime, std::size_t max_bytes = 1024 * 1024)
      : m_lifetime(lifetime), m_max_bytes(max_bytes) {}
  SharedFragmentCache(const SharedFragmentCache&) = delete;
  SharedFragmentCache& operator=(const SharedFragmentCache&) = delete;

  // The generation to pass to store(): take it before reading and rendering.
  std::uint64_t generation() const { return m_generation.load(std::memory_order_acquire); }

  // The fragment stored for key, while it is still valid at `now`; null
  // otherwise. Shared, not copied: it stays valid while the caller holds it,
  // even if the cache drops it meanwhile.
  std::shared_ptr<const Fragment> find(const std::string& key, Clock::time_point now) const;
  // Its html alone (sharing the fragment's ownership).
  std::shared_ptr<const std::string> find_html(const std::string& key, Clock::time_point now) const {
    auto fragment = find(key, now);
    return fragment ? std::shared_ptr<const std::string>(fragment, &fragment->html) : nullptr;
  }

  // Keeps the fragment for key, unless something changed since `generation`
  // was taken or it is larger than the whole bound.
  void store(const std::string& key, std::shared_ptr<const Fragment> fragment, std::uint64_t generation,
             Clock::time_point now);
  void store(const std::string& key, Fragment fragment, std::uint64_t generation, Clock::time_point now) {
    store(key, std::make_shared<const Fragment>(std::move(fragment)), generation, now);
  }
  // Keeps html alone, and returns it (shared with the cache).
  std::shared_ptr<const std::string> store_html(const std::string& key, std::string html, std::uint64_t generation,
                                                Clock::time_point now) {
    auto fragment = std::make_shared<const Fragment>(Fragment{std::move(html), {}, 0});
    store(key, fragment, generation, now);
    return std::shared_ptr<const std::string>(fragment, &fragment->html);
  }

  // Something changed: every fragment is dropped.
  void invalidate();

  std::size_t size() const;   // fragments stored
  std::size_t bytes() const;  // their bytes

 private:
  struct Entry {
    std::shared_ptr<const Fragment> fragment;
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
