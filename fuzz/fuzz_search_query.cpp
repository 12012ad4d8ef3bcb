// fuzz-sources: src/market/search_query.cpp
// Search input on arbitrary bytes: never crashes, words are valid UTF-8 of
// bounded size with no quote or operator character, so the FTS5 expression
// has balanced quotes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "market/search_query.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto words = hanse::market::search_words(std::string_view(reinterpret_cast<const char*>(data), size));
  if (words.size() > hanse::market::kMaxSearchWords) std::abort();
  for (auto& w : words) {
    if (w.empty() || w.size() > hanse::market::kMaxWordBytes) std::abort();
    for (char c : w) {
      auto u = static_cast<unsigned char>(c);
      if (u < 0x80 && !((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z'))) std::abort();
    }
  }
  auto fts = hanse::market::fts5_match(words);
  std::size_t quotes = 0;
  for (char c : fts) quotes += (c == '"');
  if (quotes != 2 * words.size()) std::abort();
  return 0;
}
