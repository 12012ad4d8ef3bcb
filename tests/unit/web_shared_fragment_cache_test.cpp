// The shared fragment cache (the home page's content) keeps a fragment for
// at most its lifetime, forgets everything as soon as something changes,
// never keeps what was rendered during a change, and stays within its bound.
#include <gtest/gtest.h>

#include "web/shared_fragment_cache.h"

namespace hanse::web {
namespace {

using namespace std::chrono_literals;
using Clock = SharedFragmentCache::Clock;

TEST(SharedFragmentCache, ServesAFragmentWithinItsLifetime) {
  SharedFragmentCache cache(1000ms);
  const auto t0 = Clock::now();
  cache.store_html("home/visitor", "<section>home</section>", cache.generation(), t0);
  auto hit = cache.find("home/visitor", t0 + 999ms);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->html, "<section>home</section>");
  EXPECT_EQ(*cache.find_html("home/visitor", t0), "<section>home</section>");
  EXPECT_FALSE(cache.find("home/member", t0));
  EXPECT_FALSE(cache.find("home/visitor", t0 + 1000ms));
  EXPECT_FALSE(cache.find("home/visitor", t0 - 1ms));  // a clock that went back proves nothing
}

TEST(SharedFragmentCache, AChangeDropsEveryFragment) {
  SharedFragmentCache cache(60s);
  const auto t0 = Clock::now();
  cache.store_html("home/visitor", "a", cache.generation(), t0);
  cache.store_html("home/member", "b", cache.generation(), t0);
  ASSERT_EQ(cache.size(), 2u);
  cache.invalidate();
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_EQ(cache.bytes(), 0u);
  EXPECT_FALSE(cache.find("home/visitor", t0));
}

TEST(SharedFragmentCache, AFragmentRenderedWhileSomethingChangedIsNotKept) {
  SharedFragmentCache cache(60s);
  const auto t0 = Clock::now();
  const auto before = cache.generation();  // reading starts
  cache.invalidate();                      // a change finishes meanwhile
  cache.store_html("home/visitor", "maybe stale", before, t0);
  EXPECT_FALSE(cache.find("home/visitor", t0));
  EXPECT_EQ(cache.size(), 0u);
}

TEST(SharedFragmentCache, StaysWithinItsBound) {
  SharedFragmentCache cache(60s, 100);
  const auto t0 = Clock::now();
  cache.store_html("a", std::string(60, 'a'), cache.generation(), t0);
  cache.store_html("b", std::string(60, 'b'), cache.generation(), t0);
  EXPECT_LE(cache.bytes(), 100u);
  EXPECT_TRUE(cache.find("b", t0));
  cache.store_html("c", std::string(101, 'c'), cache.generation(), t0);
  EXPECT_FALSE(cache.find("c", t0)) << "larger than the whole bound: not kept";
  EXPECT_LE(cache.bytes(), 100u);
}

// A page's title and company are kept with its content, in one entry.
TEST(SharedFragmentCache, KeepsTheTitleAndCompanyWithTheContent) {
  SharedFragmentCache cache(1000ms, 100);
  const auto t0 = Clock::now();
  cache.store("/product/7-pipe", Fragment{std::string(40, 'h'), "Steel pipe", 42}, cache.generation(), t0);
  auto hit = cache.find("/product/7-pipe", t0);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->title, "Steel pipe");
  EXPECT_EQ(hit->company_id, 42);
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.bytes(), 50u) << "the title counts towards the bound";
}

TEST(SharedFragmentCache, ALifetimeOfZeroKeepsNothing) {
  SharedFragmentCache cache(0ms);
  const auto t0 = Clock::now();
  cache.store_html("a", "a", cache.generation(), t0);
  EXPECT_FALSE(cache.find("a", t0));
  EXPECT_EQ(cache.size(), 0u);
}

}  // namespace
}  // namespace hanse::web
