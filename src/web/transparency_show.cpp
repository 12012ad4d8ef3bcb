// GET /transparency (P-13): public counts of disclosures per basis and
// quarter, generated from the records.
#include "privacy/disclosures.h"
#include "web/handler.h"

namespace hanse::web {

Response transparency_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto counts = privacy::transparency_counts(**lease);
  if (!counts) return error_response(app, request, counts.error());
  return page.render("transparency", "Transparency", [&](Dict& d) {
    d.SetValue("OPERATOR", app.config.site.operator_name);
    d.ShowSection(counts->empty() ? "NONE" : "ANY");
    for (auto basis : privacy::all_bases())
      d.AddSectionDictionary("BASIS_HEAD")->SetValue("LABEL", std::string(privacy::basis_label(basis)));
    for (auto& q : *counts) {
      auto* row = d.AddSectionDictionary("QUARTER");
      row->SetValue("QUARTER", q.quarter);
      row->SetIntValue("TOTAL", q.total);
      for (auto basis : privacy::all_bases()) {
        auto* cell = row->AddSectionDictionary("COUNT");
        std::string code(privacy::to_string(basis));
        cell->SetValue("CODE", code);
        auto it = q.by_basis.find(code);
        cell->SetIntValue("N", it == q.by_basis.end() ? 0 : it->second);
      }
    }
  });
}

}  // namespace hanse::web
