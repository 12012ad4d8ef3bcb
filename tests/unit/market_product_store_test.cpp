// The product catalogue store (M-3) on SQLite and PostgreSQL: create, edit,
// delete, validation, price parsing, specifications JSON and the photo limit.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "db/migrations.h"
#include "db_fixture.h"
#include "market/product_store.h"

namespace hanse::market {
namespace {

using namespace std::string_view_literals;
using db::testing::DbTest;

constexpr std::int64_t kNow = 1'800'000'000;

// A complete 1x1 8-bit greyscale PNG.
constexpr std::string_view kPng =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00"
    "\x01\x08\x00\x00\x00\x00\x3a\x7e\x9b\x55\x00\x00\x00\x0a\x49\x44\x41\x54\x78\x9c\x63\xf8\x0f"
    "\x00\x01\x01\x01\x00\xb1\x38\xf6\x14\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82"sv;

const CategoryTree& categories() {
  static const CategoryTree tree = [] {
    const char* source = std::getenv("HANSE_SOURCE_DIR");
    auto loaded = CategoryTree::load(std::string(source ? source : ".") + "/market/categories.toml");
    if (!loaded) throw std::runtime_error(loaded.error().message);
    return std::move(*loaded);
  }();
  return tree;
}

ProductForm valid_form() {
  ProductForm form;
  form.title = "Stainless steel ball valve";
  form.category = "industrial-machinery/valves";
  form.description = "Full bore ball valve, PN40.";
  form.spec_names = {"Material", "Pressure", ""};
  form.spec_values = {"AISI 316", "PN40", ""};
  form.min_order_quantity = "100";
  form.min_order_unit = "pieces";
  form.price_min = "12.50";
  form.price_max = "18";
  form.currency = "EUR";
  return form;
}

// Company rows are inserted with plain SQL (the company store is another
// part's); products need a member and a company.
class ProductStoreTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    m_member = insert("INSERT INTO members (email, name, phone, address, country, company_name, "
                      "company_address, password_hash, created_at, updated_at) VALUES "
                      "('anna@example.com', 'Anna', '+49', 'x', 'DE', 'Acme', 'x', 'h', 1, 1) RETURNING id");
    m_company = insert("INSERT INTO companies (slug, name, country, created_at, updated_at) "
                       "VALUES ('acme', 'Acme', 'DE', 1, 1) RETURNING id");
  }

  std::int64_t insert(const std::string& sql) {
    auto lease = m_db->acquire();
    auto row = (*lease)->query_one(sql);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : 0;
  }
  std::int64_t count(const std::string& sql) { return insert(sql); }

  ProductInput valid_input() {
    ProductInput input;
    auto errors = validate_product(valid_form(), categories(), input);
    EXPECT_TRUE(errors.empty());
    return input;
  }

  Result<std::int64_t> create(const ProductInput& input, const std::vector<PhotoUpload>& photos) {
    return m_db->transaction([&](db::Connection& conn) -> Result<std::int64_t> {
      return create_product(conn, m_company, m_member, input, photos, kNow);
    });
  }

  std::optional<Product> find(std::int64_t id) {
    auto lease = m_db->acquire();
    auto found = find_product(**lease, id);
    EXPECT_TRUE(found) << found.error().message;
    return found ? *found : std::nullopt;
  }

  std::int64_t m_member = 0, m_company = 0;
};

TEST(ProductFields, ParsesPricesToCents) {
  EXPECT_EQ(**parse_cents("12.50"), 1250);
  EXPECT_EQ(**parse_cents("12.5"), 1250);
  EXPECT_EQ(**parse_cents(" 12 "), 1200);
  EXPECT_EQ(**parse_cents("1,234.05"), 123405);
  EXPECT_EQ(**parse_cents("0.99"), 99);
  EXPECT_FALSE(parse_cents("").value().has_value());
  for (auto bad : {"-1", "7,8", "7,80", "1,23", "12.505", "abc", "1e5", "12.", ".5x", "99999999999999999"})
    EXPECT_FALSE(parse_cents(bad).has_value()) << bad;
  EXPECT_EQ(format_cents(1250), "12.50");
  EXPECT_EQ(format_cents(5), "0.05");
}

