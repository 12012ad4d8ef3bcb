#include "market/category_counts.h"

namespace hanse::market {
namespace {

void add(CategoryCount& count, const std::string& kind, std::int64_t n) {
  if (kind == "company") count.companies += n;
  else if (kind == "product") count.products += n;
}

}  // namespace

Result<std::map<std::string, CategoryCount>> category_counts(db::Connection& conn) {
  HANSE_TRY(auto rows, conn.query("SELECT category_id, kind, count FROM category_counts WHERE count > 0"));
  std::map<std::string, CategoryCount> out;
  for (const auto& row : rows) add(out[row.text(0)], row.text(1), row.integer(2));
  return out;
}

Result<std::map<std::string, CategoryCount>> category_counts_under(db::Connection& conn,
                                                                   const std::string& industry_id) {
  // Sub-category ids are "<industry>/<slug>": in byte order, after
  // "<industry>/" and before "<industry>0" ('0' follows '/'). PostgreSQL
  // compares in byte order only under the "C" collation.
  db::Value params[] = {industry_id, industry_id + "/", industry_id + "0"};
  HANSE_TRY(auto rows, conn.query(conn.backend() == db::Backend::sqlite
                                      ? "SELECT category_id, kind, count FROM category_counts"
                                        " WHERE (category_id = $1 OR (category_id > $2 AND category_id < $3))"
                                        " AND count > 0"
                                      : "SELECT category_id, kind, count FROM category_counts"
                                        " WHERE (category_id = $1 OR (category_id COLLATE \"C\" > $2"
                                        " AND category_id COLLATE \"C\" < $3)) AND count > 0",
                                  params));
  std::map<std::string, CategoryCount> out;
  for (const auto& row : rows) add(out[row.text(0)], row.text(1), row.integer(2));
  return out;
}

Result<CategoryCount> category_count(db::Connection& conn, const std::string& category_id) {
  db::Value params[] = {category_id};
  HANSE_TRY(auto rows, conn.query("SELECT kind, count FROM category_counts WHERE category_id = $1", params));
  CategoryCount out;
  for (const auto& row : rows) add(out, row.text(0), row.integer(1));
  return out;
}

Result<std::map<std::string, CategoryCount>> category_counts_of(db::Connection& conn,
                                                                const std::vector<std::string>& ids) {
  std::map<std::string, CategoryCount> out;
  if (ids.empty()) return out;
  std::vector<db::Value> params(ids.begin(), ids.end());
  std::string in;
  for (std::size_t i = 1; i <= ids.size(); ++i) in += (i > 1 ? ", $" : "$") + std::to_string(i);
  HANSE_TRY(auto rows, conn.query("SELECT category_id, kind, count FROM category_counts WHERE category_id IN (" + in + ")",
                                  params));
  for (const auto& row : rows) add(out[row.text(0)], row.text(1), row.integer(2));
  return out;
}

Result<std::int64_t> active_offer_count(db::Connection& conn, const std::string& category_id, std::int64_t now) {
  db::Value params[] = {category_id, now, kOfferCountCap + 1};
  HANSE_TRY(auto row, conn.query_one("SELECT count(*) FROM (SELECT 1 FROM search_categories"
                                     " WHERE category_id = $1 AND kind = 'offer'"
                                     " AND (expires_at IS NULL OR expires_at > $2) LIMIT $3) AS active",
                                     params));
  return row.integer(0);
}

}  // namespace hanse::market
