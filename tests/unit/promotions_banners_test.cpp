// Banner campaigns (SPEC P-11, targeted promotions) on SQLite and
// PostgreSQL: every field of the staff form is checked; the choice of a
// banner follows the audience (member, interests, none) and falls back to
// an untargeted campaign; the impression cap holds; only the registered
// link is accepted for a click; counts are written per campaign and day.
#include <gtest/gtest.h>

#include "db/migrations.h"
#include "db_fixture.h"
#include "promotions/banners.h"
#include "stats/days.h"

namespace hanse::promotions {
namespace {

using db::testing::DbTest;

constexpr std::string_view kTree = R"(
[[industry]]
id = "machinery"
name = "Machinery"
[[industry.sub]]
id = "machinery/pumps"
name = "Pumps"
[[industry]]
id = "food"
name = "Food"
[[industry.sub]]
id = "food/bread"
name = "Bread"
)";

TEST(BannerLinks, P11_targeted_promotions_only_site_paths_and_https_urls_are_links) {
  for (const char* ok : {"/", "/categories", "/category/food?x=1", "https://partner.example/offer?id=3",
                         "https://partner.example:8443/a#b", "https://a-b.example"})
    EXPECT_TRUE(valid_link(ok)) << ok;
  for (const char* bad : {"", "//evil.example/x", "/\\evil", "http://plain.example/", "https://user@evil.example/",
                          "https://", "https://host", "https://host/a b", "javascript:alert(1)", "ftp://x.example/",
                          "https://.example/", "https://ex ample.com/", "categories", "https://x.example:99999/"})
    EXPECT_FALSE(valid_link(bad)) << bad;
  EXPECT_FALSE(valid_link("/" + std::string(kMaxLink, 'a')));
}

class BannerTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    auto tree = market::CategoryTree::parse(kTree, "test");
    ASSERT_TRUE(tree) << tree.error().message;
    m_tree = std::make_unique<market::CategoryTree>(std::move(*tree));
    auto lease = m_db->acquire();
    ASSERT_TRUE((*lease)->execute("INSERT INTO staff (id, email, role, password_hash, created_at) "
                                  "VALUES (3, 'admin@hanse.test', 'admin', 'x', 0)"));
    m_today = stats::day_of(m_clock.now());
  }

  CampaignInput input(std::string text) {
    CampaignInput in;
    in.text = std::move(text);
    in.link = "/categories";
    in.first_day = stats::iso_date(m_today - 1);
    in.last_day = stats::iso_date(m_today + 1);
    in.kind = "house";
    return in;
  }

  std::int64_t store(const CampaignInput& in) {
    CampaignErrors errors;
    auto valid = validate_campaign(in, *m_tree, errors);
    EXPECT_TRUE(valid) << (errors.empty() ? "" : errors.begin()->first + ": " + errors.begin()->second);
    if (!valid) return 0;
    auto lease = m_db->acquire();
    auto id = create_campaign(**lease, *valid, 3, m_clock.now());
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
  }

  std::unique_ptr<market::CategoryTree> m_tree;
  Clock m_clock;
  std::int64_t m_today = 0;
};

