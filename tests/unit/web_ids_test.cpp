// Ids and page numbers taken from URLs: anything else is "not found" or
// page 1, never an error.
#include <gtest/gtest.h>

#include <string>

#include "core/paths.h"
#include "web/ids.h"

namespace hanse::web {
namespace {

TEST(Ids, PathRefTakesTheIdAndTheSlug) {
  auto ref = parse_path_ref("123-acme-tools");
  ASSERT_TRUE(ref);
  EXPECT_EQ(ref->id, 123);
  EXPECT_EQ(ref->slug, "acme-tools");
  ASSERT_TRUE(parse_path_ref("7"));
  EXPECT_EQ(parse_path_ref("7")->slug, "");
  EXPECT_EQ(parse_id("42-x"), 42);
}

// The server decodes the path before routing: a slug of another script
// arrives as UTF-8 and must read back as the escaped canonical slug, or
// the page would redirect to itself for ever.
TEST(Ids, PathRefEscapesADecodedSlugOfAnotherScript) {
  auto ref = parse_path_ref("4-上海-machines");
  ASSERT_TRUE(ref);
  EXPECT_EQ(ref->slug, "%E4%B8%8A%E6%B5%B7-machines");
  EXPECT_EQ(ref->slug, std::string(paths::company(4, "上海 Machines")).substr(std::string("/company/4-").size()));
}

TEST(Ids, PathRefRefusesWhatIsNotAPositiveId) {
  for (const char* text : {"", "-1", "0", "abc", "12abc", "1.5", "-", "1234567890123456789"})
    EXPECT_FALSE(parse_path_ref(text)) << text;
}

// What core/paths.h builds, the router hands to parse_path_ref as the
// segment after the prefix (up to the next "/"); it gives back the id and
// the slug.
TEST(Ids, PathRefReadsBackWhatPathsBuilds) {
  struct Case {
    std::string path;
    const char* prefix;
    std::int64_t id;
    const char* slug;
  };
  const Case cases[] = {
      {paths::company(12, "ACME GmbH"), "/company/", 12, "acme-gmbh"},
      {paths::company(4, "上海机械"), "/company/", 4, "%E4%B8%8A%E6%B5%B7%E6%9C%BA%E6%A2%B0"},
      {paths::product(8, "Talleres Martínez"), "/product/", 8, "talleres-martinez"},
      {paths::company_products(12, "ACME GmbH"), "/company/", 12, "acme-gmbh"},
      {paths::product(7, "Steel pipe, 2\" (DN50)"), "/product/", 7, "steel-pipe-2-dn50"},
      {paths::product_edit(7), "/product/", 7, ""},
      {paths::offer(123456789012, "Used lathe"), "/offer/", 123456789012, "used-lathe"},
      {paths::offer_edit(9), "/offer/", 9, ""},
      {paths::member(5), "/member/", 5, ""},
      {paths::inquiry(3), "/inquiries/", 3, ""},
  };
  for (const auto& c : cases) {
    std::string_view path = c.path;
    ASSERT_TRUE(path.starts_with(c.prefix)) << c.path;
    path.remove_prefix(std::string_view(c.prefix).size());
    auto ref = parse_path_ref(path.substr(0, path.find('/')));
    ASSERT_TRUE(ref) << c.path;
    EXPECT_EQ(ref->id, c.id) << c.path;
    EXPECT_EQ(ref->slug, c.slug) << c.path;
  }
}

// The path as asked equals the canonical one exactly when the slug is
// right, in any script (the server decodes "%E4%B8%8A" before handlers).
TEST(Ids, RefPathEqualsTheCanonicalPathOnlyForTheRightSlug) {
  const std::string canonical = paths::company(5, "上海五金");
  EXPECT_EQ(canonical, "/company/5-%E4%B8%8A%E6%B5%B7%E4%BA%94%E9%87%91");
  EXPECT_EQ(ref_path("company", *parse_path_ref("5-上海五金")), canonical);
  EXPECT_EQ(ref_path("product", *parse_path_ref("7-steel-pipe")), paths::product(7, "Steel pipe"));
  EXPECT_NE(ref_path("company", *parse_path_ref("5-other")), canonical);
  EXPECT_NE(ref_path("company", *parse_path_ref("5")), canonical);
}

TEST(Ids, PageNumberIsOneUnlessAWholeNumberInRange) {
  EXPECT_EQ(parse_page_number(std::nullopt, 50), 1);
  EXPECT_EQ(parse_page_number("3", 50), 3);
  EXPECT_EQ(parse_page_number("50", 50), 50);
  for (const char* text : {"", "0", "-2", "51", "3x", " 3", "2.5", "99999999999999999999"})
    EXPECT_EQ(parse_page_number(text, 50), 1) << text;
}

}  // namespace
}  // namespace hanse::web
