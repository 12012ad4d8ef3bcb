// Percent-coding, application/x-www-form-urlencoded, and the Form accessors.
#include "http/form.h"

#include <array>

namespace hanse::http {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '.' || c == '_' || c == '~';
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char a = text[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != prefix[i]) return false;
  }
  return true;
}

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

}  // namespace

std::string percent_decode(std::string_view in, bool plus_is_space) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '%' && i + 2 < in.size()) {
      const int hi = hex_value(in[i + 1]);
      const int lo = hex_value(in[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(plus_is_space && c == '+' ? ' ' : c);
  }
  return out;
}

std::string percent_encode(std::string_view in) {
  static constexpr std::array<char, 16> digits = {'0', '1', '2', '3', '4', '5', '6', '7',
                                                  '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
  std::string out;
  out.reserve(in.size());
  for (const char ch : in) {
    const auto c = static_cast<unsigned char>(ch);
    if (is_unreserved(c)) {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(digits[c >> 4]);
      out.push_back(digits[c & 0x0F]);
    }
  }
  return out;
}

std::multimap<std::string, std::string> parse_urlencoded(std::string_view body) {
  std::multimap<std::string, std::string> fields;
  while (!body.empty()) {
    const std::size_t amp = body.find('&');
    const std::string_view pair = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view{} : body.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    std::string name = percent_decode(pair.substr(0, eq), true);
    if (name.empty()) continue;
    std::string value =
        eq == std::string_view::npos ? std::string{} : percent_decode(pair.substr(eq + 1), true);
    fields.emplace(std::move(name), std::move(value));
  }
  return fields;
}

Form parse_form(std::string_view body, std::string_view content_type) {
  const std::string_view type = trim_left(content_type);
  if (starts_with_ci(type, "application/x-www-form-urlencoded")) {
    Form form;
    form.fields = parse_urlencoded(body);
    return form;
  }
  if (starts_with_ci(type, "multipart/form-data")) return parse_multipart(body, content_type);
  return Form{};
}

std::string_view Form::get(std::string_view name) const {
  const auto it = fields.find(std::string(name));
  return it == fields.end() ? std::string_view{} : std::string_view{it->second};
}

bool Form::has(std::string_view name) const { return fields.contains(std::string(name)); }

std::vector<std::string> Form::all(std::string_view name) const {
  std::vector<std::string> values;
  const auto [first, last] = fields.equal_range(std::string(name));
  for (auto it = first; it != last; ++it) values.push_back(it->second);
  return values;
}

const UploadedFile* Form::file(std::string_view field) const {
  for (const UploadedFile& f : files) {
    if (f.field == field) return &f;
  }
  return nullptr;
}

}  // namespace hanse::http
