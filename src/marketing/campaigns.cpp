#include "marketing/campaigns.h"

#include <fmt/format.h>

#include "mail/address.h"
#include "marketing/choices.h"
#include "marketing/unsubscribe.h"

namespace hanse::marketing {
namespace {

bool has_control(std::string_view text, bool allow_newlines) {
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '\t') continue;
    if (allow_newlines && (c == '\n' || c == '\r')) continue;
    if (c < 0x20 || c == 0x7F) return true;
  }
  return false;
}

std::string trimmed(std::string_view s) {
  auto begin = s.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  auto end = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(begin, end - begin + 1));
}

constexpr const char* kColumns =
    "SELECT id, topic, subject, body, created_by, created_at, sent_at, recipients "
    "FROM marketing_campaigns ";

Result<Campaign> campaign_of(const db::Row& row) {
  auto topic = parse_topic(row.text(1));
  if (!topic) return fail(ErrorKind::internal, "campaign " + row.text(0) + " has an unknown topic");
  Campaign c;
  c.id = row.integer(0);
  c.topic = *topic;
  c.subject = row.text(2);
  c.body = row.text(3);
  c.created_by = row.integer(4);
  c.created_at = row.integer(5);
  if (!row.is_null(6)) c.sent_at = row.integer(6);
  c.recipients = row.integer(7);
  return c;
}

}  // namespace

accounts::FieldErrors validate_campaign(const CampaignDraft& draft) {
  accounts::FieldErrors errors;
  if (!parse_topic(draft.topic)) errors["topic"] = "Choose the topic: new services, promotions or newsletter.";
  auto subject = trimmed(draft.subject);
  if (subject.empty()) {
    errors["subject"] = "Enter a subject.";
  } else if (subject.size() > kMaxCampaignSubject) {
    errors["subject"] = fmt::format("Keep the subject to {} characters or fewer.", kMaxCampaignSubject);
  } else if (!mail::is_valid_utf8(subject) || has_control(subject, false)) {
    errors["subject"] = "The subject must be one line of text.";
  } else if (subject.find("://") != std::string::npos) {
    errors["subject"] = "Put links in the text, not in the subject (subjects are kept after sending).";
  }
  auto body = trimmed(draft.body);
  if (body.empty()) {
    errors["body"] = "Enter the text of the message.";
  } else if (body.size() > kMaxCampaignBody) {
    errors["body"] = fmt::format("Keep the text to {} characters or fewer.", kMaxCampaignBody);
  } else if (!mail::is_valid_utf8(body) || has_control(body, true)) {
    errors["body"] = "The text contains characters that cannot be sent.";
  }
  return errors;
}

