// The words and numbers pages show (core/words.h, issue 12) and readable
// slugs for names in every language (core/slug.h).
#include <gtest/gtest.h>

#include <string>

#include "core/slug.h"
#include "core/words.h"

namespace hanse {
namespace {

TEST(Words, ThousandsAreGroupedWithCommas) {
  EXPECT_EQ(words::group_thousands(0), "0");
  EXPECT_EQ(words::group_thousands(999), "999");
  EXPECT_EQ(words::group_thousands(1000), "1,000");
  EXPECT_EQ(words::group_thousands(1234567), "1,234,567");
  EXPECT_EQ(words::group_thousands(-5000), "-5,000");
  EXPECT_EQ(words::group_thousands(INT64_MIN), "-9,223,372,036,854,775,808");
}

TEST(Words, CountsTakeTheNounInTheRightNumber) {
  EXPECT_EQ(words::count(1, "company", "companies"), "1 company");
  EXPECT_EQ(words::count(0, "company", "companies"), "0 companies");
  EXPECT_EQ(words::count(1200, "product", "products"), "1,200 products");
}

TEST(Words, QuantitiesTakeTheUnitInTheRightNumber) {
  EXPECT_EQ(words::quantity(1, "pieces"), "1 piece");
  EXPECT_EQ(words::quantity(500, "pieces"), "500 pieces");
  EXPECT_EQ(words::quantity(500, "piece"), "500 pieces");
  EXPECT_EQ(words::quantity(3, "tonnes"), "3 tonnes");
  EXPECT_EQ(words::quantity(1, "tonnes"), "1 tonne");
  EXPECT_EQ(words::quantity(1, "Boxes"), "1 box");
  EXPECT_EQ(words::quantity(2, "square metre"), "2 square metres");
  EXPECT_EQ(words::quantity(2500, "kg"), "2,500 kg");     // a symbol stays
  EXPECT_EQ(words::quantity(1, "m²"), "1 m²");
  EXPECT_EQ(words::quantity(7, "Stück"), "7 Stück");      // unknown: as written
  EXPECT_EQ(words::quantity(12, ""), "12");
}

TEST(Words, MoneyHasCentsAndThousands) {
  EXPECT_EQ(words::money(123450), "1,234.50");
  EXPECT_EQ(words::money(5), "0.05");
  EXPECT_EQ(words::money(-5), "-0.05");
  EXPECT_EQ(words::money(100000000), "1,000,000.00");
}

TEST(Words, DatesHaveOneReadableFormat) {
  EXPECT_EQ(words::date(0), "1 January 1970");
  EXPECT_EQ(words::date(1796169600), "2 December 2026");  // 2026-12-02 00:00 UTC
  EXPECT_EQ(words::date(1796169600 + 86399), "2 December 2026");
}

TEST(Words, DaysLeftCountWholeDays) {
  const std::int64_t now = 1796169600;
  EXPECT_EQ(words::days_left(now + 3 * 86400 + 5, now), "3 days left");
  EXPECT_EQ(words::days_left(now + 86400, now), "1 day left");
  EXPECT_EQ(words::days_left(now + 3600, now), "ends today");
  EXPECT_EQ(words::days_left(now, now), "ended");
}

TEST(Slug, LatinLettersWithDiacriticsAreTransliterated) {
  EXPECT_EQ(slugify("Schmidt & Müller Lighting"), "schmidt-muller-lighting");
  EXPECT_EQ(slugify("Talleres Martínez"), "talleres-martinez");
  EXPECT_EQ(slugify("Straße der Æbler"), "strasse-der-aebler");
  EXPECT_EQ(slugify("Łódź Żurawie Sp. z o.o."), "lodz-zurawie-sp-z-o-o");
  EXPECT_EQ(slugify("Société Générale de Câbles"), "societe-generale-de-cables");
  EXPECT_EQ(slugify("Indústria Têxtil São João"), "industria-textil-sao-joao");
  EXPECT_EQ(slugify("Mu\u0308ller"), "muller");  // decomposed: u and a combining diaeresis
}

TEST(Slug, OtherScriptsKeepTheirLettersPercentEncoded) {
  // 不锈钢阀门 "stainless steel valves": 5 letters of 3 bytes, 9 characters each.
  EXPECT_EQ(slugify("不锈钢阀门"), "%E4%B8%8D%E9%94%88%E9%92%A2%E9%98%80%E9%97%A8");
  EXPECT_EQ(slugify("Valve 阀门 DN50"), "valve-%E9%98%80%E9%97%A8-dn50");
  EXPECT_EQ(slugify("东京、大阪"), "%E4%B8%9C%E4%BA%AC-%E5%A4%A7%E9%98%AA");  // 、 is punctuation
  EXPECT_EQ(slugify("شركة"), "%D8%B4%D8%B1%D9%83%D8%A9");
}

TEST(Slug, StaysWithinSixtyCharactersWithoutCuttingALetter) {
  const std::string long_chinese = "上海精密机械制造有限公司上海精密机械制造有限公司";
  const std::string slug = slugify(long_chinese);
  EXPECT_LE(slug.size(), 60u);
  EXPECT_EQ(slug.size() % 9, 0u);  // whole letters only
  EXPECT_GT(slug.size(), 0u);
  EXPECT_EQ(slugify(std::string(100, 'a')).size(), 60u);
}

TEST(Slug, IsOnlyAsciiAndItsOwnSlug) {
  for (const char* name : {"Schmidt & Müller Lighting", "Talleres Martínez", "不锈钢阀门 DN50",
                           "شركة التجارة", "50% off", "100%", "Ο Έλληνας", "\xff\xfe broken", ""}) {
    const std::string slug = slugify(name);
    for (unsigned char c : slug) EXPECT_LT(c, 0x80) << name;
    EXPECT_EQ(slugify(slug), slug) << name;
  }
  EXPECT_EQ(slugify("50% off"), "50-off");
  EXPECT_EQ(slugify("\xff\xfe broken"), "broken");
  EXPECT_EQ(slugify("!!!"), "item");
}

}  // namespace
}  // namespace hanse
