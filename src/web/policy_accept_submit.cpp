// POST /account/policy (P-19): records the acceptance in the consent ledger.
#include "privacy/publication.h"
#include "web/handler.h"

namespace hanse::web {

Response policy_accept_submit(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto current = app.policy->in_force(app.clock.now());
  if (!current || request.form().get("version") != std::to_string(current->number))
    return error_page(app, 400, &request, "Only the version in force can be accepted.");
  auto accepted = app.db->transaction([&](db::Connection& conn) {
    return privacy::accept_version(conn, *app.policy, page.member()->member.id, current->number,
                                   app.clock.now(), "/account/policy");
  });
  if (!accepted) return error_response(app, request, accepted.error());
  return page.redirect("/account?policy=accepted");
}

}  // namespace hanse::web
