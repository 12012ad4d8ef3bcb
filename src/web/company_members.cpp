// GET /company/members, POST /company/invite and
// POST /company/members/{member_id}/remove (M-2): everyone in the company
// sees who is in it; the owner invites people by e-mail and removes members.
#include <fmt/format.h>

#include "accounts/normalize.h"
#include "core/paths.h"
#include "web/company_handlers.h"

namespace hanse::web {
namespace {

struct MembersView {
  market::Membership membership;
  std::string invite_email;      // as typed, after a failed invitation
  std::string invite_error;
  bool invited = false;
};

Response render_members(App& app, const Request& request, Page& page, const MembersView& view,
                        int status) {
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto people = market::company_people(**lease, view.membership.company_id);
  if (!people) return error_response(app, request, people.error());
  auto self = page.member()->member.id;
  return page.render("company_members", "Members of your company", [&](Dict& d) {
    d.SetValue("COMPANY_ID", std::to_string(view.membership.company_id));
    for (auto& person : *people) {
      auto* row = d.AddSectionDictionary("PERSON");
      row->SetValue("MEMBER_ID", std::to_string(person.member_id));
      // Without a public name, the member number tells people apart.
      auto number = "member no. " + std::to_string(person.member_id);
      row->SetValue("NAME", person.public_name.empty() ? "Unnamed " + number : person.public_name);
      row->SetValue("NUMBER", number);
      if (!person.public_title.empty()) row->AddSectionDictionary("JOB_TITLE")->SetValue("TEXT", person.public_title);
      row->SetValue("ROLE", person.owner ? "owner" : "member");
      if (person.member_id == self) row->ShowSection("YOU");
      if (view.membership.owner && !person.owner) row->ShowSection("REMOVABLE");
    }
    if (view.membership.owner) {
      auto* invite = d.AddSectionDictionary("INVITE");
      fill_form(*invite, {{"email", view.invite_email}},
                view.invite_error.empty() ? accounts::FieldErrors{}
                                          : accounts::FieldErrors{{"email", view.invite_error}});
    }
    if (view.invited) d.ShowSection("INVITED");
  }, status);
}

// The member's membership of the company the form names, or the response
// refusing the request (403 for another company or none).
std::optional<Response> require_company_of_form(App& app, const Request& request, Page& page,
                                                market::Membership& out, bool owner_only) {
  auto company_id = parse_id(request.form().get("company_id")).value_or(0);
  auto membership = membership_for(app, page.member()->member.id);
  if (!membership) return error_response(app, request, membership.error());
  if (!*membership || (*membership)->company_id != company_id || (owner_only && !(*membership)->owner))
    return error_page(app, 403, &request, "Only the company's owner may do this.");
  out = **membership;
  return std::nullopt;
}

}  // namespace

Response company_members(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto membership = membership_for(app, page.member()->member.id);
  if (!membership) return error_response(app, request, membership.error());
  if (!*membership) return page.redirect("/company");
  MembersView view{**membership, {}, {}, request.query("invited").has_value()};
  return render_members(app, request, page, view, 200);
}

Response company_invite_submit(App& app, Request& request) {
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
    HANSE_TRY(auto token, market::create_invite(conn, view.membership.company_id, member_id, *email, now));
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

Response company_member_remove(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  market::Membership membership;
  if (auto refused = require_company_of_form(app, request, page, membership, true))
    return std::move(*refused);
  auto target = parse_id(request.param("member_id"));
  if (!target) return error_page(app, 404, &request);
  auto removed = app.db->transaction([&](db::Connection& conn) {
    return market::remove_company_member(conn, membership.company_id, page.member()->member.id,
                                         *target, app.clock.now());
  });
  if (!removed) return error_response(app, request, removed.error());
  return page.redirect("/company/members");
}

}  // namespace hanse::web
