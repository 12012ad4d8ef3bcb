// Search (M-6) against a real index, on SQLite and PostgreSQL: listings are
// inserted with plain SQL and indexed with index_listing, as the stores do.
// M6_a_listing_indexed_by_the_stores_... writes them through the stores.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "db/migrations.h"
#include "db_fixture.h"
#include "market/category_counts.h"
#include "market/company.h"
#include "market/highlight.h"
#include "market/listing_index.h"
#include "market/offer_store.h"
#include "market/product_store.h"
#include "market/search.h"
#include "market/search_category_listings.h"
#include "market/search_tags.h"

namespace hanse::market {
namespace {

using db::Value;
using db::testing::DbTest;

constexpr std::int64_t kNow = 1'800'000'000;

class SearchTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease);
    m_lease.emplace(std::move(*lease));
  }
  void TearDown() override {
    m_lease.reset();
    DbTest::TearDown();
  }
  db::Connection& conn() { return **m_lease; }

  void exec(const std::string& sql, std::vector<Value> params) {
    auto r = conn().execute(sql, params);
    ASSERT_TRUE(r) << r.error().message;
  }

  void company(std::int64_t id, const std::string& name, const std::string& country,
               std::vector<std::string> industries = {"industrial-machinery/valves"},
               const std::string& description = "A company.") {
    exec("INSERT INTO companies (id, slug, name, country, description, created_at, updated_at)"
         " VALUES ($1, $2, $3, $4, $5, 1, 1)",
         {id, "company-" + std::to_string(id), name, country, description});
    for (const auto& c : industries)
      exec("INSERT INTO company_industries (company_id, category_id) VALUES ($1, $2)", {id, c});
    index(ListingKind::company, id);
  }

  void product(std::int64_t id, std::int64_t company_id, const std::string& title, const std::string& body,
               const std::string& category = "industrial-machinery/valves") {
    exec("INSERT INTO products (id, company_id, category_id, title, description, created_at, updated_at)"
         " VALUES ($1, $2, $3, $4, $5, 1, 1)",
         {id, company_id, category, title, body});
    index(ListingKind::product, id);
  }

  void offer(std::int64_t id, std::int64_t company_id, const std::string& kind, const std::string& title,
             std::int64_t expires_at, bool withdrawn = false,
             const std::string& category = "metals-minerals/copper") {
    exec("INSERT INTO offers (id, company_id, kind, category_id, title, description, created_at, expires_at,"
         " withdrawn_at) VALUES ($1, $2, $3, $4, $5, 'An offer.', 1, $6, $7)",
         {id, company_id, kind, category, title, expires_at, withdrawn ? Value(std::int64_t{5}) : Value()});
    index(ListingKind::offer, id);
  }

  void index(ListingKind kind, std::int64_t id) {
    auto st = index_listing(conn(), kind, id);
    ASSERT_TRUE(st) << st.error().message;
  }

  SearchResults find(const std::string& text, SearchRequest request = {}) {
    request.text = text;
    if (request.now == 0) request.now = kNow;
    auto r = search(conn(), request);
    EXPECT_TRUE(r) << r.error().message;
    return r ? *r : SearchResults{};
  }

  // "kind:id" of each hit, in order.
  std::vector<std::string> ids(const SearchResults& results) {
    std::vector<std::string> out;
    for (const auto& h : results.hits) out.push_back(std::string(to_string(h.kind)) + ":" + std::to_string(h.id));
    return out;
  }

  std::int64_t member(const std::string& email) {
    const db::Value params[] = {email};
    auto row = conn().query_one(
        "INSERT INTO members (email, name, phone, address, country, company_name, company_address,"
        " password_hash, created_at, updated_at)"
        " VALUES ($1, 'Anna', '+49', 'x', 'DE', 'Acme', 'x', 'h', 1, 1) RETURNING id",
        params);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : 0;
  }

  // Every stored column of the index: documents, categories and counts.
  std::vector<std::string> index_rows() {
    std::vector<std::string> out;
    for (const char* sql :
         {"SELECT id, kind, ref_id, company_id, country, title, body, tags, offer_kind, expires_at, withdrawn"
          " FROM search_documents ORDER BY id",
          "SELECT doc_id, category_id, kind, expires_at FROM search_categories ORDER BY doc_id, category_id",
          "SELECT category_id, kind, count FROM category_counts WHERE count <> 0 ORDER BY category_id, kind"}) {
      auto rows = conn().query(sql);
      EXPECT_TRUE(rows) << rows.error().message;
      if (!rows) continue;
      for (const auto& row : *rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) line += (i ? " | " : "") + row.text(i);
        out.push_back(line);
      }
    }
    return out;
  }

  std::string body(ListingKind kind, std::int64_t id) {
    const db::Value params[] = {search_document_id(kind, id)};
    auto row = conn().query_one("SELECT body FROM search_documents WHERE id = $1", params);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->text(0) : "";
  }

  std::optional<db::Lease> m_lease;
};

