#include "market/offer_store.h"

#include <algorithm>

#include "core/slug.h"
#include "market/listing_index.h"

namespace hanse::market {
namespace {

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

db::Value optional_value(const std::optional<std::int64_t>& v) {
  if (v) return *v;
  return std::monostate{};
}

constexpr const char* kOfferColumns =
    "id, company_id, member_id, kind, category_id, title, description, quantity, unit, "
    "target_price_cents, currency, created_at, renewed_at, expires_at, withdrawn_at";

Offer offer_from(const db::Row& row) {
  Offer o;
  o.id = row.integer(0);
  o.company_id = row.integer(1);
  o.member_id = row.optional_integer(2);
  o.fields.kind = row.text(3);
  o.fields.category_id = row.text(4);
  o.fields.title = row.text(5);
  o.fields.description = row.text(6);
  o.fields.quantity = row.optional_integer(7);
  o.fields.unit = row.text(8);
  o.fields.target_price_cents = row.optional_integer(9);
  o.fields.currency = row.text(10);
  o.created_at = row.integer(11);
  o.renewed_at = row.optional_integer(12);
  o.expires_at = row.integer(13);
  o.withdrawn_at = row.optional_integer(14);
  auto start = o.renewed_at.value_or(o.created_at);
  o.fields.valid_days = static_cast<int>(std::max<std::int64_t>(1, (o.expires_at - start) / kDaySeconds));
  return o;
}

}  // namespace

std::string Offer::slug() const { return slugify(fields.title); }

ListingErrors validate_offer(const OfferForm& form, const CategoryTree& categories, OfferInput& out) {
  ListingErrors errors;
  out.kind = trim(form.kind);
  if (out.kind != "buy" && out.kind != "sell") errors["kind"] = "Choose whether you buy or sell.";
  out.title = trim(form.title);
  if (auto problem = check_title(out.title); !problem.empty()) errors["title"] = problem;
  out.category_id = trim(form.category);
  if (auto problem = check_category(out.category_id, categories); !problem.empty())
    errors["category"] = problem;
  out.description = trim(form.description);
  if (out.description.size() > 20000) errors["description"] = "The description is too long.";
  if (auto q = parse_quantity(form.quantity); !q) errors["quantity"] = q.error().message;
  else out.quantity = *q;
  out.unit = trim(form.unit);
  if (out.unit.size() > 40) errors["unit"] = "The unit can have at most 40 characters.";
  if (auto price = parse_cents(form.target_price); !price) errors["target_price"] = price.error().message;
  else out.target_price_cents = *price;
  out.currency = trim(form.currency);
  if (auto problem = check_currency(out.currency); !problem.empty()) errors["currency"] = problem;
  std::string days = trim(form.valid_days);
  if (days.empty()) {
    out.valid_days = kDefaultOfferDays;
  } else {
    auto parsed = parse_quantity(days);
    if (!parsed || !*parsed || **parsed > kMaxOfferDays)
      errors["valid_days"] = "Enter a number of days from 1 to 90.";
    else
      out.valid_days = static_cast<int>(**parsed);
  }
  return errors;
}

Result<std::int64_t> create_offer(db::Connection& conn, std::int64_t company_id, std::int64_t member_id,
                                  const OfferInput& input, std::int64_t now) {
  int days = std::clamp(input.valid_days, 1, kMaxOfferDays);
  const db::Value params[] = {company_id,
                              member_id,
                              input.kind,
                              input.category_id,
                              input.title,
                              input.description,
                              optional_value(input.quantity),
                              input.unit,
                              optional_value(input.target_price_cents),
                              input.currency,
                              now,
                              now + days * kDaySeconds};
  HANSE_TRY(auto row, conn.query_one(
                          "INSERT INTO offers (company_id, member_id, kind, category_id, title, "
                          "description, quantity, unit, target_price_cents, currency, created_at, "
                          "expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
                          "RETURNING id",
                          params));
  std::int64_t id = row.integer(0);
  HANSE_TRY_STATUS(index_listing(conn, ListingKind::offer, id));
  return id;
}

Status update_offer(db::Connection& conn, std::int64_t offer_id, const OfferInput& input) {
  const db::Value params[] = {offer_id,
                              input.kind,
                              input.category_id,
                              input.title,
                              input.description,
                              optional_value(input.quantity),
                              input.unit,
                              optional_value(input.target_price_cents),
                              input.currency};
  HANSE_TRY(auto changed, conn.execute(
                              "UPDATE offers SET kind = $2, category_id = $3, title = $4, "
                              "description = $5, quantity = $6, unit = $7, target_price_cents = $8, "
                              "currency = $9 WHERE id = $1",
                              params));
  if (changed == 0) return fail(ErrorKind::not_found, "no such offer");
  return index_listing(conn, ListingKind::offer, offer_id);
}

Status renew_offer(db::Connection& conn, std::int64_t offer_id, std::int64_t now) {
  HANSE_TRY(auto offer, find_offer(conn, offer_id));
  if (!offer) return fail(ErrorKind::not_found, "no such offer");
  std::int64_t validity = offer->expires_at - offer->renewed_at.value_or(offer->created_at);
  if (validity <= 0) validity = kDefaultOfferDays * kDaySeconds;
  const db::Value params[] = {offer_id, now, now + validity};
  HANSE_TRY(auto changed, conn.execute(
                              "UPDATE offers SET renewed_at = $2, expires_at = $3, withdrawn_at = NULL "
                              "WHERE id = $1",
                              params));
  (void)changed;
  return index_listing(conn, ListingKind::offer, offer_id);
}

Status withdraw_offer(db::Connection& conn, std::int64_t offer_id, std::int64_t now) {
  const db::Value params[] = {offer_id, now};
  HANSE_TRY(auto changed, conn.execute("UPDATE offers SET withdrawn_at = $2 WHERE id = $1", params));
  if (changed == 0) return fail(ErrorKind::not_found, "no such offer");
  return index_listing(conn, ListingKind::offer, offer_id);
}

Status delete_offer(db::Connection& conn, std::int64_t offer_id) {
  HANSE_TRY_STATUS(unindex_listing(conn, ListingKind::offer, offer_id));
  const db::Value params[] = {offer_id};
  HANSE_TRY(auto deleted, conn.execute("DELETE FROM offers WHERE id = $1", params));
  if (deleted == 0) return fail(ErrorKind::not_found, "no such offer");
  return {};
}

Result<std::optional<Offer>> find_offer(db::Connection& conn, std::int64_t offer_id) {
  const db::Value params[] = {offer_id};
  // Built once: the statement cache looks statements up by their text.
  static const std::string sql = std::string("SELECT ") + kOfferColumns + " FROM offers WHERE id = $1";
  HANSE_TRY(auto row, conn.query_optional(sql, params));
  if (!row) return std::optional<Offer>{};
  return std::optional<Offer>{offer_from(*row)};
}

Result<std::vector<Offer>> company_offers(db::Connection& conn, std::int64_t company_id) {
  const db::Value params[] = {company_id};
  HANSE_TRY(auto rows, conn.query(std::string("SELECT ") + kOfferColumns +
                                      " FROM offers WHERE company_id = $1 ORDER BY id DESC",
                                  params));
  std::vector<Offer> offers;
  for (auto& row : rows) offers.push_back(offer_from(row));
  return offers;
}

}  // namespace hanse::market