TEST_P(BannerTest, P11_targeted_promotions_every_field_is_checked) {
  CampaignInput in;
  in.text = std::string(kMaxText + 1, 'x');
  in.link = "//evil.example";
  in.industries = {"machinery/pumps"};  // a sub-category, not an industry
  in.countries = "DE XX";
  in.first_day = "2026-13-01";
  in.last_day = "";
  in.cap = "12a";
  in.kind = "sponsor";
  in.image = std::string("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  CampaignErrors errors;
  EXPECT_FALSE(validate_campaign(in, *m_tree, errors));
  for (const char* field : {"text", "link", "industries", "countries", "first_day", "last_day", "cap", "kind", "image"})
    EXPECT_TRUE(errors.contains(field)) << field;

  auto ok = input("Fine");
  ok.countries = "de, fr";
  ok.industries = {"food", "food"};
  ok.cap = "10";
  errors.clear();
  auto valid = validate_campaign(ok, *m_tree, errors);
  ASSERT_TRUE(valid);
  EXPECT_EQ(valid->campaign.countries, (std::vector<std::string>{"DE", "FR"}));
  EXPECT_EQ(valid->campaign.industries, (std::vector<std::string>{"food"}));
  EXPECT_EQ(valid->campaign.cap, 10);

  auto reversed = input("Reversed");
  reversed.first_day = stats::iso_date(m_today + 2);
  errors.clear();
  EXPECT_FALSE(validate_campaign(reversed, *m_tree, errors));
  EXPECT_TRUE(errors.contains("last_day"));
}

TEST_P(BannerTest, P11_targeted_promotions_choice_follows_the_audience_and_falls_back_to_everyone) {
  auto machinery_in = input("Machinery");
  machinery_in.industries = {"machinery"};
  const auto machinery = store(machinery_in);
  auto french_in = input("French food");
  french_in.industries = {"food"};
  french_in.countries = "FR";
  const auto french_food = store(french_in);
  const auto everyone = store(input("Everyone"));
  auto old_in = input("Over");
  old_in.first_day = stats::iso_date(m_today - 5);
  old_in.last_day = stats::iso_date(m_today - 1);
  store(old_in);

  BannerBook book(*m_db, m_clock);
  Audience member{Basis::member, {"machinery"}, {"DE"}};
  auto a = book.choose(member);
  ASSERT_TRUE(a && *a);
  EXPECT_EQ((*a)->campaign.id, machinery);
  EXPECT_EQ((*a)->basis, Basis::member);
  EXPECT_EQ((*a)->matched_industries, (std::vector<std::string>{"machinery"}));

  // Food, but from Germany: the French campaign needs the country too.
  auto b = book.choose({Basis::member, {"food"}, {"DE"}});
  ASSERT_TRUE(b && *b);
  EXPECT_EQ((*b)->campaign.id, everyone);
  EXPECT_EQ((*b)->basis, Basis::none);
  auto c = book.choose({Basis::member, {"food"}, {"FR"}});
  EXPECT_EQ((*c)->campaign.id, french_food);
  EXPECT_EQ((*c)->matched_countries, (std::vector<std::string>{"FR"}));

  // The interest cookie knows no country: never the French campaign.
  auto d = book.choose({Basis::interests, {"food"}, {}});
  EXPECT_EQ((*d)->campaign.id, everyone);
  EXPECT_EQ((*d)->basis, Basis::none);
  auto e = book.choose({Basis::interests, {"machinery"}, {}});
  EXPECT_EQ((*e)->campaign.id, machinery);
  EXPECT_EQ((*e)->basis, Basis::interests);

  // Nothing about the viewer: only untargeted campaigns.
  for (int i = 0; i < 3; ++i) {
    auto f = book.choose({});
    EXPECT_EQ((*f)->campaign.id, everyone);
    EXPECT_EQ((*f)->basis, Basis::none);
  }
}

TEST_P(BannerTest, P11_targeted_promotions_cap_holds_and_counts_are_aggregate) {
  auto capped_in = input("Capped");
  capped_in.cap = "2";
  const auto capped = store(capped_in);
  BannerBook book(*m_db, m_clock);
  EXPECT_EQ((*book.choose({}))->campaign.id, capped);
  EXPECT_EQ((*book.choose({}))->campaign.id, capped);
  auto third = book.choose({});
  ASSERT_TRUE(third);
  EXPECT_FALSE(*third) << "shown past its cap";

  auto refused = book.click(capped, "https://evil.example/");
  ASSERT_TRUE(refused);
  EXPECT_FALSE(*refused);
  EXPECT_FALSE(*book.click(capped + 100, "/categories"));
  auto ok = book.click(capped, "/categories");
  ASSERT_TRUE(ok && *ok);
  EXPECT_EQ(**ok, "/categories");

  ASSERT_TRUE(book.flush());
  auto lease = m_db->acquire();
  auto rows = (*lease)->query("SELECT campaign_id, day, impressions, clicks FROM banner_counts");
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].integer(0), capped);
  EXPECT_EQ((*rows)[0].integer(1), m_today);
  EXPECT_EQ((*rows)[0].integer(2), 2);
  EXPECT_EQ((*rows)[0].integer(3), 1);

  // A second book on the same database (another server) sees the counts:
  // the cap still holds.
  BannerBook other(*m_db, m_clock);
  EXPECT_FALSE(*other.choose({}));
  auto listed = list_campaigns(**lease);
  ASSERT_TRUE(listed);
  EXPECT_EQ((*listed)[0].impressions, 2);
  EXPECT_EQ((*listed)[0].clicks, 1);
}

HANSE_DB_TEST_SUITE(BannerTest);

}  // namespace
}  // namespace hanse::promotions
