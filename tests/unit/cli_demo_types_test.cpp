// Demo data that looks like real trade (issue 12): every sub-category lists
// a product type; generated products and offers carry their type's
// materials, attributes, unit, order sizes and prices; pictures are real
// PNG files, the same bytes for the same seed.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>

#include "cli/demo_generator.h"
#include "cli_demo_support.h"
#include "cli/demo_images.h"
#include "cli/demo_product_types.h"
#include "market/categories.h"
#include "market/image_type.h"

namespace hanse::cli::demo {
namespace {

using testing::load_categories;

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string industry_of(const std::string& category_id) { return category_id.substr(0, category_id.find('/')); }

// The type's price range in `currency`, with room for the rounding to two digits.
void expect_price_in_range(const ProductType& type, const std::string& currency, std::int64_t cents,
                           const std::string& what) {
  EXPECT_GE(cents, convert_price(type.price_low, currency) * 95 / 100) << what;
  EXPECT_LE(cents, convert_price(type.price_high, currency) * 105 / 100) << what;
}

TEST(DemoProductTypes, EverySubCategoryOfTheDirectoryListsAType) {
  auto tree = load_categories();
  std::size_t subs = 0;
  for (const market::Category* industry : tree.industries())
    for (const std::string& id : industry->children) {
      ++subs;
      const Subcategory* sub = subcategory(id);
      ASSERT_NE(sub, nullptr) << id << " has no product type";
      EXPECT_EQ(sub->category_id, id);
      ASSERT_NE(sub->type, nullptr) << id;
      EXPECT_FALSE(sub->nouns.empty()) << id;
      EXPECT_FALSE(sub->materials.empty()) << id;
    }
  EXPECT_GT(subs, 700u);
  EXPECT_EQ(subcategory("industrial-machinery/no-such-thing"), nullptr);
}

TEST(DemoProductTypes, TheIssuesExamplesAreRight) {
  // Valves in brass, cast iron or stainless steel with a nominal size and a pressure rating.
  const Subcategory* valves = subcategory("industrial-machinery/valves");
  ASSERT_NE(valves, nullptr);
  EXPECT_TRUE(contains(valves->materials, "Brass"));
  EXPECT_TRUE(contains(valves->materials, "Cast Iron"));
  EXPECT_TRUE(contains(valves->materials, "Stainless Steel"));
  EXPECT_FALSE(contains(valves->materials, "Leather"));
  ASSERT_EQ(valves->type->attributes.size(), 2u);
  EXPECT_EQ(valves->type->attributes[0].name, "Nominal size");
  EXPECT_EQ(valves->type->attributes[1].name, "Pressure rating");
  EXPECT_FALSE(contains(valves->nouns, "CNC Lathe"));
  EXPECT_TRUE(contains(subcategory("industrial-machinery/cnc-machines")->nouns, "CNC Lathe"));
  // Fabrics with a weight per square metre, sold by the metre.
  const Subcategory* cotton = subcategory("apparel-textiles/cotton-fabric");
  ASSERT_NE(cotton, nullptr);
  EXPECT_EQ(cotton->type->unit, "metre");
  EXPECT_NE(cotton->type->attributes[0].values[0].find("g/m²"), std::string::npos);
  // CCTV cameras are security cameras, not police supplies.
  EXPECT_TRUE(contains(subcategory("security-protection/cctv-cameras")->nouns, "CCTV Camera"));
  for (const std::string& noun : subcategory("security-protection/police-military-supplies")->nouns)
    EXPECT_EQ(noun.find("Camera"), std::string::npos) << noun;
}

TEST(DemoProductTypes, UnitsArePluralisedByQuantity) {
  EXPECT_EQ(quantity_text(1, "piece"), "1 piece");
  EXPECT_EQ(quantity_text(500, "piece"), "500 pieces");
  EXPECT_EQ(quantity_text(3, "tonne"), "3 tonnes");
  EXPECT_EQ(quantity_text(2, "box"), "2 boxes");
  EXPECT_EQ(quantity_text(1, "kg"), "1 kg");
  EXPECT_EQ(quantity_text(20, "kg"), "20 kg");
  EXPECT_EQ(quantity_text(200, "square foot"), "200 square feet");
  EXPECT_EQ(quantity_text(40, "head"), "40 head");
  EXPECT_EQ(unit_plural("cubic metre"), "cubic metres");
  // Every unit of the table has a plural other than its singular, or is a kept form.
  for (const ProductType& type : product_types()) EXPECT_FALSE(unit_plural(type.unit).empty()) << type.id;
}

TEST(DemoProductTypes, PricesConvertToTheCurrencyAndRound) {
  EXPECT_EQ(convert_price(1234, "USD"), 1200);
  EXPECT_EQ(convert_price(10000, "EUR"), 9200);
  EXPECT_EQ(convert_price(10000, "JPY"), 1500000);
  EXPECT_EQ(convert_price(87, "USD"), 87);
}

// A sample of 1,000 products across all industries: each from its
// sub-category's type, with that type's materials, attributes, unit, order
// size and price range; offers likewise.
TEST(DemoGeneratorTypes, A_thousand_products_each_of_its_own_type) {
  auto tree = load_categories();
  Generator generator(5, tree, {}, 1'800'000'000);
  std::size_t products = 0, priced = 0, offers = 0;
  std::set<std::string> industries;
  std::set<std::string> currencies;
  while (products < 1000 || industries.size() < tree.industries().size()) {
    ASSERT_LT(products, 20000u) << "industries not all reached";
    const CompanyBundle b = generator.next();
    for (const Product& p : b.products) {
      ++products;
      const std::string what = p.title + " in " + p.category_id;
      const Subcategory* sub = subcategory(p.category_id);
      ASSERT_NE(sub, nullptr) << what;
      ASSERT_LT(p.type_index, product_types().size());
      const ProductType& type = product_types()[p.type_index];
      EXPECT_EQ(sub->type, &type) << what << " is not of " << sub->type->id;
      industries.insert(industry_of(p.category_id));
      EXPECT_TRUE(contains(sub->materials, p.material)) << what << ": " << p.material;
      // The title names one of the sub-category's products.
      EXPECT_TRUE(std::any_of(sub->nouns.begin(), sub->nouns.end(),
                              [&](const std::string& n) { return p.title.find(n) != std::string::npos; }))
          << what;
      // Specifications: the material row first, then every attribute with one of its values.
      auto spec = nlohmann::json::parse(p.specifications);
      ASSERT_TRUE(spec.is_array());
      ASSERT_GE(spec.size(), 1 + type.attributes.size()) << what;
      EXPECT_EQ(spec[0][0], type.material_label);
      EXPECT_EQ(spec[0][1], p.material);
      for (std::size_t a = 0; a < type.attributes.size(); ++a) {
        EXPECT_EQ(spec[a + 1][0], type.attributes[a].name) << what;
        EXPECT_TRUE(contains(type.attributes[a].values, spec[a + 1][1].get<std::string>())) << what;
      }
      EXPECT_EQ(p.min_order_unit, type.unit) << what;
      if (p.min_order_quantity) {
        EXPECT_GE(*p.min_order_quantity, type.min_order_low) << what;
        EXPECT_LE(*p.min_order_quantity, type.min_order_high) << what;
      }
      if (type.title & kPriceInUsd) {
        EXPECT_EQ(p.currency, "USD") << what;
      }
      currencies.insert(p.currency);
      if (p.price_min_cents) {
        ++priced;
        expect_price_in_range(type, p.currency, *p.price_min_cents, what);
        ASSERT_TRUE(p.price_max_cents);
        EXPECT_GE(*p.price_max_cents, *p.price_min_cents) << what;
        EXPECT_LE(*p.price_max_cents, *p.price_min_cents * 2) << what;
      }
      EXPECT_GE(p.image_variant, 0);
      EXPECT_LT(p.image_variant, kImageVariants);
    }
    for (const Offer& o : b.offers) {
      ++offers;
      const Subcategory* sub = subcategory(o.category_id);
      ASSERT_NE(sub, nullptr) << o.category_id;
      EXPECT_TRUE(contains(b.company.industries, o.category_id)) << o.title;
      EXPECT_EQ(o.unit, sub->type->unit) << o.title;
      EXPECT_GE(o.quantity, sub->type->min_order_low) << o.title;
      if (o.target_price_cents) expect_price_in_range(*sub->type, o.currency, *o.target_price_cents, o.title);
    }
    EXPECT_FALSE(b.company.logo_initials.empty());
  }
  EXPECT_EQ(industries.size(), tree.industries().size());
  EXPECT_GT(priced, products / 2);
  EXPECT_GT(offers, 100u);
  for (const std::string& c : currencies) EXPECT_TRUE(c == "USD" || c == "EUR" || c == "GBP" || c == "JPY") << c;
}

TEST(DemoGeneratorTypes, SameSeedSameProductsAndPictures) {
  auto tree = load_categories();
  Generator a(11, tree, {}, 1'800'000'000), b(11, tree, {}, 1'800'000'000), c(12, tree, {}, 1'800'000'000);
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    const CompanyBundle x = a.next(), y = b.next(), z = c.next();
    EXPECT_EQ(x.company.logo_initials, y.company.logo_initials);
    EXPECT_EQ(x.company.logo_colour, y.company.logo_colour);
    ASSERT_EQ(x.products.size(), y.products.size());
    for (std::size_t k = 0; k < x.products.size(); ++k) {
      EXPECT_EQ(x.products[k].title, y.products[k].title);
      EXPECT_EQ(x.products[k].specifications, y.products[k].specifications);
      EXPECT_EQ(x.products[k].price_min_cents, y.products[k].price_min_cents);
      EXPECT_EQ(x.products[k].type_index, y.products[k].type_index);
      EXPECT_EQ(x.products[k].image_variant, y.products[k].image_variant);
    }
    differs = differs || x.company.name != z.company.name ||
              (!x.products.empty() && !z.products.empty() && x.products[0].title != z.products[0].title);
  }
  EXPECT_TRUE(differs);
}

std::uint32_t big_endian(const std::string& bytes, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(bytes[at + i]);
  return v;
}

TEST(DemoImages, PicturesArePngsOfTheirSizeAndFollowTheSeed) {
  const ProductType& valve = *subcategory("industrial-machinery/valves")->type;
  const ProductType& wine = *subcategory("food-beverage/wine")->type;
  const std::string photo = product_image(1, valve, 0);
  ASSERT_TRUE(market::check_upload(photo, 2 * 1024 * 1024));
  EXPECT_EQ(*market::check_upload(photo, 2 * 1024 * 1024), market::ImageType::png);
  EXPECT_EQ(big_endian(photo, 16), static_cast<std::uint32_t>(kProductImageWidth));  // IHDR width
  EXPECT_EQ(big_endian(photo, 20), static_cast<std::uint32_t>(kProductImageHeight));
  EXPECT_EQ(photo, product_image(1, valve, 0));  // same seed, same bytes
  EXPECT_NE(photo, product_image(2, valve, 0));  // another seed, other colours
  EXPECT_NE(photo, product_image(1, valve, 1));  // another variant
  EXPECT_NE(photo, product_image(1, wine, 0));   // another type

  const std::string logo = logo_image(1, "NJ", 3);
  ASSERT_TRUE(market::check_upload(logo, 2 * 1024 * 1024));
  EXPECT_EQ(big_endian(logo, 16), static_cast<std::uint32_t>(kLogoSize));
  EXPECT_EQ(big_endian(logo, 20), static_cast<std::uint32_t>(kLogoSize));
  EXPECT_EQ(logo, logo_image(1, "NJ", 3));
  EXPECT_NE(logo, logo_image(2, "NJ", 3));
  EXPECT_NE(logo, logo_image(1, "NK", 3));
  EXPECT_NE(logo, logo_image(1, "NJ", 4));
}

TEST(DemoImages, InitialsComeFromTheFirstTwoLatinWords) {
  EXPECT_EQ(initials_of("Ningbo Jinlong Machinery Co., Ltd."), "NJ");
  EXPECT_EQ(initials_of("Al Noor Foods Trading LLC"), "AN");
  EXPECT_EQ(initials_of("müller & Schmidt GmbH"), "MS");
  EXPECT_EQ(initials_of("Öztürk Metal A.Ş."), "MA");
  EXPECT_EQ(initials_of("上海"), "D");
}

}  // namespace
}  // namespace hanse::cli::demo
