#include "market/search_query.h"

namespace hanse::market {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when invalid.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  std::size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  unsigned char d = byte(i + 1);
  if (c == 0xE0 && d < 0xA0) return 0;  // overlong
  if (c == 0xED && d > 0x9F) return 0;  // surrogates
  if (c == 0xF0 && d < 0x90) return 0;  // overlong
  if (c == 0xF4 && d > 0x8F) return 0;  // beyond U+10FFFF
  return n;
}

bool ascii_word_char(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::vector<std::string> search_words(std::string_view input) {
  input = input.substr(0, kMaxSearchInput);
  std::vector<std::string> words;
  std::string word;
  auto finish = [&] {
    if (!word.empty() && words.size() < kMaxSearchWords) words.push_back(word);
    word.clear();
  };
  for (std::size_t i = 0; i < input.size();) {
    auto c = static_cast<unsigned char>(input[i]);
    if (c < 0x80) {
      if (ascii_word_char(c)) {
        if (word.size() < kMaxWordBytes)
          word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
      } else {
        finish();
      }
      ++i;
      continue;
    }
    auto n = utf8_length(input, i);
    if (n == 0) {  // invalid byte: a separator
      finish();
      ++i;
      continue;
    }
    if (word.size() + n <= kMaxWordBytes) word.append(input.substr(i, n));
    i += n;
  }
  finish();
  return words;
}

std::string fts5_match(const std::vector<std::string>& words, bool last_is_prefix) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += ' ';
    out.push_back('"');  // words never contain '"'
    out += words[i];
    out.push_back('"');
    if (last_is_prefix && i + 1 == words.size()) out += '*';
  }
  return out;
}

std::string pg_tsquery(const std::vector<std::string>& words, bool last_is_prefix) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += " & ";
    out += words[i];
    out += last_is_prefix && i + 1 == words.size() ? ":*AB" : ":AB";
  }
  return out;
}

}  // namespace hanse::market
