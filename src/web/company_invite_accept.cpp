// GET/POST /invite/{token}: the invited person sees which company invited
// them and joins it (M-2). The link works once and for 7 days.
#include "core/paths.h"
#include "web/company_handlers.h"

namespace hanse::web {
namespace {

// The page for a link that cannot be used: 404 for an unknown token, 410
// for a used or expired one.
Response invalid_invite(Page& page, int status, const std::string& message) {
  return page.render("company_invite_invalid", "Invitation not valid", [&](Dict& d) {
    d.SetValue("MESSAGE", message);
  }, status);
}

Response render_invite(Page& page, const Request& request, const market::Company& company,
                       const std::string& error, int status) {
  return page.render("company_invite", "Join " + company.name, [&](Dict& d) {
    d.SetValue("COMPANY_NAME", company.name);
    d.SetValue("COMPANY_PATH", company.path());
    d.SetValue("INVITE_PATH", paths::invite(request.param("token")));
    if (!error.empty()) d.AddSectionDictionary("FORM_ERROR")->SetValue("MESSAGE", error);
    if (page.member()) d.ShowSection("SIGNED_IN");
    else d.ShowSection("SIGNED_OUT");
  }, status);
}

}  // namespace

Response company_invite_show(App& app, Request& request) {
  Page page(app, request);
  if (auto loaded = page.load_member(); !loaded) return error_response(app, request, loaded.error());
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto invite = market::find_invite(**lease, request.param("token"), app.clock.now());
  if (!invite) return error_response(app, request, invite.error());
  if (!*invite) return invalid_invite(page, 404, "This invitation link is not valid. Check that you copied all of it.");
  if ((*invite)->state == market::InviteState::used)
    return invalid_invite(page, 410, "This invitation has already been used. Ask the company's owner for a new one.");
  if ((*invite)->state == market::InviteState::expired)
    return invalid_invite(page, 410, "This invitation has expired. Ask the company's owner for a new one.");
  auto company = market::load_company(**lease, (*invite)->company_id);
  if (!company) return error_response(app, request, company.error());
  if (!*company) return invalid_invite(page, 404, "This invitation link is not valid.");
  return render_invite(page, request, **company, {}, 200);
}

Response company_invite_accept(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto accepted = app.db->transaction([&](db::Connection& conn) {
    return market::accept_invite(conn, request.param("token"), page.member()->member.id, app.clock.now());
  });
  if (!accepted) {
    auto& error = accepted.error();
    if (error.kind == ErrorKind::not_found) return invalid_invite(page, 404, error.message);
    if (error.kind == ErrorKind::conflict) return invalid_invite(page, 410, error.message);
    return error_response(app, request, error);
  }
  return page.redirect("/company");
}

}  // namespace hanse::web
