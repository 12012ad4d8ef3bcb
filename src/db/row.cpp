// Row accessors. SQLite hands back typed values; PostgreSQL hands back text
// for most types, so integer() parses text.
#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

#include "db/database.h"

namespace hanse::db {

namespace {

std::string format_double(double value) {
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (ec != std::errc{}) return {};
  return std::string(buffer, end);
}

std::optional<std::int64_t> parse_integer(const std::string& text) {
  std::int64_t result = 0;
  const char* first = text.data();
  const char* last = text.data() + text.size();
  if (auto [end, ec] = std::from_chars(first, last, result); ec == std::errc{} && end == last) {
    return result;
  }
  // NUMERIC aggregates in PostgreSQL ("12.0000") and REAL text.
  double real = 0;
  if (auto [end, ec] = std::from_chars(first, last, real); ec == std::errc{} && end == last) {
    if (std::isfinite(real) && real >= -9.2e18 && real <= 9.2e18) {
      return static_cast<std::int64_t>(real);
    }
  }
  return std::nullopt;
}

}  // namespace

bool Row::is_null(std::size_t i) const {
  return std::holds_alternative<std::monostate>(m_columns.at(i));
}

std::string Row::text(std::size_t i) const {
  const Value& v = m_columns.at(i);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v)) return format_double(*d);
  return {};
}

std::optional<std::string> Row::optional_text(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return text(i);
}

std::int64_t Row::integer(std::size_t i) const {
  return optional_integer(i).value_or(0);
}

std::optional<std::int64_t> Row::optional_integer(std::size_t i) const {
  const Value& v = m_columns.at(i);
  if (const auto* n = std::get_if<std::int64_t>(&v)) return *n;
  if (const auto* d = std::get_if<double>(&v)) {
    if (!std::isfinite(*d)) return std::nullopt;
    return static_cast<std::int64_t>(*d);
  }
  if (const auto* s = std::get_if<std::string>(&v)) return parse_integer(*s);
  return std::nullopt;
}

}  // namespace hanse::db