TEST_P(SearchTest, M6_title_and_repeated_word_ranks_above_a_single_mention_in_the_body) {
  company(1, "Nordic Supply", "SE");
  product(10, 1, "Copper pipe fittings",
          "Press fittings for copper pipe in many sizes. Not made of iron; one grade is galvanized "
          "steel for outdoor use, the rest copper and brass.");
  product(11, 1, "Steel ball valve", "Stainless steel valve body; steel stem and steel handle.");
  product(12, 1, "Rubber gasket", "Seals for pumps.");
  auto r = find("steel");
  EXPECT_EQ(ids(r), (std::vector<std::string>{"product:11", "product:10"}));
  EXPECT_EQ(r.total, 2);
  EXPECT_FALSE(r.more);
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].company_name, "Nordic Supply");
  EXPECT_EQ(r.hits[0].company_slug, "company-1");
  EXPECT_EQ(r.hits[0].country, "SE");
}

TEST_P(SearchTest, M6_all_words_must_match_and_the_last_is_a_prefix) {
  company(1, "Acme", "DE");
  product(10, 1, "Steel pipes", "Seamless.");
  product(11, 1, "Steel plates", "Hot rolled.");
  EXPECT_EQ(ids(find("steel pip")), (std::vector<std::string>{"product:10"}));
  EXPECT_EQ(ids(find("STEEL PIPES")), (std::vector<std::string>{"product:10"}));
  EXPECT_TRUE(find("steel copper").hits.empty());
}

// SQLite reads the last word whole first (a prefix query over a common word
// is slow at scale) and as a prefix only when that finds less than a page;
// the prefix matches then come after the whole-word ones.
TEST_P(SearchTest, M6_the_last_word_is_a_prefix_when_whole_words_find_less_than_a_page) {
  company(1, "Acme", "DE");
  product(10, 1, "Steel pipe", "Seamless.");
  product(11, 1, "Steel pipes", "Welded.");
  product(12, 1, "Steel pipelines", "Long.");
  auto few = ids(find("steel pipe"));
  std::sort(few.begin(), few.end());
  EXPECT_EQ(few, (std::vector<std::string>{"product:10", "product:11", "product:12"}));

  ASSERT_TRUE(conn().begin());
  for (int i = 0; i < kSearchPageSize; ++i)
    product(100 + i, 1, "Pipe " + std::to_string(i), "Steel.", "metals-minerals/copper");
  ASSERT_TRUE(conn().commit());
  auto many = find("steel pipe");
  EXPECT_FALSE(many.more);
  // A page of whole-word matches: "pipes" and "pipelines" are not looked for,
  // with a filter neither.
  EXPECT_EQ(many.total, kSearchPageSize + 1);
  SearchRequest valves;
  valves.category = "industrial-machinery/valves";
  EXPECT_EQ(find("steel pipe", valves).total, 1);
  // No whole word "pip": all prefix matches.
  EXPECT_EQ(find("steel pip").total, kSearchPageSize + 3);
  EXPECT_EQ(find("steel pip", valves).total, 3);
}

