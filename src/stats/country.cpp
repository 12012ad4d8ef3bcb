#include "stats/country.h"

#include <GeoIP.h>

#include <cstring>
#include <filesystem>

namespace hanse::stats {

struct CountryLookup::Databases {
  GeoIP* v4 = nullptr;
  GeoIP* v6 = nullptr;
  ~Databases() {
    if (v4) GeoIP_delete(v4);
    if (v6) GeoIP_delete(v6);
  }
};

namespace {

GeoIP* open_file(const std::filesystem::path& file) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) return nullptr;
  // Memory cache: lookups read memory only, and the _gl calls below keep
  // their state on the caller's stack, so several threads may look up at once.
  return GeoIP_open(file.c_str(), GEOIP_MEMORY_CACHE | GEOIP_SILENCE);
}

std::uint16_t pack(const char* code) {
  if (code == nullptr || std::strlen(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z') {
    return 0;  // unknown, or one of the database's pseudo-codes ("--", "A1", "EU", ...)
  }
  return static_cast<std::uint16_t>((code[0] << 8) | code[1]);
}

}  // namespace

CountryLookup::CountryLookup(std::unique_ptr<Databases> databases) : m_databases(std::move(databases)) {}
CountryLookup::~CountryLookup() = default;

std::unique_ptr<CountryLookup> CountryLookup::open(const std::string& dir) {
  if (dir.empty()) return nullptr;
  auto databases = std::make_unique<Databases>();
  databases->v4 = open_file(std::filesystem::path(dir) / "GeoIP.dat");
  if (databases->v4 == nullptr) return nullptr;
  databases->v6 = open_file(std::filesystem::path(dir) / "GeoIPv6.dat");
  return std::unique_ptr<CountryLookup>(new CountryLookup(std::move(databases)));
}

std::uint16_t CountryLookup::country(std::string_view address) const {
  if (address.starts_with("::ffff:") && address.find('.') != std::string_view::npos) address.remove_prefix(7);
  char text[64];
  if (address.empty() || address.size() >= sizeof(text)) return 0;
  std::memcpy(text, address.data(), address.size());
  text[address.size()] = '\0';
  GeoIPLookup lookup{};
  if (address.find(':') == std::string_view::npos) {
    return pack(GeoIP_country_code_by_addr_gl(m_databases->v4, text, &lookup));
  }
  if (m_databases->v6 == nullptr) return 0;
  return pack(GeoIP_country_code_by_addr_v6_gl(m_databases->v6, text, &lookup));
}

std::string CountryLookup::code(std::uint16_t packed) {
  if (packed == 0) return {};
  return {static_cast<char>(packed >> 8), static_cast<char>(packed & 0xFF)};
}

}  // namespace hanse::stats
