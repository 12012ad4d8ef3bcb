#include "market/highlight.h"

#include <algorithm>

namespace hanse::market {
namespace {

bool ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

unsigned char lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c; }

// A word starts at i: the text's start or after an ASCII character that is
// not a letter or digit (after a non-ASCII byte we are inside a word of
// another script, or cannot tell).
bool word_start(std::string_view text, std::size_t i) {
  if (i == 0) return true;
  auto prev = static_cast<unsigned char>(text[i - 1]);
  return prev < 0x80 && !ascii_alnum(prev);
}

bool matches_at(std::string_view text, std::size_t i, std::string_view word) {
  if (i + word.size() > text.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (lower(static_cast<unsigned char>(text[i + k])) != static_cast<unsigned char>(word[k])) return false;
  return true;
}

// The end of the word that starts at i (the highlight covers the whole word,
// as the last search word matches by prefix).
std::size_t word_end(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && !ascii_alnum(c)) break;
    ++i;
  }
  return i;
}

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

std::size_t char_boundary_back(std::string_view text, std::size_t i) {
  while (i > 0 && i < text.size() && continuation(static_cast<unsigned char>(text[i]))) --i;
  return i;
}

}  // namespace

std::size_t count_matches(std::string_view text, std::string_view word) {
  if (word.empty()) return 0;
  std::size_t n = 0;
  for (std::size_t i = 0; i + word.size() <= text.size(); ++i)
    if (word_start(text, i) && matches_at(text, i, word)) {
      ++n;
      i = word_end(text, i + word.size()) - 1;
    }
  return n;
}

std::vector<std::pair<std::size_t, std::size_t>> find_matches(std::string_view text,
                                                              const std::vector<std::string>& words) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for (const auto& word : words) {
    if (word.empty()) continue;
    for (std::size_t i = 0; i + word.size() <= text.size(); ++i)
      if (word_start(text, i) && matches_at(text, i, word)) {
        std::size_t end = word_end(text, i + word.size());
        ranges.emplace_back(i, end);
        i = end - 1;
      }
  }
  std::sort(ranges.begin(), ranges.end());
  std::vector<std::pair<std::size_t, std::size_t>> merged;
  for (const auto& r : ranges) {
    if (!merged.empty() && r.first <= merged.back().second)
      merged.back().second = std::max(merged.back().second, r.second);
    else
      merged.push_back(r);
  }
  return merged;
}

std::vector<TextSegment> highlight(std::string_view text, const std::vector<std::string>& words) {
  std::vector<TextSegment> out;
  std::size_t at = 0;
  for (const auto& [begin, end] : find_matches(text, words)) {
    if (begin > at) out.push_back({std::string(text.substr(at, begin - at)), false});
    out.push_back({std::string(text.substr(begin, end - begin)), true});
    at = end;
  }
  if (at < text.size()) out.push_back({std::string(text.substr(at)), false});
  return out;
}

std::vector<TextSegment> snippet(std::string_view text, const std::vector<std::string>& words,
                                 std::size_t max_bytes) {
  if (text.size() <= max_bytes) return highlight(text, words);
  auto matches = find_matches(text, words);
  std::size_t begin = 0;
  if (!matches.empty() && matches.front().first > max_bytes / 3) {
    begin = char_boundary_back(text, matches.front().first - max_bytes / 3);
    // Start after a space when one is near, so no word is cut in half.
    auto space = text.find(' ', begin);
    if (space != std::string_view::npos && space < matches.front().first) begin = space + 1;
  }
  std::size_t end = std::min(text.size(), begin + max_bytes);
  if (end < text.size()) {
    end = char_boundary_back(text, end);
    auto space = text.rfind(' ', end);
    if (space != std::string_view::npos && space > begin + max_bytes / 2) end = space;
  }
  auto out = highlight(text.substr(begin, end - begin), words);
  if (begin > 0) out.insert(out.begin(), TextSegment{"… ", false});
  if (end < text.size()) out.push_back({" …", false});
  return out;
}

}  // namespace hanse::market
