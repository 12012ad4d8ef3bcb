// The country of an address, for statistics (SPEC P-9), from Debian's
// packaged GeoIP country databases (package geoip-database: GeoIP.dat and
// GeoIPv6.dat in the legacy GeoLite format, read with libGeoIP). Only the
// two-letter code is ever kept; the address is looked up in memory and
// forgotten. Without the files there is no country, and none is recorded.
// The packaged data dates from December 2019: an address moved to another
// country since then is counted in the old one.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace hanse::stats {

class CountryLookup {
 public:
  // Opens DIR/GeoIP.dat (and DIR/GeoIPv6.dat when present) into memory;
  // nullptr when DIR/GeoIP.dat does not exist or cannot be read.
  static std::unique_ptr<CountryLookup> open(const std::string& dir);
  ~CountryLookup();
  CountryLookup(const CountryLookup&) = delete;
  CountryLookup& operator=(const CountryLookup&) = delete;

  // The country of an IPv4 or IPv6 address in text form as a code of two
  // letters packed into 16 bits (see code()); 0 when unknown (private and
  // loopback addresses, text that is not an address). Thread-safe.
  std::uint16_t country(std::string_view address) const;

  // "DE" for a packed code; "" for 0.
  static std::string code(std::uint16_t packed);

 private:
  struct Databases;
  explicit CountryLookup(std::unique_ptr<Databases> databases);
  std::unique_ptr<Databases> m_databases;
};

}  // namespace hanse::stats
