#include "web/card_cache.h"

#include <mutex>

namespace hanse::web {

std::optional<std::string> CardCache::find(const std::string& key) const {
  std::shared_lock lock(m_mutex);
  auto found = m_entries.find(key);
  if (found == m_entries.end()) return std::nullopt;
  return found->second;
}

void CardCache::store(const std::string& key, const std::string& html) {
  const std::size_t needed = cost(key, html);
  if (needed > m_max_bytes) return;
  std::unique_lock lock(m_mutex);
  if (auto old = m_entries.find(key); old != m_entries.end()) {
    m_bytes -= cost(old->first, old->second);
    m_entries.erase(old);
  }
  while (!m_entries.empty() && m_bytes + needed > m_max_bytes) {
    auto victim = m_entries.begin();
    m_bytes -= cost(victim->first, victim->second);
    m_entries.erase(victim);
  }
  m_entries.emplace(key, html);
  m_bytes += needed;
}

void CardCache::clear() {
  std::unique_lock lock(m_mutex);
  m_entries.clear();
  m_bytes = 0;
}

std::size_t CardCache::size() const {
  std::shared_lock lock(m_mutex);
  return m_entries.size();
}

std::size_t CardCache::bytes() const {
  std::shared_lock lock(m_mutex);
  return m_bytes;
}

}  // namespace hanse::web