// Filters are index terms (the tags: market/search_tags.h) on both
// backends; a word typed into the search box never matches one.
TEST_P(SearchTest, M6_a_search_word_never_matches_a_filter_token) {
  company(1, "Valve Works", "DE", {"industrial-machinery/valves"}, "We make valves.");
  product(10, 1, "Gate valve", "Cast iron valve.", "industrial-machinery/valves");
  offer(30, 1, "sell", "Surplus valve stock", kNow + 1000);
  ASSERT_EQ(find("valve").total, 3);
  for (const auto& token : {kind_token("product"), kind_token("company"), offer_kind_token("sell"),
                            country_token("DE"), category_token("industrial-machinery/valves")}) {
    EXPECT_EQ(find(token).total, 0) << token;
    EXPECT_EQ(find("valve " + token).total, 0) << token;
  }
}

TEST_P(SearchTest, M6_filters_by_kind_country_and_category) {
  company(1, "Valve Works", "DE", {"industrial-machinery/valves"}, "We make valves.");
  company(2, "Valve Trading", "FR", {"metals-minerals/copper"}, "We trade valves.");
  product(10, 1, "Gate valve", "Cast iron valve.", "industrial-machinery/valves");
  product(20, 2, "Copper valve", "Brass and copper valve.", "metals-minerals/copper");
  offer(30, 1, "sell", "Surplus valve stock", kNow + 1000);
  offer(31, 2, "buy", "Wanted valve parts", kNow + 1000);

  auto with = [&](std::string kind, std::string country, std::string category) {
    SearchRequest r;
    r.kind = std::move(kind);
    r.country = std::move(country);
    r.category = std::move(category);
    auto found = ids(find("valve", r));
    std::sort(found.begin(), found.end());
    return found;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(with("", "", "").size(), 6u);
  EXPECT_EQ(with("company", "", ""), (V{"company:1", "company:2"}));
  EXPECT_EQ(with("product", "", ""), (V{"product:10", "product:20"}));
  EXPECT_EQ(with("offer", "", ""), (V{"offer:30", "offer:31"}));
  EXPECT_EQ(with("buy", "", ""), (V{"offer:31"}));
  EXPECT_EQ(with("sell", "", ""), (V{"offer:30"}));
  EXPECT_EQ(with("", "DE", ""), (V{"company:1", "offer:30", "product:10"}));
  EXPECT_EQ(with("", "de", ""), (V{"company:1", "offer:30", "product:10"}));
  EXPECT_EQ(with("", "", "industrial-machinery/valves"), (V{"company:1", "product:10"}));
  EXPECT_EQ(with("", "", "industrial-machinery"), (V{"company:1", "product:10"}));
  EXPECT_EQ(with("", "", "metals-minerals"), (V{"company:2", "offer:30", "offer:31", "product:20"}));
  EXPECT_EQ(with("product", "FR", "metals-minerals/copper"), (V{"product:20"}));
  EXPECT_TRUE(with("", "IT", "").empty());
}

TEST_P(SearchTest, M6_pages_of_twenty) {
  company(1, "Widget Co", "NL");
  for (int i = 0; i < 45; ++i) product(100 + i, 1, "Widget model " + std::to_string(i), "A widget.");
  SearchRequest r;
  auto first = find("widget", r);
  EXPECT_EQ(first.total, 46);  // and the company
  EXPECT_EQ(first.hits.size(), 20u);
  EXPECT_TRUE(first.has_next);
  r.page = 3;
  auto third = find("widget", r);
  EXPECT_EQ(third.hits.size(), 6u);
  EXPECT_FALSE(third.has_next);
  r.page = 9;
  EXPECT_TRUE(find("widget", r).hits.empty());
  // Pages do not overlap.
  r.page = 2;
  auto second = find("widget", r);
  const auto first_ids = ids(first);
  for (const auto& id : ids(second))
    EXPECT_EQ(std::count(first_ids.begin(), first_ids.end(), id), 0) << id;
}

TEST_P(SearchTest, M6_many_matches_are_capped_and_the_newest_ranked) {
  company(1, "Bolt Co", "NL");
  ASSERT_TRUE(conn().begin());
  for (int i = 0; i < kSearchCandidates + 5; ++i) product(1000 + i, 1, "Hex bolt " + std::to_string(i), "M8.");
  ASSERT_TRUE(conn().commit());
  SearchRequest r;
  auto first = find("bolt", r);
  EXPECT_EQ(first.total, kSearchCandidates);
  EXPECT_TRUE(first.more);
  EXPECT_EQ(first.hits.size(), 20u);
  r.page = kSearchCandidates / kSearchPageSize;
  auto last = find("bolt", r);
  EXPECT_EQ(last.hits.size(), 20u);
  EXPECT_FALSE(last.has_next);
  // The oldest matches (and the company, id 1) are beyond the cap.
  r.page = 1;
  r.kind = "company";
  EXPECT_EQ(ids(find("bolt", r)), (std::vector<std::string>{"company:1"}));
}

TEST_P(SearchTest, M6_every_hostile_query_returns_normally) {
  company(1, "Acme", "DE");
  product(10, 1, "Steel pipe", "Seamless \"quoted\" pipe (NEAR) - * and more.");
  const std::vector<std::string> hostile = {
      "\"", "*", "-", "NEAR(", "((", "))", "steel\"", "steel*", "-steel", "steel OR pipe", "steel AND",
      "NOT steel", "title:steel", "{title}: x", "^steel", "a\"b\"c", "NEAR(steel pipe, 2)", "steel + pipe",
      std::string(5000, 'a'), "中文 搜索", "بحث", "\xff\xfe", "st\xc3", "", "   ", "'; DROP TABLE products; --",
      "%", "_", "\\", "steel:*", "steel & pipe", "!steel", "<b>steel</b>", std::string(3000, '(')};
  for (const auto& q : hostile) {
    SearchRequest r;
    r.text = q;
    r.now = kNow;
    auto found = search(conn(), r);
    EXPECT_TRUE(found) << "query [" << q.substr(0, 40) << "]: " << (found ? "" : found.error().message);
  }
  EXPECT_EQ(ids(find("\"steel\"")), (std::vector<std::string>{"product:10"}));
  EXPECT_EQ(ids(find("NEAR(steel")), (std::vector<std::string>{"product:10"}));
  EXPECT_TRUE(find("").words.empty());
}

TEST_P(SearchTest, M6_other_scripts_are_found) {
  company(1, "上海机械", "CN", {"industrial-machinery/valves"}, "阀门 制造");
  product(10, 1, "مضخة مياه", "مضخة");
  EXPECT_EQ(ids(find("阀门")), (std::vector<std::string>{"company:1"}));
  EXPECT_EQ(ids(find("مضخة")), (std::vector<std::string>{"product:10"}));
}

TEST_P(SearchTest, M6_an_edited_listing_is_found_by_its_new_words_only) {
  company(1, "Acme", "DE");
  product(10, 1, "Brass fitting", "Elbow.");
  EXPECT_EQ(ids(find("brass")), (std::vector<std::string>{"product:10"}));
  exec("UPDATE products SET title = 'Bronze bushing', description = 'Sleeve.',"
       " category_id = 'industrial-machinery/bearings' WHERE id = 10", {});
  index(ListingKind::product, 10);
  EXPECT_TRUE(find("brass").hits.empty());
  EXPECT_TRUE(find("elbow").hits.empty());
  EXPECT_EQ(ids(find("bronze")), (std::vector<std::string>{"product:10"}));
  EXPECT_EQ(ids(find("sleeve")), (std::vector<std::string>{"product:10"}));
}

TEST_P(SearchTest, M6_a_listing_that_is_not_stored_is_not_indexed) {
  company(1, "Acme", "DE");
  auto missing = index_listing(conn(), ListingKind::product, 99);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::not_found);
  auto left = conn().query_one("SELECT count(*) FROM search_documents");
  ASSERT_TRUE(left);
  EXPECT_EQ(left->integer(0), 1);  // the company only
}

