// GET /account/access (S-1, P-13): the signed-in member's list of staff
// views of their data (allowed and refused) and of the disclosures they may
// see. The same lists belong on the member's data page (/bin/user/edit):
// privacy::staff_views_of and privacy::disclosures_visible_to.
#include "privacy/disclosures.h"
#include "privacy/staff_views.h"
#include "web/format.h"
#include "web/handler.h"

namespace hanse::web {

Response account_access_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto* member, page.require_member());
  auto id = member->member.id;
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto views = privacy::staff_views_of(**lease, id);
  if (!views) return error_response(app, request, views.error());
  auto disclosures = privacy::disclosures_visible_to(**lease, id);
  if (!disclosures) return error_response(app, request, disclosures.error());
  return page.render("account_access", "Who looked at your data", [&](Dict& d) {
    d.SetValue("OPERATOR", app.config.site.operator_name);
    d.ShowSection(views->empty() ? "NO_VIEWS" : "ANY_VIEWS");
    for (auto& v : *views) {
      auto* row = d.AddSectionDictionary("VIEW");
      row->SetValue("AT", format_time(v.at));
      row->SetValue("WHO", v.who);
      row->SetValue("PURPOSE", v.purpose.empty() ? "(none given)" : v.purpose);
      row->SetValue("FIELDS", v.fields);
      row->SetValue("REASON", v.reason);
      if (v.refused) row->SetValueAndShowSection("REFUSAL", v.refusal, "REFUSED");
      else row->ShowSection("ALLOWED");
    }
    d.ShowSection(disclosures->empty() ? "NO_DISCLOSURES" : "ANY_DISCLOSURES");
    for (auto& x : *disclosures) {
      auto* row = d.AddSectionDictionary("DISCLOSURE");
      row->SetIntValue("ID", x.id);
      row->SetValue("AT", format_time(x.disclosed_at));
      row->SetValue("BASIS", std::string(privacy::basis_label(x.basis)));
      std::string categories;
      for (auto& c : x.categories) {
        auto* entry = app.policy->taxonomy().category(c);
        categories += (categories.empty() ? "" : ", ") + (entry ? entry->name : c);
      }
      row->SetValue("CATEGORIES", categories);
      row->SetValue("RECIPIENT", x.recipient);
      row->SetValue("REFERENCE", x.reference);
    }
  });
}

}  // namespace hanse::web
