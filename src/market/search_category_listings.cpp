#include "market/search_category_listings.h"

#include <algorithm>

namespace hanse::market {

CategoryListing category_listing_of_row(ListingKind kind, const db::Row& row) {
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
  return item;
}

Result<CategoryListingPage> category_listings(db::Connection& conn, const std::string& category_id,
                                              ListingKind kind, int page, std::int64_t now) {
  CategoryListingPage out;
  out.page = std::max(1, page);
  db::Value params[] = {category_id, std::string(to_string(kind)), now,
                        std::int64_t{kCategoryPageSize + 1},
                        static_cast<std::int64_t>(out.page - 1) * kCategoryPageSize};
  HANSE_TRY(auto rows,
            conn.query("SELECT d.ref_id, d.title, d.offer_kind, d.expires_at, d.company_id, c.name, c.slug,"
                       " c.country, c.policy_version"
                       " FROM search_categories s JOIN search_documents d ON d.id = s.doc_id"
                       " JOIN companies c ON c.id = d.company_id"
                       " WHERE s.category_id = $1 AND s.kind = $2 AND (s.expires_at IS NULL OR s.expires_at > $3)"
                       " ORDER BY s.doc_id DESC LIMIT $4 OFFSET $5",
                       params));
  out.has_next = rows.size() > static_cast<std::size_t>(kCategoryPageSize);
  for (std::size_t i = 0; i < rows.size() && i < static_cast<std::size_t>(kCategoryPageSize); ++i) {
    out.items.push_back(category_listing_of_row(kind, rows[i]));
  }
  return out;
}

}  // namespace hanse::market