TEST_P(SearchTest, M6_an_unindexed_listing_and_a_removed_company_are_not_found) {
  company(1, "Acme Pumps", "DE");
  company(2, "Other Pumps", "DE");
  product(10, 1, "Pump", "Water pump.");
  product(11, 1, "Pump housing", "Cast.");
  offer(12, 1, "sell", "Pump surplus", kNow + 100);
  product(20, 2, "Pump impeller", "Bronze.");
  ASSERT_TRUE(unindex_listing(conn(), ListingKind::product, 10));
  ASSERT_TRUE(unindex_listing(conn(), ListingKind::product, 10));  // again: a no-op
  EXPECT_EQ(ids(find("pump")).size(), 5u);
  ASSERT_TRUE(unindex_company(conn(), 1));
  auto left = ids(find("pump"));
  std::sort(left.begin(), left.end());
  EXPECT_EQ(left, (std::vector<std::string>{"company:2", "product:20"}));
}

TEST_P(SearchTest, M6_expired_and_withdrawn_offers_are_not_found) {
  company(1, "Acme", "DE");
  offer(10, 1, "sell", "Copper cathodes", kNow + 60);
  offer(11, 1, "sell", "Copper wire", kNow);  // expires now: gone
  offer(12, 1, "buy", "Copper scrap", kNow + 60, /*withdrawn=*/true);
  EXPECT_EQ(ids(find("copper")), (std::vector<std::string>{"offer:10"}));
  SearchRequest later;
  later.now = kNow + 61;
  EXPECT_TRUE(find("copper", later).hits.empty());
  SearchRequest earlier;
  earlier.now = kNow - 1;
  auto before = ids(find("copper", earlier));
  std::sort(before.begin(), before.end());
  EXPECT_EQ(before, (std::vector<std::string>{"offer:10", "offer:11"}));
}

