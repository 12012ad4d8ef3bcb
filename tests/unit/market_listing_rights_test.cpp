// Who may see and change listings (M-3, M-4), decided in market/: the
// company's members change its products and offers, everyone else gets
// forbidden and nothing changes; an inactive offer is seen by its company
// only. On SQLite and PostgreSQL.
#include "market/listing_actions.h"
#include "market/listing_rights.h"
#include "market_fixture.h"

namespace hanse::market {
namespace {

using testing::kNow;
constexpr std::int64_t kDay = 86400;

OfferInput offer_input(const std::string& title, int days = 30) {
  OfferInput in;
  in.title = title;
  in.category_id = "metals-minerals/copper";
  in.description = "Bare copper wire.";
  in.valid_days = days;
  return in;
}

ProductInput product_input(const std::string& title) {
  ProductInput in;
  in.title = title;
  in.category_id = "industrial-machinery/valves";
  in.description = "A ball valve.";
  return in;
}

class ListingRightsTest : public testing::MarketTest {
 protected:
  void SetUp() override {
    MarketTest::SetUp();
    if (IsSkipped()) return;
    m_owner = member("owner@acme.example");
    m_company = company(m_owner, "Acme");
    m_rival = member("owner@rival.example");
    company(m_rival, "Rival");
    m_outsider = member("nobody@example.com");
  }

  std::int64_t post_offer(int days = 30) {
    auto id = create_offer(*m_db, m_owner, offer_input("Copper wire", days), kNow);
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
  }

  std::int64_t list_product() {
    auto id = create_product(*m_db, m_owner, product_input("Ball valve"), {}, kNow);
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
  }

  Offer offer(std::int64_t id) {
    auto lease = m_db->acquire();
    auto found = find_offer(**lease, id);
    EXPECT_TRUE(found && *found);
    return found && *found ? **found : Offer{};
  }

