#include "market/home_listings.h"

namespace hanse::market {
namespace {

std::vector<CategoryListing> listings_of(ListingKind kind, const db::Rows& rows) {
  std::vector<CategoryListing> out;
  out.reserve(rows.size());
  for (const auto& row : rows) out.push_back(category_listing_of_row(kind, row));
  return out;
}

}  // namespace

Result<std::vector<CategoryListing>> newest_offers(db::Connection& conn, const std::string& kind,
                                                   std::int64_t now, int limit) {
  const db::Value params[] = {kind, now, std::int64_t{limit}};
  HANSE_TRY(auto rows, conn.query("SELECT o.id, o.title, o.kind, o.expires_at, c.id, c.name, c.slug, c.country,"
                                  " c.policy_version FROM offers o JOIN companies c ON c.id = o.company_id"
                                  " WHERE o.kind = $1 AND o.withdrawn_at IS NULL AND o.expires_at > $2"
                                  " ORDER BY o.id DESC LIMIT $3",
                                  params));
  return listings_of(ListingKind::offer, rows);
}

Result<std::vector<CategoryListing>> recently_updated_products(db::Connection& conn, int limit) {
  const db::Value params[] = {std::int64_t{limit}};
  HANSE_TRY(auto rows, conn.query("SELECT p.id, p.title, '', NULL, c.id, c.name, c.slug, c.country,"
                                  " c.policy_version FROM products p JOIN companies c ON c.id = p.company_id"
                                  " ORDER BY p.updated_at DESC, p.id DESC LIMIT $1",
                                  params));
  return listings_of(ListingKind::product, rows);
}

}  // namespace hanse::market
