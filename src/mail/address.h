// Checks on what goes into mail headers, shared by the outbox (which
// refuses bad input) and the SMTP client (which never sends it).
#pragma once

#include <cstddef>
#include <string_view>

namespace hanse::mail {

// True when text is exactly one plain address "local@domain": ASCII, no
// spaces, no display name, no angle brackets, commas or other characters
// that would let one field name several recipients or inject headers, at
// most 254 octets.
bool is_single_address(std::string_view text);

// True when text can be one header line: no CR, LF or other control
// characters (tab allowed), valid UTF-8.
bool is_header_safe(std::string_view text);

// True when text can be the URL of a List-Unsubscribe header (RFC 2369,
// 8058) inside its angle brackets: "https://" or "http://" then at least
// one character, only printable ASCII without spaces, '<', '>', ',', '"'
// or backslash, at most kMaxUnsubscribeUrlBytes octets.
inline constexpr std::size_t kMaxUnsubscribeUrlBytes = 500;
bool is_unsubscribe_url(std::string_view text);

// True when text is valid UTF-8 without NUL bytes.
bool is_valid_utf8(std::string_view text);

}  // namespace hanse::mail