TEST(ProductFields, SpecificationsRoundTripAsJsonPairs) {
  std::vector<Specification> specs = {{"Material", "AISI \"316\""}, {"Größe", "DN 50"}};
  auto json = specifications_json(specs);
  EXPECT_EQ(json, R"([["Material","AISI \"316\""],["Größe","DN 50"]])");
  EXPECT_EQ(parse_specifications(json), specs);
  EXPECT_TRUE(parse_specifications("not json").empty());
  EXPECT_TRUE(parse_specifications(R"({"a":1})").empty());
}

TEST(ProductFields, ValidationNamesEachProblem) {
  auto form = valid_form();
  form.title = std::string(201, 'x');
  form.category = "industrial-machinery";  // an industry, not a sub-category
  form.spec_names = {"Material"};
  form.spec_values = {""};
  form.min_order_quantity = "ten";
  form.price_min = "20.00";
  form.price_max = "10.00";
  form.currency = "XXX";
  ProductInput input;
  auto errors = validate_product(form, categories(), input);
  for (auto field : {"title", "category", "spec_name", "min_order_quantity", "price_max", "currency"})
    EXPECT_TRUE(errors.contains(field)) << field;

  form = valid_form();
  form.title = "";
  form.spec_names.assign(21, "n");
  form.spec_values.assign(21, "v");
  errors = validate_product(form, categories(), input);
  EXPECT_TRUE(errors.contains("title"));
  EXPECT_TRUE(errors.contains("spec_name"));

  form = valid_form();
  form.title = std::string(200, 'x');
  EXPECT_TRUE(validate_product(form, categories(), input).empty());
  EXPECT_EQ(input.price_min_cents, 1250);
  EXPECT_EQ(input.price_max_cents, 1800);
  ASSERT_EQ(input.specifications.size(), 2u);  // the empty row is dropped
}

TEST_P(ProductStoreTest, CreatesFindsAndStoresSpecificationsAsJson) {
  auto id = create(valid_input(), {{"valve.png", kPng}});
  ASSERT_TRUE(id) << id.error().message;
  auto product = find(*id);
  ASSERT_TRUE(product);
  EXPECT_EQ(product->fields.title, "Stainless steel ball valve");
  EXPECT_EQ(product->fields.price_min_cents, 1250);
  EXPECT_EQ(product->fields.min_order_quantity, 100);
  EXPECT_EQ(product->slug(), "stainless-steel-ball-valve");
  ASSERT_EQ(product->photo_upload_ids.size(), 1u);
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads"), 1);
  auto lease = m_db->acquire();
  auto raw = (*lease)->query_one("SELECT specifications FROM products");
  ASSERT_TRUE(raw);
  EXPECT_EQ(raw->text(0), R"([["Material","AISI 316"],["Pressure","PN40"]])");
}

