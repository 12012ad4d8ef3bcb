// The country of a visit (stats/country.h) from Debian's GeoIP country
// database, which scripts/test installs (geoip-database).
#include <gtest/gtest.h>

#include "stats/country.h"

namespace hanse::stats {
namespace {

TEST(CountryLookup, KnownAddressesHaveTheirCountry) {
  auto lookup = CountryLookup::open("/usr/share/GeoIP");
  ASSERT_NE(lookup, nullptr) << "geoip-database is not installed (scripts/lib/deps.sh installs it)";
  EXPECT_EQ(CountryLookup::code(lookup->country("8.8.8.8")), "US");
  EXPECT_EQ(CountryLookup::code(lookup->country("::ffff:8.8.8.8")), "US");
  EXPECT_EQ(CountryLookup::code(lookup->country("81.169.145.105")), "DE");
  EXPECT_EQ(CountryLookup::code(lookup->country("2001:4860:4860::8888")), "US");
}

TEST(CountryLookup, PrivateAddressesAndJunkHaveNone) {
  auto lookup = CountryLookup::open("/usr/share/GeoIP");
  ASSERT_NE(lookup, nullptr);
  for (const char* address : {"127.0.0.1", "10.1.2.3", "192.168.0.1", "::1", "", "not an address",
                              "999.1.1.1", "1.2.3.4.5", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}) {
    EXPECT_EQ(lookup->country(address), 0) << address;
  }
}

TEST(CountryLookup, NoDatabaseNoLookup) {
  EXPECT_EQ(CountryLookup::open(""), nullptr);
  EXPECT_EQ(CountryLookup::open("/nonexistent/folder"), nullptr);
}

}  // namespace
}  // namespace hanse::stats
