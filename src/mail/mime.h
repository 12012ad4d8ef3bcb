// Encodings used in Internet mail headers and bodies (RFC 2045, 2047, 5322).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hanse::mail {

// Standard base64 (RFC 4648, with padding) without line breaks.
std::string base64_encode(std::string_view bytes);

// Base64 split into lines of at most 76 characters, each ending in CRLF,
// as a Content-Transfer-Encoding: base64 body.
std::string base64_body(std::string_view bytes);

// A header value from UTF-8 text. Printable ASCII that does not look like an
// encoded word is returned unchanged; anything else becomes one or more
// RFC 2047 "=?UTF-8?B?...?=" words of at most 75 characters, never
// splitting a UTF-8 character, joined by CRLF SP (folded). Precondition:
// text is header-safe (see address.h).
std::string encode_header_text(std::string_view text);

// An RFC 5322 date in UTC, e.g. "Thu, 01 Jan 1970 00:00:00 +0000".
std::string rfc5322_date(std::int64_t unix_seconds);

}  // namespace hanse::mail
