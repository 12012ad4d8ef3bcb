#include "mail/outbox.h"

#include <utility>

#include <fmt/format.h>

#include "mail/address.h"

namespace hanse::mail {
namespace {

Status validate(const Message& m) {
  if (!is_header_safe(m.to) || !is_header_safe(m.subject)) {
    return fail(ErrorKind::invalid_input, "mail recipient and subject must be one line");
  }
  if (!is_single_address(m.to)) {
    return fail(ErrorKind::invalid_input, "mail recipient must be exactly one address");
  }
  if (m.subject.empty() || m.subject.size() > kMaxSubjectBytes) {
    return fail(ErrorKind::invalid_input,
                fmt::format("mail subject must have 1 to {} bytes", kMaxSubjectBytes));
  }
  if (m.body.size() > kMaxBodyBytes || !is_valid_utf8(m.body)) {
    return fail(ErrorKind::invalid_input,
                fmt::format("mail body must be UTF-8 text of at most {} bytes", kMaxBodyBytes));
  }
  if (m.kind == MailKind::marketing && !is_unsubscribe_url(m.list_unsubscribe)) {
    return fail(ErrorKind::invalid_input,
                "marketing mail needs a one-click unsubscribe URL (https, one header value)");
  }
  if (m.kind != MailKind::marketing && !m.list_unsubscribe.empty()) {
    return fail(ErrorKind::invalid_input, "only marketing mail carries an unsubscribe URL");
  }
  return {};
}

}  // namespace

Outbox::Outbox(std::string site_name, const Clock& clock)
    : m_site_name(std::move(site_name)), m_clock(clock) {}

std::string Outbox::administrative_reason() const {
  return fmt::format(
      "You receive this message because it concerns your account or a request you made at {}; "
      "it is sent whatever your marketing choices.",
      m_site_name);
}

std::string Outbox::footer(MailKind kind, std::string_view list_unsubscribe) const {
  std::string why;
  if (kind == MailKind::administrative) {
    why = administrative_reason() + "\n";
  } else if (!list_unsubscribe.empty()) {
    why = fmt::format(
        "To stop mail like this, open this link (no sign-in needed) and press the button:\n{}\n",
        list_unsubscribe);
  }
  return fmt::format(
      "-- \n"
      "{1}"
      "{0} staff will never ask you for your password, by e-mail or by phone.\n"
      "If someone does, do not answer; report it to {0}.\n",
      m_site_name, why);
}

Status Outbox::enqueue(db::Connection& conn, const Message& m) const {
  HANSE_TRY_STATUS(validate(m));
  std::string body = m.body;
  if (!body.empty() && body.back() != '\n') body += '\n';
  body += '\n';
  body += footer(m.kind, m.list_unsubscribe);
  auto now = m_clock.now();
  const db::Value params[] = {m.to, m.subject, std::move(body), std::string(to_string(m.kind)),
                              now,  now, m.list_unsubscribe};
  HANSE_TRY(auto changed,
            conn.execute("INSERT INTO mail_outbox (recipient, subject, body, kind, status, "
                         "attempts, next_attempt_at, last_error, created_at, list_unsubscribe) "
                         "VALUES ($1, $2, $3, $4, 'pending', 0, $5, '', $6, $7)",
                         params));
  if (changed != 1) return fail(ErrorKind::internal, "mail_outbox insert changed no row");
  return {};
}

}  // namespace hanse::mail
