// Who may see and change a listing (M-3, M-4): the one place that decides
// it, so that pages only ask. A company's members change its products and
// offers; an offer that is expired or withdrawn is seen only by them.
#pragma once

#include <cstdint>
#include <optional>

#include "core/result.h"
#include "db/database.h"
#include "market/offer_store.h"
#include "market/product_store.h"

namespace hanse::market {

// Who is looking at a page: a signed-in member, or nullopt for a visitor.
using Viewer = std::optional<std::int64_t>;

// The company actor belongs to, where a new listing of theirs goes.
// Errors: forbidden (message for the person) when actor belongs to no
// company; database errors.
Result<std::int64_t> company_for_new_listing(db::Connection& conn, std::int64_t actor);

// The product when actor belongs to the company that lists it.
// Errors: not_found for an unknown product; forbidden (message for the
// person) for anyone else; database errors.
Result<Product> editable_product(db::Connection& conn, std::int64_t actor, std::int64_t product_id);

// The offer when actor belongs to the company that posted it.
// Errors: not_found for an unknown offer; forbidden (message for the
// person) for anyone else; database errors.
Result<Offer> editable_offer(db::Connection& conn, std::int64_t actor, std::int64_t offer_id);

// An offer as a viewer may see it.
struct VisibleOffer {
  Offer offer;
  bool viewer_is_member = false;  // the viewer belongs to the offer's company
};

// The offer if `viewer` may see it at `now`: everyone sees an active offer;
// an expired or withdrawn one only its company's members (who may renew
// it). Errors: not_found for an unknown offer and for an inactive offer
// shown to anyone else (so that it looks the same as a missing one);
// database errors.
Result<VisibleOffer> visible_offer(db::Connection& conn, std::int64_t offer_id, Viewer viewer,
                                   std::int64_t now);

// Whether viewer is a member of company_id (false for a visitor).
// Errors: database errors.
Result<bool> viewer_is_member(db::Connection& conn, Viewer viewer, std::int64_t company_id);

}  // namespace hanse::market
