#include "rights/feedback.h"

#include <fmt/format.h>

#include "accounts/normalize.h"
#include "mail/address.h"
#include "privacy/door.h"

namespace hanse::rights {
namespace {

using db::Value;

constexpr const char* kColumns = "id, member_id, topic, message, reply_email, created_at, last_reply_at";

Feedback from_row(const db::Row& r) {
  return Feedback{r.integer(0), r.optional_integer(1), r.text(2), r.text(3), r.text(4),
                  r.integer(5), r.optional_integer(6), {}};
}

std::string text_problem(std::string_view text, std::string_view what) {
  if (text.empty()) return fmt::format("Write your {}.", what);
  if (text.size() > kMaxFeedbackChars)
    return fmt::format("Your {} can have at most {} characters.", what, kMaxFeedbackChars);
  if (!mail::is_valid_utf8(std::string(text))) return fmt::format("Your {} is not valid text.", what);
  return {};
}

}  // namespace

std::string_view feedback_topic_label(std::string_view key) {
  for (const auto& t : kFeedbackTopics)
    if (t.key == key) return t.label;
  return {};
}

FeedbackBox::FeedbackBox(db::Database& db, const mail::Outbox& outbox, const Clock& clock,
                         FeedbackSettings settings)
    : m_db(db), m_outbox(outbox), m_clock(clock), m_settings(std::move(settings)) {}

Result<accounts::FieldErrors> FeedbackBox::submit(FeedbackInput& input) const {
  accounts::FieldErrors errors;
  if (feedback_topic_label(input.topic).empty()) errors["topic"] = "Choose what your message is about.";
  input.message = accounts::clean_text(input.message, true);
  if (auto problem = text_problem(input.message, "message"); !problem.empty()) errors["message"] = problem;
  if (auto problem = accounts::email_problem(input.reply_email); !problem.empty())
    errors["reply_email"] = problem;
  else
    input.reply_email = *accounts::normalize_email(input.reply_email);
  if (!errors.empty()) return errors;

  auto now = m_clock.now();
  HANSE_TRY_STATUS(m_db.transaction([&](db::Connection& conn) -> Status {
    Value member = input.member_id ? Value{*input.member_id} : Value{};
    const Value params[] = {member, input.topic, input.message, input.reply_email, now};
    HANSE_TRY_STATUS(conn.execute(
        "INSERT INTO feedback (member_id, topic, message, reply_email, created_at) "
        "VALUES ($1, $2, $3, $4, $5)",
        params));
    // The acknowledgement does not repeat the message: the outbox keeps no
    // more of it than it must.
    return m_outbox.enqueue(
        conn, {input.reply_email, fmt::format("We received your feedback ({})", m_settings.site_name),
               fmt::format("Thank you for writing to {}.\n\n"
                           "Your message about \"{}\" has arrived. A member of our staff reads it "
                           "and answers you at this address. You can also write to us at {}.\n",
                           m_settings.site_name, feedback_topic_label(input.topic), m_settings.contact_email),
               mail::MailKind::administrative});
  }));
  return errors;
}

Result<std::vector<Feedback>> FeedbackBox::inbox() const {
  HANSE_TRY(auto lease, m_db.acquire());
  privacy::OwnerRead door("feedback sent to the site, read by support staff to answer its sender");
  HANSE_TRY(auto rows, lease->query(fmt::format(
                           "SELECT {} FROM feedback ORDER BY created_at DESC, id DESC LIMIT 100", kColumns)));
  std::vector<Feedback> out;
  for (auto& r : rows) out.push_back(from_row(r));
  return out;
}

Result<std::optional<Feedback>> FeedbackBox::item(std::int64_t id) const {
  HANSE_TRY(auto lease, m_db.acquire());
  privacy::OwnerRead door("one feedback message and its answers, read by support staff to answer its sender");
  const Value params[] = {id};
  HANSE_TRY(auto row, lease->query_optional(fmt::format("SELECT {} FROM feedback WHERE id = $1", kColumns),
                                            params));
  if (!row) return std::optional<Feedback>{};
  auto item = from_row(*row);
  HANSE_TRY(auto replies, lease->query("SELECT staff_id, body, created_at FROM feedback_replies "
                                       "WHERE feedback_id = $1 ORDER BY id",
                                       params));
  for (auto& r : replies) item.replies.push_back({r.integer(0), r.text(1), r.integer(2)});
  return std::optional<Feedback>{std::move(item)};
}

Result<accounts::FieldErrors> FeedbackBox::reply(std::int64_t id, std::int64_t staff_id, std::string body) const {
  accounts::FieldErrors errors;
  body = accounts::clean_text(body, true);
  if (auto problem = text_problem(body, "answer"); !problem.empty()) errors["body"] = problem;
  if (!errors.empty()) return errors;
  HANSE_TRY(auto found, item(id));
  if (!found) return fail(ErrorKind::not_found, "no such feedback");
  auto now = m_clock.now();
  HANSE_TRY_STATUS(m_db.transaction([&](db::Connection& conn) -> Status {
    const Value params[] = {id, staff_id, body, now};
    HANSE_TRY_STATUS(conn.execute(
        "INSERT INTO feedback_replies (feedback_id, staff_id, body, created_at) VALUES ($1, $2, $3, $4)",
        params));
    const Value touch[] = {id, now};
    HANSE_TRY_STATUS(conn.execute("UPDATE feedback SET last_reply_at = $2 WHERE id = $1", touch));
    return m_outbox.enqueue(
        conn, {found->reply_email, fmt::format("Our answer to your feedback ({})", m_settings.site_name),
               fmt::format("{}\n\nYou wrote to {} about \"{}\". You can answer us through the feedback "
                           "form or at {}.\n",
                           body, m_settings.site_name, feedback_topic_label(found->topic),
                           m_settings.contact_email),
               mail::MailKind::administrative});
  }));
  return errors;
}

Result<std::int64_t> FeedbackBox::purge_expired() const {
  const Value params[] = {m_clock.now() - kFeedbackKeptSeconds};
  return m_db.transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    HANSE_TRY_STATUS(conn.execute(
        "DELETE FROM feedback_replies WHERE feedback_id IN (SELECT id FROM feedback "
        "WHERE COALESCE(last_reply_at, created_at) < $1)",
        params));
    return conn.execute("DELETE FROM feedback WHERE COALESCE(last_reply_at, created_at) < $1", params);
  });
}

}  // namespace hanse::rights
