// The words and numbers people read on pages (issue 12): counts with their
// noun in the right number, quantities with their unit, money, dates and
// days left, all in one format site-wide. English only, like the pages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hanse::words {

// "1,234", "-5,000", "12".
std::string group_thousands(std::int64_t n);

// "1 company", "1,200 companies": the count grouped, then `singular` for
// exactly one and `plural` otherwise.
std::string count(std::int64_t n, std::string_view singular, std::string_view plural);

// A quantity with its unit in the right number: quantity(1, "pieces") is
// "1 piece", quantity(500, "piece") "500 pieces", quantity(3, "tonnes")
// "3 tonnes", quantity(2500, "kg") "2,500 kg". Units the site knows (piece,
// tonne, metre, set, pair, ...) are recognised in either number and
// matched case-insensitively; symbols (kg, m², l) and unknown units are
// kept as written; an empty unit gives the number alone.
std::string quantity(std::int64_t n, std::string_view unit);

// Cents as money: "1,234.50"; "-0.05".
std::string money(std::int64_t cents);

// A date in the site's one readable format: "2 December 2026" (UTC).
std::string date(std::int64_t unix_seconds);

// What is left until `expires_at`: "3 days left", "1 day left", "ends
// today" (less than a day), "ended" (at or after the moment).
std::string days_left(std::int64_t expires_at, std::int64_t now);

}  // namespace hanse::words
