#include "core/words.h"

#include <array>
#include <cctype>
#include <ctime>

#include <fmt/format.h>

namespace hanse::words {
namespace {

struct UnitWord {
  std::string_view one, many;
};

// The units people write in listings (the forms and the demo), singular and
// plural. Everything else is printed as written.
constexpr std::array kUnits{
    UnitWord{"piece", "pieces"},   UnitWord{"unit", "units"},       UnitWord{"set", "sets"},
    UnitWord{"pair", "pairs"},     UnitWord{"tonne", "tonnes"},     UnitWord{"ton", "tons"},
    UnitWord{"metre", "metres"},   UnitWord{"meter", "meters"},     UnitWord{"litre", "litres"},
    UnitWord{"liter", "liters"},   UnitWord{"roll", "rolls"},       UnitWord{"box", "boxes"},
    UnitWord{"carton", "cartons"}, UnitWord{"pallet", "pallets"},   UnitWord{"bag", "bags"},
    UnitWord{"container", "containers"}, UnitWord{"drum", "drums"}, UnitWord{"sheet", "sheets"},
    UnitWord{"coil", "coils"},     UnitWord{"bottle", "bottles"},   UnitWord{"dozen", "dozen"},
    UnitWord{"square metre", "square metres"}, UnitWord{"cubic metre", "cubic metres"},
    UnitWord{"kilogram", "kilograms"}, UnitWord{"gram", "grams"},   UnitWord{"barrel", "barrels"},
    UnitWord{"bale", "bales"},     UnitWord{"crate", "crates"},     UnitWord{"kit", "kits"},
};

bool same_words(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

constexpr std::array<std::string_view, 12> kMonths{"January", "February", "March",     "April",
                                                   "May",     "June",     "July",      "August",
                                                   "September", "October", "November", "December"};

}  // namespace

std::string group_thousands(std::int64_t n) {
  // Via the unsigned magnitude so that the smallest int64 has one too.
  const std::uint64_t magnitude = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  const std::string digits = std::to_string(magnitude);
  std::string out = n < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string count(std::int64_t n, std::string_view singular, std::string_view plural) {
  return group_thousands(n) + " " + std::string(n == 1 ? singular : plural);
}

std::string quantity(std::int64_t n, std::string_view unit) {
  std::string number = group_thousands(n);
  if (unit.empty()) return number;
  for (const auto& word : kUnits)
    if (same_words(unit, word.one) || same_words(unit, word.many))
      return number + " " + std::string(n == 1 ? word.one : word.many);
  return number + " " + std::string(unit);
}

std::string money(std::int64_t cents) {
  const std::uint64_t magnitude =
      cents < 0 ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  std::string whole = group_thousands(static_cast<std::int64_t>(magnitude / 100));
  return fmt::format("{}{}.{:02}", cents < 0 ? "-" : "", whole, magnitude % 100);
}

std::string date(std::int64_t unix_seconds) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{} {} {}", tm.tm_mday, kMonths[static_cast<std::size_t>(tm.tm_mon)], tm.tm_year + 1900);
}

std::string days_left(std::int64_t expires_at, std::int64_t now) {
  if (expires_at <= now) return "ended";
  const std::int64_t days = (expires_at - now) / 86400;
  if (days == 0) return "ends today";
  return count(days, "day", "days") + " left";
}

}  // namespace hanse::words
