#include "market/listing_cards.h"

#include <vector>

namespace hanse::market {
namespace {

// "$1, $2, ..., $n"
std::string placeholders(std::size_t n) {
  std::string out;
  for (std::size_t i = 1; i <= n; ++i) out += (i > 1 ? ", $" : "$") + std::to_string(i);
  return out;
}

// The statement reading one kind's details for the ids in "IN (...)".
std::string details_sql(ListingKind kind, std::size_t n) {
  const std::string in = " IN (" + placeholders(n) + ")";
  switch (kind) {
    case ListingKind::product:
      return "SELECT p.id, (SELECT pp.upload_id FROM product_photos pp WHERE pp.product_id = p.id"
             " ORDER BY pp.position LIMIT 1), p.min_order_quantity, p.min_order_unit, p.price_min_cents,"
             " p.price_max_cents, p.currency FROM products p WHERE p.id" + in;
    case ListingKind::offer:
      return "SELECT id, quantity, unit, target_price_cents, currency, expires_at, kind FROM offers WHERE id" + in;
    case ListingKind::company:
      return "SELECT id, logo_upload_id FROM companies WHERE id" + in;
  }
  return {};
}

CardDetails from_row(ListingKind kind, const db::Row& row) {
  CardDetails d;
  switch (kind) {
    case ListingKind::product:
      d.image_upload_id = row.optional_integer(1);
      d.min_order_quantity = row.optional_integer(2);
      d.min_order_unit = row.text(3);
      d.price_min_cents = row.optional_integer(4);
      d.price_max_cents = row.optional_integer(5);
      d.currency = row.text(6);
      break;
    case ListingKind::offer:
      d.quantity = row.optional_integer(1);
      d.unit = row.text(2);
      d.target_price_cents = row.optional_integer(3);
      d.currency = row.text(4);
      d.expires_at = row.integer(5);
      d.offer_kind = row.text(6);
      break;
    case ListingKind::company:
      d.image_upload_id = row.optional_integer(1);
      break;
  }
  return d;
}

}  // namespace

Result<std::map<CardKey, CardDetails>> card_details(db::Connection& conn, std::span<const CardKey> keys) {
  std::map<CardKey, CardDetails> out;
  for (auto kind : {ListingKind::product, ListingKind::offer, ListingKind::company}) {
    std::vector<db::Value> ids;
    for (const auto& key : keys)
      if (key.kind == kind) ids.emplace_back(key.id);
    if (ids.empty()) continue;
    HANSE_TRY(auto rows, conn.query(details_sql(kind, ids.size()), ids));
    for (const auto& row : rows) out[CardKey{kind, row.integer(0)}] = from_row(kind, row);
  }
  return out;
}

}  // namespace hanse::market
