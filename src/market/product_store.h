// A company's product catalogue (M-3): products with specifications, a price
// range and up to 6 photos. Every change also updates the search index
// (market/listing_index.h) in the caller's transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "market/categories.h"

namespace hanse::market {

inline constexpr std::size_t kMaxProductPhotos = 6;
inline constexpr std::size_t kMaxSpecifications = 20;
inline constexpr std::size_t kMaxTitleLength = 200;

// form field -> message for the person filling it in
using ListingErrors = std::map<std::string, std::string>;

// The currencies a price may be given in (ISO 4217).
const std::vector<std::string>& currency_codes();

// "12.50", "12.5", "12" or "1,234.50" -> cents; nullopt for empty text.
// Errors: invalid_input for anything else (negative, more than 2 decimals,
// letters, absurdly large).
Result<std::optional<std::int64_t>> parse_cents(std::string_view text);
// 1250 -> "12.50"
std::string format_cents(std::int64_t cents);
// "100" -> 100; nullopt for empty text. Errors: invalid_input unless a
// whole number > 0.
Result<std::optional<std::int64_t>> parse_quantity(std::string_view text);

// Checks shared by the product and offer forms: the message for the
// person, or "" when the value is fine.
std::string check_title(std::string_view title);  // required, at most 200 characters
std::string check_category(std::string_view id, const CategoryTree& categories);  // a sub-category
std::string check_currency(std::string_view code);  // one of currency_codes()
// "" when a product may have `count` photos, else the message (names kMaxProductPhotos).
std::string check_photo_count(std::size_t count);

using Specification = std::pair<std::string, std::string>;  // name, value

// Specifications as stored: JSON [["name","value"],...].
std::string specifications_json(const std::vector<Specification>& specs);
// Never fails: unreadable JSON gives no rows.
std::vector<Specification> parse_specifications(std::string_view json);

// The product fields as typed into the form.
struct ProductForm {
  std::string title, category, description;
  std::vector<std::string> spec_names, spec_values;
  std::string min_order_quantity, min_order_unit, price_min, price_max, currency;
};

struct ProductInput {
  std::string title;
  std::string category_id;
  std::string description;
  std::vector<Specification> specifications;
  std::optional<std::int64_t> min_order_quantity;
  std::string min_order_unit;
  std::optional<std::int64_t> price_min_cents, price_max_cents;
  std::string currency = "EUR";
};

// Checks and converts the form. Problems are returned per field (nothing
// is stored by the caller then).
ListingErrors validate_product(const ProductForm& form, const CategoryTree& categories,
                               ProductInput& out);

struct Product {
  std::int64_t id = 0;
  std::int64_t company_id = 0;
  ProductInput fields;
  std::vector<std::int64_t> photo_upload_ids;  // in position order
  std::int64_t created_at = 0, updated_at = 0;
  std::string slug() const;
};

// A photo as uploaded: the bytes and the name the client gave it (only
// used to name it in a message).
struct PhotoUpload {
  std::string filename;
  std::string_view bytes;
};

// Creates a product with its photos. Errors: invalid_input when there are
// more than 6 photos or a photo is refused (the message names the file);
// the caller's transaction must then roll back. Database errors pass on.
Result<std::int64_t> create_product(db::Connection& conn, std::int64_t company_id,
                                    std::int64_t member_id, const ProductInput& input,
                                    const std::vector<PhotoUpload>& photos, std::int64_t now);

// Replaces the fields, removes the photos whose upload ids are listed (and
// their uploads) and appends the new photos. Errors as create_product;
// not_found for an unknown product.
Status update_product(db::Connection& conn, std::int64_t product_id, std::int64_t member_id,
                      const ProductInput& input, const std::vector<std::int64_t>& remove_photos,
                      const std::vector<PhotoUpload>& add_photos, std::int64_t now);

// Deletes the product, its photos' uploads and its index entry.
// Errors: not_found for an unknown product; database errors.
Status delete_product(db::Connection& conn, std::int64_t product_id);

// The product, or nullopt. Errors: database errors.
Result<std::optional<Product>> find_product(db::Connection& conn, std::int64_t product_id);

// A page of a company's products, newest first, and the total count.
struct ProductPage {
  std::vector<Product> products;  // without photo ids except the first
  std::int64_t total = 0;
};
Result<ProductPage> company_products(db::Connection& conn, std::int64_t company_id,
                                     std::int64_t limit, std::int64_t offset);

// The public facts about a listing's company that listing pages show.
struct ListingCompany {
  std::int64_t id = 0;
  std::string name;
  std::string slug;
  int policy_version = 1;
};
Result<std::optional<ListingCompany>> listing_company(db::Connection& conn, std::int64_t company_id);

}  // namespace hanse::market
