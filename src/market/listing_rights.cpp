#include "market/listing_rights.h"

#include "market/membership.h"

namespace hanse::market {
namespace {

// The listing when actor belongs to its company; `refusal` is the message
// for anyone else.
template <class Listing, class Find>
Result<Listing> listing_of_member(db::Connection& conn, std::int64_t actor, std::int64_t id, Find&& find,
                                  const char* refusal) {
  HANSE_TRY(auto listing, find(conn, id));
  if (!listing) return fail(ErrorKind::not_found, "There is no such listing.");
  HANSE_TRY(bool member, is_member_of(conn, actor, listing->company_id));
  if (!member) return fail(ErrorKind::forbidden, refusal);
  return std::move(*listing);
}

}  // namespace

Result<std::int64_t> company_for_new_listing(db::Connection& conn, std::int64_t actor) {
  HANSE_TRY(auto membership, membership_of(conn, actor));
  if (!membership)
    return fail(ErrorKind::forbidden, "You need a company before you can list products or post offers.");
  return membership->company_id;
}

Result<Product> editable_product(db::Connection& conn, std::int64_t actor, std::int64_t product_id) {
  return listing_of_member<Product>(conn, actor, product_id, find_product,
                                    "Only members of the company that lists this product can change it.");
}

Result<Offer> editable_offer(db::Connection& conn, std::int64_t actor, std::int64_t offer_id) {
  return listing_of_member<Offer>(conn, actor, offer_id, find_offer,
                                  "Only members of the company that posted this offer can change it.");
}

Result<bool> viewer_is_member(db::Connection& conn, Viewer viewer, std::int64_t company_id) {
  if (!viewer) return false;
  return is_member_of(conn, *viewer, company_id);
}

Result<VisibleOffer> visible_offer(db::Connection& conn, std::int64_t offer_id, Viewer viewer,
                                   std::int64_t now) {
  HANSE_TRY(auto offer, find_offer(conn, offer_id));
  if (!offer) return fail(ErrorKind::not_found, "There is no such offer.");
  HANSE_TRY(bool member, viewer_is_member(conn, viewer, offer->company_id));
  if (!offer->active(now) && !member) return fail(ErrorKind::not_found, "There is no such offer.");
  return VisibleOffer{std::move(*offer), member};
}

}  // namespace hanse::market
