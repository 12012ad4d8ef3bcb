#include "market/listing_cards.h"

#include <vector>

namespace hanse::market {

std::string card_columns(ListingKind kind) {
  switch (kind) {
    case ListingKind::product:
      return "(SELECT pp.upload_id FROM product_photos pp WHERE pp.product_id = p.id ORDER BY pp.position LIMIT 1),"
             " p.min_order_quantity, p.min_order_unit, p.price_min_cents, p.price_max_cents, p.currency";
    case ListingKind::offer:
      return "quantity, unit, target_price_cents, currency, expires_at, kind";
    case ListingKind::company:
      return "logo_upload_id";
  }
  return {};
}

CardDetails card_details_of_row(ListingKind kind, const db::Row& row, std::size_t first) {
  CardDetails d;
  switch (kind) {
    case ListingKind::product:
      d.image_upload_id = row.optional_integer(first);
      d.min_order_quantity = row.optional_integer(first + 1);
      d.min_order_unit = row.text(first + 2);
      d.price_min_cents = row.optional_integer(first + 3);
      d.price_max_cents = row.optional_integer(first + 4);
      d.currency = row.text(first + 5);
      break;
    case ListingKind::offer:
      d.quantity = row.optional_integer(first);
      d.unit = row.text(first + 1);
      d.target_price_cents = row.optional_integer(first + 2);
      d.currency = row.text(first + 3);
      d.expires_at = row.integer(first + 4);
      d.offer_kind = row.text(first + 5);
      break;
    case ListingKind::company:
      d.image_upload_id = row.optional_integer(first);
      break;
  }
  return d;
}

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
      return "SELECT p.id, " + card_columns(kind) + " FROM products p WHERE p.id" + in;
    case ListingKind::offer:
      return "SELECT id, " + card_columns(kind) + " FROM offers WHERE id" + in;
    case ListingKind::company:
      return "SELECT id, " + card_columns(kind) + " FROM companies WHERE id" + in;
  }
  return {};
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
    for (const auto& row : rows) out[CardKey{kind, row.integer(0)}] = card_details_of_row(kind, row, 1);
  }
  return out;
}

}  // namespace hanse::market
