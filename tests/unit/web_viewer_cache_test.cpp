// The viewer cache keeps a signed-in member's session and arrangement for at
// most its lifetime, never past the session's expiry, and forgets
// everything as soon as something changes through the server.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "web/viewer_cache.h"

namespace hanse::web {
namespace {

using namespace std::chrono_literals;
using Clock = ViewerCache::Clock;

constexpr std::int64_t kUnixNow = 1'800'000'000;

SignedInMember member(std::int64_t id, std::int64_t expires_at = kUnixNow + 1800) {
  SignedInMember m;
  m.session.id = id * 10;
  m.session.owner_id = id;
  m.session.expires_at = expires_at;
  m.member.id = id;
  return m;
}

TEST(ViewerCache, KeepsAMemberForItsTokenWithinTheLifetime) {
  ViewerCache cache(1000ms);
  const auto t0 = Clock::now();
  cache.store_member("token-a", member(7), cache.generation(), t0);
  auto hit = cache.member("token-a", kUnixNow, t0 + 999ms);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->member.id, 7);
  EXPECT_EQ(hit->session.id, 70);
  EXPECT_FALSE(cache.member("token-b", kUnixNow, t0));
  EXPECT_FALSE(cache.member("token-a", kUnixNow, t0 + 1000ms));
  EXPECT_FALSE(cache.member("token-a", kUnixNow, t0 - 1ms));  // a clock that went back proves nothing
}

TEST(ViewerCache, AnExpiredSessionIsNeverServed) {
  ViewerCache cache(60s);
  const auto t0 = Clock::now();
  cache.store_member("token", member(7, kUnixNow + 5), cache.generation(), t0);
  EXPECT_TRUE(cache.member("token", kUnixNow + 4, t0));
  EXPECT_FALSE(cache.member("token", kUnixNow + 5, t0));
}

TEST(ViewerCache, AChangeDropsEverythingAndWhatWasReadDuringItIsNotKept) {
  ViewerCache cache(60s);
  const auto t0 = Clock::now();
  cache.store_member("token", member(7), cache.generation(), t0);
  cache.store_arranged(7, {"textiles"}, cache.generation(), t0);
  ASSERT_TRUE(cache.arranged(7, t0));
  const auto before = cache.generation();  // a request starts reading ...
  cache.invalidate();                      // ... a sign-out finishes meanwhile
  EXPECT_FALSE(cache.member("token", kUnixNow, t0));
  EXPECT_FALSE(cache.arranged(7, t0));
  cache.store_member("token", member(7), before, t0);
  cache.store_arranged(7, {"textiles"}, before, t0);
  EXPECT_FALSE(cache.member("token", kUnixNow, t0));
  EXPECT_FALSE(cache.arranged(7, t0));
}

TEST(ViewerCache, KeepsAnEmptyArrangementAsAnAnswer) {
  ViewerCache cache(1000ms);
  const auto t0 = Clock::now();
  cache.store_arranged(8, {}, cache.generation(), t0);
  auto hit = cache.arranged(8, t0);
  ASSERT_TRUE(hit);
  EXPECT_TRUE(hit->empty());
  EXPECT_FALSE(cache.arranged(9, t0));
}

// "Belongs to no company" is an answer worth keeping too; a change (joining
// or creating a company goes through the server) drops it.
TEST(ViewerCache, KeepsTheMembersCompanyUntilAChange) {
  ViewerCache cache(1000ms);
  const auto t0 = Clock::now();
  cache.store_membership(7, std::nullopt, cache.generation(), t0);
  cache.store_membership(8, market::Membership{42, true}, cache.generation(), t0);
  auto none = cache.membership(7, t0);
  ASSERT_TRUE(none);
  EXPECT_FALSE(*none);
  auto owner = cache.membership(8, t0 + 999ms);
  ASSERT_TRUE(owner && *owner);
  EXPECT_EQ((*owner)->company_id, 42);
  EXPECT_FALSE(cache.membership(8, t0 + 1000ms));
  cache.invalidate();
  EXPECT_FALSE(cache.membership(7, t0));
}

TEST(ViewerCache, StaysBoundedAndZeroTurnsItOff) {
  ViewerCache bounded(60s, 3);
  const auto t0 = Clock::now();
  for (int i = 0; i < 10; ++i) bounded.store_member(fmt::format("t{}", i), member(i), bounded.generation(), t0);
  int kept = 0;
  for (int i = 0; i < 10; ++i) kept += bounded.member(fmt::format("t{}", i), kUnixNow, t0) ? 1 : 0;
  EXPECT_LE(kept, 3);
  EXPECT_TRUE(bounded.member("t9", kUnixNow, t0));  // the newest is kept

  ViewerCache off(0ms);
  off.store_member("t", member(1), off.generation(), t0);
  EXPECT_FALSE(off.enabled());
  EXPECT_FALSE(off.member("t", kUnixNow, t0));
}

}  // namespace
}  // namespace hanse::web
