// A mail the site wants to send, before it is queued (see outbox.h).
#pragma once

#include <string>

namespace hanse::mail {

// Administrative notices are always sent; marketing mail follows the
// member's choices (P-11) and must carry an unsubscribe link, which the
// caller writes into the body.
enum class MailKind { administrative, marketing };

struct Message {
  std::string to;       // exactly one address, e.g. "buyer@example.com"
  std::string subject;  // UTF-8, one line
  std::string body;     // UTF-8 plain text; "\n" line endings are fine
  MailKind kind = MailKind::administrative;
};

// "administrative" or "marketing", as stored in mail_outbox.kind.
const char* to_string(MailKind kind);

}  // namespace hanse::mail