TEST_P(SearchTest, M6_a_company_moving_country_moves_its_listings) {
  company(1, "Acme", "DE");
  product(10, 1, "Lathe", "Used lathe.");
  SearchRequest fr;
  fr.country = "FR";
  EXPECT_TRUE(find("lathe", fr).hits.empty());
  exec("UPDATE companies SET country = 'FR' WHERE id = 1", {});
  index(ListingKind::company, 1);
  EXPECT_EQ(ids(find("lathe", fr)), (std::vector<std::string>{"product:10"}));
  EXPECT_EQ(find("lathe", fr).hits[0].country, "FR");
}

TEST_P(SearchTest, M5_counts_follow_index_and_unindex) {
  company(1, "Acme", "DE", {"industrial-machinery/valves", "industrial-machinery/pumps"});
  product(10, 1, "Valve", "x", "industrial-machinery/valves");
  product(11, 1, "Valve 2", "x", "industrial-machinery/valves");
  product(12, 1, "Copper", "x", "metals-minerals/copper");
  auto count = [&](const std::string& id) {
    auto c = category_count(conn(), id);
    EXPECT_TRUE(c);
    return c ? std::pair{c->companies, c->products} : std::pair<std::int64_t, std::int64_t>{};
  };
  using P = std::pair<std::int64_t, std::int64_t>;
  EXPECT_EQ(count("industrial-machinery/valves"), (P{1, 2}));
  EXPECT_EQ(count("industrial-machinery/pumps"), (P{1, 0}));
  EXPECT_EQ(count("industrial-machinery"), (P{1, 2}));  // the company once, though in two subs
  EXPECT_EQ(count("metals-minerals"), (P{0, 1}));
  ASSERT_TRUE(unindex_listing(conn(), ListingKind::product, 10));
  EXPECT_EQ(count("industrial-machinery/valves"), (P{1, 1}));
  // Product 11 re-indexed under another category.
  exec("UPDATE products SET category_id = 'metals-minerals/copper' WHERE id = 11", {});
  index(ListingKind::product, 11);
  index(ListingKind::product, 11);  // re-indexing the same does not count twice
  EXPECT_EQ(count("industrial-machinery/valves"), (P{1, 0}));
  EXPECT_EQ(count("metals-minerals/copper"), (P{0, 2}));
  ASSERT_TRUE(unindex_company(conn(), 1));
  EXPECT_EQ(count("industrial-machinery"), (P{0, 0}));
  EXPECT_EQ(count("metals-minerals"), (P{0, 0}));
  auto all = category_counts(conn());
  ASSERT_TRUE(all);
  EXPECT_TRUE(all->empty());
}

