// The product types of `hanse demo` (SPEC M-9, issue 12): what each
// sub-category of market/categories.toml sells, so that demo products look
// like real trade. A type has its own materials (or grades, varieties,
// service modes), attributes, unit, order sizes and price range; every
// sub-category names the type it lists and the product names it uses. The
// data is in demo_product_types.cpp; nothing here touches a database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/demo_vocabulary.h"

namespace hanse::cli::demo {

// How a type's English titles are built, as bit flags.
enum TitleParts : unsigned {
  kTitleMaterial = 1,  // "Brass Ball Valve": the material comes first
  kTitleAttribute = 2,  // "... DN50": the first attribute's value follows
  kTitleModel = 4,      // "... AB-1234": a model code ends the title
  kPriceInUsd = 8,      // a commodity quoted in US dollars whatever the seller's currency
};

struct Attribute {
  std::string name;                 // "Nominal size"
  std::vector<std::string> values;  // "DN15", "DN25", ...
};

struct ProductType {
  std::string id;                   // "valve"
  const Translated* name = nullptr;  // the kind of product in each demo language
  std::string material_label;       // "Material", "Grade", "Variety", "Service"
  std::vector<std::string> materials;
  std::vector<Attribute> attributes;
  std::string unit;                 // the unit's name, singular: "piece", "tonne" (unit_plural)
  std::int64_t min_order_low = 1, min_order_high = 1;  // minimum order, in units
  std::int64_t price_low = 0, price_high = 0;  // per unit, in US cents (convert_price)
  unsigned title = 0;               // TitleParts
  std::size_t index = 0;            // position in product_types(), for the images
};

// What one sub-category lists.
struct Subcategory {
  std::string category_id;  // "industrial-machinery/valves"
  const ProductType* type = nullptr;
  std::vector<std::string> nouns;  // English product names: "Ball Valve", "Gate Valve"
  std::vector<std::string> materials;  // its products' materials: the type's or its own
};

// Every product type (parsed once from the table).
const std::vector<ProductType>& product_types();

// The type a sub-category lists, or nullptr when the table has none.
const Subcategory* subcategory(std::string_view category_id);

// The plural of a unit name ("piece" -> "pieces", "kg" -> "kg"), and the
// text for a quantity of it ("1 piece", "500 pieces").
std::string unit_plural(std::string_view unit);
std::string quantity_text(std::int64_t quantity, std::string_view unit);

// A price in US cents in `currency` (USD, EUR, GBP, JPY), in that
// currency's cents, rounded to two significant digits.
std::int64_t convert_price(std::int64_t usd_cents, std::string_view currency);

}  // namespace hanse::cli::demo
