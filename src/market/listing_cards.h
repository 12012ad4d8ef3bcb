// What a listing card shows besides the listing's title and company
// (issue 12): the first photo (a company's logo), a product's price range
// and minimum order, an offer's quantity, target price and expiry. Read
// for a whole page of listings at once, one statement per kind, so a page
// of cards costs three index lookups more than a page of links.
//
// These are the stored values: what a page may show of them is decided by
// market::public_card (public_view.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "core/result.h"
#include "db/database.h"
#include "market/listing_index.h"

namespace hanse::market {

struct CardDetails {
  std::optional<std::int64_t> image_upload_id;  // first product photo, or the company's logo
  // Products.
  std::optional<std::int64_t> min_order_quantity;
  std::string min_order_unit;
  std::optional<std::int64_t> price_min_cents, price_max_cents;
  // Offers.
  std::string offer_kind;  // buy or sell
  std::optional<std::int64_t> quantity;
  std::string unit;
  std::optional<std::int64_t> target_price_cents;
  std::optional<std::int64_t> expires_at;
  std::string currency;  // of the price or target price
};

struct CardKey {
  ListingKind kind = ListingKind::product;
  std::int64_t id = 0;
  auto operator<=>(const CardKey&) const = default;
};

// For statements that read listings with their cards' details at once
// (a company's listings, market/company.h): the select list of a kind's
// details, over its table (`products p`, `offers`, `companies`), and the
// details from a row that has those columns from column `first` on.
std::string card_columns(ListingKind kind);
CardDetails card_details_of_row(ListingKind kind, const db::Row& row, std::size_t first);

// The card details of each listing in `keys` that exists (missing ones are
// left out of the map). Errors: database errors.
Result<std::map<CardKey, CardDetails>> card_details(db::Connection& conn, std::span<const CardKey> keys);

}  // namespace hanse::market