TEST_P(SearchTest, M5_active_offers_are_counted_and_listed_until_they_expire) {
  company(1, "Acme", "DE");
  offer(10, 1, "sell", "Copper A", kNow + 10);
  offer(11, 1, "buy", "Copper B", kNow + 20);
  offer(12, 1, "buy", "Copper C", kNow + 20, /*withdrawn=*/true);
  auto active = active_offer_count(conn(), "metals-minerals/copper", kNow);
  ASSERT_TRUE(active);
  EXPECT_EQ(*active, 2);
  EXPECT_EQ(*active_offer_count(conn(), "metals-minerals", kNow + 10), 1);
  auto page = category_listings(conn(), "metals-minerals", ListingKind::offer, 1, kNow + 10);
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].id, 11);
  EXPECT_EQ(page->items[0].offer_kind, "buy");
  EXPECT_EQ(page->items[0].company_name, "Acme");
}

TEST_P(SearchTest, M5_category_listings_page_newest_first) {
  company(1, "Acme", "DE");
  for (int i = 0; i < 25; ++i) product(100 + i, 1, "Valve " + std::to_string(i), "x");
  auto first = category_listings(conn(), "industrial-machinery/valves", ListingKind::product, 1, kNow);
  ASSERT_TRUE(first) << first.error().message;
  ASSERT_EQ(first->items.size(), 20u);
  EXPECT_EQ(first->items[0].id, 124);
  EXPECT_TRUE(first->has_next);
  auto second = category_listings(conn(), "industrial-machinery", ListingKind::product, 2, kNow);
  ASSERT_TRUE(second);
  ASSERT_EQ(second->items.size(), 5u);
  EXPECT_EQ(second->items[4].id, 100);
  EXPECT_FALSE(second->has_next);
  auto companies = category_listings(conn(), "industrial-machinery", ListingKind::company, 1, kNow);
  ASSERT_TRUE(companies);
  ASSERT_EQ(companies->items.size(), 1u);
  EXPECT_EQ(companies->items[0].title, "Acme");
}

