// Where the search words occur in a listing's text, for highlighting and
// for ranking (M-6). Done here rather than with FTS5 snippet() or
// ts_headline so that both databases highlight alike. Matching is at the
// start of a word and by prefix, case-insensitive for ASCII letters and
// byte-exact otherwise (other scripts match as typed). The text itself is
// never changed: the template escapes every segment.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hanse::market {

struct TextSegment {
  std::string text;
  bool highlighted = false;
};

// Byte ranges [begin, end) of the matches of the words (search_words()
// output: ASCII already lower-case), sorted, overlapping ones merged.
std::vector<std::pair<std::size_t, std::size_t>> find_matches(std::string_view text,
                                                              const std::vector<std::string>& words);

// Matches of one word only, not merged (for ranking).
std::size_t count_matches(std::string_view text, std::string_view word);

// The whole text as segments, matches highlighted.
std::vector<TextSegment> highlight(std::string_view text, const std::vector<std::string>& words);

// At most about max_bytes of the text around its first match (or its start),
// cut at spaces or at least on UTF-8 character boundaries, with "…" where
// text was left out; matches highlighted.
std::vector<TextSegment> snippet(std::string_view text, const std::vector<std::string>& words,
                                 std::size_t max_bytes = 220);

}  // namespace hanse::market
