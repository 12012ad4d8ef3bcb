#include "web/viewer_cache.h"

#include <mutex>

namespace hanse::web {

std::optional<SignedInMember> ViewerCache::member(const std::string& token, std::int64_t unix_now,
                                                  Clock::time_point now) const {
  if (!enabled()) return std::nullopt;
  std::shared_lock lock(m_mutex);
  auto found = m_members.find(token);
  if (found == m_members.end() || !fresh(found->second, now)) return std::nullopt;
  if (found->second.value.session.expires_at <= unix_now) return std::nullopt;  // ended by time: ask again
  return found->second.value;
}

void ViewerCache::store_member(const std::string& token, const SignedInMember& member, std::uint64_t generation,
                               Clock::time_point now) {
  if (!enabled()) return;
  std::unique_lock lock(m_mutex);
  // Under the lock invalidate() takes too: a change that finished after
  // `generation` was read is never stored over.
  if (generation != this->generation()) return;
  if (m_members.size() >= m_max_entries) m_members.clear();
  m_members.insert_or_assign(token, Entry<SignedInMember>{member, generation, now});
}

std::optional<std::vector<std::string>> ViewerCache::arranged(std::int64_t member_id, Clock::time_point now) const {
  if (!enabled()) return std::nullopt;
  std::shared_lock lock(m_mutex);
  auto found = m_arranged.find(member_id);
  if (found == m_arranged.end() || !fresh(found->second, now)) return std::nullopt;
  return found->second.value;
}

void ViewerCache::store_arranged(std::int64_t member_id, const std::vector<std::string>& industries,
                                 std::uint64_t generation, Clock::time_point now) {
  if (!enabled()) return;
  std::unique_lock lock(m_mutex);
  if (generation != this->generation()) return;
  if (m_arranged.size() >= m_max_entries) m_arranged.clear();
  m_arranged.insert_or_assign(member_id, Entry<std::vector<std::string>>{industries, generation, now});
}

void ViewerCache::invalidate() {
  std::unique_lock lock(m_mutex);
  m_generation.fetch_add(1, std::memory_order_acq_rel);
  m_members.clear();
  m_arranged.clear();
}

}  // namespace hanse::web
