// Feedback (P-20): comments on the policy or the services, from anybody,
// signed in or not. The sender gets an acknowledgement by e-mail; support
// staff read the inbox and answer by e-mail, through the outbox. Feedback
// and its answers are kept 2 years after the last answer (or after it was
// sent, when never answered), then purge_expired deletes them (policy
// clause "feedback"). Reads of the messages happen here, in reviewed
// OwnerRead scopes (staff answering the sender), never in web/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accounts/registration.h"
#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "mail/outbox.h"

namespace hanse::rights {

inline constexpr std::size_t kMaxFeedbackChars = 5000;
inline constexpr std::int64_t kFeedbackKeptSeconds = 2 * 365 * 24 * 3600;

// The topics of the form: key and label.
struct FeedbackTopic {
  std::string_view key;
  std::string_view label;
};
inline constexpr FeedbackTopic kFeedbackTopics[] = {
    {"policy", "The privacy policy"}, {"services", "Our services"}, {"other", "Something else"}};

// The label of a topic key; "" for an unknown key.
std::string_view feedback_topic_label(std::string_view key);

struct FeedbackSettings {
  std::string site_name;
  std::string contact_email;  // site.contact_email, named in the mails
};

struct FeedbackInput {
  std::string topic;
  std::string message;
  std::string reply_email;
  std::optional<std::int64_t> member_id;  // the signed-in sender
};

struct FeedbackReply {
  std::int64_t staff_id = 0;
  std::string body;
  std::int64_t at = 0;
};

struct Feedback {
  std::int64_t id = 0;
  std::optional<std::int64_t> member_id;
  std::string topic;
  std::string message;
  std::string reply_email;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> last_reply_at;
  std::vector<FeedbackReply> replies;  // oldest first (feedback_item only)
};

class FeedbackBox final {
 public:
  // db, outbox and clock must outlive the object.
  FeedbackBox(db::Database& db, const mail::Outbox& outbox, const Clock& clock, FeedbackSettings settings);

  // Validates and normalises input (in place): a known topic, a message of
  // 1 to kMaxFeedbackChars characters, a reply address as at registration.
  // Field errors (topic, message, reply_email): nothing stored. Otherwise
  // stores it and queues the acknowledgement to the reply address in one
  // transaction; returns no errors. Errors: database or outbox errors.
  Result<accounts::FieldErrors> submit(FeedbackInput& input) const;

  // The newest 100 messages, for the staff inbox (replies not loaded).
  Result<std::vector<Feedback>> inbox() const;

  // One message with its replies; nullopt when there is none.
  Result<std::optional<Feedback>> item(std::int64_t id) const;

  // Answers message id as staff member staff_id: the reply (1 to
  // kMaxFeedbackChars characters) is stored and mailed to the reply
  // address. Field errors (key body): nothing stored. Errors: not_found for
  // an unknown message; database or outbox errors.
  Result<accounts::FieldErrors> reply(std::int64_t id, std::int64_t staff_id, std::string body) const;

  // Deletes the messages (and replies) whose last answer, or sending when
  // never answered, is more than kFeedbackKeptSeconds ago. Returns how many.
  Result<std::int64_t> purge_expired() const;

 private:
  db::Database& m_db;
  const mail::Outbox& m_outbox;
  const Clock& m_clock;
  FeedbackSettings m_settings;
};

}  // namespace hanse::rights
