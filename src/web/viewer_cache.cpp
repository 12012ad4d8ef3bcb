#include "web/viewer_cache.h"

#include <mutex>

namespace hanse::web {

template <typename Map>
auto ViewerCache::find_in(const Map& map, const typename Map::key_type& key, Clock::time_point now) const
    -> std::optional<decltype(map.begin()->second.value)> {
  if (!enabled()) return std::nullopt;
  std::shared_lock lock(m_mutex);
  auto found = map.find(key);
  if (found == map.end() || !fresh(found->second, now)) return std::nullopt;
  return found->second.value;
}

template <typename Map, typename T>
void ViewerCache::store_in(Map& map, const typename Map::key_type& key, const T& value, std::uint64_t generation,
                           Clock::time_point now) {
  if (!enabled()) return;
  std::unique_lock lock(m_mutex);
  // Under the lock invalidate() takes too: a change that finished after
  // `generation` was read is never stored over.
  if (generation != this->generation()) return;
  if (map.size() >= m_max_entries) map.clear();
  map.insert_or_assign(key, Entry<T>{value, generation, now});
}

std::optional<SignedInMember> ViewerCache::member(const std::string& token, std::int64_t unix_now,
                                                  Clock::time_point now) const {
  auto found = find_in(m_members, token, now);
  if (found && found->session.expires_at <= unix_now) return std::nullopt;  // ended by time: ask again
  return found;
}

void ViewerCache::store_member(const std::string& token, const SignedInMember& member, std::uint64_t generation,
                               Clock::time_point now) {
  store_in(m_members, token, member, generation, now);
}

std::optional<std::vector<std::string>> ViewerCache::arranged(std::int64_t member_id, Clock::time_point now) const {
  return find_in(m_arranged, member_id, now);
}

void ViewerCache::store_arranged(std::int64_t member_id, const std::vector<std::string>& industries,
                                 std::uint64_t generation, Clock::time_point now) {
  store_in(m_arranged, member_id, industries, generation, now);
}

std::optional<std::optional<market::Membership>> ViewerCache::membership(std::int64_t member_id,
                                                                        Clock::time_point now) const {
  return find_in(m_memberships, member_id, now);
}

void ViewerCache::store_membership(std::int64_t member_id, const std::optional<market::Membership>& membership,
                                   std::uint64_t generation, Clock::time_point now) {
  store_in(m_memberships, member_id, membership, generation, now);
}

void ViewerCache::invalidate() {
  std::unique_lock lock(m_mutex);
  m_generation.fetch_add(1, std::memory_order_acq_rel);
  m_members.clear();
  m_arranged.clear();
  m_memberships.clear();
}

}  // namespace hanse::web
