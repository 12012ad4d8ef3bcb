// Buy and sell offers (M-4): what, category, quantity, target price and an
// expiry. Expired and withdrawn offers leave search and listings but stay
// visible to their company's members, who can renew them. Every change also
// updates the search index in the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "market/categories.h"
#include "market/product_store.h"

namespace hanse::market {

inline constexpr std::int64_t kDaySeconds = 86400;
inline constexpr int kDefaultOfferDays = 30;
inline constexpr int kMaxOfferDays = 90;

// The offer fields as typed into the form.
struct OfferForm {
  std::string kind, title, category, description, quantity, unit, target_price, currency, valid_days;
};

struct OfferInput {
  std::string kind = "sell";  // "buy" or "sell"
  std::string title;
  std::string category_id;
  std::string description;
  std::optional<std::int64_t> quantity;
  std::string unit;
  std::optional<std::int64_t> target_price_cents;
  std::string currency = "EUR";
  int valid_days = kDefaultOfferDays;  // used when creating
};

// Checks and converts the form; valid_days empty means 30.
ListingErrors validate_offer(const OfferForm& form, const CategoryTree& categories, OfferInput& out);

struct Offer {
  std::int64_t id = 0;
  std::int64_t company_id = 0;
  std::optional<std::int64_t> member_id;
  OfferInput fields;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> renewed_at;
  std::int64_t expires_at = 0;
  std::optional<std::int64_t> withdrawn_at;

  bool expired(std::int64_t now) const { return expires_at <= now; }
  bool withdrawn() const { return withdrawn_at.has_value(); }
  // Shown to everyone: neither expired nor withdrawn.
  bool active(std::int64_t now) const { return !expired(now) && !withdrawn(); }
  std::string slug() const;
};

// Creates the offer, expiring now + valid_days days. Errors: database errors.
Result<std::int64_t> create_offer(db::Connection& conn, std::int64_t company_id, std::int64_t member_id,
                                  const OfferInput& input, std::int64_t now);

// Replaces the fields (not the expiry). Errors: not_found; database errors.
Status update_offer(db::Connection& conn, std::int64_t offer_id, const OfferInput& input);

// Extends the expiry from now by the offer's validity (the span between its
// last posting or renewal and its expiry; 30 days if that is not positive)
// and clears a withdrawal. Errors: not_found; database errors.
Status renew_offer(db::Connection& conn, std::int64_t offer_id, std::int64_t now);

// Withdraws the offer (it leaves search and listings). Errors: not_found.
Status withdraw_offer(db::Connection& conn, std::int64_t offer_id, std::int64_t now);

// Deletes the offer and its index entry. Errors: not_found.
Status delete_offer(db::Connection& conn, std::int64_t offer_id);

Result<std::optional<Offer>> find_offer(db::Connection& conn, std::int64_t offer_id);

// All of a company's offers, newest first, including expired and withdrawn.
Result<std::vector<Offer>> company_offers(db::Connection& conn, std::int64_t company_id);

}  // namespace hanse::market