  std::int64_t m_owner = 0, m_company = 0, m_rival = 0, m_outsider = 0;
};

TEST_P(ListingRightsTest, M3_new_listings_go_to_the_actors_company_and_need_one) {
  auto offer_id = post_offer();
  EXPECT_EQ(offer(offer_id).company_id, m_company);
  auto product_id = list_product();
  auto lease = m_db->acquire();
  auto product = find_product(**lease, product_id);
  ASSERT_TRUE(product && *product);
  EXPECT_EQ((*product)->company_id, m_company);

  auto no_company = create_offer(*m_db, m_outsider, offer_input("Stray"), kNow);
  ASSERT_FALSE(no_company);
  EXPECT_EQ(no_company.error().kind, ErrorKind::forbidden);
  auto no_company_product = create_product(*m_db, m_outsider, product_input("Stray"), {}, kNow);
  ASSERT_FALSE(no_company_product);
  EXPECT_EQ(no_company_product.error().kind, ErrorKind::forbidden);
  EXPECT_EQ(count("SELECT COUNT(*) FROM offers"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM products"), 1);
}

TEST_P(ListingRightsTest, M4_only_the_company_edits_renews_withdraws_or_deletes_its_offer) {
  auto id = post_offer();
  for (auto actor : {m_rival, m_outsider}) {
    auto edited = update_offer(*m_db, actor, id, offer_input("Hijacked"));
    ASSERT_FALSE(edited);
    EXPECT_EQ(edited.error().kind, ErrorKind::forbidden);
    EXPECT_NE(edited.error().message.find("Only members"), std::string::npos);
    EXPECT_EQ(withdraw_offer(*m_db, actor, id, kNow + kDay).error().kind, ErrorKind::forbidden);
    EXPECT_EQ(renew_offer(*m_db, actor, id, kNow + kDay).error().kind, ErrorKind::forbidden);
    EXPECT_EQ(delete_offer(*m_db, actor, id).error().kind, ErrorKind::forbidden);
  }
  auto unchanged = offer(id);
  EXPECT_EQ(unchanged.fields.title, "Copper wire");
  EXPECT_FALSE(unchanged.withdrawn());
  EXPECT_EQ(unchanged.expires_at, kNow + 30 * kDay);

  ASSERT_TRUE(update_offer(*m_db, m_owner, id, offer_input("Copper wire, bare")));
  EXPECT_EQ(offer(id).fields.title, "Copper wire, bare");
  ASSERT_TRUE(withdraw_offer(*m_db, m_owner, id, kNow + kDay));
  EXPECT_TRUE(offer(id).withdrawn());
  ASSERT_TRUE(renew_offer(*m_db, m_owner, id, kNow + 2 * kDay));
  EXPECT_FALSE(offer(id).withdrawn());
  EXPECT_EQ(offer(id).expires_at, kNow + 32 * kDay);
  ASSERT_TRUE(delete_offer(*m_db, m_owner, id));
  EXPECT_EQ(count("SELECT COUNT(*) FROM offers"), 0);
  auto gone = renew_offer(*m_db, m_owner, id, kNow);
  ASSERT_FALSE(gone);
  EXPECT_EQ(gone.error().kind, ErrorKind::not_found);
}

TEST_P(ListingRightsTest, M3_only_the_company_edits_or_deletes_its_product) {
  auto id = list_product();
  for (auto actor : {m_rival, m_outsider}) {
    auto edited = update_product(*m_db, actor, id, product_input("Hijacked"), {}, {}, kNow);
    ASSERT_FALSE(edited);
    EXPECT_EQ(edited.error().kind, ErrorKind::forbidden);
    EXPECT_EQ(delete_product(*m_db, actor, id).error().kind, ErrorKind::forbidden);
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM products WHERE title = 'Ball valve'"), 1);
  ASSERT_TRUE(update_product(*m_db, m_owner, id, product_input("Brass ball valve"), {}, {}, kNow));
  EXPECT_EQ(count("SELECT COUNT(*) FROM products WHERE title = 'Brass ball valve'"), 1);
  ASSERT_TRUE(delete_product(*m_db, m_owner, id));
  EXPECT_EQ(count("SELECT COUNT(*) FROM products"), 0);
  EXPECT_EQ(delete_product(*m_db, m_owner, id).error().kind, ErrorKind::not_found);
}

TEST_P(ListingRightsTest, M3_the_photo_limit_is_the_domains_and_named_in_its_message) {
  EXPECT_EQ(check_photo_count(kMaxProductPhotos), "");
  EXPECT_EQ(check_photo_count(kMaxProductPhotos + 1),
            "A product can have at most " + std::to_string(kMaxProductPhotos) + " photos.");
  std::vector<PhotoUpload> photos(kMaxProductPhotos + 1, PhotoUpload{"p.png", "not checked"});
  auto created = create_product(*m_db, m_owner, product_input("Too many"), photos, kNow);
  ASSERT_FALSE(created);
  EXPECT_EQ(created.error().kind, ErrorKind::invalid_input);
  EXPECT_EQ(created.error().message, check_photo_count(photos.size()));
  EXPECT_EQ(count("SELECT COUNT(*) FROM products"), 0);
}

TEST_P(ListingRightsTest, EditableListingsAreTheCompanysOnly) {
  auto offer_id = post_offer();
  auto product_id = list_product();
  auto lease = m_db->acquire();
  auto mine = editable_offer(**lease, m_owner, offer_id);
  ASSERT_TRUE(mine) << mine.error().message;
  EXPECT_EQ(mine->id, offer_id);
  EXPECT_EQ(editable_offer(**lease, m_rival, offer_id).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(editable_offer(**lease, m_owner, offer_id + 1000).error().kind, ErrorKind::not_found);
  ASSERT_TRUE(editable_product(**lease, m_owner, product_id));
  EXPECT_EQ(editable_product(**lease, m_outsider, product_id).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(editable_product(**lease, m_owner, product_id + 1000).error().kind, ErrorKind::not_found);
}

TEST_P(ListingRightsTest, M4_expired_or_withdrawn_offers_are_seen_by_their_company_only) {
  auto id = post_offer(10);
  auto lease = m_db->acquire();
  auto seen = [&](Viewer viewer, std::int64_t at) { return visible_offer(**lease, id, viewer, at); };
  // Active: everyone, and the viewer's membership is told.
  for (Viewer viewer : {Viewer{}, Viewer{m_rival}, Viewer{m_outsider}}) {
    auto v = seen(viewer, kNow);
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_FALSE(v->viewer_is_member);
  }
  auto own = seen(m_owner, kNow);
  ASSERT_TRUE(own);
  EXPECT_TRUE(own->viewer_is_member);
  // Expired: only the company; others get not_found, as for a missing offer.
  const std::int64_t later = kNow + 10 * kDay;
  for (Viewer viewer : {Viewer{}, Viewer{m_rival}, Viewer{m_outsider}})
    EXPECT_EQ(seen(viewer, later).error().kind, ErrorKind::not_found);
  ASSERT_TRUE(seen(m_owner, later));
  EXPECT_TRUE(seen(m_owner, later - 1)->offer.active(later - 1));
  // Withdrawn: the same.
  ASSERT_TRUE(withdraw_offer(*m_db, m_owner, id, kNow + kDay));
  EXPECT_EQ(seen(std::nullopt, kNow + kDay).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(seen(m_owner, kNow + kDay));
  EXPECT_EQ(visible_offer(**lease, id + 1000, m_owner, kNow).error().kind, ErrorKind::not_found);
}

HANSE_DB_TEST_SUITE(ListingRightsTest);

}  // namespace
}  // namespace hanse::market
