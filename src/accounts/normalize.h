// Normalisation of contact data (P-6, data accuracy): one canonical form per
// value so that the same address or number is stored the same way.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hanse::accounts {

// Trims and lower-cases; nullopt unless it looks like local@domain.tld
// (no spaces, no control characters, at most 254 characters).
std::optional<std::string> normalize_email(std::string_view raw);

// Keeps a leading '+' and the digits; spaces, dots, dashes and brackets are
// dropped. nullopt unless 7 to 15 digits remain (E.164 length) and the
// input had no letters.
std::optional<std::string> normalize_phone(std::string_view raw);

// Upper-cases a two-letter ISO 3166-1 alpha-2 code; nullopt when unknown.
std::optional<std::string> normalize_country(std::string_view raw);

// All known alpha-2 codes, sorted, for select boxes.
const std::vector<std::string>& country_codes();

// Trims ASCII whitespace and collapses runs of spaces; drops control
// characters other than newlines (kept for addresses).
std::string clean_text(std::string_view raw, bool keep_newlines);

}  // namespace hanse::accounts
