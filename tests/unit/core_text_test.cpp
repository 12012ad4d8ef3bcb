#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "core/text.h"

namespace hanse {
namespace {

using Items = std::vector<std::string_view>;

TEST(Text, TrimRemovesAsciiWhiteSpaceAtBothEnds) {
  EXPECT_EQ(trim("  a b \t\r\n"), "a b");
  EXPECT_EQ(trim(" \t "), "");
}

TEST(Text, SplitListTrimsItemsAndKeepsEmptyOnesBetweenSeparators) {
  EXPECT_EQ(split_list(""), Items{});
  EXPECT_EQ(split_list("10.0.0.1"), Items{"10.0.0.1"});
  EXPECT_EQ(split_list(" 10.0.0.1 , ::1,127.0.0.1 "), (Items{"10.0.0.1", "::1", "127.0.0.1"}));
  EXPECT_EQ(split_list("a,,b"), (Items{"a", "", "b"}));
  EXPECT_EQ(split_list(",a"), (Items{"", "a"}));
  EXPECT_EQ(split_list("a,"), Items{"a"});
  EXPECT_EQ(split_list("a;b", ';'), (Items{"a", "b"}));
}

}  // namespace
}  // namespace hanse
