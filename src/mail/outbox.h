// The outbox: mail is queued as a row in mail_outbox inside the
// caller's transaction, so it is sent if and only if the change that caused
// it commits. The Sender (sender.h) delivers the rows.
//
// What a row keeps: the body only until the message is sent or fails for
// good (then it is blanked: bodies carry single-use links); afterwards the
// recipient, kind, subject, status and dates, for 90 days
// (SenderSettings::keep_delivered). Subjects must therefore never carry a
// token or link.
#pragma once

#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "mail/message.h"

namespace hanse::mail {

// Longest subject accepted, in bytes.
inline constexpr std::size_t kMaxSubjectBytes = 300;
// Longest body accepted, in bytes (before the footer).
inline constexpr std::size_t kMaxBodyBytes = 256 * 1024;

class Outbox final {
 public:
  // site_name appears in the footer of every mail; clock dates the rows and
  // must outlive the Outbox.
  Outbox(std::string site_name, const Clock& clock);

  // Queues m on conn (typically inside Database::transaction, so the mail
  // is queued atomically with the change that caused it), due now. The
  // stored body is m.body followed by footer(m.kind, m.list_unsubscribe);
  // a marketing row also stores its List-Unsubscribe URL (blanked with the
  // body once sent). Nothing is sent here.
  // Errors: ErrorKind::invalid_input when m.to is not exactly one address,
  // or m.to / m.subject contain CR, LF or other control characters (header
  // injection), the subject is empty or longer than kMaxSubjectBytes, or
  // subject or body is not valid UTF-8 or the body is longer than
  // kMaxBodyBytes, or a marketing mail lacks a valid list_unsubscribe
  // (is_unsubscribe_url) or another mail has one; nothing is stored then.
  // Database errors are passed on.
  Status enqueue(db::Connection& conn, const Message& m) const;

  // The footer appended to every body: a separator line "-- ", then for
  // an administrative notice the one line saying why it is sent whatever
  // the marketing choices (P-11), for marketing mail the one-click
  // unsubscribe link, and for both the P-4 reminder that staff never ask
  // for passwords.
  std::string footer(MailKind kind = MailKind::administrative,
                     std::string_view list_unsubscribe = {}) const;

  // The line of every administrative notice that says why it is sent.
  std::string administrative_reason() const;

 private:
  std::string m_site_name;
  const Clock& m_clock;
};

}  // namespace hanse::mail
