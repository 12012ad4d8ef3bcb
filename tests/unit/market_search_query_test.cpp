// M-6: whatever a person types becomes a query both full-text engines
// accept: checked against a real SQLite FTS5 table and real PostgreSQL
// to_tsquery (when HANSE_TEST_PG_URL is set).
#include <gtest/gtest.h>

#include "db/migrations.h"
#include "db_fixture.h"
#include "market/search_query.h"

namespace hanse::market {
namespace {

using db::Value;
using db::testing::DbTest;

std::vector<std::string> hostile_inputs() {
  return {
      "\"", "\"\"\"", "steel \"pipe", "*", "pipe*", "-steel", "- -", "NEAR(steel pipe)", "NEAR(",
      "(((", ")))", "steel) OR (pipe", "a AND OR NOT b", "col:steel", "^steel", "steel + pipe",
      "'; DROP TABLE members; --", "\\", "%_", "steel & pipe | !x <-> y:*", std::string(5000, 'x'),
      std::string(3000, '('), "钢管 供应商", "أنابيب الصلب", "Stahlrohr für Hamburg", "—“”…",
      std::string("\xff\xfe\xc3", 3), std::string("a\0b", 3), "", "   ",
  };
}

TEST(SearchWords, SplitsLowerCasesAndDropsOperators) {
  EXPECT_EQ(search_words("Steel-Pipe NEAR(x)"), (std::vector<std::string>{"steel", "pipe", "near", "x"}));
  EXPECT_EQ(search_words("钢管 供应商"), (std::vector<std::string>{"钢管", "供应商"}));
  EXPECT_EQ(search_words("für"), (std::vector<std::string>{"für"}));
  EXPECT_TRUE(search_words("\"*()-").empty());
  EXPECT_EQ(search_words(std::string("a\xff" "b", 3)), (std::vector<std::string>{"a", "b"}));
}

TEST(SearchWords, LimitsWordsAndLength) {
  std::string many;
  for (int i = 0; i < 40; ++i) {
    many += 'w';
    many += std::to_string(i);
    many += ' ';
  }
  EXPECT_EQ(search_words(many).size(), kMaxSearchWords);
  auto longest = search_words(std::string(500, 'x'));
  ASSERT_EQ(longest.size(), 1u);
  EXPECT_EQ(longest[0].size(), kMaxWordBytes);
  std::string han;
  for (int i = 0; i < 40; ++i) han += "钢";  // 3 bytes each
  auto cut = search_words(han);
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_LE(cut[0].size(), kMaxWordBytes);
  EXPECT_EQ(cut[0].size() % 3, 0u);  // cut on a character boundary
}

TEST(SearchWords, BuildsQuotedFts5AndPrefixTsquery) {
  std::vector<std::string> words{"steel", "pip"};
  EXPECT_EQ(fts5_match(words), "\"steel\" \"pip\"*");
  EXPECT_EQ(fts5_match(words, false), "\"steel\" \"pip\"");
  EXPECT_EQ(pg_tsquery(words), "steel:AB & pip:*AB");
  EXPECT_EQ(pg_tsquery(words, false), "steel:AB & pip:AB");
  EXPECT_EQ(fts5_match({}), "");
}

class SearchEngineTest : public DbTest {};

TEST_P(SearchEngineTest, M6_hostile_input_never_breaks_the_engine) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto& conn = **lease;
  if (GetParam() == db::Backend::sqlite) {
    ASSERT_TRUE(conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)"));
    const Value rows[] = {std::string("Steel pipe supplier in Hamburg")};
    ASSERT_TRUE(conn.execute("INSERT INTO t (body) VALUES ($1)", rows));
  }
  for (auto& input : hostile_inputs()) {
    auto words = search_words(input);
    if (words.empty()) continue;  // the page shows "no results" without asking the engine
    if (GetParam() == db::Backend::sqlite) {
      const Value q[] = {fts5_match(words)};
      auto r = conn.query("SELECT count(*) FROM t WHERE t MATCH $1", q);
      EXPECT_TRUE(r) << "input [" << input << "] -> " << fts5_match(words) << ": " << r.error().message;
    } else {
      const Value q[] = {pg_tsquery(words)};
      auto r = conn.query(
          "SELECT to_tsvector('simple', 'Steel pipe supplier in Hamburg') @@ to_tsquery('simple', $1)", q);
      EXPECT_TRUE(r) << "input [" << input << "] -> " << pg_tsquery(words) << ": " << r.error().message;
    }
  }
  if (GetParam() == db::Backend::sqlite) {
    const Value q[] = {fts5_match(search_words("STEEL pip"))};
    auto found = conn.query_one("SELECT count(*) FROM t WHERE t MATCH $1", q);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->integer(0), 1);  // prefix match on the last word
  }
}

HANSE_DB_TEST_SUITE(SearchEngineTest);

}  // namespace
}  // namespace hanse::market