Result<std::int64_t> create_campaign(db::Connection& conn, const CampaignDraft& draft,
                                     std::int64_t staff_id, std::int64_t now) {
  if (!validate_campaign(draft).empty()) return fail(ErrorKind::invalid_input, "the campaign is not valid");
  const db::Value params[] = {std::string(to_string(*parse_topic(draft.topic))), trimmed(draft.subject),
                              trimmed(draft.body), staff_id, now};
  HANSE_TRY(auto row, conn.query_optional(
                          "INSERT INTO marketing_campaigns (topic, subject, body, created_by, created_at) "
                          "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                          params));
  if (!row) return fail(ErrorKind::internal, "campaign insert returned no id");
  return row->integer(0);
}

Result<std::optional<Campaign>> find_campaign(db::Connection& conn, std::int64_t id) {
  const db::Value params[] = {id};
  HANSE_TRY(auto row, conn.query_optional(std::string(kColumns) + "WHERE id = $1", params));
  if (!row) return std::optional<Campaign>{};
  HANSE_TRY(auto campaign, campaign_of(*row));
  return std::optional<Campaign>{std::move(campaign)};
}

Result<std::vector<Campaign>> list_campaigns(db::Connection& conn, int limit) {
  const db::Value params[] = {std::int64_t{limit}};
  HANSE_TRY(auto rows, conn.query(std::string(kColumns) + "ORDER BY id DESC LIMIT $1", params));
  std::vector<Campaign> out;
  for (const auto& row : rows) {
    HANSE_TRY(auto c, campaign_of(row));
    out.push_back(std::move(c));
  }
  return out;
}

namespace {

privacy::ReadRequest email_request(std::int64_t member_id, Topic topic) {
  privacy::ReadRequest request;
  request.actor = {privacy::ActorKind::system, 0};
  request.member_id = member_id;
  request.fields = {"members.email"};
  request.purpose = std::string(kMarketingPurpose);
  request.reason = fmt::format("a marketing campaign about {}", topic_label(topic));
  return request;
}

// The ids of members whose own choice allows the topic (their consent
// ledger, with the defaults of their policy version).
Result<std::vector<std::int64_t>> choosing(db::Connection& conn, const privacy::PolicyBook& policy,
                                           Topic topic) {
  HANSE_TRY(auto members, conn.query("SELECT id FROM members ORDER BY id", {}));
  std::vector<std::int64_t> out;
  for (const auto& row : members) {
    HANSE_TRY(auto choices, contact_choices(conn, policy, row.integer(0)));
    if (choices.allows(topic)) out.push_back(row.integer(0));
  }
  return out;
}

}  // namespace

Result<std::int64_t> audience_size(db::Connection& conn, const privacy::Guard& guard,
                                   const privacy::PolicyBook& policy, Topic topic) {
  HANSE_TRY(auto ids, choosing(conn, policy, topic));
  std::int64_t n = 0;
  for (auto member_id : ids) {
    HANSE_TRY(auto refusal, guard.check(conn, email_request(member_id, topic)));
    if (!refusal) ++n;
  }
  return n;
}

Result<std::vector<Recipient>> audience(db::Connection& conn, const privacy::Guard& guard,
                                        const privacy::PolicyBook& policy, Topic topic) {
  // The member's own choice for the topic first, then the guard: the
  // policy version's clause, the clause choice and the children's
  // suppression list.
  HANSE_TRY(auto ids, choosing(conn, policy, topic));
  std::vector<Recipient> out;
  for (auto member_id : ids) {
    auto values = guard.read(conn, email_request(member_id, topic));
    if (!values && values.error().kind == ErrorKind::forbidden) continue;  // refused: not this member
    if (!values) return std::unexpected(values.error());
    out.push_back({member_id, (*values)["members.email"]});
  }
  return out;
}

std::string campaign_body(const Campaign& campaign, const SendSettings& settings) {
  std::string base = settings.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return fmt::format(
      "{}\n\n"
      "You receive this because your choices at {} allow e-mail about {}. "
      "Change them at any time: {}/account/messages\n",
      campaign.body, settings.site_name, topic_label(campaign.topic), base);
}

Result<std::int64_t> send_campaign(db::Database& db, const privacy::Guard& guard,
                                   const privacy::PolicyBook& policy, const mail::Outbox& outbox,
                                   const SendSettings& settings, std::int64_t id, std::int64_t now) {
  return db.transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    // The claim: one UPDATE can set sent_at; a second sender (another
    // instance, a double click) waits for this transaction and then
    // matches no row.
    const db::Value claim[] = {id, now};
    HANSE_TRY(auto claimed, conn.execute(
                                "UPDATE marketing_campaigns SET sent_at = $2 WHERE id = $1 AND sent_at IS NULL",
                                claim));
    HANSE_TRY(auto campaign, find_campaign(conn, id));
    if (!campaign) return fail(ErrorKind::not_found, "no such campaign");
    if (claimed != 1) return fail(ErrorKind::conflict, "this campaign was sent already");
    HANSE_TRY(auto recipients, audience(conn, guard, policy, campaign->topic));
    const std::string body = campaign_body(*campaign, settings);
    for (const auto& r : recipients) {
      HANSE_TRY(auto token, issue_token(conn, r.member_id, campaign->topic, now));
      mail::Message m;
      m.to = r.email;
      m.subject = campaign->subject;
      m.body = body;
      m.kind = mail::MailKind::marketing;
      m.list_unsubscribe = unsubscribe_url(settings.base_url, token);
      HANSE_TRY_STATUS(outbox.enqueue(conn, m));
    }
    const auto count = static_cast<std::int64_t>(recipients.size());
    const db::Value done[] = {id, count};
    HANSE_TRY_STATUS(conn.execute("UPDATE marketing_campaigns SET recipients = $2 WHERE id = $1", done));
    return count;
  });
}

}  // namespace hanse::marketing