TEST_P(SearchTest, M6_rebuild_gives_what_indexing_gave) {
  company(1, "Valve Works", "DE", {"industrial-machinery/valves", "industrial-machinery/pumps"}, "Valves.");
  company(2, "Copper Trading", "FR", {"metals-minerals/copper"}, "Copper and valves.");
  product(10, 1, "Gate valve", "Cast iron valve.");
  product(20, 2, "Copper valve", "Brass valve.", "metals-minerals/copper");
  offer(30, 1, "sell", "Surplus valve stock", kNow + 1000);
  offer(31, 2, "buy", "Wanted valve parts", kNow + 1000, /*withdrawn=*/true);
  offer(32, 2, "buy", "Old valve parts", kNow - 1000);
  // A product with specifications and a unit, as the product store indexes it.
  product(40, 1, "Ball valve", "Full bore.");
  exec("UPDATE products SET specifications = $1, min_order_unit = 'pieces' WHERE id = 40",
       {std::string(R"([["Pressure","16 bar"],["Seal","PTFE"]])")});
  index(ListingKind::product, 40);
  EXPECT_EQ(ids(find("ptfe valve")), (std::vector<std::string>{"product:40"}));
  auto snapshot = [&] {
    std::vector<std::string> out;
    for (std::string kind : {"", "company", "buy", "sell"})
      for (std::string category : {"", "industrial-machinery", "metals-minerals/copper"}) {
        SearchRequest r;
        r.kind = kind;
        r.category = category;
        r.country = category.empty() ? "" : "DE";
        auto found = ids(find("valve", r));
        std::sort(found.begin(), found.end());
        for (auto& f : found) out.push_back(kind + "/" + category + "/" + f);
      }
    auto counts = category_counts(conn());
    EXPECT_TRUE(counts);
    for (const auto& [id, c] : *counts)
      out.push_back(id + "=" + std::to_string(c.companies) + "," + std::to_string(c.products));
    auto tags = conn().query("SELECT id, tags, country, title, body FROM search_documents ORDER BY id");
    EXPECT_TRUE(tags);
    for (const auto& row : *tags)
      out.push_back(row.text(0) + ":" + row.text(1) + ":" + row.text(2) + ":" + row.text(3) + ":" + row.text(4));
    return out;
  };
  auto indexed = snapshot();
  ASSERT_GT(indexed.size(), 10u);
  auto rebuilt = rebuild_listing_index(conn());
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_EQ(snapshot(), indexed);
  ASSERT_TRUE(rebuild_listing_index(conn()));  // twice is fine
  EXPECT_EQ(snapshot(), indexed);
}

// The document the stores index for a listing is the one the rebuild after
// `hanse demo` makes from the same rows (market/search_document.h), down to
// every stored column; listings are written through the stores here.
TEST_P(SearchTest, M6_a_listing_indexed_by_the_stores_and_rebuilt_has_the_same_document) {
  const auto owner = member("anna@example.com");
  CompanyChange company;
  company.input = {"Hanse Valves GmbH", "Speicherstadt 5, Hamburg", "DE",
                   {"industrial-machinery/valves", "industrial-machinery/pumps"}, "1999",
                   "Valves for ships.", "https://valves.example"};
  auto company_id = create_company(conn(), owner, company, kNow);
  ASSERT_TRUE(company_id) << company_id.error().message;

  ProductInput product;
  product.title = "Ball valve";
  product.category_id = "industrial-machinery/valves";
  product.description = "Full bore.";
  product.specifications = {{"Pressure", "16 bar"}, {"Seal", "PTFE"}};
  product.min_order_quantity = 10;
  product.min_order_unit = "pieces";
  auto product_id = create_product(conn(), *company_id, owner, product, {}, kNow);
  ASSERT_TRUE(product_id) << product_id.error().message;

  OfferInput offer;
  offer.kind = "sell";
  offer.title = "Surplus copper";
  offer.category_id = "metals-minerals/copper";
  offer.description = "Cathodes, grade A.";
  offer.quantity = 20;
  offer.unit = "tonnes";
  auto offer_id = create_offer(conn(), *company_id, owner, offer, kNow);
  ASSERT_TRUE(offer_id) << offer_id.error().message;
  OfferInput withdrawn = offer;
  withdrawn.title = "Old copper";
  withdrawn.unit = "kg";
  auto withdrawn_id = create_offer(conn(), *company_id, owner, withdrawn, kNow);
  ASSERT_TRUE(withdrawn_id);
  ASSERT_TRUE(withdraw_offer(conn(), *withdrawn_id, kNow));

  using V = std::vector<std::string>;
  const V the_company{"company:" + std::to_string(*company_id)};
  const V the_product{"product:" + std::to_string(*product_id)};
  const V the_offer{"offer:" + std::to_string(*offer_id)};

  // The document as market/search_document.h defines it.
  EXPECT_EQ(body(ListingKind::company, *company_id), "Valves for ships.\nSpeicherstadt 5, Hamburg");
  EXPECT_EQ(body(ListingKind::product, *product_id), "Full bore.\nPressure 16 bar\nSeal PTFE\npieces");
  EXPECT_EQ(body(ListingKind::offer, *offer_id), "Cathodes, grade A.\ntonnes");
  EXPECT_EQ(ids(find("speicherstadt")), the_company);
  EXPECT_EQ(ids(find("tonnes")), the_offer);

  const auto indexed = index_rows();
  ASSERT_GT(indexed.size(), 10u);
  auto rebuilt = rebuild_listing_index(conn());
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_EQ(index_rows(), indexed);
  EXPECT_EQ(ids(find("speicherstadt")), the_company);
  EXPECT_EQ(ids(find("tonnes")), the_offer);
  EXPECT_EQ(ids(find("ptfe")), the_product);

  // A move to another country re-indexes the company's listings; the
  // rebuild agrees with that too.
  company.input.country = "FR";
  company.input.address = "1 quai de la Loire, Nantes";
  ASSERT_TRUE(update_company(conn(), *company_id, owner, company, kNow));
  const auto moved = index_rows();
  EXPECT_NE(moved, indexed);
  EXPECT_TRUE(find("speicherstadt").hits.empty());
  EXPECT_EQ(ids(find("nantes")), the_company);
  SearchRequest france;
  france.country = "FR";
  EXPECT_EQ(ids(find("ptfe", france)), the_product);
  ASSERT_TRUE(rebuild_listing_index(conn()));
  EXPECT_EQ(index_rows(), moved);
  EXPECT_EQ(ids(find("ptfe", france)), the_product);
}

