// The category directory's counts (M-5) as the category pages read them,
// on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>

#include "db/migrations.h"
#include "db_fixture.h"
#include "market/category_counts.h"

namespace hanse::market {
namespace {

using db::Value;
using db::testing::DbTest;

class CategoryCountsTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
  }

  void set(const std::string& category, const std::string& kind, std::int64_t n) {
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease);
    const Value params[] = {category, kind, n};
    auto r = (*lease)->execute("INSERT INTO category_counts (category_id, kind, count) VALUES ($1, $2, $3)", params);
    ASSERT_TRUE(r) << r.error().message;
  }
};
HANSE_DB_TEST_SUITE(CategoryCountsTest);

TEST_P(CategoryCountsTest, M5_an_industry_page_reads_its_own_and_its_subcategories_counts_only) {
  set("metals", "company", 1);  // an industry whose id is a prefix of another's
  set("metals/iron", "product", 2);
  set("metals-minerals", "company", 3);
  set("metals-minerals", "product", 4);
  set("metals-minerals/copper", "company", 5);
  set("metals-minerals/copper", "product", 6);
  set("metals-minerals/zinc", "product", 0);  // empty rows are left out, as in category_counts
  set("metals-mineralsx", "product", 7);
  set("metals-minerals0", "product", 8);
  set("textiles/yarn", "product", 9);

  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto under = category_counts_under(**lease, "metals-minerals");
  ASSERT_TRUE(under) << under.error().message;
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> got;
  for (const auto& [id, count] : *under) got[id] = {count.companies, count.products};
  EXPECT_EQ(got, (std::map<std::string, std::pair<std::int64_t, std::int64_t>>{
                     {"metals-minerals", {3, 4}}, {"metals-minerals/copper", {5, 6}}}));

  auto metals = category_counts_under(**lease, "metals");
  ASSERT_TRUE(metals) << metals.error().message;
  EXPECT_EQ(metals->size(), 2u);
  EXPECT_EQ((*metals)["metals"].companies, 1);
  EXPECT_EQ((*metals)["metals/iron"].products, 2);

  // The same as the whole directory's counts for those categories.
  auto all = category_counts(**lease);
  ASSERT_TRUE(all);
  for (const auto& [id, count] : *under) {
    EXPECT_EQ((*all)[id].companies, count.companies) << id;
    EXPECT_EQ((*all)[id].products, count.products) << id;
  }
}

}  // namespace
}  // namespace hanse::market
