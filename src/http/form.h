// Form bodies: application/x-www-form-urlencoded and multipart/form-data.
// Pure functions over bytes, fuzzed in fuzz/.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hanse::http {

struct UploadedFile {
  std::string field;         // form field name
  std::string filename;      // as the client sent it; never trusted for type
  std::string content_type;  // as the client sent it; never trusted
  std::string content;       // the bytes
};

struct Form {
  std::multimap<std::string, std::string> fields;
  std::vector<UploadedFile> files;
  std::optional<std::string> error;  // set when the body could not be parsed

  // First value of a field, or "" when absent.
  std::string_view get(std::string_view name) const;
  bool has(std::string_view name) const;
  std::vector<std::string> all(std::string_view name) const;
  const UploadedFile* file(std::string_view field) const;
};

// Percent-decoding; '+' becomes ' ' when plus_is_space. Invalid escapes are
// kept literally. Never fails.
std::string percent_decode(std::string_view in, bool plus_is_space);
std::string percent_encode(std::string_view in);

// Parses "a=1&b=2". Never fails; malformed pairs are skipped.
std::multimap<std::string, std::string> parse_urlencoded(std::string_view body);

// Parses a multipart/form-data body with the boundary taken from the
// Content-Type header value. Sets Form::error on a malformed body, a missing
// boundary, or more than max_parts parts.
Form parse_multipart(std::string_view body, std::string_view content_type,
                     std::size_t max_parts = 256);

// Parses by content type (urlencoded, multipart, or empty form for others).
Form parse_form(std::string_view body, std::string_view content_type);

}  // namespace hanse::http
