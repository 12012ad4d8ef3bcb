// Parameterised header values (Content-Type, Content-Disposition).
#include "core/text.h"
#include "http/header_params.h"

namespace hanse::http {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Reads a quoted string starting after the opening quote; returns the
// unescaped text and advances `pos` past the closing quote.
std::string read_quoted(std::string_view s, std::size_t& pos) {
  std::string out;
  while (pos < s.size()) {
    const char c = s[pos++];
    if (c == '"') return out;
    if (c == '\\' && pos < s.size()) {
      out.push_back(s[pos++]);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::string to_lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

HeaderValue parse_header_value(std::string_view header) {
  HeaderValue result;
  const std::size_t semi = header.find(';');
  result.value = to_lower_ascii(trim(header.substr(0, semi)));
  if (semi == std::string_view::npos) return result;

  std::size_t pos = semi + 1;
  while (pos < header.size()) {
    while (pos < header.size() && (is_space(header[pos]) || header[pos] == ';')) ++pos;
    const std::size_t name_start = pos;
    while (pos < header.size() && header[pos] != '=' && header[pos] != ';') ++pos;
    const std::string name = to_lower_ascii(trim(header.substr(name_start, pos - name_start)));
    std::string value;
    if (pos < header.size() && header[pos] == '=') {
      ++pos;
      while (pos < header.size() && is_space(header[pos])) ++pos;
      if (pos < header.size() && header[pos] == '"') {
        ++pos;
        value = read_quoted(header, pos);
        while (pos < header.size() && header[pos] != ';') ++pos;  // junk after the quote
      } else {
        const std::size_t value_start = pos;
        while (pos < header.size() && header[pos] != ';') ++pos;
        value = std::string(trim(header.substr(value_start, pos - value_start)));
      }
    }
    if (!name.empty()) result.params.emplace(name, std::move(value));
  }
  return result;
}

}  // namespace hanse::http
