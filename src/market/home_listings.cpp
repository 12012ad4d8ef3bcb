#include "market/home_listings.h"

namespace hanse::market {
namespace {

// Rows of (id, title, offer kind, expires_at, company id, name, slug,
// country, policy version), as the category listings read them.
std::vector<CategoryListing> listings_of(ListingKind kind, const db::Rows& rows) {
  std::vector<CategoryListing> out;
  out.reserve(rows.size());
  for (const auto& row : rows) {
    CategoryListing item;
    item.kind = kind;
    item.id = row.integer(0);
    item.title = row.text(1);
    item.offer_kind = row.text(2);
    item.expires_at = row.optional_integer(3);
    item.company_id = row.integer(4);
    item.company_name = row.text(5);
    item.company_slug = row.text(6);
    item.country = row.text(7);
    item.policy_version = static_cast<int>(row.integer(8));
    out.push_back(std::move(item));
  }
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
