// GET/POST /account/policy (P-19): a member whose data was collected under
// an older policy version sees what changed and may accept the version in
// force; accepting re-pins their records and is written to the ledger.
#include "privacy/publication.h"
#include "web/handlers.h"
#include "web/page.h"

namespace hanse::web {

Response policy_accept_show(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto pinned = page.member()->member.policy_version;
  auto current = app.policy->in_force(app.clock.now());
  auto from = app.policy->version(static_cast<int>(pinned));
  return page.render("policy_accept", "Privacy policy versions", [&](Dict& d) {
    d.SetIntValue("PINNED", pinned);
    d.SetIntValue("CURRENT", current ? current->number : 0);
    if (!current || !from || current->number <= pinned) {
      d.ShowSection("UP_TO_DATE");
      return;
    }
    auto* offer = d.AddSectionDictionary("OFFER");
    offer->SetIntValue("CURRENT", current->number);
    offer->SetIntValue("PINNED", pinned);
    offer->SetValue("CSRF", page.csrf());
    for (auto& change : privacy::diff(*from, *current)) {
      auto* row = offer->AddSectionDictionary("CHANGE");
      row->SetValue("ID", change.id);
      row->SetValue("KIND", std::string(privacy::to_string(change.kind)));
      std::string what;
      for (auto& w : change.what_changed) what += (what.empty() ? "" : "; ") + w;
      row->SetValue("WHAT", what);
    }
  });
}

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
