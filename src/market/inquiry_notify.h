// E-mail notices of inquiry messages (M-7): the other side's members get a
// mail with a link to the thread, never the message itself, so the text
// stays on the site where only the two parties can read it.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "db/database.h"
#include "mail/outbox.h"
#include "market/mail_settings.h"
#include "privacy/guard.h"

namespace hanse::market {

using InquiryMailSettings = MailSettings;

// Queues one notice per member to notify (members_to_notify), each address
// read through the guard for notifications; a member the policy does not
// allow to be mailed is skipped. Run it in the transaction that stored the
// message. Errors: database and outbox errors.
Status notify_inquiry(db::Connection& conn, const privacy::Guard& guard, const mail::Outbox& outbox,
                      const InquiryMailSettings& settings, std::int64_t inquiry_id,
                      std::int64_t author_member_id, bool new_inquiry);

}  // namespace hanse::market
