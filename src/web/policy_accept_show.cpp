// GET /account/policy (P-19): a newer policy version than the one the
// member's data was collected under, with what changed, to accept.
#include "privacy/publication.h"
#include "web/handler.h"

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

}  // namespace hanse::web
