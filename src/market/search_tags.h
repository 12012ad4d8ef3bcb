// Filter tokens of a search document (search_documents.tags): the kind,
// offer kind, country and categories of a listing as words the SQLite FTS
// index holds in its tags column, so that a filter is one more term of the
// MATCH expression. Tokens are lower-case letters and hex digits only, so
// the unicode61 tokenizer keeps each whole, and they never meet a search
// word (search words are matched in title and body only). Queries make
// them with these functions; documents get them in SQL
// (market/search_document.cpp, from the same prefixes).
#pragma once

#include <string>
#include <string_view>

namespace hanse::market {

std::string kind_token(std::string_view kind);              // "kproduct"
std::string offer_kind_token(std::string_view offer_kind);  // "osell"
std::string country_token(std::string_view country);        // "nde"; letters and digits only
std::string category_token(std::string_view category_id);   // "c" + hex of the id

}  // namespace hanse::market
