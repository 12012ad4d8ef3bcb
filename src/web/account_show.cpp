// GET /account: the member's own page.
#include "privacy/guard.h"
#include "web/format.h"
#include "web/handler.h"

namespace hanse::web {

Response account_show(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto& m = page.member()->member;
  // Staff reads of this member's data (S-1, P-2): the member sees each one.
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto accesses = privacy::staff_accesses(**lease, m.id);
  if (!accesses) return error_response(app, request, accesses.error());
  return page.render("account", "Your account", [&](Dict& d) {
    d.SetIntValue("POLICY_VERSION", m.policy_version);
    if (accesses->empty()) d.ShowSection("NO_ACCESSES");
    for (auto& a : *accesses) {
      auto* row = d.AddSectionDictionary("ACCESS");
      row->SetValue("AT", format_time(a.at));
      row->SetValue("FIELDS", a.fields);
      row->SetValue("PURPOSE", a.purpose);
      row->SetValue("REASON", a.reason);
    }
    d.SetValue("NAME", m.name);
    d.SetValue("EMAIL", m.email);
    d.SetValue("PHONE", m.phone);
    d.SetValue("ADDRESS", m.address);
    d.SetValue("COUNTRY", m.country);
    d.SetValue("COMPANY_NAME", m.company_name);
    d.SetValue("COMPANY_ADDRESS", m.company_address);
  });
}

}  // namespace hanse::web
