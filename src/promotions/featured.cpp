#include "promotions/featured.h"

#include <map>

#include "promotions/promotions.h"

namespace hanse::promotions {

Status grant_featured(db::Connection& conn, std::int64_t promotion_id, std::int64_t member_id, std::int64_t from,
                      std::int64_t until) {
  if (until <= from) return {};
  // Which companies the member belongs to is public (company pages list
  // their members' companies, not the members): no personal column here.
  const db::Value params[] = {promotion_id, member_id, from, until};
  HANSE_TRY_STATUS(conn.execute("INSERT INTO featured_listings (promotion_id, member_id, company_id, featured_from, "
                                "featured_until) SELECT $1, $2, cm.company_id, $3, $4 FROM company_members cm "
                                "WHERE cm.member_id = $2 ON CONFLICT (promotion_id, member_id, company_id) DO NOTHING",
                                params));
  return {};
}

Status end_featured(db::Connection& conn, std::int64_t promotion_id, std::int64_t member_id) {
  const db::Value params[] = {promotion_id, member_id};
  HANSE_TRY_STATUS(
      conn.execute("DELETE FROM featured_listings WHERE promotion_id = $1 AND member_id = $2", params));
  return {};
}

Result<std::vector<market::CategoryListing>> featured_in_category(db::Connection& conn, const privacy::Guard& guard,
                                                                  const std::string& category_id,
                                                                  market::ListingKind kind, std::int64_t now) {
  // Candidates: the newest listing of each featured company in the
  // category (a handful of companies at a time, each an index range on
  // search_documents_company), more than are shown so that members the
  // guard refuses can be skipped.
  const db::Value params[] = {category_id, std::string(market::to_string(kind)), now,
                              std::int64_t{4 * kFeaturedPerPage}};
  HANSE_TRY(auto rows,
            conn.query("SELECT ref_id, title, offer_kind, expires_at, company_id, name, slug, country, policy_version, "
                       "member_id FROM (SELECT d.ref_id, d.title, d.offer_kind, d.expires_at, d.company_id, c.name, "
                       "c.slug, c.country, c.policy_version, f.member_id, f.featured_until, "
                       "ROW_NUMBER() OVER (PARTITION BY d.company_id ORDER BY d.id DESC) AS n "
                       "FROM featured_listings f "
                       "JOIN search_documents d ON d.company_id = f.company_id AND d.kind = $2 AND d.withdrawn = 0 "
                       "JOIN search_categories s ON s.doc_id = d.id AND s.category_id = $1 AND s.kind = $2 "
                       "JOIN companies c ON c.id = d.company_id "
                       "WHERE f.featured_from <= $3 AND f.featured_until > $3 "
                       "AND (s.expires_at IS NULL OR s.expires_at > $3)) t "
                       "WHERE n = 1 ORDER BY featured_until DESC, company_id LIMIT $4",
                       params));
  std::vector<market::CategoryListing> out;
  std::map<std::int64_t, bool> allowed;  // per member: the guard is asked once
  for (const auto& row : rows) {
    if (out.size() >= static_cast<std::size_t>(kFeaturedPerPage)) break;
    const std::int64_t member_id = row.integer(9);
    auto known = allowed.find(member_id);
    if (known == allowed.end()) {
      HANSE_TRY(auto ok, promotions_allowed(conn, guard, member_id));
      known = allowed.emplace(member_id, ok).first;
    }
    if (!known->second) continue;
    auto item = market::category_listing_of_row(kind, row);
    // Two featured rows of one company (two promotions) give one listing.
    bool seen = false;
    for (const auto& shown : out) seen = seen || shown.company_id == item.company_id;
    if (!seen) out.push_back(std::move(item));
  }
  return out;
}

}  // namespace hanse::promotions
