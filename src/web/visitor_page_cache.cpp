#include "web/visitor_page_cache.h"

#include <memory>
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
  return entry.response;  // its body is shared, not copied
}

void VisitorPageCache::store(const std::string& key, const http::Response& response, std::uint64_t generation,
                             Clock::time_point now) {
  if (!enabled() || response.status != 200 || !response.header("Set-Cookie").empty() ||
      response.body_view().size() > kMaxBodyBytes)
    return;
  // Copied once here; every hit then shares it (http::Response::shared_body).
  http::Response kept = response;
  if (!kept.shared_body) kept.shared_body = std::make_shared<const std::string>(std::move(kept.body));
  kept.body.clear();
  const std::size_t size = kept.shared_body->size();
  std::unique_lock lock(m_mutex);
  // Checked under the lock that invalidate() also takes: a change that
  // finished after `generation` was read is never stored over.
  if (generation != this->generation()) return;
  if (auto old = m_entries.find(key); old != m_entries.end()) {
    m_bytes -= old->second.response.shared_body->size();
    m_entries.erase(old);
  }
  if (m_bytes + size > m_max_bytes) {
    m_entries.clear();
    m_bytes = 0;
  }
  m_entries.emplace(key, Entry{std::move(kept), generation, now});
  m_bytes += size;
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
