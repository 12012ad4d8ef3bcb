// Ids and page numbers taken from URLs: anything else is "not found" or
// page 1, never an error.
#include <gtest/gtest.h>

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

TEST(Ids, PathRefRefusesWhatIsNotAPositiveId) {
  for (const char* text : {"", "-1", "0", "abc", "12abc", "1.5", "-", "1234567890123456789"})
    EXPECT_FALSE(parse_path_ref(text)) << text;
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
