// Turns a queued mail into the RFC 5322 text an SMTP server receives.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hanse::mail {

// One message as it goes on the wire. Preconditions (checked by the
// outbox): from and to are single addresses, subject and from_name are
// header-safe, body is valid UTF-8.
struct OutgoingMail {
  std::string from;       // envelope and header sender address
  std::string from_name;  // display name, may be empty
  std::string to;
  std::string subject;
  std::string body;        // any line endings
  std::int64_t date = 0;   // Unix seconds
  std::string message_id;  // without angle brackets, e.g. "42.1700000000@example.com"
  // Marketing mail: the one-click unsubscribe URL (is_unsubscribe_url);
  // empty for other mail.
  std::string list_unsubscribe = {};
};

// How the body travels. 8bit needs a server announcing 8BITMIME when the
// body is not ASCII; no line may exceed 998 octets either way.
enum class BodyEncoding { seven_bit, eight_bit, base64 };

// The encoding for body: 7bit for short-lined ASCII, 8bit for short-lined
// UTF-8 when the server takes it, base64 otherwise.
BodyEncoding choose_body_encoding(std::string_view body, bool server_has_8bitmime);

// The full message: headers From, To, Subject (RFC 2047 when not ASCII),
// Date, Message-ID, for marketing mail List-Unsubscribe: <url> and
// List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058), MIME-Version, Content-Type text/plain; charset=utf-8,
// Content-Transfer-Encoding, a blank line and the body, every line ending
// in CRLF. Not yet dot-stuffed (see dot_stuff).
std::string format_message(const OutgoingMail& mail, BodyEncoding encoding);

// The SMTP DATA payload for a CRLF text: every line starting with "." gets
// a second ".", and the terminating "CRLF . CRLF" is appended.
std::string dot_stuff(std::string_view crlf_text);

// text with every line ending (CRLF, LF or lone CR) turned into CRLF and a
// final CRLF added when missing.
std::string to_crlf(std::string_view text);

}  // namespace hanse::mail
