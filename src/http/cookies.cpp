// Cookie header parsing and Set-Cookie serialisation (RFC 6265).
#include "http/cookies.h"

#include <array>

#include "core/text.h"
#include "http/form.h"

namespace hanse::http {
namespace {

// RFC 6265 cookie-octet, minus '%' which we use for escaping.
bool is_cookie_octet(unsigned char c) {
  return c == 0x21 || (c >= 0x23 && c <= 0x2B && c != 0x25) || (c >= 0x2D && c <= 0x3A) ||
         (c >= 0x3C && c <= 0x5B) || (c >= 0x5D && c <= 0x7E);
}

// RFC 9110 token characters (cookie names).
bool is_token_char(unsigned char c) {
  if (c <= 0x20 || c >= 0x7F) return false;
  switch (c) {
    case '(': case ')': case '<': case '>': case '@': case ',': case ';': case ':':
    case '\\': case '"': case '/': case '[': case ']': case '?': case '=': case '{':
    case '}': case '%':
      return false;
    default:
      return true;
  }
}

template <class Allowed>
std::string escape(std::string_view in, Allowed allowed) {
  static constexpr std::array<char, 16> digits = {'0', '1', '2', '3', '4', '5', '6', '7',
                                                  '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
  std::string out;
  out.reserve(in.size());
  for (const char ch : in) {
    const auto c = static_cast<unsigned char>(ch);
    if (allowed(c)) {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(digits[c >> 4]);
      out.push_back(digits[c & 0x0F]);
    }
  }
  return out;
}

// Path attribute: printable ASCII except ';' (av-octet); others dropped.
std::string clean_path(std::string_view path) {
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c < 0x7F && c != ';') out.push_back(ch);
  }
  return out.empty() ? std::string("/") : out;
}

// Calls fn(name, value) for each "name=value" pair of a Cookie header, both
// trimmed, the value without its quotes, neither percent-decoded; stops
// when fn returns true.
template <class Fn>
void for_each_cookie_pair(std::string_view header, Fn&& fn) {
  while (!header.empty()) {
    const std::size_t semi = header.find(';');
    const std::string_view pair = header.substr(0, semi);
    header = semi == std::string_view::npos ? std::string_view{} : header.substr(semi + 1);
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view name = trim(pair.substr(0, eq));
    std::string_view value = trim(pair.substr(eq + 1));
    if (name.empty()) continue;
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (fn(name, value)) return;
  }
}

}  // namespace

std::map<std::string, std::string> parse_cookie_header(std::string_view header) {
  std::map<std::string, std::string> cookies;
  for_each_cookie_pair(header, [&](std::string_view name, std::string_view value) {
    cookies.emplace(percent_decode(name, false), percent_decode(value, false));
    return false;
  });
  return cookies;
}

std::optional<std::string> find_cookie(std::string_view header, std::string_view name) {
  std::optional<std::string> found;
  for_each_cookie_pair(header, [&](std::string_view raw_name, std::string_view value) {
    const bool same = raw_name.find('%') == std::string_view::npos ? raw_name == name
                                                                   : percent_decode(raw_name, false) == name;
    if (same) found = percent_decode(value, false);
    return same;
  });
  return found;
}

std::string serialize(const SetCookie& cookie) {
  std::string out = escape(cookie.name, is_token_char);
  out += '=';
  out += escape(cookie.value, is_cookie_octet);
  out += "; Path=";
  out += clean_path(cookie.path);
  if (cookie.max_age_seconds) {
    out += "; Max-Age=";
    out += std::to_string(*cookie.max_age_seconds < 0 ? 0 : *cookie.max_age_seconds);
  }
  if (cookie.http_only) out += "; HttpOnly";
  // Browsers drop SameSite=None cookies that are not Secure.
  if (cookie.secure || cookie.same_site == SameSite::none) out += "; Secure";
  switch (cookie.same_site) {
    case SameSite::lax: out += "; SameSite=Lax"; break;
    case SameSite::strict: out += "; SameSite=Strict"; break;
    case SameSite::none: out += "; SameSite=None"; break;
  }
  return out;
}

}  // namespace hanse::http
