// The visitor page cache keeps only what every visitor may see, for at most
// its lifetime, and forgets everything as soon as something changes.
#include <gtest/gtest.h>

#include "web/visitor_page_cache.h"

namespace hanse::web {
namespace {

using namespace std::chrono_literals;
using Clock = VisitorPageCache::Clock;

http::Response page(std::string body) { return http::Response::html(std::move(body)); }

TEST(VisitorPageCache, ServesAStoredPageWithinItsLifetime) {
  VisitorPageCache cache(1000ms);
  const auto t0 = Clock::now();
  cache.store("/company/1-acme", page("acme"), cache.generation(), t0);
  auto hit = cache.find("/company/1-acme", t0 + 999ms);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->body_view(), "acme");
  EXPECT_EQ(hit->status, 200);
  EXPECT_FALSE(cache.find("/company/2-other", t0));
}

// Hits share the stored body instead of each copying it (the page goes to
// the wire from the cache's own bytes, http::Response::shared_body).
TEST(VisitorPageCache, HitsShareOneCopyOfThePage) {
  VisitorPageCache cache(1000ms);
  const auto t0 = Clock::now();
  cache.store("/category/a/b", page(std::string(20000, 'c')), cache.generation(), t0);
  auto first = cache.find("/category/a/b", t0);
  auto second = cache.find("/category/a/b", t0);
  ASSERT_TRUE(first && second);
  ASSERT_TRUE(first->shared_body);
  EXPECT_EQ(first->shared_body, second->shared_body);
  EXPECT_TRUE(first->body.empty());
  EXPECT_EQ(first->body_view().size(), 20000u);
}

// A page's banner slot (web/banner_slot.h) is kept with it: a hit is
// filled without searching the page.
TEST(VisitorPageCache, KeepsWhereThePageHasItsBannerSlot) {
  VisitorPageCache cache(1000ms);
  const auto t0 = Clock::now();
  auto home = page("<main>shared</main>");
  home.slot = 6;
  cache.store("/", home, cache.generation(), t0);
  cache.store("/company/1-acme", page("acme"), cache.generation(), t0);
  auto hit = cache.find("/", t0);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->slot, 6u);
  auto other = cache.find("/company/1-acme", t0);
  ASSERT_TRUE(other);
  EXPECT_EQ(other->slot, std::string::npos);
}

TEST(VisitorPageCache, ForgetsAPageOnceItsLifetimeHasPassed) {
  VisitorPageCache cache(1000ms);
  const auto t0 = Clock::now();
  cache.store("/p", page("x"), cache.generation(), t0);
  EXPECT_FALSE(cache.find("/p", t0 + 1000ms));
  EXPECT_FALSE(cache.find("/p", t0 - 1ms));  // a clock that went back proves nothing
}

TEST(VisitorPageCache, AChangeDropsEveryPage) {
  VisitorPageCache cache(60s);
  const auto t0 = Clock::now();
  cache.store("/a", page("a"), cache.generation(), t0);
  cache.store("/b", page("b"), cache.generation(), t0);
  ASSERT_EQ(cache.size(), 2u);
  cache.invalidate();
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_FALSE(cache.find("/a", t0));
}

TEST(VisitorPageCache, APageRenderedWhileSomethingChangedIsNotKept) {
  VisitorPageCache cache(60s);
  const auto t0 = Clock::now();
  const auto before = cache.generation();  // rendering starts
  cache.invalidate();                      // a change finishes meanwhile
  cache.store("/a", page("maybe stale"), before, t0);
  EXPECT_FALSE(cache.find("/a", t0));
  EXPECT_EQ(cache.size(), 0u);
}

TEST(VisitorPageCache, KeepsNothingPersonalOrUnsuccessful) {
  VisitorPageCache cache(60s);
  const auto t0 = Clock::now();
  auto with_cookie = page("form");
  with_cookie.add_header("Set-Cookie", "hanse_csrf=abc; Path=/");
  cache.store("/cookie", with_cookie, cache.generation(), t0);
  cache.store("/missing", http::Response::html("not found", 404), cache.generation(), t0);
  auto moved = http::Response::redirect("/company/1-acme", 301);
  cache.store("/moved", moved, cache.generation(), t0);
  cache.store("/huge", page(std::string(300 * 1024, 'x')), cache.generation(), t0);
  EXPECT_FALSE(cache.find("/cookie", t0));
  EXPECT_FALSE(cache.find("/missing", t0));
  EXPECT_FALSE(cache.find("/moved", t0));
  EXPECT_FALSE(cache.find("/huge", t0));
  EXPECT_EQ(cache.size(), 0u);
}

TEST(VisitorPageCache, ALifetimeOfZeroTurnsItOff) {
  VisitorPageCache cache(0ms);
  EXPECT_FALSE(cache.enabled());
  const auto t0 = Clock::now();
  cache.store("/a", page("a"), cache.generation(), t0);
  EXPECT_FALSE(cache.find("/a", t0));
}

TEST(VisitorPageCache, StaysWithinItsBytesByStartingOver) {
  VisitorPageCache cache(60s, 30);
  const auto t0 = Clock::now();
  for (const char* key : {"/1", "/2", "/3"}) cache.store(key, page(std::string(10, 'x')), cache.generation(), t0);
  EXPECT_EQ(cache.size(), 3u);
  EXPECT_EQ(cache.bytes(), 30u);
  cache.store("/2", page(std::string(5, 'y')), cache.generation(), t0);  // replacing frees the old body
  EXPECT_EQ(cache.size(), 3u);
  EXPECT_EQ(cache.bytes(), 25u);
  cache.store("/4", page(std::string(10, 'z')), cache.generation(), t0);  // 35 > 30: start over
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.bytes(), 10u);
  EXPECT_TRUE(cache.find("/4", t0));
  EXPECT_FALSE(cache.find("/1", t0));
  cache.invalidate();
  EXPECT_EQ(cache.bytes(), 0u);
}

}  // namespace
}  // namespace hanse::web
