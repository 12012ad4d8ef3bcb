// Listing cards are rendered once and then served from the card cache: a
// card asked for again is a hit, a card whose shown values changed (a
// price, the days left) is rendered afresh, memory stays within its bound,
// and the HTML is card.tpl's, escaped as in any page.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "web/app.h"
#include "web/card_cache.h"
#include "web/listing_card.h"

namespace hanse::web {
namespace {

TEST(CardCache, ServesAStoredCard) {
  CardCache cache;
  cache.store("product|/product/1-valve|12.50 EUR", "<article>valve</article>");
  auto hit = cache.find("product|/product/1-valve|12.50 EUR");
  ASSERT_TRUE(hit);
  EXPECT_EQ(*hit, "<article>valve</article>");
  EXPECT_FALSE(cache.find("product|/product/1-valve|13.00 EUR"));
  EXPECT_EQ(cache.size(), 1u);
}

TEST(CardCache, StoringAKeyAgainReplacesIt) {
  CardCache cache;
  cache.store("k", "old");
  cache.store("k", "newer");
  EXPECT_EQ(cache.find("k").value_or(""), "newer");
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.bytes(), 1u + 5u);
}

TEST(CardCache, StaysWithinItsBound) {
  CardCache cache(1000);
  for (int i = 0; i < 100; ++i) cache.store("card-" + std::to_string(i), std::string(90, 'x'));
  EXPECT_LE(cache.bytes(), 1000u);
  EXPECT_GE(cache.size(), 1u);
  EXPECT_TRUE(cache.find("card-99")) << "the card just stored is kept";
  cache.store("huge", std::string(2000, 'x'));
  EXPECT_FALSE(cache.find("huge")) << "larger than the whole bound: not kept";
  EXPECT_LE(cache.bytes(), 1000u);
  cache.clear();
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_EQ(cache.bytes(), 0u);
}

// render_card with a real App's templates and cache.
class RenderCard : public ::testing::Test {
 protected:
  static App& app() {
    static std::unique_ptr<App> a = [] {
      auto made = std::make_unique<App>();
      const char* source = std::getenv("HANSE_SOURCE_DIR");
      auto dir = std::filesystem::path(source ? source : ".") / "templates";
      auto opened = Views::open(dir.string(), made->config.site);
      if (!opened) throw std::runtime_error(opened.error().message);
      made->views = std::move(*opened);
      made->card_cache = std::make_unique<CardCache>();
      return made;
    }();
    return *a;
  }
  void SetUp() override { app().card_cache->clear(); }

  static Card product_card() {
    Card card;
    card.kind = market::ListingKind::product;
    card.href = "/product/7-brass-valve";
    card.title = {{"Brass <Valve> & Co", false}};
    card.company_name = "Schmidt \"Armaturen\"";
    card.company_href = "/company/3-schmidt";
    card.country = "DE";
    card.details.image_upload_id = 42;
    card.details.price_min_cents = 1250;
    card.details.price_max_cents = 1800;
    card.details.currency = "EUR";
    card.details.min_order_quantity = 1;
    card.details.min_order_unit = "pieces";
    return card;
  }
  static constexpr std::int64_t kNow = 1'800'000'000;
};

TEST_F(RenderCard, ShowsTheCardEscaped) {
  auto html = render_card(app(), product_card(), kNow);
  EXPECT_TRUE(html.starts_with("<article class=\"card card-product\">")) << html;
  EXPECT_NE(html.find("Brass &lt;Valve&gt; &amp; Co"), std::string::npos) << html;
  EXPECT_EQ(html.find("<Valve>"), std::string::npos);
  EXPECT_NE(html.find("Schmidt &quot;Armaturen&quot;"), std::string::npos) << html;
  EXPECT_NE(html.find("src=\"/upload/42/160x120.jpg\""), std::string::npos) << html;
  EXPECT_NE(html.find("12.50 – 18.00 EUR"), std::string::npos) << html;
  EXPECT_NE(html.find("1 piece<"), std::string::npos) << html;
}

TEST_F(RenderCard, TheSameCardIsRenderedOnce) {
  auto first = render_card(app(), product_card(), kNow);
  ASSERT_EQ(app().card_cache->size(), 1u);
  auto again = render_card(app(), product_card(), kNow);
  EXPECT_EQ(again, first);
  EXPECT_EQ(app().card_cache->size(), 1u) << "a hit stores nothing new";
}

TEST_F(RenderCard, AChangedCardIsRenderedAfresh) {
  auto before = render_card(app(), product_card(), kNow);
  Card changed = product_card();
  changed.details.price_max_cents = 2000;
  auto after = render_card(app(), changed, kNow);
  EXPECT_NE(after.find("12.50 – 20.00 EUR"), std::string::npos) << after;
  EXPECT_EQ(after.find("18.00"), std::string::npos) << "not the stored card";
  Card hidden = product_card();
  hidden.company_name.reset();  // e.g. a policy that no longer shows the name
  auto without = render_card(app(), hidden, kNow);
  EXPECT_EQ(without.find("Armaturen"), std::string::npos) << without;
  EXPECT_EQ(app().card_cache->size(), 3u);
}

TEST_F(RenderCard, AnOffersDaysLeftFollowTheClock) {
  Card offer;
  offer.kind = market::ListingKind::offer;
  offer.href = "/offer/9-copper";
  offer.title = {{"Copper cathodes", false}};
  offer.details.offer_kind = "sell";
  offer.details.expires_at = kNow + 3 * 86400 + 60;
  auto today = render_card(app(), offer, kNow);
  EXPECT_NE(today.find("3 days left"), std::string::npos) << today;
  auto tomorrow = render_card(app(), offer, kNow + 86400);
  EXPECT_NE(tomorrow.find("2 days left"), std::string::npos) << tomorrow;
  auto later = render_card(app(), offer, kNow + 3 * 86400 + 60);
  EXPECT_NE(later.find("ended"), std::string::npos) << later;
}

TEST_F(RenderCard, SearchCardsAreNotKept) {
  Card hit = product_card();
  hit.title = {{"Brass ", false}, {"Valve", true}};
  hit.snippet = {{"a ", false}, {"valve", true}};
  auto html = render_card(app(), hit, kNow);
  EXPECT_NE(html.find("<mark>Valve</mark>"), std::string::npos) << html;
  EXPECT_EQ(app().card_cache->size(), 0u);
}

}  // namespace
}  // namespace hanse::web