TEST(Highlight, M6_marks_the_words_case_insensitively_at_word_starts) {
  auto segments = highlight("Steel pipes and STEELWORK, not unsteel", {"steel", "pip"});
  std::vector<std::pair<std::string, bool>> got;
  for (const auto& s : segments) got.emplace_back(s.text, s.highlighted);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, bool>>{{"Steel", true},
                                                            {" ", false},
                                                            {"pipes", true},
                                                            {" and ", false},
                                                            {"STEELWORK", true},
                                                            {", not unsteel", false}}));
}

TEST(Highlight, M6_other_scripts_match_exactly_and_text_is_kept_as_is) {
  auto segments = highlight("<b>中文</b> 搜索", {"中文", "b"});
  std::string joined;
  int marked = 0;
  for (const auto& s : segments) {
    joined += s.text;
    marked += s.highlighted;
  }
  EXPECT_EQ(joined, "<b>中文</b> 搜索");  // nothing escaped or lost: the template escapes
  EXPECT_EQ(marked, 3);  // the b of <b> and of </b>, and 中文
  EXPECT_TRUE(highlight("", {"x"}).empty());
  EXPECT_EQ(highlight("abc", {}).size(), 1u);
}

TEST(Highlight, M6_snippets_cut_around_the_first_match_on_character_boundaries) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "Größe Ärger ";
  text += "valve ";
  for (int i = 0; i < 40; ++i) text += "mehr Text ";
  auto segments = snippet(text, {"valve"}, 120);
  ASSERT_GE(segments.size(), 3u);
  EXPECT_EQ(segments.front().text, "… ");
  EXPECT_EQ(segments.back().text, " …");
  std::string joined;
  bool found = false;
  for (const auto& s : segments) {
    joined += s.text;
    if (s.highlighted) found = s.text == "valve";
  }
  EXPECT_TRUE(found);
  EXPECT_LE(joined.size(), 130u);
  // Valid UTF-8: no cut inside a character.
  for (std::size_t i = 0; i < joined.size();) {
    auto c = static_cast<unsigned char>(joined[i]);
    std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    ASSERT_NE(c & 0xC0, 0x80) << "cut at " << i;
    i += n;
  }
}

HANSE_DB_TEST_SUITE(SearchTest);

}  // namespace
}  // namespace hanse::market
