// Marketing campaigns (SPEC P-11): staff write a subject, a text and a
// topic; the campaign is sent once, through the outbox, to the members
// the privacy guard allows for purpose marketing.communications on
// members.email (so never a suppressed address, P-18) AND whose choice for
// the topic allows it (choices.h). Each mail carries its own one-click
// unsubscribe link (unsubscribe.h). The campaign row keeps how many it went
// to; no per-recipient record is kept beyond the outbox rows and the
// unsubscribe tokens.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "accounts/registration.h"
#include "core/result.h"
#include "db/database.h"
#include "mail/outbox.h"
#include "marketing/topics.h"
#include "privacy/guard.h"
#include "privacy/policy.h"

namespace hanse::marketing {

inline constexpr std::size_t kMaxCampaignSubject = 150;
inline constexpr std::size_t kMaxCampaignBody = 20'000;

struct CampaignDraft {
  std::string topic;  // as typed: to_string(Topic)
  std::string subject;
  std::string body;
};

// Field errors (field -> message for the person): topic one of the three,
// subject 1..kMaxCampaignSubject bytes on one line without a link or "://"
// (outbox subjects are kept after sending and must carry no link), body
// 1..kMaxCampaignBody bytes; both valid UTF-8 without control characters
// other than line breaks and tabs. Empty: valid.
accounts::FieldErrors validate_campaign(const CampaignDraft& draft);

struct Campaign {
  std::int64_t id = 0;
  Topic topic = Topic::new_services;
  std::string subject;
  std::string body;
  std::int64_t created_by = 0;  // staff id
  std::int64_t created_at = 0;
  std::optional<std::int64_t> sent_at;
  std::int64_t recipients = 0;
};

// Stores a draft that validate_campaign accepted. Errors: invalid_input
// when it does not validate; database errors.
Result<std::int64_t> create_campaign(db::Connection& conn, const CampaignDraft& draft,
                                     std::int64_t staff_id, std::int64_t now);

Result<std::optional<Campaign>> find_campaign(db::Connection& conn, std::int64_t id);

// The newest campaigns first, at most limit.
Result<std::vector<Campaign>> list_campaigns(db::Connection& conn, int limit);

// Who a campaign on `topic` goes to: member id and address, read through
// the guard (actor system) for marketing.communications.
struct Recipient {
  std::int64_t member_id = 0;
  std::string email;
};
Result<std::vector<Recipient>> audience(db::Connection& conn, const privacy::Guard& guard,
                                        const privacy::PolicyBook& policy, Topic topic);

// How many members a campaign on `topic` would reach now: as audience(),
// but the guard only decides (check) and no address is read.
Result<std::int64_t> audience_size(db::Connection& conn, const privacy::Guard& guard,
                                   const privacy::PolicyBook& policy, Topic topic);

struct SendSettings {
  std::string site_name;
  std::string base_url;  // site.base_url: the unsubscribe links' origin
};

// The text a recipient gets above the outbox footer: the campaign's text,
// then why they receive it and where to change their choices.
std::string campaign_body(const Campaign& campaign, const SendSettings& settings);

// Sends campaign id, once: in one transaction it marks the campaign sent
// (only one of several instances or clicks can), selects the audience,
// queues one mail per recipient with its unsubscribe link, and stores the
// count. Returns the count. Errors: not_found for an unknown campaign;
// conflict when it was sent already; outbox and database errors (nothing
// is queued then).
Result<std::int64_t> send_campaign(db::Database& db, const privacy::Guard& guard,
                                   const privacy::PolicyBook& policy, const mail::Outbox& outbox,
                                   const SendSettings& settings, std::int64_t id, std::int64_t now);

}  // namespace hanse::marketing
