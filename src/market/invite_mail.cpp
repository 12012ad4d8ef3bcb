// An invitation and its mail (M-2), in one transaction. The mail names the
// company and the site, and nothing of the person who sent it.
#include <fmt/format.h>

#include "accounts/normalize.h"
#include "core/paths.h"
#include "market/company.h"
#include "market/invitations.h"

namespace hanse::market {

Status invite_member(db::Database& db, const mail::Outbox& outbox, const MailSettings& site,
                     std::int64_t actor, std::int64_t company_id, std::string_view email,
                     std::int64_t now) {
  return db.transaction([&](db::Connection& conn) -> Status {
    // First: it checks who is acting before looking at the address.
    HANSE_TRY(auto token, create_invite(conn, company_id, actor, email, now));
    HANSE_TRY(auto company, load_company(conn, company_id));
    if (!company) return fail(ErrorKind::not_found, "There is no such company.");
    mail::Message message;
    message.to = accounts::normalize_email(email).value_or("");
    message.kind = mail::MailKind::administrative;
    message.subject = fmt::format("Join {} on {}", company->name, site.site_name);
    message.body = fmt::format(
        "You have been invited to join {0} on {1}.\n\n"
        "To accept, open this link within {2} days and sign in or register:\n\n"
        "{3}\n\n"
        "The link works once. If you did not expect this invitation, ignore this message.\n",
        company->name, site.site_name, kInviteValidDays,
        paths::absolute(site.base_url, paths::invite(token)));
    return outbox.enqueue(conn, message);
  });
}

}  // namespace hanse::market
