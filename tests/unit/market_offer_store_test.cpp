// Trade offers (M-4) on SQLite and PostgreSQL: create, edit, delete,
// validation, and expiry, renewal and withdrawal at fixed times.
#include <gtest/gtest.h>

#include <cstdlib>

#include "db/migrations.h"
#include "db_fixture.h"
#include "market/offer_store.h"

namespace hanse::market {
namespace {

using db::testing::DbTest;

constexpr std::int64_t kNow = 1'800'000'000;
constexpr std::int64_t kDay = 86400;

const CategoryTree& categories() {
  static const CategoryTree tree = [] {
    const char* source = std::getenv("HANSE_SOURCE_DIR");
    auto loaded = CategoryTree::load(std::string(source ? source : ".") + "/market/categories.toml");
    if (!loaded) throw std::runtime_error(loaded.error().message);
    return std::move(*loaded);
  }();
  return tree;
}

OfferForm valid_form() {
  return OfferForm{"sell", "Surplus copper wire", "metals-minerals/copper", "Bare copper wire.",
                   "20", "tonnes", "7800.00", "EUR", "30"};
}

class OfferStoreTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    m_member = scalar("INSERT INTO members (email, name, phone, address, country, company_name, "
                      "company_address, password_hash, created_at, updated_at) VALUES "
                      "('anna@example.com', 'Anna', '+49', 'x', 'DE', 'Acme', 'x', 'h', 1, 1) RETURNING id");
    m_company = scalar("INSERT INTO companies (slug, name, country, created_at, updated_at) "
                       "VALUES ('acme', 'Acme', 'DE', 1, 1) RETURNING id");
  }

  std::int64_t scalar(const std::string& sql) {
    auto lease = m_db->acquire();
    auto row = (*lease)->query_one(sql);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : 0;
  }

  std::int64_t create(int days = 30) {
    OfferInput input;
    auto form = valid_form();
    form.valid_days = std::to_string(days);
    EXPECT_TRUE(validate_offer(form, categories(), input).empty());
    auto id = m_db->transaction([&](db::Connection& conn) -> Result<std::int64_t> {
      return create_offer(conn, m_company, m_member, input, kNow);
    });
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
  }

  Offer find(std::int64_t id) {
    auto lease = m_db->acquire();
    auto found = find_offer(**lease, id);
    EXPECT_TRUE(found && *found);
    return found && *found ? **found : Offer{};
  }

  template <class F>
  Status change(F&& f) {
    return m_db->transaction([&](db::Connection& conn) -> Status { return f(conn); });
  }

  std::int64_t m_member = 0, m_company = 0;
};

TEST(OfferFields, ValidationAndDefaultValidity) {
  OfferInput input;
  auto form = valid_form();
  form.valid_days = "";
  EXPECT_TRUE(validate_offer(form, categories(), input).empty());
  EXPECT_EQ(input.valid_days, 30);
  EXPECT_EQ(input.target_price_cents, 780000);
  EXPECT_EQ(input.quantity, 20);

  form.kind = "rent";
  form.title = "";
  form.category = "nope/nope";
  form.target_price = "7,8";
  form.currency = "";
  form.valid_days = "91";
  auto errors = validate_offer(form, categories(), input);
  for (auto field : {"kind", "title", "category", "target_price", "currency", "valid_days"})
    EXPECT_TRUE(errors.contains(field)) << field;
  form = valid_form();
  form.valid_days = "0";
  EXPECT_TRUE(validate_offer(form, categories(), input).contains("valid_days"));
  form.valid_days = "90";
  EXPECT_TRUE(validate_offer(form, categories(), input).empty());
}

TEST_P(OfferStoreTest, ExpiresAfterItsValidity) {
  auto id = create(10);
  auto offer = find(id);
  EXPECT_EQ(offer.expires_at, kNow + 10 * kDay);
  EXPECT_TRUE(offer.active(kNow));
  EXPECT_TRUE(offer.active(kNow + 10 * kDay - 1));
  EXPECT_FALSE(offer.active(kNow + 10 * kDay));
  EXPECT_TRUE(offer.expired(kNow + 31 * kDay));
  EXPECT_EQ(offer.fields.valid_days, 10);
}

TEST_P(OfferStoreTest, RenewExtendsByTheOriginalValidityAndClearsWithdrawal) {
  auto id = create(10);
  auto later = kNow + 31 * kDay;
  ASSERT_TRUE(change([&](db::Connection& c) { return withdraw_offer(c, id, kNow + kDay); }));
  auto withdrawn = find(id);
  EXPECT_TRUE(withdrawn.withdrawn());
  EXPECT_FALSE(withdrawn.active(kNow + kDay));

  ASSERT_TRUE(change([&](db::Connection& c) { return renew_offer(c, id, later); }));
  auto renewed = find(id);
  EXPECT_FALSE(renewed.withdrawn());
  EXPECT_EQ(renewed.renewed_at, later);
  EXPECT_EQ(renewed.expires_at, later + 10 * kDay);
  EXPECT_TRUE(renewed.active(later));
  // Renewing again keeps the same 10-day span.
  ASSERT_TRUE(change([&](db::Connection& c) { return renew_offer(c, id, later + 5 * kDay); }));
  EXPECT_EQ(find(id).expires_at, later + 15 * kDay);
}

TEST_P(OfferStoreTest, EditKeepsExpiryAndDeleteRemoves) {
  auto id = create(30);
  OfferInput input;
  auto form = valid_form();
  form.kind = "buy";
  form.title = "Wanted: copper cathodes";
  form.target_price = "";
  ASSERT_TRUE(validate_offer(form, categories(), input).empty());
  ASSERT_TRUE(change([&](db::Connection& c) { return update_offer(c, id, input); }));
  auto offer = find(id);
  EXPECT_EQ(offer.fields.kind, "buy");
  EXPECT_EQ(offer.fields.title, "Wanted: copper cathodes");
  EXPECT_FALSE(offer.fields.target_price_cents);
  EXPECT_EQ(offer.expires_at, kNow + 30 * kDay);

  auto lease = m_db->acquire();
  auto listed = company_offers(**lease, m_company);
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->size(), 1u);

  ASSERT_TRUE(change([&](db::Connection& c) { return delete_offer(c, id); }));
  auto gone = find_offer(**lease, id);
  ASSERT_TRUE(gone);
  EXPECT_FALSE(*gone);
  auto again = change([&](db::Connection& c) { return delete_offer(c, id); });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::not_found);
  auto missing = change([&](db::Connection& c) { return renew_offer(c, id, kNow); });
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::not_found);
}

HANSE_DB_TEST_SUITE(OfferStoreTest);

}  // namespace
}  // namespace hanse::market
