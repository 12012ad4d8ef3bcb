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
  if (m_entries.size() >= m_max_entries && !m_entries.contains(key)) m_entries.clear();
  m_entries.insert_or_assign(key, Entry{response, generation, now});
}

void VisitorPageCache::invalidate() {
  std::unique_lock lock(m_mutex);
  m_generation.fetch_add(1, std::memory_order_acq_rel);
  m_entries.clear();
}

std::size_t VisitorPageCache::size() const {
  std::shared_lock lock(m_mutex);
  return m_entries.size();
}

}  // namespace hanse::web