TEST_P(ProductStoreTest, RefusedPhotoNamesTheFileAndStoresNothing) {
  auto id = create(valid_input(), {{"good.png", kPng}, {"photo.jpg", "just some text"sv}});
  ASSERT_FALSE(id);
  EXPECT_EQ(id.error().kind, ErrorKind::invalid_input);
  EXPECT_NE(id.error().message.find("photo.jpg"), std::string::npos) << id.error().message;
  EXPECT_EQ(count("SELECT COUNT(*) FROM products"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads"), 0);
}

TEST_P(ProductStoreTest, AtMostSixPhotos) {
  std::vector<PhotoUpload> seven(7, PhotoUpload{"p.png", kPng});
  auto refused = create(valid_input(), seven);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::invalid_input);
  EXPECT_EQ(count("SELECT COUNT(*) FROM products"), 0);

  std::vector<PhotoUpload> six(6, PhotoUpload{"p.png", kPng});
  auto id = create(valid_input(), six);
  ASSERT_TRUE(id) << id.error().message;
  // A seventh on edit is refused; removing one makes room.
  auto more = m_db->transaction([&](db::Connection& conn) -> Status {
    return update_product(conn, *id, m_member, valid_input(), {}, {{"p.png", kPng}}, kNow);
  });
  EXPECT_FALSE(more);
  auto first = find(*id)->photo_upload_ids.front();
  auto swapped = m_db->transaction([&](db::Connection& conn) -> Status {
    return update_product(conn, *id, m_member, valid_input(), {first}, {{"p.png", kPng}}, kNow);
  });
  ASSERT_TRUE(swapped) << swapped.error().message;
  auto photos = find(*id)->photo_upload_ids;
  EXPECT_EQ(photos.size(), 6u);
  EXPECT_EQ(std::find(photos.begin(), photos.end(), first), photos.end());
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads"), 6);
}

TEST_P(ProductStoreTest, EditChangesFieldsAndDeleteRemovesPhotosUploads) {
  auto id = create(valid_input(), {{"a.png", kPng}, {"b.png", kPng}});
  ASSERT_TRUE(id) << id.error().message;
  auto input = valid_input();
  input.title = "Brass gate valve";
  input.price_max_cents.reset();
  input.specifications = {{"Material", "Brass"}};
  auto updated = m_db->transaction([&](db::Connection& conn) -> Status {
    return update_product(conn, *id, m_member, input, {}, {}, kNow + 10);
  });
  ASSERT_TRUE(updated) << updated.error().message;
  auto product = find(*id);
  EXPECT_EQ(product->fields.title, "Brass gate valve");
  EXPECT_FALSE(product->fields.price_max_cents);
  EXPECT_EQ(product->fields.specifications, input.specifications);
  EXPECT_EQ(product->updated_at, kNow + 10);

  auto deleted = m_db->transaction([&](db::Connection& conn) -> Status { return delete_product(conn, *id); });
  ASSERT_TRUE(deleted) << deleted.error().message;
  EXPECT_FALSE(find(*id));
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM product_photos"), 0);
  auto again = m_db->transaction([&](db::Connection& conn) -> Status { return delete_product(conn, *id); });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::not_found);
}

// `hanse demo` shares one picture among the products of a type: removing it
// from one product, or deleting that product, keeps it for the others; the
// last one to go takes the upload with it.
TEST_P(ProductStoreTest, ASharedPhotoStaysWhileAnotherProductShowsIt) {
  auto first = create(valid_input(), {{"a.png", kPng}});
  auto second = create(valid_input(), {});
  auto third = create(valid_input(), {});
  ASSERT_TRUE(first && second && third);
  const std::int64_t shared = find(*first)->photo_upload_ids.at(0);
  auto linked = m_db->transaction([&](db::Connection& conn) -> Status {
    for (std::int64_t product : {*second, *third}) {
      const db::Value params[] = {product, shared};
      HANSE_TRY(auto n, conn.execute("INSERT INTO product_photos (product_id, position, upload_id) VALUES ($1, 0, $2)",
                                     params));
      (void)n;
    }
    return {};
  });
  ASSERT_TRUE(linked) << linked.error().message;

  auto removed = m_db->transaction([&](db::Connection& conn) -> Status {
    return update_product(conn, *first, m_member, valid_input(), {shared}, {}, kNow + 10);
  });
  ASSERT_TRUE(removed) << removed.error().message;
  EXPECT_TRUE(find(*first)->photo_upload_ids.empty());
  EXPECT_EQ(find(*second)->photo_upload_ids, std::vector<std::int64_t>{shared});
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads"), 1);

  ASSERT_TRUE(m_db->transaction([&](db::Connection& conn) -> Status { return delete_product(conn, *second); }));
  EXPECT_EQ(find(*third)->photo_upload_ids, std::vector<std::int64_t>{shared});
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads"), 1);

  ASSERT_TRUE(m_db->transaction([&](db::Connection& conn) -> Status { return delete_product(conn, *third); }));
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads"), 0);
}

TEST_P(ProductStoreTest, CompanyProductsPages) {
  for (int i = 0; i < 25; ++i) ASSERT_TRUE(create(valid_input(), {}));
  auto lease = m_db->acquire();
  auto first = company_products(**lease, m_company, 20, 0);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->total, 25);
  EXPECT_EQ(first->products.size(), 20u);
  auto second = company_products(**lease, m_company, 20, 20);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->products.size(), 5u);
  EXPECT_GT(first->products.back().id, second->products.front().id);  // newest first
}

HANSE_DB_TEST_SUITE(ProductStoreTest);

}  // namespace
}  // namespace hanse::market
