// Inviting people into a company and joining it (M-2), as the members who
// do it: each function opens its own transaction, checks who is acting,
// and, for an invitation, queues its mail in the same transaction, so the
// invitation exists if and only if its mail will be sent.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/result.h"
#include "db/database.h"
#include "mail/outbox.h"
#include "market/mail_settings.h"

namespace hanse::market {

// Invites `email` (as typed) to company_id on behalf of actor and queues
// the invitation mail with its single-use link (valid kInviteValidSeconds).
// Errors: forbidden unless actor owns the company; invalid_input (message
// for the person) when email is not an address; not_found for an unknown
// company; too_many_requests beyond kMaxInvitesPerDay; outbox and database
// errors. Nothing is stored on an error.
Status invite_member(db::Database& db, const mail::Outbox& outbox, const MailSettings& site,
                     std::int64_t actor, std::int64_t company_id, std::string_view email,
                     std::int64_t now);

// The signed-in member actor, whose address is actor_email, joins the
// company of the invitation `token` and uses the invitation up. Returns the
// company id. Errors: not_found for an unknown token; conflict for a used
// or expired invitation (the message says which) and when actor already
// belongs to a company; forbidden when actor_email is not the address the
// invitation was sent to (the invitation stays usable by its addressee);
// database errors. Nothing changes on an error.
Result<std::int64_t> accept_invite(db::Database& db, std::string_view token, std::int64_t actor,
                                   std::string_view actor_email, std::int64_t now);

}  // namespace hanse::market
