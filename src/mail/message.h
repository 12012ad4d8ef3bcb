// A mail the site wants to send, before it is queued (see outbox.h).
#pragma once

#include <string>

namespace hanse::mail {

// Administrative notices are always sent, and their footer says so;
// marketing mail follows the member's choices (P-11) and must carry a
// one-click unsubscribe link (list_unsubscribe), which the outbox writes
// into the footer and the sender into the RFC 8058 headers.
enum class MailKind { administrative, marketing };

struct Message {
  std::string to;       // exactly one address, e.g. "buyer@example.com"
  std::string subject;  // UTF-8, one line
  std::string body;     // UTF-8 plain text; "\n" line endings are fine
  MailKind kind = MailKind::administrative;
  // Marketing mail only (required there, refused on other mail): the
  // https (or, for a test site, http) URL that unsubscribes with one POST,
  // RFC 8058. It becomes the List-Unsubscribe header, with
  // List-Unsubscribe-Post: List-Unsubscribe=One-Click, and a footer line.
  // It must pass is_unsubscribe_url (address.h): one header value, no
  // spaces, angle brackets, commas or control characters.
  std::string list_unsubscribe = {};
};

// "administrative" or "marketing", as stored in mail_outbox.kind.
const char* to_string(MailKind kind);

}  // namespace hanse::mail
