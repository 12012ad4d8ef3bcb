// Structured header values such as `form-data; name="a"; filename="b.txt"`
// or `multipart/form-data; boundary=xyz` (RFC 9110 parameters).
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace hanse::http {

struct HeaderValue {
  std::string value;                          // the part before the first ';', lower-cased, trimmed
  std::map<std::string, std::string> params;  // names lower-cased; quoted values unescaped
};

// Splits a header value into its main value and parameters. First
// occurrence of a parameter wins; an unterminated quoted string runs to the
// end of the input. Never fails, for any bytes.
HeaderValue parse_header_value(std::string_view header);

// ASCII lower-casing (header names, tokens).
std::string to_lower_ascii(std::string_view text);

}  // namespace hanse::http
