// A member's changes to their company's listings (M-3, M-4). Each function
// opens its own transaction and checks in it, with listing_rights.h, that
// `actor` (the signed-in member) may make the change, so a page cannot
// change a listing without asking. Nothing changes when a check fails.
//
// These are what pages call; the connection-level functions of
// product_store.h and offer_store.h store without asking.
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "market/offer_store.h"
#include "market/product_store.h"

namespace hanse::market {

// --- products (M-3) ---

// Lists a product with its photos for actor's company. Returns its id.
// Errors: forbidden when actor belongs to no company; invalid_input for
// more than kMaxProductPhotos photos or a refused photo (the message names
// it); database errors.
Result<std::int64_t> create_product(db::Database& db, std::int64_t actor, const ProductInput& input,
                                    const std::vector<PhotoUpload>& photos, std::int64_t now);

// Replaces the product's fields, removes the listed photos and appends the
// new ones. Errors: not_found; forbidden unless actor belongs to the
// product's company; invalid_input as create_product; database errors.
Status update_product(db::Database& db, std::int64_t actor, std::int64_t product_id,
                      const ProductInput& input, const std::vector<std::int64_t>& remove_photos,
                      const std::vector<PhotoUpload>& add_photos, std::int64_t now);

// Deletes the product and its photos. Errors: not_found; forbidden unless
// actor belongs to the product's company; database errors.
Status delete_product(db::Database& db, std::int64_t actor, std::int64_t product_id);

// --- offers (M-4) ---

// Posts an offer for actor's company, expiring input.valid_days from now.
// Returns its id. Errors: forbidden when actor belongs to no company;
// database errors.
Result<std::int64_t> create_offer(db::Database& db, std::int64_t actor, const OfferInput& input,
                                  std::int64_t now);

// Replaces the offer's fields (not its expiry: that is renewed). Errors:
// not_found; forbidden unless actor belongs to the offer's company;
// database errors.
Status update_offer(db::Database& db, std::int64_t actor, std::int64_t offer_id, const OfferInput& input);

// Renews the offer from now for its validity and clears a withdrawal
// (offer_store.h renew_offer). Errors as update_offer.
Status renew_offer(db::Database& db, std::int64_t actor, std::int64_t offer_id, std::int64_t now);

// Withdraws the offer: it leaves search and listings. Errors as update_offer.
Status withdraw_offer(db::Database& db, std::int64_t actor, std::int64_t offer_id, std::int64_t now);

// Deletes the offer. Errors as update_offer.
Status delete_offer(db::Database& db, std::int64_t actor, std::int64_t offer_id);

}  // namespace hanse::market
