#include "web/shared_fragment_cache.h"

#include <mutex>

namespace hanse::web {

std::optional<std::string> SharedFragmentCache::find(const std::string& key, Clock::time_point now) const {
  if (m_lifetime.count() <= 0) return std::nullopt;
  std::shared_lock lock(m_mutex);
  auto found = m_entries.find(key);
  if (found == m_entries.end()) return std::nullopt;
  const Entry& entry = found->second;
  if (entry.generation != generation() || now - entry.stored_at >= m_lifetime || now < entry.stored_at)
    return std::nullopt;
  return entry.html;
}

void SharedFragmentCache::store(const std::string& key, const std::string& html, std::uint64_t generation,
                                Clock::time_point now) {
  if (m_lifetime.count() <= 0 || html.size() > m_max_bytes) return;
  std::unique_lock lock(m_mutex);
  // Checked under the lock that invalidate() also takes: a change that
  // finished after `generation` was read is never stored over.
  if (generation != this->generation()) return;
  if (auto old = m_entries.find(key); old != m_entries.end()) {
    m_bytes -= old->second.html.size();
    m_entries.erase(old);
  }
  if (m_bytes + html.size() > m_max_bytes) {
    m_entries.clear();
    m_bytes = 0;
  }
  m_entries.emplace(key, Entry{html, generation, now});
  m_bytes += html.size();
}

void SharedFragmentCache::invalidate() {
  std::unique_lock lock(m_mutex);
  m_generation.fetch_add(1, std::memory_order_acq_rel);
  m_entries.clear();
  m_bytes = 0;
}

std::size_t SharedFragmentCache::size() const {
  std::shared_lock lock(m_mutex);
  return m_entries.size();
}

std::size_t SharedFragmentCache::bytes() const {
  std::shared_lock lock(m_mutex);
  return m_bytes;
}

}  // namespace hanse::web
