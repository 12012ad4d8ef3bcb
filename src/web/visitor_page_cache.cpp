#include "web/visitor_page_cache.h"

#include <mutex>

namespace hanse::web {
namespace {

// Larger pages are rare (long catalogues) and not worth the memory.
constexpr std::size_t kMaxBodyBytes = 256 * 1024;

}  // namespace

std::optional<http::Response> VisitorPageCache::find(const std::string& key, Clock::time_point now) const {
  if (!enabled()) return std::nullopt;
  std::shared_lock lock(m_mutex);
  auto found = m_entries.find(key);
  if (found == m_entries.end()) return std::nullopt;
  const Entry& entry = found->second;
  if (entry.generation != generation() || now - entry.stored_at >= m_lifetime || now < entry.stored_at)
    return std::nullopt;
  return entry.response;
}

void VisitorPageCache::store(const std::string& key, const http::Response& response, std::uint64_t generation,
                             Clock::time_point now) {
  if (!enabled() || response.status != 200 || !response.header("Set-Cookie").empty() ||
      response.body.size() > kMaxBodyBytes)
    return;
  std::unique_lock lock(m_mutex);
  // Checked under the lock that invalidate() also takes: a change that
  // finished after `generation` was read is never stored over.
  if (generation != this->generation()) return;
  if (auto old = m_entries.find(key); old != m_entries.end()) {
    m_bytes -= old->second.response.body.size();
    m_entries.erase(old);
  }
  if (m_bytes + response.body.size() > m_max_bytes) {
    m_entries.clear();
    m_bytes = 0;
  }
  m_entries.emplace(key, Entry{response, generation, now});
  m_bytes += response.body.size();
}

void VisitorPageCache::invalidate() {
  std::unique_lock lock(m_mutex);
  m_generation.fetch_add(1, std::memory_order_acq_rel);
  m_entries.clear();
  m_bytes = 0;
}

std::size_t VisitorPageCache::size() const {
  std::shared_lock lock(m_mutex);
  return m_entries.size();
}

std::size_t VisitorPageCache::bytes() const {
  std::shared_lock lock(m_mutex);
  return m_bytes;
}

}  // namespace hanse::web
