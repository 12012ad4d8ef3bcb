// POST /company/invite (M-2): the owner invites a person by e-mail.
#include <fmt/format.h>

#include "accounts/normalize.h"
#include "core/paths.h"
#include "market/company.h"
#include "web/company_lookup.h"
#include "web/company_members_page.h"
#include "web/handler.h"

namespace hanse::web {

Response company_invite_create(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  MembersView view;
  if (auto refused = require_company_of_form(app, request, page, view.membership, true))
    return std::move(*refused);
  view.invite_email = std::string(request.form().get("email"));
  auto email = accounts::normalize_email(view.invite_email);
  if (!email) {
    view.invite_error = "Enter the e-mail address of the person to invite, like name@example.com.";
    return render_members(app, request, page, view, 422);
  }
  auto company = find_company(app, view.membership.company_id);
  if (!company) return error_response(app, request, company.error());
  if (!*company) return error_page(app, 404, &request);
  auto member_id = page.member()->member.id;
  auto& site = app.config.site;
  auto sent = app.db->transaction([&](db::Connection& conn) -> Status {
    auto now = app.clock.now();
    HANSE_TRY(auto token,
              market::create_invite(conn, view.membership.company_id, member_id, *email, now));
    mail::Message message;
    message.to = *email;
    message.kind = mail::MailKind::administrative;
    message.subject = fmt::format("Join {} on {}", (*company)->name, site.name);
    message.body = fmt::format(
        "You have been invited to join {0} on {1}.\n\n"
        "To accept, open this link within 7 days and sign in or register:\n\n"
        "{2}\n\n"
        "The link works once. If you did not expect this invitation, ignore this message.\n",
        (*company)->name, site.name, paths::absolute(site.base_url, paths::invite(token)));
    return app.outbox->enqueue(conn, message);
  });
  if (!sent) return error_response(app, request, sent.error());
  return page.redirect("/company/members?invited=1");
}

}  // namespace hanse::web
