// GET /bin/user/edit/deleted (P-15): after an erasure, signed out: that it
// is complete, and what is kept, why and until when (privacy::describe of
// the data map's retentions, the wording the erasure reports).
#include "privacy/data_map.h"
#include "web/handler.h"

namespace hanse::web {

Response account_delete_done(App& app, Request& request) {
  Page page(app, request);
  return page.render("account_delete_done", "Your account has been deleted", [&](Dict& d) {
    for (const auto& rule : privacy::data_map())
      if (rule.erasure != privacy::Erasure::delete_row && !rule.link.column.empty())
        d.AddSectionDictionary("KEPT")->SetValue("LINE", privacy::describe(rule.retention));
  });
}

}  // namespace hanse::web
