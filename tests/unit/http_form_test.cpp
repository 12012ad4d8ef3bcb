#include <gtest/gtest.h>

#include "http/form.h"

namespace hanse::http {
namespace {

TEST(PercentDecode, DecodesEscapesAndPlus) {
  EXPECT_EQ(percent_decode("a%20b+c", true), "a b c");
  EXPECT_EQ(percent_decode("a%20b+c", false), "a b+c");
  EXPECT_EQ(percent_decode("%41%6a%6A%4A", false), "AjjJ");
}

TEST(PercentDecode, KeepsInvalidEscapesLiterally) {
  EXPECT_EQ(percent_decode("100%", false), "100%");
  EXPECT_EQ(percent_decode("%zz%4", false), "%zz%4");
  EXPECT_EQ(percent_decode("%", true), "%");
  EXPECT_EQ(percent_decode("%0", true), "%0");
}

TEST(PercentDecode, DecodesNulAndHighBytes) {
  const std::string decoded = percent_decode("%00%FF", false);
  ASSERT_EQ(decoded.size(), 2u);
  EXPECT_EQ(decoded[0], '\0');
  EXPECT_EQ(static_cast<unsigned char>(decoded[1]), 0xFF);
}

TEST(PercentEncode, EncodesAllButUnreservedAndRoundTrips) {
  EXPECT_EQ(percent_encode("a b&c=d/é~-._"), "a%20b%26c%3Dd%2F%C3%A9~-._");
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  EXPECT_EQ(percent_decode(percent_encode(all), false), all);
}

TEST(ParseUrlencoded, ParsesPairsAndRepeatedNames) {
  const auto fields = parse_urlencoded("a=1&b=two+words&a=3&c=%26%3D");
  ASSERT_EQ(fields.size(), 4u);
  EXPECT_EQ(fields.count("a"), 2u);
  EXPECT_EQ(fields.find("b")->second, "two words");
  EXPECT_EQ(fields.find("c")->second, "&=");
}

TEST(ParseUrlencoded, SkipsEmptyNamesAndKeepsValuelessNames) {
  const auto fields = parse_urlencoded("&&=x&flag&=&d=");
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_EQ(fields.find("flag")->second, "");
  EXPECT_EQ(fields.find("d")->second, "");
}

TEST(ParseUrlencoded, ValueMayContainEquals) {
  const auto fields = parse_urlencoded("token=abc==");
  EXPECT_EQ(fields.find("token")->second, "abc==");
}

TEST(ParseForm, ChoosesParserByContentType) {
  EXPECT_EQ(parse_form("a=1", "application/x-www-form-urlencoded").get("a"), "1");
  EXPECT_EQ(parse_form("a=1", "Application/X-WWW-Form-Urlencoded; charset=UTF-8").get("a"), "1");
  const Form other = parse_form("a=1", "text/plain");
  EXPECT_TRUE(other.fields.empty());
  EXPECT_FALSE(other.error);
  const Form broken = parse_form("junk", "multipart/form-data; boundary=x");
  EXPECT_TRUE(broken.error);
}

TEST(FormAccessors, GetHasAllFile) {
  Form form;
  form.fields.emplace("tag", "a");
  form.fields.emplace("tag", "b");
  form.files.push_back(UploadedFile{"logo", "x.png", "image/png", "PNG"});
  EXPECT_EQ(form.get("tag"), "a");
  EXPECT_EQ(form.get("missing"), "");
  EXPECT_TRUE(form.has("tag"));
  EXPECT_FALSE(form.has("logo"));
  EXPECT_EQ(form.all("tag"), (std::vector<std::string>{"a", "b"}));
  ASSERT_NE(form.file("logo"), nullptr);
  EXPECT_EQ(form.file("logo")->content, "PNG");
  EXPECT_EQ(form.file("tag"), nullptr);
}

}  // namespace
}  // namespace hanse::http
