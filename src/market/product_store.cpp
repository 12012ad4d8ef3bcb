#include "market/product_store.h"

#include <algorithm>
#include <array>
#include <charconv>

#include <nlohmann/json.hpp>

#include "core/slug.h"
#include "market/listing_index.h"
#include "market/upload_store.h"

namespace hanse::market {
namespace {

db::Value optional_value(const std::optional<std::int64_t>& v) {
  if (v) return *v;
  return std::monostate{};
}

// Stores the photos after the `existing` ones. Errors: invalid_input naming
// the refused file, or too many photos.
Status store_photos(db::Connection& conn, std::int64_t product_id, std::int64_t member_id,
                    const std::vector<PhotoUpload>& photos, std::size_t existing, std::int64_t now) {
  if (auto problem = check_photo_count(existing + photos.size()); !problem.empty())
    return fail(ErrorKind::invalid_input, problem);
  std::int64_t position = 0;
  if (existing > 0) {
    const db::Value params[] = {product_id};
    HANSE_TRY(auto row, conn.query_one(
                            "SELECT COALESCE(MAX(position), -1) FROM product_photos WHERE product_id = $1",
                            params));
    position = row.integer(0) + 1;
  }
  for (auto& photo : photos) {
    auto stored = store_upload(conn, member_id, photo.bytes, now);
    if (!stored) {
      if (stored.error().kind != ErrorKind::invalid_input) return std::unexpected(stored.error());
      std::string name = photo.filename.empty() ? "A photo" : "The file \"" + photo.filename + "\"";
      return fail(ErrorKind::invalid_input, name + " was refused: " + stored.error().message);
    }
    const db::Value params[] = {product_id, position++, *stored};
    HANSE_TRY(auto inserted, conn.execute(
                                 "INSERT INTO product_photos (product_id, position, upload_id) "
                                 "VALUES ($1, $2, $3)",
                                 params));
    (void)inserted;
  }
  return {};
}

Result<std::vector<std::int64_t>> photo_ids(db::Connection& conn, std::int64_t product_id) {
  const db::Value params[] = {product_id};
  HANSE_TRY(auto rows, conn.query("SELECT upload_id FROM product_photos WHERE product_id = $1 "
                                  "ORDER BY position",
                                  params));
  std::vector<std::int64_t> ids;
  for (auto& row : rows) ids.push_back(row.integer(0));
  return ids;
}

constexpr const char* kProductColumns =
    "id, company_id, category_id, title, description, specifications, min_order_quantity, "
    "min_order_unit, price_min_cents, price_max_cents, currency, created_at, updated_at";

Product product_from(const db::Row& row) {
  Product p;
  p.id = row.integer(0);
  p.company_id = row.integer(1);
  p.fields.category_id = row.text(2);
  p.fields.title = row.text(3);
  p.fields.description = row.text(4);
  p.fields.specifications = parse_specifications(row.text(5));
  p.fields.min_order_quantity = row.optional_integer(6);
  p.fields.min_order_unit = row.text(7);
  p.fields.price_min_cents = row.optional_integer(8);
  p.fields.price_max_cents = row.optional_integer(9);
  p.fields.currency = row.text(10);
  p.created_at = row.integer(11);
  p.updated_at = row.integer(12);
  return p;
}

}  // namespace

std::string specifications_json(const std::vector<Specification>& specs) {
  auto rows = nlohmann::json::array();
  for (auto& [name, value] : specs) rows.push_back(nlohmann::json::array({name, value}));
  return rows.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

// The values of a product's row as create_product and update_product bind
// them: $1 is the company (INSERT) or the product (UPDATE), $2..$10 the
// fields, $11 the time of the change.
std::array<db::Value, 11> product_values(std::int64_t key, const ProductInput& input, std::int64_t now) {
  return {key,
          input.category_id,
          input.title,
          input.description,
          specifications_json(input.specifications),
          optional_value(input.min_order_quantity),
          input.min_order_unit,
          optional_value(input.price_min_cents),
          optional_value(input.price_max_cents),
          input.currency,
          now};
}

}  // namespace

std::vector<Specification> parse_specifications(std::string_view json) {
  std::vector<Specification> specs;
  auto parsed = nlohmann::json::parse(json, nullptr, false);
  if (!parsed.is_array()) return specs;
  for (auto& row : parsed) {
    if (row.is_array() && row.size() == 2 && row[0].is_string() && row[1].is_string())
      specs.emplace_back(row[0].get<std::string>(), row[1].get<std::string>());
  }
  return specs;
}

std::string Product::slug() const { return slugify(fields.title); }

Result<std::int64_t> create_product(db::Connection& conn, std::int64_t company_id,
                                    std::int64_t member_id, const ProductInput& input,
                                    const std::vector<PhotoUpload>& photos, std::int64_t now) {
  if (auto problem = check_photo_count(photos.size()); !problem.empty())
    return fail(ErrorKind::invalid_input, problem);
  const auto params = product_values(company_id, input, now);
  HANSE_TRY(auto row, conn.query_one(
                          "INSERT INTO products (company_id, category_id, title, description, "
                          "specifications, min_order_quantity, min_order_unit, price_min_cents, "
                          "price_max_cents, currency, created_at, updated_at) "
                          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
                          params));
  std::int64_t id = row.integer(0);
  HANSE_TRY_STATUS(store_photos(conn, id, member_id, photos, 0, now));
  HANSE_TRY_STATUS(index_listing(conn, ListingKind::product, id));
  return id;
}

Status update_product(db::Connection& conn, std::int64_t product_id, std::int64_t member_id,
                      const ProductInput& input, const std::vector<std::int64_t>& remove_photos,
                      const std::vector<PhotoUpload>& add_photos, std::int64_t now) {
  HANSE_TRY(auto existing, find_product(conn, product_id));
  if (!existing) return fail(ErrorKind::not_found, "no such product");
  const auto params = product_values(product_id, input, now);
  HANSE_TRY(auto changed, conn.execute(
                              "UPDATE products SET category_id = $2, title = $3, description = $4, "
                              "specifications = $5, min_order_quantity = $6, min_order_unit = $7, "
                              "price_min_cents = $8, price_max_cents = $9, currency = $10, "
                              "updated_at = $11 WHERE id = $1",
                              params));
  (void)changed;
  std::size_t kept = existing->photo_upload_ids.size();
  for (auto upload_id : remove_photos) {
    auto& ids = existing->photo_upload_ids;
    if (std::find(ids.begin(), ids.end(), upload_id) == ids.end()) continue;  // not this product's
    const db::Value link[] = {product_id, upload_id};
    HANSE_TRY(auto unlinked, conn.execute("DELETE FROM product_photos WHERE product_id = $1 AND upload_id = $2",
                                          link));
    (void)unlinked;
    HANSE_TRY_STATUS(delete_upload(conn, upload_id));
    --kept;
  }
  HANSE_TRY_STATUS(store_photos(conn, product_id, member_id, add_photos, kept, now));
  HANSE_TRY_STATUS(index_listing(conn, ListingKind::product, product_id));
  return {};
}

Status delete_product(db::Connection& conn, std::int64_t product_id) {
  HANSE_TRY(auto ids, photo_ids(conn, product_id));
  HANSE_TRY_STATUS(unindex_listing(conn, ListingKind::product, product_id));
  const db::Value params[] = {product_id};
  HANSE_TRY(auto deleted, conn.execute("DELETE FROM products WHERE id = $1", params));
  if (deleted == 0) return fail(ErrorKind::not_found, "no such product");
  for (auto id : ids) HANSE_TRY_STATUS(delete_upload(conn, id));
  return {};
}

Result<std::optional<Product>> find_product(db::Connection& conn, std::int64_t product_id) {
  const db::Value params[] = {product_id};
  // Built once: the statement cache looks statements up by their text.
  static const std::string sql = std::string("SELECT ") + kProductColumns + " FROM products WHERE id = $1";
  HANSE_TRY(auto row, conn.query_optional(sql, params));
  if (!row) return std::optional<Product>{};
  Product product = product_from(*row);
  HANSE_TRY(product.photo_upload_ids, photo_ids(conn, product_id));
  return std::optional<Product>{std::move(product)};
}

Result<ProductPage> company_products(db::Connection& conn, std::int64_t company_id,
                                     std::int64_t limit, std::int64_t offset) {
  ProductPage page;
  const db::Value count_params[] = {company_id};
  HANSE_TRY(auto count, conn.query_one("SELECT COUNT(*) FROM products WHERE company_id = $1",
                                       count_params));
  page.total = count.integer(0);
  const db::Value params[] = {company_id, limit, offset};
  HANSE_TRY(auto rows, conn.query(std::string("SELECT ") + kProductColumns +
                                      ", (SELECT upload_id FROM product_photos f WHERE f.product_id = "
                                      "products.id ORDER BY position LIMIT 1) "
                                      "FROM products WHERE company_id = $1 "
                                      "ORDER BY id DESC LIMIT $2 OFFSET $3",
                                  params));
  for (auto& row : rows) {
    Product p = product_from(row);
    if (auto first = row.optional_integer(13)) p.photo_upload_ids.push_back(*first);
    page.products.push_back(std::move(p));
  }
  return page;
}

Result<std::optional<ListingCompany>> listing_company(db::Connection& conn, std::int64_t company_id) {
  const db::Value params[] = {company_id};
  HANSE_TRY(auto row, conn.query_optional(
                          "SELECT id, name, slug, policy_version FROM companies WHERE id = $1", params));
  if (!row) return std::optional<ListingCompany>{};
  return std::optional<ListingCompany>{
      ListingCompany{row->integer(0), row->text(1), row->text(2), static_cast<int>(row->integer(3))}};
}

}  // namespace hanse::market
