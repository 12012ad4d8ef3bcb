#include "mail/address.h"

#include <cstdint>

namespace hanse::mail {
namespace {

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// RFC 5321 dot-atom text, without quoted local parts.
bool is_local_char(char c) {
  if (is_alnum(c)) return true;
  switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '/':
    case '=':
    case '?':
    case '^':
    case '_':
    case '`':
    case '{':
    case '|':
    case '}':
    case '~':
    case '.':
      return true;
    default:
      return false;
  }
}

bool is_dot_atom(std::string_view text, bool (*allowed)(char)) {
  if (text.empty() || text.front() == '.' || text.back() == '.') return false;
  char previous = 0;
  for (char c : text) {
    if (!allowed(c)) return false;
    if (c == '.' && previous == '.') return false;
    previous = c;
  }
  return true;
}

bool is_domain_char(char c) { return is_alnum(c) || c == '-' || c == '.'; }

}  // namespace

bool is_single_address(std::string_view text) {
  if (text.size() > 254) return false;
  auto at = text.find('@');
  if (at == std::string_view::npos || text.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  auto local = text.substr(0, at);
  auto domain = text.substr(at + 1);
  if (local.size() > 64 || domain.size() > 253) return false;
  return is_dot_atom(local, is_local_char) && is_dot_atom(domain, is_domain_char) &&
         domain.front() != '-' && domain.back() != '-';
}

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<std::uint8_t>(text[i]);
    if (c == 0) return false;
    std::size_t extra = 0;
    std::uint32_t code = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      extra = 1;
      code = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2;
      code = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3;
      code = c & 0x07;
    } else {
      return false;
    }
    if (i + extra >= text.size()) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      auto cc = static_cast<std::uint8_t>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      code = (code << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values beyond Unicode are invalid.
    static constexpr std::uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (code < kMin[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return false;
    }
    i += extra + 1;
  }
  return true;
}

bool is_header_safe(std::string_view text) {
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t') || c == 0x7F) return false;
  }
  return is_valid_utf8(text);
}

bool is_unsubscribe_url(std::string_view text) {
  if (text.size() > kMaxUnsubscribeUrlBytes) return false;
  std::string_view rest;
  if (text.starts_with("https://")) {
    rest = text.substr(8);
  } else if (text.starts_with("http://")) {
    rest = text.substr(7);
  } else {
    return false;
  }
  if (rest.empty()) return false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c >= 0x7F) return false;
    if (ch == '<' || ch == '>' || ch == ',' || ch == '"' || ch == '\\') return false;
  }
  return true;
}

}  // namespace hanse::mail
