#include "web/shared_fragment_cache.h"

#include <mutex>

namespace hanse::web {

std::shared_ptr<const Fragment> SharedFragmentCache::find(const std::string& key, Clock::time_point now) const {
  if (m_lifetime.count() <= 0) return nullptr;
  std::shared_lock lock(m_mutex);
  auto found = m_entries.find(key);
  if (found == m_entries.end()) return nullptr;
  const Entry& entry = found->second;
  if (entry.generation != generation() || now - entry.stored_at >= m_lifetime || now < entry.stored_at)
    return nullptr;
  return entry.fragment;
}

void SharedFragmentCache::store(const std::string& key, std::shared_ptr<const Fragment> fragment,
                                std::uint64_t generation, Clock::time_point now) {
  if (m_lifetime.count() <= 0 || !fragment || fragment->bytes() > m_max_bytes) return;
  std::unique_lock lock(m_mutex);
  // Checked under the lock that invalidate() also takes: a change that
  // finished after `generation` was read is never stored over.
  if (generation != this->generation()) return;
  if (auto old = m_entries.find(key); old != m_entries.end()) {
    m_bytes -= old->second.fragment->bytes();
    m_entries.erase(old);
  }
  const std::size_t size = fragment->bytes();
  if (m_bytes + size > m_max_bytes) {
    m_entries.clear();
    m_bytes = 0;
  }
  m_entries.emplace(key, Entry{std::move(fragment), generation, now});
  m_bytes += size;
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
