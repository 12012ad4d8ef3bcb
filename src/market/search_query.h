// What a person typed into the search box, turned into full-text queries
// that neither engine can misread (M-6): quotes, '*', '-', NEAR(, brackets,
// operators and invalid UTF-8 become plain words or disappear, so any input
// gives results or none, never a query error.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hanse::market {

inline constexpr std::size_t kMaxSearchInput = 1000;  // bytes read from the input
inline constexpr std::size_t kMaxSearchWords = 16;
inline constexpr std::size_t kMaxWordBytes = 64;

// The words of the input: runs of ASCII letters and digits (lower-cased) or
// of non-ASCII characters (any script); everything else separates words.
// Invalid UTF-8 is dropped. At most kMaxSearchWords words of at most
// kMaxWordBytes bytes (cut on a character boundary). Never fails.
std::vector<std::string> search_words(std::string_view input);

// An SQLite FTS5 MATCH expression: every word as a quoted string, the last
// one as a prefix ("steel" "pip"*) unless last_is_prefix is false ("steel"
// "pip"). Empty when there are no words.
std::string fts5_match(const std::vector<std::string>& words, bool last_is_prefix = true);

// A PostgreSQL to_tsquery text: the words joined by '&', each matched in
// the title and body only (weights A and B; the filter tokens are weight D),
// the last one as a prefix unless last_is_prefix is false
// (steel:AB & pip:*AB). Empty when there are no words.
std::string pg_tsquery(const std::vector<std::string>& words, bool last_is_prefix = true);

}  // namespace hanse::market
