#include "market/listing_actions.h"

#include "market/listing_rights.h"

namespace hanse::market {

Result<std::int64_t> create_product(db::Database& db, std::int64_t actor, const ProductInput& input,
                                    const std::vector<PhotoUpload>& photos, std::int64_t now) {
  return db.transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    HANSE_TRY(auto company_id, company_for_new_listing(conn, actor));
    return create_product(conn, company_id, actor, input, photos, now);
  });
}

Status update_product(db::Database& db, std::int64_t actor, std::int64_t product_id,
                      const ProductInput& input, const std::vector<std::int64_t>& remove_photos,
                      const std::vector<PhotoUpload>& add_photos, std::int64_t now) {
  return db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(editable_product(conn, actor, product_id));
    return update_product(conn, product_id, actor, input, remove_photos, add_photos, now);
  });
}

Status delete_product(db::Database& db, std::int64_t actor, std::int64_t product_id) {
  return db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(editable_product(conn, actor, product_id));
    return delete_product(conn, product_id);
  });
}

Result<std::int64_t> create_offer(db::Database& db, std::int64_t actor, const OfferInput& input,
                                  std::int64_t now) {
  return db.transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    HANSE_TRY(auto company_id, company_for_new_listing(conn, actor));
    return create_offer(conn, company_id, actor, input, now);
  });
}

Status update_offer(db::Database& db, std::int64_t actor, std::int64_t offer_id, const OfferInput& input) {
  return db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(editable_offer(conn, actor, offer_id));
    return update_offer(conn, offer_id, input);
  });
}

Status renew_offer(db::Database& db, std::int64_t actor, std::int64_t offer_id, std::int64_t now) {
  return db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(editable_offer(conn, actor, offer_id));
    return renew_offer(conn, offer_id, now);
  });
}

Status withdraw_offer(db::Database& db, std::int64_t actor, std::int64_t offer_id, std::int64_t now) {
  return db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(editable_offer(conn, actor, offer_id));
    return withdraw_offer(conn, offer_id, now);
  });
}

Status delete_offer(db::Database& db, std::int64_t actor, std::int64_t offer_id) {
  return db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(editable_offer(conn, actor, offer_id));
    return delete_offer(conn, offer_id);
  });
}

}  // namespace hanse::market
