// GET /staff/disclosures (P-13): every recorded disclosure, for compliance
// staff, with the packages and the lifting of withheld notice.
#include "core/paths.h"
#include "privacy/disclosures.h"
#include "web/format.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response staff_disclosure_list(App& app, Request& request) {
  Page page(app, request);
  page.set_staff_area();
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto all = privacy::list_disclosures(**lease);
  if (!all) return error_response(app, request, all.error());
  auto recorded = parse_id(request.query("recorded").value_or(""));
  auto lifted = parse_id(request.query("lifted").value_or(""));
  return page.render("staff_disclosures", "Disclosures", [&](Dict& d) {
    if (recorded) d.AddSectionDictionary("RECORDED")->SetIntValue("ID", *recorded);
    if (lifted) d.AddSectionDictionary("LIFTED")->SetIntValue("ID", *lifted);
    d.ShowSection(all->empty() ? "NONE" : "ANY");
    for (auto& x : *all) {
      auto* row = d.AddSectionDictionary("DISCLOSURE");
      row->SetIntValue("ID", x.id);
      row->SetValue("PATH", paths::staff_disclosure(x.id));
      row->SetValue("AT", format_time(x.disclosed_at));
      row->SetIntValue("MEMBER_ID", x.member_id);
      row->SetValue("MEMBER_PATH", paths::staff_member(x.member_id));
      row->SetValue("BASIS", std::string(privacy::basis_label(x.basis)));
      std::string categories;
      for (auto& c : x.categories) categories += (categories.empty() ? "" : ", ") + c;
      row->SetValue("CATEGORIES", categories);
      row->SetValue("RECIPIENT", x.recipient);
      row->SetValue("REFERENCE", x.reference);
      if (x.notice_withheld && !x.lifted_at) {
        row->SetValueAndShowSection("REASON", x.withheld_reason, "WITHHELD");
      } else {
        auto* shown = row->AddSectionDictionary("SHOWN");
        if (x.lifted_at) shown->AddSectionDictionary("LIFTED_AT")->SetValue("AT", format_time(*x.lifted_at));
      }
    }
  });
}

}  // namespace hanse::web
