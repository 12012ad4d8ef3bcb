// Word lists for `hanse demo` (SPEC M-9): names, places and company words
// in several languages, so that demo pages look like a real trade site.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace hanse::cli::demo {

// The languages demo text is written in. Index into Translated::text.
enum Lang : std::size_t { en, de, es, fr, zh, ja, ar, pt, kLangCount };

struct Translated {
  std::string_view text[kLangCount];
};

// A country a demo company is in: the language its text is written in, its
// currency, cities, phone prefix and the names of its people.
struct Locale {
  std::string_view country;       // ISO 3166-1 alpha-2
  Lang lang;
  std::string_view currency;
  std::string_view phone_prefix;  // "+49"
  std::span<const std::string_view> cities;
  std::span<const std::string_view> first_names;
  std::span<const std::string_view> last_names;
  std::string_view street;        // "Hafenstraße {}": {} is the house number
  int weight;                     // relative share of companies
};

// The kind of company of one top-level industry (the products are in
// cli/demo_product_types.h).
struct IndustryWords {
  std::string_view industry_id;   // "industrial-machinery"
  std::string_view trade;         // "Machinery": the kind of company, in English
};

std::span<const Locale> locales();
std::span<const IndustryWords> industry_words();
// Words for an industry missing from industry_words() (a renamed category file).
const IndustryWords& generic_industry_words();

std::span<const std::string_view> job_titles();
std::span<const std::string_view> company_stems();     // "Atlas", "Haitian"
std::span<const std::string_view> german_trades();     // "Präzisionstechnik"
std::span<const std::string_view> japanese_trades();   // "Seiki"
std::span<const std::string_view> spanish_trades();    // "Industrias"
std::span<const std::string_view> french_trades();     // "Ateliers"
std::span<const std::string_view> portuguese_trades(); // "Metalúrgica"
// "wholesale" in each language, used in some titles.
const Translated& wholesale();

}  // namespace hanse::cli::demo
