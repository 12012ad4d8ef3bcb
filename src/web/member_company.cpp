#include "web/member_company.h"

#include "web/viewer_cache.h"

namespace hanse::web {

Result<std::optional<market::Membership>> member_company(App& app, const SignedInMember& member) {
  auto* cache = app.viewers.get();
  const auto now = ViewerCache::Clock::now();
  if (cache)
    if (auto kept = cache->membership(member.member.id, now)) return std::move(*kept);
  const std::uint64_t generation = cache ? cache->generation() : 0;
  HANSE_TRY(auto lease, app.db->acquire());
  HANSE_TRY(auto membership, market::membership_of(*lease, member.member.id));
  if (cache) cache->store_membership(member.member.id, membership, generation, now);
  return membership;
}

}  // namespace hanse::web
